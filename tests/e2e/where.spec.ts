// Where am I (issue 14, point 1) and read from where I am (point 3): the position readout in the
// docked bar, Alt+Shift+W, time left while listening, the first play after scrolling, and
// "선택 부분 읽기". Speech is the scripted stand-in (fake-speech.ts).
import { expect, test, type Page } from '@playwright/test';
import { finishUtterance, installFakeSpeech, nowSaying, spoken } from './fake-speech.ts';
import {
  expectAnnounced,
  expectNoAxeViolations,
  listenButton,
  openReader,
  reading,
  recordAnnouncements,
  selectText,
  TITLE_SAID,
} from './helpers.ts';

const button = listenButton;
const readout = (page: Page) => page.getByTestId('where');

/** Opens the post and waits for the read-aloud code (it brings the readout and the shortcuts
 * and loads after the first paint). */
async function openReady(page: Page): Promise<void> {
  await openReader(page);
  // The readout appears once the reader is in the body (not at the headline).
  await page.locator('#p-2').evaluate((el) => el.scrollIntoView());
  await expect(readout(page)).toBeVisible();
  await page.evaluate(() => scrollTo(0, 0));
  await expect(readout(page)).toHaveCount(0);
}

/** Scrolls so that `id` starts at the top of the screen, and waits for the readout to follow. */
async function scrollToBlock(page: Page, id: string): Promise<void> {
  await page.evaluate((x) => document.getElementById(x)?.scrollIntoView({ block: 'start' }), id);
}

/** Boxes of the post's text lines (per text node) that the readout's box overlaps. */
function textUnderReadout(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const box = document.querySelector('[data-testid="where"]')?.getBoundingClientRect();
    if (!box) return ['no readout'];
    const out: string[] = [];
    const walker = document.createTreeWalker(
      document.querySelector('main') ?? document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim() || n.parentElement?.closest('.sr-only')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        const x = Math.min(r.right, box.right) - Math.max(r.left, box.left);
        const y = Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top);
        if (x > 1 && y > 1) out.push(n.textContent.slice(0, 20));
      }
    }
    return out;
  });
}

test.beforeEach(async ({ page }) => {
  await installFakeSpeech(page);
  await recordAnnouncements(page);
});

for (const width of [360, 1280]) {
  test(`the readout at ${width} px: visible, follows the scroll, covers no text of the reading area`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 800 });
    await openReady(page);
    // Nothing at the headline (nor before the post for a screen reader).
    await expect(readout(page)).toHaveCount(0);
    await scrollToBlock(page, 'p-5');
    await expect(readout(page)).toBeVisible();
    await expect(readout(page)).toContainText(/문단 5\/\d+ · \d+%/);
    const percent = Number(/(\d+)%/.exec(await readout(page).innerText())?.[1]);
    expect(percent).toBeGreaterThan(5);
    expect(percent).toBeLessThan(80);
    await expect(readout(page)).toBeInViewport();
    // The part of the screen being read (the top) is never under it; at 1280 px it sits beside
    // the text column and covers nothing at all.
    const box = await readout(page).boundingBox();
    const p5 = await page.locator('#p-5').boundingBox();
    expect(box && p5 && box.y).toBeGreaterThan((p5?.y ?? 0) + 100);
    if (width === 1280) expect(await textUnderReadout(page)).toEqual([]);
    // Screen readers reach it as text (no live region: scrolling says nothing).
    await expect(readout(page).locator('.sr-only')).toHaveText(
      /전체 \d+문단 중 5번째 문단, \d+% 읽음/,
    );
    await expect(page.locator('[aria-live] [data-testid="where"]')).toHaveCount(0);
    await page.screenshot({ path: `test-results/where-${width}.png` });
    await expectNoAxeViolations(page);
    // The end of the post: 100 %.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect(readout(page)).toContainText('100%');
  });
}

test('Alt+Shift+W says where the reader is, in the live region', async ({ page }) => {
  await openReady(page);
  await scrollToBlock(page, 'p-3');
  await expect(readout(page)).toContainText('문단 3/');
  await page.keyboard.press('Alt+Shift+KeyW');
  await expectAnnounced(page, /^전체 \d+문단 중 3번째 문단, \d+% 읽음$/);
});

test('while listening: the place of the sentence read, and time left that follows the rate', async ({
  page,
}) => {
  await openReady(page);
  await selectText(page, '[data-s="p-2.s-1"]');
  await button(page, '여기서부터 읽기, 문단 2').click();
  await expect(reading(page)).toHaveAttribute('data-s', 'p-2.s-1');
  await expect(readout(page)).toContainText(/문단 2\/\d+ · \d+% · 약 \d+분 남음/);
  const minutesAt = async () =>
    Number(/약 (\d+)분/.exec(await readout(page).innerText())?.[1] ?? 'NaN');
  const atOne = await minutesAt();
  expect(atOne).toBeGreaterThan(2);
  await page.keyboard.press('Alt+Shift+KeyW');
  await expectAnnounced(page, /^전체 \d+문단 중 2번째 문단, \d+% 읽음, 약 \d+분 남음$/);
  await expectNoAxeViolations(page);
  // Twice as fast: about half the time.
  await button(page, '읽기 설정').click();
  const rate = page.getByRole('slider', { name: '읽기 속도' });
  await rate.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(rate).toHaveAttribute('aria-valuetext', '2.0배');
  await expect.poll(minutesAt).toBeLessThanOrEqual(Math.ceil(atOne / 2) + 1);
  expect(await minutesAt()).toBeGreaterThanOrEqual(Math.floor(atOne / 2) - 1);
  // Stopped: no time left shown.
  await button(page, '정지').click();
  await expect(readout(page)).not.toContainText('남음');
});

test('the first play after scrolling starts at the top of the screen (button and Alt+Shift+P)', async ({
  page,
}) => {
  await openReady(page);
  await scrollToBlock(page, 'p-5');
  await button(page, '읽어 주기').click();
  await expect(reading(page)).toHaveAttribute('data-s', 'p-5.s-1');
  await expect.poll(() => nowSaying(page)).not.toBe(TITLE_SAID);
  // After a reload, the shortcut does the same (with no listening place saved yet).
  await page.evaluate(() => indexedDB.deleteDatabase('nuri-reader'));
  await page.reload();
  await openReady(page);
  await scrollToBlock(page, 'p-5');
  await page.keyboard.press('Alt+Shift+KeyP');
  await expect(reading(page)).toHaveAttribute('data-s', 'p-5.s-1');
});

test('the first play starts at the focused block', async ({ page }) => {
  await openReady(page);
  // Focus on a link inside paragraph 3 (a term or a footnote link).
  await page.locator('#p-3 a').first().focus();
  await page.keyboard.press('Alt+Shift+KeyP');
  await expect(reading(page)).toHaveAttribute('data-s', /^p-3\.s-/);
  await button(page, '정지').click();
  await button(page, '처음부터 읽기').click();
  await expect.poll(() => nowSaying(page)).toBe(TITLE_SAID);
});

test('the first play starts at the block holding the selection (Alt+Shift+P)', async ({ page }) => {
  await openReady(page);
  await selectText(page, '[data-s="p-6.s-2"]');
  await page.keyboard.press('Alt+Shift+KeyP');
  await expect(reading(page)).toHaveAttribute('data-s', 'p-6.s-1');
});

test('"선택 부분 읽기" reads just the selection, then stops where reading was', async ({
  page,
}) => {
  await openReady(page);
  // A place to go back to: reading was stopped in the subtitle.
  await button(page, '읽어 주기').click();
  await button(page, '다음 문장').click();
  await expect(reading(page)).toHaveAttribute('data-s', 'subtitle.s-1');
  await button(page, '정지').click();
  const before = (await spoken(page)).length;

  // Part of paragraph 2's first sentence to part of its second, as Shift+arrows would select.
  await page.evaluate(() => {
    const first = document.querySelector('[data-s="p-2.s-1"]');
    const second = document.querySelector('[data-s="p-2.s-2"]');
    const firstText = first && document.createTreeWalker(first, NodeFilter.SHOW_TEXT).nextNode();
    const secondText = second && document.createTreeWalker(second, NodeFilter.SHOW_TEXT).nextNode();
    if (!firstText || !secondText) throw new Error('no text');
    const range = document.createRange();
    range.setStart(firstText, 5);
    range.setEnd(secondText, 6);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  const firstShown = await page
    .locator('[data-s="p-2.s-1"]')
    .evaluate(
      (el) => document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode()?.textContent ?? '',
    );
  await expect(button(page, '선택 부분 읽기')).toBeVisible();
  await expectNoAxeViolations(page);
  await button(page, '선택 부분 읽기').click();
  await expect(reading(page)).toHaveAttribute('data-s', 'p-2.s-1');
  const first = await nowSaying(page);
  // It starts inside the sentence: the first five characters are not said.
  expect(first?.startsWith(firstShown.slice(0, 5))).toBe(false);
  expect(first).toContain(firstShown.slice(5, 10).trim());
  await finishUtterance(page);
  await expect(reading(page)).toHaveAttribute('data-s', 'p-2.s-2');
  const second = await nowSaying(page);
  expect(second?.length).toBeLessThanOrEqual(8);
  await finishUtterance(page);
  // Then it stops: nothing more is said, the bar is back to "이어 읽기" at the subtitle.
  await expect(button(page, '이어 읽기')).toBeVisible();
  await expect(reading(page)).toHaveCount(0);
  expect((await spoken(page)).length).toBe(before + 2);
  await expect(page.locator('[data-s="subtitle.s-1"]')).toHaveClass(/\bis-resume\b/);
  await button(page, '이어 읽기').click();
  await expect(reading(page)).toHaveAttribute('data-s', 'subtitle.s-1');
});
