// Visual options (issue 14, point 5): bold text, the reading-highlight colour, and hiding photos
// or footnotes — each changes what is seen, leaves nothing hidden in the accessibility tree,
// and passes axe.
import { expect, test, type Page } from '@playwright/test';
import { installFakeSpeech, nowSaying } from './fake-speech.ts';
import { expectNoAxeViolations, openReader, openSettings } from './helpers.ts';

const reading = (page: Page) => page.locator('.is-reading');
const bar = (page: Page) => page.getByRole('region', { name: '읽어 주기' });

test.describe('visual options', () => {
  test.beforeEach(async ({ page }) => {
    await installFakeSpeech(page);
    await openReader(page);
    await openSettings(page);
  });

  test('굵게 makes the article text bold (the 700 face), and stays after a reload', async ({
    page,
  }) => {
    const weight = () => page.locator('#p-1').evaluate((el) => getComputedStyle(el).fontWeight);
    expect(await weight()).toBe('400');
    await page.getByRole('radio', { name: '굵게' }).check();
    expect(await weight()).toBe('700');
    // The bold face is really used, not synthesised (font-synthesis: none).
    await expect
      .poll(() => page.evaluate(() => document.fonts.check("700 16px 'Nuri Sans'", '한')))
      .toBe(true);
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.locator('#p-1')).toHaveCSS('font-weight', '700');
  });

  test('the reading highlight takes the chosen colour in each theme', async ({ page }) => {
    await page.getByRole('radio', { name: '초록' }).check();
    await page.getByRole('radio', { name: '밝게' }).check();
    await page.keyboard.press('Escape');
    await bar(page).getByRole('button', { name: '읽어 주기', exact: true }).click();
    await expect(reading(page)).toHaveCSS('background-color', 'rgb(200, 240, 192)');
    await expectNoAxeViolations(page);
    await openSettings(page);
    await page.getByRole('radio', { name: '어둡게' }).check();
    await expect(reading(page)).toHaveCSS('background-color', 'rgb(30, 74, 36)');
    await expect(reading(page)).toHaveCSS('color', 'rgb(230, 255, 230)');
    await page.getByRole('radio', { name: '분홍' }).check();
    await expect(reading(page)).toHaveCSS('background-color', 'rgb(90, 31, 60)');
    await page.getByRole('radio', { name: '고대비' }).check();
    await expect(reading(page)).toHaveCSS('background-color', 'rgb(255, 153, 255)');
    await expectNoAxeViolations(page);
  });

  test('forced colours: the highlight uses the system colours whatever the choice', async ({
    page,
  }) => {
    await page.getByRole('radio', { name: '파랑' }).check();
    await page.keyboard.press('Escape');
    await page.emulateMedia({ forcedColors: 'active' });
    await bar(page).getByRole('button', { name: '읽어 주기', exact: true }).click();
    const [mark, system] = await Promise.all([
      reading(page).evaluate((el) => getComputedStyle(el).backgroundColor),
      page.evaluate(() => {
        const probe = document.createElement('span');
        probe.style.setProperty('background-color', 'Highlight');
        document.body.append(probe);
        const c = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return c;
      }),
    ]);
    expect(mark).toBe(system);
  });

  test('사진 숨기기 hides photos from view and from screen readers', async ({ page }) => {
    await page.getByRole('checkbox', { name: '사진 숨기기' }).check();
    await expect(page.locator('figure').first()).toBeHidden();
    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).not.toContain('원본 사진 미포함');
    expect(tree).not.toMatch(/figure "사진 \d+"/);
    // The text is all there.
    await expect(page.locator('#p-1')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.locator('figure').first()).toBeHidden();
  });

  test('각주 숨기기 hides the footnotes and their markers', async ({ page }) => {
    await expect(page.locator('.noteref').first()).toBeVisible();
    await page.getByRole('checkbox', { name: '각주 숨기기' }).check();
    await expect(page.locator('.note').first()).toBeHidden();
    await expect(page.locator('.noteref').first()).toBeHidden();
    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).not.toMatch(/heading "각주 \d+"/);
    expect(tree).not.toMatch(/link "각주 \d+"/);
    await expectNoAxeViolations(page);
  });

  test('hidden photos are still read if the reader wants, without scrolling to nothing', async ({
    page,
  }) => {
    await page.getByRole('checkbox', { name: '사진 숨기기' }).check();
    await page.keyboard.press('Escape');
    await bar(page).getByRole('button', { name: '읽어 주기', exact: true }).click();
    await expect(reading(page)).toHaveAttribute('data-s', 'title.s-1');
    // Move on to the first photo's caption (read: "사진 설명 읽기" is on by default).
    const next = bar(page).getByRole('button', { name: '다음 문장' });
    for (let i = 0; i < 8 && !/^사진/.test((await nowSaying(page)) ?? ''); i++) await next.click();
    expect(await nowSaying(page)).toMatch(/^사진/);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // The reset brings everything back.
    await openSettings(page);
    await page.getByRole('button', { name: '기본값으로' }).click();
    await expect(page.locator('figure').first()).toBeVisible();
  });
});
