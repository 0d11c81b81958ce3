// The read-aloud controls while listening, on every screen from a small phone to a laptop,
// upright and on its side: play/pause, previous/next sentence and stop stay on screen wherever
// the reader is in the post, never cover the sentence being read, are at least 24 × 24 CSS px
// (WCAG 2.5.8) and are reached by Tab with a visible focus ring. Before the first play only
// what can be used is shown.
import { expect, test, type Page } from '@playwright/test';
import { finishUtterance, installFakeSpeech } from './fake-speech.ts';
import { expectNoAxeViolations, listenBar, openReader, selectText } from './helpers.ts';

const SCREENS = [
  { width: 320, height: 568 },
  { width: 360, height: 780 },
  { width: 780, height: 360 }, // a phone on its side
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
];
const CONTROLS = ['이전 문장', '다음 문장', '정지'];

/** Waits for a smooth scroll (the app bringing the sentence into view) to come to rest. */
async function settle(page: Page): Promise<void> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const y = await page.evaluate(() => scrollY);
    if (y === last) return;
    last = y;
    await page.waitForTimeout(100);
  }
}

/** What is wrong with the bar's controls where the reader is now. */
async function controlProblems(page: Page, where: string, primary: string): Promise<string[]> {
  const out: string[] = [];
  const size = page.viewportSize() ?? { width: 0, height: 0 };
  const bar = listenBar(page);
  for (const name of [primary, ...CONTROLS]) {
    const box = await bar.getByRole('button', { name, exact: true }).boundingBox();
    if (!box) {
      out.push(`${where}: ${name} not shown`);
      continue;
    }
    const inside =
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= size.width + 0.5 &&
      box.y + box.height <= size.height + 0.5;
    if (!inside) out.push(`${where}: ${name} off screen (${JSON.stringify(box)})`);
    if (box.width < 24 || box.height < 24) out.push(`${where}: ${name} smaller than 24 px`);
  }
  return out;
}

/** The highlighted sentence's line boxes that the bar covers (after the app scrolled to it). */
async function coveredSentence(page: Page, where: string): Promise<string[]> {
  await settle(page);
  return page.evaluate((where) => {
    const bar = document.querySelector('.listen-bar')?.getBoundingClientRect();
    const el = document.querySelector('.is-reading');
    if (!bar || !el) return [`${where}: no bar or no highlight`];
    return [...el.getClientRects()]
      .filter((r) => r.width > 0 && r.bottom > bar.top + 0.5 && r.top < bar.bottom - 0.5)
      .map(
        (r) =>
          `${where}: bar (top ${Math.round(bar.top)}) covers the sentence's line at ${Math.round(r.top)}–${Math.round(r.bottom)}`,
      );
  }, where);
}

/** The next `n` sentences, as the voice finishes each. */
async function readOn(page: Page, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await finishUtterance(page);
}

for (const screen of SCREENS) {
  test.describe(`${screen.width}×${screen.height}`, () => {
    test.use({ viewport: screen });

    test('before the first play only usable controls; while listening and paused the controls stay on screen anywhere, clear of the sentence, 24 px, by Tab', async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await installFakeSpeech(page);
      await openReader(page);
      const bar = listenBar(page);
      // Before the first play: what can be used, nothing disabled.
      await expect(bar.locator('button:disabled')).toHaveCount(0);
      await expect(bar.getByRole('button')).toHaveText([/읽어 주기/, '읽기 설정', '글자 설정']);
      await bar.getByRole('button', { name: '읽어 주기', exact: true }).click();
      await expect(bar.getByRole('button', { name: '일시 정지' })).toBeVisible();

      const problems: string[] = [];
      const check = async (where: string, primary = '일시 정지') =>
        problems.push(...(await controlProblems(page, where, primary)));
      await check('start');
      problems.push(...(await coveredSentence(page, 'first sentence')));
      // The reader scrolls around while it reads on.
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
      await check('scrolled to the middle');
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await check('scrolled to the bottom');
      await page.evaluate(() => scrollTo(0, 0));
      await check('scrolled to the top');
      // The voice reads on; the app brings each sentence into view above the bar.
      for (let i = 1; i <= 4; i++) {
        await readOn(page, 3);
        problems.push(...(await coveredSentence(page, `sentence after ${i * 3} more`)));
        await check(`after ${i * 3} more sentences`);
      }
      // Jump to a photo and read from there.
      await page.locator('#fig-3').scrollIntoViewIfNeeded();
      await selectText(page, '#fig-3 figcaption');
      await bar.getByRole('button', { name: '여기서부터 읽기, 사진 3' }).click();
      await check('reading from photo 3');
      problems.push(...(await coveredSentence(page, 'photo 3')));
      await readOn(page, 2);
      problems.push(...(await coveredSentence(page, 'after photo 3')));
      // Follow a footnote mark to its note.
      await page.locator('#ref-note-1').click();
      await check('at footnote 1');
      // Paused.
      await bar.getByRole('button', { name: '일시 정지' }).click();
      await check('paused', '이어 읽기');
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await check('paused, at the bottom', '이어 읽기');

      // By keyboard from the top of the page: Tab reaches every control, with a focus ring.
      await page.evaluate(() => scrollTo(0, 0));
      await page.locator('.skip-link').focus();
      const reached = new Map<string, string>();
      const wanted = ['이어 읽기', ...CONTROLS];
      for (let i = 0; i < 30 && !wanted.every((w) => reached.has(w)); i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          if (!(el instanceof HTMLButtonElement) || !el.closest('.listen-bar')) return null;
          const s = getComputedStyle(el);
          return {
            name: el.textContent.replace(/^[▶❚ ]+/, ''),
            outline: `${s.outlineStyle} ${s.outlineWidth}`,
          };
        });
        if (focused) reached.set(focused.name, focused.outline);
      }
      for (const name of ['이어 읽기', ...CONTROLS]) {
        expect(reached.get(name), `Tab reaches ${name} with a visible focus ring`).toMatch(
          /^solid [23]px$/,
        );
      }
      expect(problems).toEqual([]);
      await expectNoAxeViolations(page);
    });
  });
}

test("the bar keeps clear of a notched phone's home indicator: its padding takes env(safe-area-inset-*)", async ({
  page,
}) => {
  // Chromium cannot emulate a notch (env() is 0 here): the rule itself is checked.
  await openReader(page);
  const padding = await page.evaluate(() => {
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSStyleRule && rule.selectorText === '.listen-bar') {
          return rule.style.getPropertyValue('padding') || rule.cssText;
        }
      }
    }
    return '';
  });
  expect(padding).toContain('env(safe-area-inset-bottom)');
  expect(padding).toContain('env(safe-area-inset-left)');
  expect(padding).toContain('env(safe-area-inset-right)');
  const viewport = await page.evaluate(
    () => document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '',
  );
  expect(viewport).toContain('viewport-fit=cover');
});
