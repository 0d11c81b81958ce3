// WCAG 1.4.10 in every state the reader can reach, at 320 CSS px: text 100–300 % in bold, every spacing
// at its maximum, every term expanded, the settings sheet open, listening with its options open,
// the footnotes and the glossary on screen. Nothing may stick out sideways.
import { expect, test, type Page } from '@playwright/test';
import { installFakeSpeech } from './fake-speech.ts';
import { openReader } from './helpers.ts';

test.use({ viewport: { width: 320, height: 640 } });

/** Elements that reach past the right or left edge (what makes a page scroll sideways). */
function sticking(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll('body *')]
      .filter((el) => {
        if (el.closest('.sr-only')) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > w + 1 || r.left < -1);
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${el.textContent.slice(0, 20)})`);
    if (document.documentElement.scrollWidth > w)
      out.push(`page ${document.documentElement.scrollWidth}px wide`);
    return out;
  });
}

test('every reachable state reflows at 320 px, bold text 100–300 % with every spacing at its maximum', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await installFakeSpeech(page);
  await openReader(page);
  await page.getByRole('button', { name: '글자 설정' }).click();
  await page.getByLabel('모든 약어 펼치기').check();
  await page.getByLabel('문단 번호 보기').check();
  // Bold is the widest the text gets.
  await page.getByRole('radio', { name: '굵게' }).check();
  for (const k of ['lineHeight', 'letterSpacing', 'wordSpacing', 'paragraphSpacing']) {
    await page.locator(`#set-${k}`).evaluate((el: HTMLInputElement) => {
      el.value = el.max;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  const problems: string[] = [];
  for (const size of ['100', '200', '300']) {
    await page.getByRole('slider', { name: '글자 크기' }).fill(size);
    await page.waitForTimeout(200);
    for (const p of await sticking(page)) problems.push(`${size}% settings open: ${p}`);
  }
  await page.keyboard.press('Escape');
  const bar = page.getByRole('region', { name: '읽어 주기' });
  await bar.getByRole('button', { name: '읽어 주기', exact: true }).click();
  await bar.getByRole('button', { name: '읽기 설정' }).click();
  await page.waitForTimeout(300);
  for (const p of await sticking(page)) problems.push(`300% listening, options open: ${p}`);
  await page.locator('#glossary').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  for (const p of await sticking(page)) problems.push(`300% glossary: ${p}`);
  expect(problems).toEqual([]);
});
