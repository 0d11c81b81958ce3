// Find in the post (issue 14, nav-410): the app's own find, the only one an installed app has.
// Standalone display and offline need no test of their own: find is client-side code in the
// precached bundle and reads the article already on the page.
import { expect, test, type Page } from '@playwright/test';
import {
  expectAnnounced,
  expectNoAxeViolations,
  layoutProblems,
  openReader,
  openSettings,
  recordAnnouncements,
} from './helpers.ts';

const field = (page: Page) => page.getByRole('searchbox', { name: '찾기' });
const count = (page: Page) => page.locator('#find-count > [aria-hidden]');
const findButton = (page: Page) =>
  page.getByRole('navigation', { name: '읽기 도구' }).getByRole('button', { name: '찾기' });

/** The text of every match and of the current one. */
function marks(page: Page): Promise<{ all: string[]; current: string | null }> {
  return page.evaluate(() => {
    const ranges = (name: string) => [...(CSS.highlights.get(name) ?? [])] as Range[];
    const all = ranges('nuri-find').map((r) => r.toString());
    const [cur] = ranges('nuri-find-current');
    return { all, current: cur ? cur.toString() : null };
  });
}

/** Where the current match is against the part of the screen no bar covers. */
function currentPlace(page: Page) {
  return page.evaluate(() => {
    const [cur] = [...(CSS.highlights.get('nuri-find-current') ?? [])] as Range[];
    const r = cur?.getBoundingClientRect();
    const top = document.querySelector('.find-bar')?.getBoundingClientRect().bottom ?? 0;
    const bottom = document.querySelector('.listen-bar')?.getBoundingClientRect().top ?? 0;
    return { inView: !!r && r.top >= top && r.bottom <= bottom, top: r?.top ?? -1, scrollY };
  });
}

/** Types a query and waits until its result is on screen (the marks are set after a render). */
async function search(page: Page, query: string): Promise<void> {
  await field(page).fill(query);
  await expect(count(page)).toHaveText(/^(\d+ \/ \d+|결과 없음)$/);
}

async function openByButton(page: Page): Promise<void> {
  await findButton(page).click();
  await expect(field(page)).toBeFocused();
}

test.beforeEach(async ({ page }) => {
  await recordAnnouncements(page);
  await openReader(page);
  await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
});

test('opens by its button, finds regardless of spacing, counts, moves, scrolls and closes', async ({
  page,
}) => {
  await openByButton(page);
  await expect(page.getByRole('search', { name: '본문에서 찾기' })).toBeVisible();
  await search(page, '기관장 회의');
  const { all } = await marks(page);
  expect(all.length).toBeGreaterThanOrEqual(5);
  expect(new Set(all)).toEqual(new Set(['기관장회의']));
  const n = all.length;
  await expect(count(page)).toHaveText(`1 / ${n}`);
  await expectAnnounced(page, `${n}개 중 1번째`);
  // Enter / Shift+Enter and the buttons move; the last wraps to the first.
  await field(page).press('Enter');
  await expect(count(page)).toHaveText(`2 / ${n}`);
  await expectAnnounced(page, `${n}개 중 2번째`);
  await field(page).press('Shift+Enter');
  await expect(count(page)).toHaveText(`1 / ${n}`);
  await page.getByRole('button', { name: '이전 결과' }).click();
  await expect(count(page)).toHaveText(`${n} / ${n}`);
  // The last one is far down the post: scrolled into the free part of the screen.
  expect(await currentPlace(page)).toMatchObject({ inView: true });
  expect((await currentPlace(page)).scrollY).toBeGreaterThan(1000);
  await page.getByRole('button', { name: '다음 결과' }).click();
  await expect(count(page)).toHaveText(`1 / ${n}`);
  await page.keyboard.press('F3');
  await expect(count(page)).toHaveText(`2 / ${n}`);
  expect(await currentPlace(page)).toMatchObject({ inView: true });
  // Escape closes, clears the marks, and focus is back on the button that opened it.
  await field(page).press('Escape');
  await expect(page.getByRole('search')).toHaveCount(0);
  expect(await marks(page)).toEqual({ all: [], current: null });
  await expect(findButton(page)).toBeFocused();
  // The match find ended on is selected, as after a browser's find.
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('기관장회의');
});

test('Ctrl+F opens it inside the app and Escape puts focus back where it was', async ({ page }) => {
  const term = page.locator('#p-1').getByRole('link', { name: 'NMIJ' });
  await term.focus();
  await page.keyboard.press('Control+f');
  await expect(field(page)).toBeFocused();
  await search(page, '한일');
  // "한일" finds "한·일" (subtitle) as well as "한일".
  expect((await marks(page)).all).toContain('한·일');
  // Ctrl+F again: still in the field, with what was typed selected.
  await page.getByRole('button', { name: '다음 결과' }).focus();
  await page.keyboard.press('Control+f');
  await expect(field(page)).toBeFocused();
  expect(await field(page).evaluate((el: HTMLInputElement) => el.selectionEnd)).toBe(2);
  await page.keyboard.press('Escape');
  await expect(field(page)).toHaveCount(0);
  await expect(term).toBeFocused();
});

test('an expansion finds its acronym: 한국표준과학연구원 marks every KRISS', async ({ page }) => {
  await page.keyboard.press('Control+f');
  await search(page, 'KRISS');
  const kriss = (await marks(page)).all;
  await search(page, '없는 말');
  await search(page, '한국표준과학연구원');
  await expect(count(page)).toHaveText(`1 / ${kriss.length}`);
  expect((await marks(page)).all).toEqual(kriss);
  await search(page, '없는 말');
  await search(page, 'korea research institute of standards and science');
  await expect(count(page)).toHaveText(`1 / ${kriss.length}`);
});

test('no match: says so, and the arrows are off', async ({ page }) => {
  await openByButton(page);
  await search(page, '양자역학 교과서');
  await expect(count(page)).toHaveText('결과 없음');
  await expect(page.getByRole('button', { name: '다음 결과' })).toBeDisabled();
  await expectAnnounced(page, '결과 없음');
  expect(await marks(page)).toEqual({ all: [], current: null });
});

test('typing is announced once it pauses, not on every keystroke', async ({ page }) => {
  await openByButton(page);
  await field(page).pressSequentially('협력의제', { delay: 80 });
  await expectAnnounced(page, /개 중 1번째$/);
  await page.waitForTimeout(1500);
  const said = await page.evaluate(
    () => (window as unknown as { __announced: string[] }).__announced,
  );
  expect(said.filter((s) => s.includes('번째'))).toHaveLength(1);
});

for (const theme of ['밝게', '세피아', '어둡게', '고대비']) {
  test(`the marks meet contrast in the ${theme} theme; axe passes with the bar open`, async ({
    page,
  }) => {
    await openSettings(page);
    await page.getByLabel(theme, { exact: true }).check();
    await page.getByRole('button', { name: /^글자 설정$/ }).click();
    await openByButton(page);
    await search(page, 'KRISS');
    const c = await page.evaluate(() => {
      /** WCAG contrast ratio of two computed rgb() colours. */
      const ratio = (a: string, b: string) => {
        const lum = (c: string) => {
          const [r = 0, g = 0, bl = 0] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
            const s = Number(v) / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
        };
        const [x = 0, y = 0] = [lum(a), lum(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      };
      const p = document.querySelector('#p-1') as Element;
      const all = getComputedStyle(p, '::highlight(nuri-find)');
      const cur = getComputedStyle(p, '::highlight(nuri-find-current)');
      const page = getComputedStyle(document.body).backgroundColor;
      return {
        allText: ratio(all.color, all.backgroundColor),
        allPage: ratio(all.backgroundColor, page),
        curText: ratio(cur.color, cur.backgroundColor),
        curPage: ratio(cur.backgroundColor, page),
        curAll: ratio(cur.backgroundColor, all.backgroundColor),
        underline: cur.textDecorationLine,
      };
    });
    expect(c.allText).toBeGreaterThanOrEqual(4.5);
    expect(c.curText).toBeGreaterThanOrEqual(4.5);
    expect(c.allPage).toBeGreaterThanOrEqual(3);
    expect(c.curPage).toBeGreaterThanOrEqual(3);
    expect(c.curAll).toBeGreaterThanOrEqual(3);
    expect(c.underline).toBe('underline');
    await expectNoAxeViolations(page, theme === '고대비' ? ['color-contrast-enhanced'] : []);
  });
}

test('forced colours: the marks use the system Mark and Highlight colours', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openByButton(page);
  await search(page, 'KRISS');
  const got = await page.evaluate(() => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const system = (v: string) => {
      probe.style.backgroundColor = v;
      return getComputedStyle(probe).backgroundColor;
    };
    const p = document.querySelector('#p-1') as Element;
    return {
      all: getComputedStyle(p, '::highlight(nuri-find)').backgroundColor,
      current: getComputedStyle(p, '::highlight(nuri-find-current)').backgroundColor,
      mark: system('Mark'),
      highlight: system('Highlight'),
    };
  });
  expect(got.all).toBe(got.mark);
  expect(got.current).toBe(got.highlight);
  expect(got.all).not.toBe(got.current);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  test('the button is in the one toolbar row; the bar never covers the match', async ({ page }) => {
    const banner = await page.getByRole('banner').boundingBox();
    expect(banner?.height).toBeLessThanOrEqual(56);
    await openByButton(page);
    const bar = await page.getByRole('search').boundingBox();
    expect(bar?.height).toBeLessThanOrEqual(56);
    await search(page, '긴밀한 협력');
    await expect(count(page)).toHaveText('1 / 1');
    expect(await currentPlace(page)).toMatchObject({ inView: true });
    // From where the reader is (the end of the post), not from the top; then on, wrapping round.
    await search(page, '한일');
    await expect(count(page)).not.toHaveText(/^1 \//);
    for (let i = 0; i < 6; i++) {
      await field(page).press('Enter');
      expect(await currentPlace(page)).toMatchObject({ inView: true });
    }
    expect(await layoutProblems(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/find-phone.png' });
    await expectNoAxeViolations(page);
  });
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the bar fits without scrolling sideways', async ({ page }) => {
    await openByButton(page);
    await search(page, 'KRISS');
    expect(await layoutProblems(page)).toEqual([]);
  });
});
