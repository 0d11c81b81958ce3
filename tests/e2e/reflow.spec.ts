// WCAG 1.4.10 in every state the reader can reach, at 320 CSS px: text 100–300 %, every spacing
// at its maximum, every term expanded, the settings sheet open, listening with its options open,
// the footnotes and the glossary on screen, the update notice. Nothing may stick out sideways,
// and no word — a Korean eojeol ("KRISS의") or an English word — may break across two lines.
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { finishUtterance, installFakeSpeech } from './fake-speech.ts';
import {
  brokenWords,
  expectNoAxeViolations,
  openReader,
  openSettings,
  sticksOut,
  waitUntilOfflineReady,
} from './helpers.ts';

test.use({ viewport: { width: 320, height: 640 } });

/**
 * A run of characters with no space that is wider than a whole line must break somewhere
 * (overflow-wrap): at 200 % a 320 px line holds about eight Hangul syllables and at 300 % about
 * five, so "국가측정표준대표기관장회의" or "Understanding" cannot stay whole there. Those are the
 * only words allowed to break; they are listed in the test's annotations. At 100 % there are none.
 */
const TOO_LONG_ALLOWED_FROM = 200;

async function setTextSize(page: Page, size: number): Promise<void> {
  await openSettings(page);
  await page.getByRole('slider', { name: '글자 크기' }).fill(String(size));
  await page.waitForTimeout(100);
}

async function maxSpacing(page: Page): Promise<void> {
  await openSettings(page);
  for (const k of ['lineHeight', 'letterSpacing', 'wordSpacing', 'paragraphSpacing']) {
    await page.locator(`#set-${k}`).evaluate((el: HTMLInputElement) => {
      el.value = el.max;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  await page.getByLabel('문단 번호 보기').check();
  // Bold is the widest the text gets.
  await page.getByRole('radio', { name: '굵게' }).check();
}

/** Opens every acronym control in the post (each `<a aria-expanded>`), one by one. */
async function expandEveryTerm(page: Page): Promise<number> {
  const closed = page.locator('a.term[aria-expanded="false"]');
  let n = 0;
  while ((await closed.count()) > 0) {
    await closed.first().click();
    n++;
  }
  await expect(page.locator('a.term[aria-expanded="true"]')).not.toHaveCount(0);
  return n;
}

/** Everything wrong on the page as it is now, each line prefixed with `state`. Words wider
 * than a line go to `long` (allowed from TOO_LONG_ALLOWED_FROM % on). */
async function check(page: Page, state: string, size: number, long: Set<string>) {
  await page.waitForTimeout(150);
  const out = (await sticksOut(page)).map((p) => `${state}: sticks out: ${p}`);
  const { broken, tooLong } = await brokenWords(page);
  out.push(...broken.map((w) => `${state}: broken word: ${w}`));
  for (const w of tooLong) {
    if (size < TOO_LONG_ALLOWED_FROM) out.push(`${state}: too long for a line: ${w}`);
    long.add(`${size}%: ${w}`);
  }
  return out;
}

for (const spacing of ['default', 'maximum'] as const) {
  test(`320 px, spacing at its ${spacing}, text 100/200/300 %: the post, the sheet, every term, footnotes, glossary, listening — no sideways scrolling, no broken word`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await installFakeSpeech(page);
    await openReader(page);
    if (spacing === 'maximum') {
      await maxSpacing(page);
      await page.getByLabel('모든 약어 펼치기').check();
    }
    const problems: string[] = [];
    const long = new Set<string>();
    const bar = page.getByRole('region', { name: '읽어 주기' });
    for (const size of [100, 200, 300]) {
      const at = `${size}%`;
      await setTextSize(page, size);
      problems.push(...(await check(page, `${at} 글자 설정 open`, size, long)));
      if (size === 300) await expectNoAxeViolations(page);
      await page.locator('#settings-panel').evaluate((el) => (el.scrollTop = el.scrollHeight));
      problems.push(...(await check(page, `${at} 글자 설정 scrolled to its end`, size, long)));
      await page.keyboard.press('Escape');
      if (spacing === 'maximum') await expandEveryTerm(page);
      problems.push(...(await check(page, `${at} reading`, size, long)));
      await page.locator('#note-1').scrollIntoViewIfNeeded();
      problems.push(...(await check(page, `${at} footnote`, size, long)));
      await page.locator('#glossary').scrollIntoViewIfNeeded();
      problems.push(...(await check(page, `${at} glossary`, size, long)));
      await page.evaluate(() => scrollTo(0, 0));
      await bar.getByRole('button', { name: /^(▶ )?(읽어 주기|이어 읽기)$/ }).click();
      for (let i = 0; i < 10; i++) await finishUtterance(page);
      problems.push(...(await check(page, `${at} listening mid-post`, size, long)));
      await bar.getByRole('button', { name: '읽기 설정' }).click();
      await expect(page.locator('#set-speechRate')).toBeFocused();
      problems.push(...(await check(page, `${at} listening, 읽기 설정 open`, size, long)));
      if (size === 300) await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await bar.getByRole('button', { name: '정지', exact: true }).click();
    }
    test.info().annotations.push({
      type: 'words wider than a 320 px line (allowed to break)',
      description: [...long].join(' · '),
    });
    expect(problems).toEqual([]);
  });
}

test('320 px, 300 %: the update notice, with listening on above it', async ({ page }) => {
  test.setTimeout(120_000);
  await installFakeSpeech(page);
  const server = await startStaticServer({ root: 'dist' });
  try {
    await page.goto(server.url);
    await expect(page.locator('h1')).toBeVisible();
    await waitUntilOfflineReady(page);
    server.setRoot('dist-next');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('region', { name: '새 버전이 있습니다' });
    await expect(notice).toBeVisible();
    const long = new Set<string>();
    const problems: string[] = [];
    for (const size of [100, 200, 300]) {
      await setTextSize(page, size);
      await page.keyboard.press('Escape');
      problems.push(...(await check(page, `${size}% update notice`, size, long)));
    }
    const bar = page.getByRole('region', { name: '읽어 주기' });
    await bar.getByRole('button', { name: '읽어 주기', exact: true }).click();
    problems.push(...(await check(page, `300% update notice, listening`, 300, long)));
    expect(problems).toEqual([]);
    // The bar sits above the notice, not under it.
    const barBox = await bar.boundingBox();
    const noticeBox = await notice.boundingBox();
    expect((barBox?.y ?? 0) + (barBox?.height ?? 0)).toBeLessThanOrEqual((noticeBox?.y ?? 0) + 1);
    await expectNoAxeViolations(page);
  } finally {
    await server.close();
  }
});
