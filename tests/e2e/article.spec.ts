import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openReader, openSettings, savedReadingBlock } from './helpers.ts';

test.describe('article view', () => {
  test('renders the post with its structure and counts', async ({ page }) => {
    await openReader(page);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(
      'KRISS, 일본 산업기술종합연구소(AIST)와 측정표준 및 양자기술 분야 협력 확대',
    );
    const article = page.locator('article');
    await expect(article).toHaveAttribute('lang', 'ko');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('.para')).toHaveCount(8);
    await expect(page.locator('figure')).toHaveCount(7);
    await expect(page.locator('figure img')).toHaveCount(8);
    await expect(page.locator('figure figcaption')).toHaveCount(7);
    await expect(page.locator('figure .credit')).toHaveCount(4);
    await expect(page.locator('.note h2')).toHaveText(['* 각주 1', '** 각주 2']);
    await expect(page.locator('time')).toHaveAttribute('datetime', '2024-08-23T15:47:00+09:00');
    await expect(page.locator('time')).toHaveText('2024년 8월 23일 오후 3:47');
    await expect(page.getByText('홍보실')).toBeVisible();
    await expect(page.getByText('139회')).toBeVisible();
    await expect(page.getByText('QUICK MENU')).toHaveCount(0);
    await expect(page.getByText('등록된 퀵메뉴가 없습니다.')).toHaveCount(0);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
  });

  test('every photo has alt text and a stand-in image that loads', async ({ page }) => {
    await openReader(page);
    const imgs = page.locator('figure img');
    for (const img of await imgs.all()) {
      const alt = (await img.getAttribute('alt')) ?? '';
      expect(alt.length).toBeGreaterThan(10);
      expect(alt.startsWith('사진')).toBe(false);
      await expect(img).toHaveJSProperty('complete', true);
      expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    }
    const pair = page.locator('figure').nth(6);
    await expect(pair.locator('img')).toHaveCount(2);
    await expect(pair.getByRole('img')).toHaveCount(2);
    await expect(page.locator('figure').first().locator('.credit')).toContainText(
      'KRISS-NMIJ Summit 2024',
    );
  });

  test('the accessibility tree of the article reads as a clean structure', async ({ page }) => {
    await openReader(page);
    // Read whole: no controls in the headline, the subtitle or the credits; the byline is one
    // line; each figure is named "사진 N" and says the original photo is not here.
    await expect(page.locator('article header')).toMatchAriaSnapshot(`
      - paragraph: KRISS 소식
      - heading "KRISS, 일본 산업기술종합연구소(AIST)와 측정표준 및 양자기술 분야 협력 확대" [level=1]
      - paragraph: KRISS 대표단, 제19차 한일 국가측정표준기관장회의 및 제1차 한일 퀀텀워크숍 참석
      - paragraph:
        - text: /작성자 홍보실 ?, 작성일/
        - time: 2024년 8월 23일 오후 3:47
        - text: ", 조회수 139회"
    `);
    await expect(page.locator('figure').first()).toMatchAriaSnapshot(`
      - figure "사진 1":
        - paragraph: 원본 사진 미포함
        - img /기념사진/
        - text: "제19차 한일 측정표준대표기관장회의 단체사진 사진 출처: KRISS-NMIJ Summit 2024"
    `);
    await expect(page.locator('figure').nth(6)).toMatchAriaSnapshot(`
      - figure "사진 7":
        - paragraph: 원본 사진 미포함
        - img /이용호/
        - paragraph: 원본 사진 미포함
        - img /G-QuAT/
        - text: (좌) KRISS 이용호 초전도양자컴퓨팅시스템연구단장이 발표 중인 모습 / (우) G-QuAT 랩투어 진행 모습
    `);
    await expect(page.locator('#note-1')).toMatchAriaSnapshot(`
      - heading "각주 1" [level=2]
      - text: /NMIJ\\(National Metrology Institute of Japan\\). 일본 산업기술종합연구소\\(AIST, National Institute of Advanced Industrial Science and Technology\\)/
      - link "본문으로 돌아가기"
      - 'link "용어 사전: NMIJ"'
    `);
  });

  test('footnote markers link to their notes and back, moving focus', async ({ page }) => {
    await openReader(page);
    const marker = page.locator('#ref-note-1');
    // Heard as "각주 1", not as the name of the asterisk.
    await expect(marker).toHaveAccessibleName('각주 1');
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#note-1$/);
    await expect(page.locator('#note-1 h2')).toBeFocused();
    await page.locator('#note-1').getByRole('link', { name: '본문으로 돌아가기' }).click();
    await expect(page).toHaveURL(/#ref-note-1$/);
    await expect(marker).toBeFocused();
    await page.locator('#ref-note-2').click();
    await expect(page.locator('#note-2 h2')).toBeFocused();
    await expect(page.locator('#note-2')).toContainText('G-QuAT(Global Research');
  });

  test('a paragraph is addressable by fragment and can show its number', async ({ page }) => {
    await openReader(page, '/#p-3');
    await expect(page.locator('#p-3')).toBeFocused();
    await expect(page.locator('#p-3')).toBeInViewport();
    await expect(page.locator('.pnum')).toHaveCount(0);
    await openSettings(page);
    await page.getByLabel('문단 번호 보기').check();
    await expect(page.locator('.pnum')).toHaveCount(8);
    const link = page.locator('article').getByRole('link', { name: '문단 5' });
    await expect(link).toHaveAttribute('href', '#p-5');
    await expect(link).toHaveText('5');
    await link.click();
    await expect(page.locator('#p-5')).toBeFocused();
    await page.reload();
    await expect(page.locator('.pnum')).toHaveCount(8);
  });

  test('keyboard: the skip link is first and moves focus to the article', async ({ page }) => {
    await openReader(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '본문 바로가기' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    // The headline takes focus (a short line to hear), for as long as it holds it.
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(h1).not.toHaveAttribute('tabindex');
  });

  test('reflows at 320 CSS px without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openReader(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });

  test('has no axe violations, also with paragraph numbers shown', async ({ page }) => {
    await openReader(page);
    await expectNoAxeViolations(page);
    await openSettings(page);
    await page.getByLabel('문단 번호 보기').check();
    await expectNoAxeViolations(page);
  });

  test('the reading position survives a reload', async ({ page }) => {
    await page.setViewportSize({ width: 400, height: 700 });
    await openReader(page);
    await page.locator('#p-6').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect.poll(() => savedReadingBlock(page)).toBe('p-6');
    await page.reload();
    await expect(page.locator('#p-6')).toBeInViewport();
    await expect(page.locator('h1')).not.toBeInViewport();
  });
});

test.describe('interface language', () => {
  test('English is selectable; the article stays Korean', async ({ page }) => {
    await openReader(page);
    await openSettings(page);
    await page.getByLabel('화면 언어').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('article')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('link', { name: 'Skip to article' })).toBeAttached();
    await expect(page.locator('time')).toHaveText('23 August 2024 at 15:47');
    await expect(page.locator('time')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#ref-note-1')).toHaveAccessibleName('Footnote 1');
    await expectNoAxeViolations(page);
    await page.reload();
    await openSettings(page);
    await expect(page.getByLabel('Interface language')).toHaveValue('en');
  });

  test.describe('with an English browser', () => {
    test.use({ locale: 'en-US' });
    test('the first run follows the browser language', async ({ page }) => {
      await openReader(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await openSettings(page);
      await expect(page.getByLabel('Interface language')).toHaveValue('en');
      await expect(page.locator('article')).toHaveAttribute('lang', 'ko');
    });
  });
});
