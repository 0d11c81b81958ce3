// A phone reader: the post's text on the first screen, read-aloud controls in reach wherever
// they are, settings beside the text, Korean words kept whole at any width, focus kept.
import { expect, test, type Page } from '@playwright/test';
import { finishUtterance, installFakeSpeech } from './fake-speech.ts';
import { listenBar, openReader, openSettings } from './helpers.ts';

/**
 * Places where a line breaks inside a Korean word at an inline mark: the last character of a
 * term or footnote mark on one line and the particle or closing mark after it on the next, or an
 * opening bracket or quote at a line's end with the term on the next.
 */
function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const rectOf = (node: Node, offset: number) => {
      const r = document.createRange();
      r.setStart(node, offset);
      r.setEnd(node, offset + 1);
      return r.getClientRects()[0] ?? null;
    };
    /** Two characters on different lines: their boxes do not overlap vertically (fonts of
     * different scripts sit a few pixels apart on the same line). */
    const apart = (a: [Text, number], b: [Text, number]) => {
      const ra = rectOf(...a);
      const rb = rectOf(...b);
      return ra !== null && rb !== null && (ra.bottom <= rb.top + 1 || rb.bottom <= ra.top + 1);
    };
    /** The text node and offset of the character just after (or before) `el`. */
    const neighbour = (el: Element, after: boolean): [Text, number] | null => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let deepest: Node = el;
      if (after) while (deepest.lastChild) deepest = deepest.lastChild;
      walker.currentNode = deepest;
      let n = after ? walker.nextNode() : walker.previousNode();
      while (n && !n.textContent) n = after ? walker.nextNode() : walker.previousNode();
      if (!(n instanceof Text)) return null;
      return after ? [n, 0] : [n, n.length - 1];
    };
    const edge = (el: Element, last: boolean): [Text, number] | null => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let first: Text | null = null;
      let lastText: Text | null = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        // Text only screen readers get (.sr-only) is not on any line.
        if (!(n.textContent ?? '').trim() || n.parentElement?.closest('.sr-only')) continue;
        first ??= n as Text;
        lastText = n as Text;
      }
      const t = last ? lastText : first;
      if (!t) return null;
      return [t, last ? t.length - 1 : 0];
    };
    for (const el of document.querySelectorAll(
      'article .term, article .term-plain, article .noteref',
    )) {
      const next = neighbour(el, true);
      const end = edge(el, true);
      if (next && end && /^[가-힣)\]’”*,.]/.test(next[0].data[next[1]] ?? '')) {
        if (apart(end, next)) out.push(`${el.textContent} | ${next[0].data.slice(0, 4)}`);
      }
      const prev = neighbour(el, false);
      const start = edge(el, false);
      if (prev && start && /[([‘“]$/.test(prev[0].data.slice(0, prev[1] + 1))) {
        if (apart(prev, start)) out.push(`${prev[0].data.slice(-3)} | ${el.textContent}`);
      }
    }
    return out;
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  test('text first: one compact row above the post, the first paragraph on the first screen', async ({
    page,
  }) => {
    await openReader(page);
    await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
    const banner = await page.getByRole('banner').boundingBox();
    expect(banner?.height).toBeLessThanOrEqual(56);
    // Its first line is fully readable above the read-aloud buttons at the bottom.
    const firstLine = await page.locator('#p-1').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const line = range.getClientRects()[0];
      return line ? line.bottom : Infinity;
    });
    const buttonsTop = await listenBar(page)
      .getByRole('button')
      .evaluateAll((els) => Math.min(...els.map((e) => e.getBoundingClientRect().top)));
    expect(firstLine).toBeLessThanOrEqual(buttonsTop);
    await page.screenshot({ path: 'test-results/phone-first-screen.png' });
  });

  test('listening: the controls stay on screen anywhere in the post and never cover the sentence', async ({
    page,
  }) => {
    await installFakeSpeech(page);
    await openReader(page);
    await listenBar(page).getByRole('button', { name: '읽어 주기', exact: true }).click();
    for (const name of ['일시 정지', '이전 문장', '다음 문장', '정지']) {
      await expect(listenBar(page).getByRole('button', { name, exact: true })).toBeInViewport();
    }
    // Jump far into the post and read on.
    await page.locator('#p-6').evaluate((el) => el.scrollIntoView());
    await expect(listenBar(page).getByRole('button', { name: '일시 정지' })).toBeInViewport();
    for (let i = 0; i < 8; i++) await finishUtterance(page);
    const bar = await listenBar(page).boundingBox();
    const sentence = await page.locator('.is-reading').boundingBox();
    expect(bar && sentence && sentence.y + sentence.height).toBeLessThanOrEqual(bar?.y ?? 0);
    for (const button of await listenBar(page).getByRole('button').all()) {
      const box = await button.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(24);
      expect(box?.width).toBeGreaterThanOrEqual(24);
    }
    await page.waitForTimeout(600); // a smooth scroll to the sentence may still be running
    await page.screenshot({ path: 'test-results/phone-listening.png' });
  });

  test('settings: a sheet over half the screen; the post stays in view; closes and returns focus', async ({
    page,
  }) => {
    await openReader(page);
    const toggle = page.getByRole('button', { name: '글자 설정' });
    await toggle.click();
    const sheet = page.locator('#settings-panel');
    await expect(page.locator('#settings-title')).toBeFocused();
    const box = await sheet.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(780 / 2 + 1);
    // The post did not move: its headline is still where it was, above the sheet.
    await expect(page.locator('h1')).toBeInViewport();
    await page.getByRole('slider', { name: '글자 크기' }).fill('150');
    await page.screenshot({ path: 'test-results/phone-settings.png' });
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(toggle).toBeFocused();
    await toggle.click();
    // The close button at the bottom of the sheet.
    await sheet.getByRole('button', { name: '닫기' }).last().click();
    await expect(sheet).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('deep in the post, 글자 설정 is in reach at the bottom and changing the size keeps the place', async ({
    page,
  }) => {
    await openReader(page);
    await page.locator('#p-6').evaluate((el) => el.scrollIntoView());
    const toggle = page.getByRole('button', { name: '글자 설정' });
    // On screen where the reader is: no scrolling back to the top for it.
    await expect(toggle).toBeInViewport();
    await toggle.tap();
    await expect(page.locator('#settings-title')).toBeFocused();
    await page.getByRole('slider', { name: '글자 크기' }).fill('200');
    await expect(page.locator('#p-6')).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(page.locator('#p-6')).toBeInViewport();
    await expect(toggle).toBeFocused();
  });

  test('while listening, a new text size keeps the sentence being read on screen', async ({
    page,
  }) => {
    await installFakeSpeech(page);
    await openReader(page);
    await listenBar(page).getByRole('button', { name: '읽어 주기', exact: true }).click();
    for (let i = 0; i < 5; i++) await finishUtterance(page);
    const reading = page.locator('.is-reading');
    await expect(reading).toBeInViewport();
    await page.getByRole('button', { name: '글자 설정' }).tap();
    await page.getByRole('slider', { name: '글자 크기' }).fill('250');
    await page.keyboard.press('Escape');
    await expect(reading).toBeInViewport();
  });
});

test('Korean words stay whole around terms and footnote marks, 300–1280 px, text 100–300 %', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 800 });
  await openReader(page);
  await openSettings(page);
  await page.getByLabel('모든 약어 펼치기').check();
  await page.getByRole('button', { name: '닫기' }).first().click();
  const problems: string[] = [];
  // At 300 % a 320 px column holds about five Hangul syllables: a word longer than a line must
  // break somewhere (overflow-wrap), so 300 % is swept from 600 px up.
  for (const size of [100, 200, 300]) {
    await page.evaluate(
      (s) => document.documentElement.style.setProperty('--text-scale', String(s / 100)),
      size,
    );
    for (let width = size === 300 ? 600 : 300; width <= 1280; width += size === 100 ? 20 : 60) {
      await page.setViewportSize({ width, height: 800 });
      for (const p of await splitWords(page)) problems.push(`${width}px ${size}%: ${p}`);
    }
  }
  expect(problems).toEqual([]);
});

test("the browser bar takes the theme; Alt+↓ on a select stays the select's with the ruler on", async ({
  page,
}) => {
  await openReader(page);
  await openSettings(page);
  const meta = page.locator('meta[name="theme-color"]');
  await page.getByLabel('어둡게', { exact: true }).check();
  await expect(meta).toHaveAttribute('content', '#23272c');
  await page.getByLabel('고대비', { exact: true }).check();
  await expect(meta).toHaveAttribute('content', /^#000(000)?$/);
  await page.getByLabel('3줄').check();
  const select = page.getByLabel('화면 언어');
  await select.focus();
  const prevented = await select.evaluate((el) => {
    const e = new KeyboardEvent('keydown', {
      key: 'ArrowDown',
      altKey: true,
      bubbles: true,
      cancelable: true,
    });
    el.dispatchEvent(e);
    return e.defaultPrevented;
  });
  expect(prevented).toBe(false);
});

test('targets in the post meet WCAG 2.5.8: paragraph numbers, footnote marks and back links 24 × 24 px; a smaller term keeps a 24 px circle clear of every other target', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openReader(page);
  await openSettings(page);
  await page.getByLabel('문단 번호 보기').check();
  await page.keyboard.press('Escape');
  await expect(page.locator('.pnum')).toHaveCount(await page.locator('.para').count());
  const small = await page.evaluate(() => {
    const targets = [
      ...document.querySelectorAll<HTMLElement>(
        'article .pnum, article .noteref a, article .note a, article a.term, #glossary a, #glossary button',
      ),
    ].map((el) => ({
      el,
      what: `${el.className || el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 12)}"`,
      // A link that wraps onto two lines is judged by each of its boxes.
      rects: [...el.getClientRects()].filter((r) => r.width > 0),
    }));
    const undersized = (r: DOMRect) => r.width < 24 || r.height < 24;
    const out: string[] = [];
    for (const t of targets) {
      for (const r of t.rects.filter(undersized)) {
        // The spacing exception: a 24 px circle on its centre meets no other target and no
        // other undersized target's circle.
        const cx = r.left + r.width / 2;
        const cy = r.top + r.height / 2;
        const clash = targets.some(
          (o) =>
            o !== t &&
            o.rects.some((q) => {
              const dx = Math.max(q.left - cx, 0, cx - q.right);
              const dy = Math.max(q.top - cy, 0, cy - q.bottom);
              if (Math.hypot(dx, dy) < 12) return true;
              if (!undersized(q)) return false;
              return Math.hypot(q.left + q.width / 2 - cx, q.top + q.height / 2 - cy) < 24;
            }),
        );
        const pnumOrMark = t.el.matches('.pnum, .noteref a');
        if (clash || pnumOrMark) {
          out.push(`${t.what} ${Math.round(r.width)}×${Math.round(r.height)}`);
        }
      }
    }
    return out;
  });
  expect(small).toEqual([]);
});
