// Screenshots for a person to look at (the closing note): saved to $SHOTS_DIR, else
// test-results/shots. Each also checks the one thing it is about.
import { expect, test, type Page } from '@playwright/test';
import { finishUtterance, installFakeSpeech } from './fake-speech.ts';
import { listenBar, openReader, openSettings } from './helpers.ts';

const dir = process.env.SHOTS_DIR ?? 'test-results/shots';
const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(400); // a smooth scroll to the sentence may still be running
  await page.screenshot({ path: `${dir}/${name}.png` });
};

async function listenMidPost(page: Page): Promise<void> {
  await listenBar(page).getByRole('button', { name: '읽어 주기', exact: true }).click();
  for (let i = 0; i < 12; i++) await finishUtterance(page);
  await expect(page.locator('.is-reading')).toBeVisible();
}

/** Elements other than the bar's own that draw inside the bar's box (a stray line over it). */
function overBar(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bar = document.querySelector('.listen-bar');
    if (!bar) return ['no bar'];
    const b = bar.getBoundingClientRect();
    const out: string[] = [];
    for (let x = b.left + 2; x < b.right - 2; x += 8) {
      for (const y of [b.top + 0.5, b.top + 2, b.top + 6]) {
        const top = document.elementFromPoint(x, y);
        if (top && !bar.contains(top)) out.push(`${top.tagName.toLowerCase()}.${top.className}`);
      }
    }
    return [...new Set(out)];
  });
}

test.describe('360 × 780', () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  test('first screen; listening mid-post; 글자 설정 open; 200 %', async ({ page }) => {
    await installFakeSpeech(page);
    await openReader(page);
    await shot(page, 'phone-360-first-screen');
    await listenMidPost(page);
    await shot(page, 'phone-360-listening');
    expect(await overBar(page)).toEqual([]);
    await listenBar(page).getByRole('button', { name: '일시 정지' }).click();
    await openSettings(page);
    await shot(page, 'phone-360-settings');
    await page.getByRole('slider', { name: '글자 크기' }).fill('200');
    await page.keyboard.press('Escape');
    await shot(page, 'phone-360-text-200');
  });
});

test('780 × 360 (on its side), listening', async ({ page }) => {
  await page.setViewportSize({ width: 780, height: 360 });
  await installFakeSpeech(page);
  await openReader(page);
  await listenMidPost(page);
  await shot(page, 'phone-780x360-listening');
  expect(await overBar(page)).toEqual([]);
});

test('1280 × 800, listening: nothing draws over the bar, with the settings panel open too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await installFakeSpeech(page);
  await openReader(page);
  await listenMidPost(page);
  await shot(page, 'desktop-1280-listening');
  expect(await overBar(page)).toEqual([]);
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await shot(page, 'desktop-1280-listening-end');
  expect(await overBar(page)).toEqual([]);
  await openSettings(page);
  await shot(page, 'desktop-1280-listening-settings');
  expect(await overBar(page)).toEqual([]);
});
