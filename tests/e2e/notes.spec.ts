// Highlights and notes: by keyboard, kept across a reload, listed in "내 메모" with links both
// ways, deleted with undo; no axe violations with highlights and with the panel open.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, layoutProblems, openReader } from './helpers.ts';

/** Selects `text` inside sentence `s` the way the keyboard does: a caret, then one character
 * at a time with Selection.modify (what caret browsing's Shift+→ does; Chromium here has caret
 * browsing off, so the key itself would not move a caret in the post). */
async function selectByKeyboard(page: Page, s: string, text: string): Promise<void> {
  await page.evaluate(
    ([id, t]) => {
      const el = document.querySelector(`[data-s="${id}"]`);
      const selection = getSelection();
      if (!el || !selection) throw new Error('no sentence');
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent?.indexOf(t) ?? -1;
        if (at >= 0) {
          selection.setBaseAndExtent(n, at, n, at);
          for (let i = 0; i < t.length; i++) selection.modify('extend', 'forward', 'character');
          return;
        }
      }
      throw new Error('text not found');
    },
    [s, text] as const,
  );
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(text);
}

/** The first `n` characters of the longest plain text run in a sentence (no term inside). */
const plainWords = (page: Page, s: string, n: number) =>
  page.evaluate(
    ([id, k]) => {
      const el = document.querySelector(`[data-s="${id}"]`);
      if (!el) return '';
      const runs = [...el.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE);
      const text = runs.map((c) => c.textContent ?? '').sort((a, b) => b.length - a.length)[0];
      return (text ?? '').trim().slice(0, k);
    },
    [s, n] as const,
  );

/** The text of every range drawn for a colour. */
const drawn = (page: Page, colour = 'yellow') =>
  page.evaluate(
    (c) => [...(CSS.highlights.get(`nuri-note-${c}`) ?? [])].map((r) => (r as Range).toString()),
    colour,
  );

async function ready(page: Page): Promise<void> {
  await openReader(page);
  await expect(page.locator('#notes-toggle')).toBeVisible();
}

test('keyboard: select, Alt+Shift+N highlights; kept after a reload', async ({ page }) => {
  await ready(page);
  const sentence = 'p-2.s-1';
  const words = await plainWords(page, sentence, 8);
  await selectByKeyboard(page, sentence, words);
  await page.keyboard.press('Alt+Shift+N');
  await expect(page.getByRole('status')).toContainText('형광펜을 칠했습니다, 문단 2');
  await expect.poll(() => drawn(page)).toEqual([words]);
  // The post's text is unchanged: no element was added around the words.
  await expect(page.locator('#p-2 mark')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('#notes-toggle')).toBeVisible();
  await expect.poll(() => drawn(page)).toEqual([words]);
  // Again on the same words: said, not doubled.
  await selectByKeyboard(page, sentence, words);
  await expect(page.getByRole('button', { name: '메모 보기' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+N');
  await expect(page.getByRole('status')).toContainText('이미 형광펜이');
  await expect.poll(() => drawn(page)).toEqual([words]);
});

test('without a selection: the sentence where the reader is', async ({ page }) => {
  await ready(page);
  await page.locator('#p-3').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('p-3')?.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await page.keyboard.press('Alt+Shift+N');
  const first = await page.locator('[data-s="p-3.s-1"]').innerText();
  await expect.poll(() => drawn(page)).toEqual([first]);
});

test('note: added from the offer, listed, link moves focus to the spot, deleted with undo', async ({
  page,
}) => {
  await ready(page);
  const sentence = 'p-4.s-1';
  const words = await plainWords(page, sentence, 8);
  await selectByKeyboard(page, sentence, words);
  const bar = page.getByRole('region', { name: '소리 내어 읽기' }).or(page.locator('.listen-bar'));
  await bar.getByRole('button', { name: '메모 달기' }).click();
  const panel = page.locator('#notes-panel');
  await expect(panel).toBeVisible();
  const note = panel.getByRole('textbox', { name: '메모' });
  await expect(note).toBeFocused();
  await note.fill('다시 읽어 볼 곳');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('status')).toContainText('메모를 저장했습니다');
  const item = panel.getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item.locator('blockquote')).toHaveText(words);
  await expect(item.getByRole('combobox', { name: '형광펜 색' })).toHaveValue('yellow');
  await item.getByRole('combobox', { name: '형광펜 색' }).selectOption('green');
  await expect.poll(() => drawn(page, 'green')).toEqual([words]);
  await expectNoAxeViolations(page);

  // Kept across a reload, note and colour included.
  await page.reload();
  await page.locator('#notes-toggle').click();
  await expect(panel.getByRole('textbox', { name: '메모' })).toHaveValue('다시 읽어 볼 곳');
  await expect(panel.getByRole('heading', { name: '내 메모' })).toBeFocused();

  // List → spot: focus moves to the highlighted sentence, the panel closes.
  await panel.getByRole('link', { name: '문단 4' }).click();
  await expect(panel).toBeHidden();
  await expect(page.locator(`[data-s="${sentence}"]`)).toBeFocused();

  // Delete, undo, delete.
  await page.locator('#notes-toggle').click();
  await panel.getByRole('button', { name: '삭제' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: '삭제 취소' })).toBeFocused();
  await expect.poll(() => drawn(page, 'green')).toEqual([]);
  await panel.getByRole('button', { name: '삭제 취소' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await panel.getByRole('button', { name: '삭제' }).click();
  await page.reload();
  await page.locator('#notes-toggle').click();
  await expect(panel.getByText('아직 형광펜이나 메모가 없습니다', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.locator('#notes-toggle')).toBeFocused();
});

test('highlights in every theme: no axe violations', async ({ page }) => {
  await ready(page);
  await selectByKeyboard(page, 'p-1.s-1', await plainWords(page, 'p-1.s-1', 6));
  await page.keyboard.press('Alt+Shift+N');
  await expect.poll(() => drawn(page)).toHaveLength(1);
  for (const theme of ['light', 'sepia', 'dark', 'contrast']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await expectNoAxeViolations(page, theme === 'contrast' ? ['color-contrast-enhanced'] : []);
  }
});

test('360 px: the panel fits, nothing cut off', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await ready(page);
  await selectByKeyboard(page, 'p-1.s-1', await plainWords(page, 'p-1.s-1', 6));
  await expect(page.getByRole('button', { name: '메모 달기' })).toBeVisible();
  expect(await layoutProblems(page)).toEqual([]);
  await page.keyboard.press('Alt+Shift+N');
  await page.locator('#notes-toggle').click();
  await expect(page.locator('#notes-panel')).toBeVisible();
  expect(await layoutProblems(page)).toEqual([]);
});
