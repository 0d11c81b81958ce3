// What a screen-reader user meets, in the accessibility tree and the tab order: the post read
// once and in order, few controls, acronyms that help without interrupting, honest photos.
// (The real screen reader, Orca, runs in tests/sr/; these pin the structure it reads.)
import { expect, test, type Page } from '@playwright/test';
import { installFakeSpeech } from './fake-speech.ts';
import {
  expectAnnounced,
  expectNoAxeViolations,
  openReader,
  recordAnnouncements,
} from './helpers.ts';

/** Every element Tab reaches from the top of the page, in order, until it comes round. */
async function tabStops(page: Page): Promise<string[]> {
  await page.locator('body').focus();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: string[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      return `${el.tagName.toLowerCase()}#${el.id}:${el.textContent.trim().slice(0, 20)}`;
    });
    if (where === null || stops.includes(where)) break;
    stops.push(where);
  }
  return stops;
}

test.describe('what a screen reader meets', () => {
  test.beforeEach(async ({ page }) => {
    await recordAnnouncements(page);
  });

  test('no text block is focusable or "clickable"; at most 40 Tab stops', async ({ page }) => {
    await openReader(page);
    await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
    // No permanent tabindex anywhere: only real controls take focus.
    await expect(page.locator('[tabindex]')).toHaveCount(0);
    const stops = await tabStops(page);
    expect(stops.length).toBeGreaterThan(10);
    expect(stops.length).toBeLessThanOrEqual(40);
    // The skip link comes first, and the post's first control (an acronym) comes after the
    // read-aloud bar: nothing disabled in between.
    expect(stops[0]).toMatch(/^a#:본문 바로가기/);
    await expect(page.locator('button:disabled, [aria-disabled="true"]')).toHaveCount(0);
  });

  test('before the post: skip link, app name and controls that work now', async ({ page }) => {
    await installFakeSpeech(page);
    await openReader(page);
    await expect(page.getByRole('banner')).toMatchAriaSnapshot(`
      - banner:
        - paragraph: 누리 리더
        - navigation "읽기 도구":
          - link "용어 사전"
          - button "찾기"
        - region "읽어 주기":
          - button "읽어 주기"
          - button "읽기 설정"
          - button "글자 설정"
    `);
  });

  test('headline, subtitle and credits are read whole: no controls inside', async ({ page }) => {
    await openReader(page);
    for (const where of ['h1', '.subtitle', '.credit']) {
      await expect(page.locator(`${where} a, ${where} button`)).toHaveCount(0);
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(
      'KRISS, 일본 산업기술종합연구소(AIST)와 측정표준 및 양자기술 분야 협력 확대',
    );
    await expect(page.locator('#fig-1 .credit')).toMatchAriaSnapshot(
      `- text: "사진 출처: KRISS-NMIJ Summit 2024"`,
    );
  });

  test('one acronym control per term, at its first occurrence in the body', async ({ page }) => {
    await openReader(page);
    const controls = page.locator('article a.term');
    // Nine: CRM is spelled out where it stands ("인증표준물질(CRM)"), so it needs none.
    await expect(controls).toHaveCount(9);
    const names = await controls.allTextContents();
    expect(new Set(names).size).toBe(9);
    // No control where the post spells the term out (footnote 1 names AIST in full).
    await expect(page.locator('#note-1 a.term')).toHaveCount(0);
    // Every other occurrence is plain text in the sentence.
    await expect(page.locator('#p-1')).toMatchAriaSnapshot(`
      - paragraph:
        - text: 이호성 원장을 비롯한
        - link "KRISS" [expanded=false]
        - text: /대표단이 제19차 한일 국가측정표준대표기관장회의\\(이하 ‘/
        - link "한일 기관장회의" [expanded=false]
        - text: /’\\) 및 제1차 한일 퀀텀워크숍 참석을 위해 일본 츠쿠바를 방문했다\\. 한일 기관장회의는 양국 국가측정표준대표기관인 KRISS와/
        - link "NMIJ" [expanded=false]
        - superscript:
          - link "각주 1"
        - text: /간 측정표준 연구개발 현황 공유와/
    `);
  });

  test('opening a term says its meaning at once; focus stays; Escape closes', async ({ page }) => {
    await openReader(page);
    const kriss = page.locator('#p-1').getByRole('link', { name: 'KRISS' });
    await kriss.focus();
    await page.keyboard.press('Enter');
    await expect(kriss).toHaveAttribute('aria-expanded', 'true');
    await expectAnnounced(
      page,
      'KRISS: 한국표준과학연구원, Korea Research Institute of Standards and Science',
    );
    // Rendered right after the term, in reading order; no symbol for a screen reader to name.
    await expect(page.locator('#p-1')).toContainText(
      'KRISS (한국표준과학연구원, Korea Research Institute of Standards and Science) 대표단이',
    );
    await expect(kriss).toBeFocused();
    await expect(page).toHaveURL(/\/$/);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(kriss).toHaveAttribute('aria-expanded', 'false');
    await expect(kriss).toBeFocused();
    await page.keyboard.press('Space');
    await expect(kriss).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Space');
    await expect(kriss).toHaveAttribute('aria-expanded', 'false');
  });

  test('in the English interface a term is announced English first, as shown; it says again on reopening', async ({
    page,
  }) => {
    await openReader(page);
    await page.getByRole('button', { name: '글자 설정' }).click();
    await page.getByLabel('화면 언어').selectOption('en');
    await page.keyboard.press('Escape');
    const kriss = page.locator('#p-1').getByRole('link', { name: 'KRISS' });
    const meaning = 'KRISS: Korea Research Institute of Standards and Science, 한국표준과학연구원';
    await kriss.click();
    await expectAnnounced(page, meaning);
    await expect(page.locator('#p-1 .term-exp').first()).toContainText(
      'Korea Research Institute of Standards and Science, 한국표준과학연구원',
    );
    // The byline's labels and values are apart without a stray "space" between them.
    await expect(page.locator('.byline-label').first()).toHaveText('Author ');
    await kriss.click();
    await page.evaluate(() => {
      (window as unknown as { __announced: string[] }).__announced.length = 0;
    });
    await page.waitForTimeout(1100);
    await kriss.click();
    await expectAnnounced(page, meaning);
  });

  test('"문단마다" gives each paragraph its own control; the choice persists', async ({ page }) => {
    await openReader(page);
    await page.getByRole('button', { name: '글자 설정' }).click();
    await page.getByLabel('문단마다 처음 나오는 약어도 눌러서 풀이 보기').check();
    await expect(page.locator('#p-2 a.term', { hasText: 'KRISS' })).toHaveCount(1);
    const count = await page.locator('article a.term').count();
    expect(count).toBeGreaterThan(20);
    await page.reload();
    await expect(page.locator('article a.term')).toHaveCount(count);
  });

  test('photos: "original not included" once, then the description; short figure names', async ({
    page,
  }) => {
    await openReader(page);
    const figure = page.locator('#fig-2');
    await expect(figure).toHaveAccessibleName('사진 2');
    await expect(figure).toMatchAriaSnapshot(`
      - figure "사진 2":
        - paragraph: 원본 사진 미포함
        - img /KRISS 이호성 원장이 한일 기관장회의 첫날 발표 세션에서/
        - text: '이호성 원장의 KRISS 최신 현황 발표 사진 출처: KRISS-NMIJ Summit 2024'
    `);
    expect(await page.locator('figure').count()).toBe(7);
  });

  test('headings to move by; nothing read as a symbol name; languages marked', async ({ page }) => {
    await openReader(page);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      '* 각주 1',
      '** 각주 2',
      '용어 사전',
    ]);
    await expect(page.locator('#glossary h3')).toHaveCount(10);
    await expect(page.locator('#g-korea-japan-nmi-meeting')).toHaveAttribute('lang', 'ko');
    const tree = await page.locator('body').ariaSnapshot();
    expect(tree).not.toMatch(/[·•›*]/);
    // Editorial notes for us stay out of the page.
    await expect(page.locator('body')).not.toContainText('not expanded in the post');
    await expect(page.locator('#glossary')).toContainText('풀이 출처: 이 글의 각주');
  });

  test('glossary: one link per term, "다음 위치" moves it on, and the way back', async ({
    page,
  }) => {
    await openReader(page);
    await page.getByRole('link', { name: '용어 사전', exact: true }).click();
    await expect(page.locator('#glossary-title')).toBeFocused();
    const entry = page.locator('.glossary-entry', { has: page.locator('#g-nmij') });
    const place = entry.locator('a.glossary-place');
    await expect(place).toHaveText('문단 1 (7곳 중 1번째)');
    await entry.getByRole('button', { name: '다음 위치' }).click();
    await expectAnnounced(page, '7곳 중 2번째: 각주 1');
    await expect(place).toHaveText('각주 1 (7곳 중 2번째)');
    await place.click();
    // The occurrence in the footnote (plain text) has focus, for as long as it holds it.
    const occurrence = page.locator('#note-1 .term-plain', { hasText: 'NMIJ' }).first();
    await expect(occurrence).toBeFocused();
    await page.getByRole('link', { name: '용어 사전', exact: true }).click();
    await expect(occurrence).not.toHaveAttribute('tabindex');
    await page.getByRole('button', { name: '읽던 곳으로 돌아가기' }).click();
    // Back to where the reader left from: the occurrence they were on, in view.
    await expect(occurrence).toBeFocused();
    await expect(occurrence).toBeInViewport();
    // Alt+Shift+D from anywhere.
    await page.locator('#p-3').click();
    await page.keyboard.press('Alt+Shift+D');
    await expect(page.locator('#glossary-title')).toBeFocused();
  });

  test('"available offline" is announced once, on the visit that set it up', async ({ page }) => {
    await openReader(page);
    await expectAnnounced(page, '오프라인에서 읽을 수 있음');
    const note = page.locator('.offline-badge');
    await expect(note).toHaveAttribute('aria-hidden', 'true');
    await expect(note).toBeHidden({ timeout: 15_000 });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) =>
          navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
        );
      }
    });
    await page.reload();
    await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
    await page.waitForTimeout(3000);
    const said = await page.evaluate(
      () => (window as unknown as { __announced?: string[] }).__announced ?? [],
    );
    expect(said).not.toContain('오프라인에서 읽을 수 있음');
    await expect(note).toHaveCount(0);
  });
});

test('English phrases in the post carry lang="en", so a screen reader switches voice (WCAG 3.1.2)', async ({
  page,
}) => {
  await openReader(page);
  const unmarked = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const lang = n.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
      for (const m of (n.textContent ?? '').matchAll(/[A-Za-z]{3,}(?:\s+[A-Za-z]{2,})+/g)) {
        if (!lang.startsWith('en')) out.push(`${m[0]} (lang=${lang})`);
      }
    }
    return out;
  });
  expect(unmarked).toEqual([]);
  await expect(page.locator('#p-3 [lang="en"]').first()).toHaveText('Cooperation Package');
});
