import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  expectAnnounced,
  expectNoAxeViolations,
  layoutProblems,
  openReader,
  openSettings,
  overlaps,
  recordAnnouncements,
  waitUntilOfflineReady,
} from './helpers.ts';

async function setRange(page: Page, label: string, value: number): Promise<void> {
  await page.getByRole('slider', { name: label }).fill(String(value));
}

test.describe('text settings panel', () => {
  test('native labelled controls apply live and announce their value', async ({ page }) => {
    await recordAnnouncements(page);
    await openReader(page);
    await openSettings(page);
    const size = page.getByRole('slider', { name: '글자 크기' });
    await expect(size).toHaveAttribute('aria-valuetext', '100%');
    // Keyboard alone: each arrow press is one step.
    await size.focus();
    await page.keyboard.press('ArrowRight');
    await expect(size).toHaveAttribute('aria-valuetext', '105%');
    await setRange(page, '글자 크기', 200);
    await expect(size).toHaveAttribute('aria-valuetext', '200%');
    const rootPx = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
    expect(rootPx).toBe(32); // 200 % of the browser's 16 px

    await setRange(page, '줄 간격', 2);
    await setRange(page, '글자 간격', 0.1);
    await setRange(page, '단어 간격', 0.3);
    await setRange(page, '문단 간격', 2.5);
    await setRange(page, '줄 길이', 30);
    const para = page.locator('#p-1');
    const style = await para.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        fontSize: parseFloat(s.fontSize),
        lineHeight: parseFloat(s.lineHeight),
        letterSpacing: parseFloat(s.letterSpacing),
        wordSpacing: parseFloat(s.wordSpacing),
        marginBottom: parseFloat(s.marginBottom),
        wordBreak: s.wordBreak,
        textAlign: s.textAlign,
        fontSynthesis: s.fontSynthesis,
        width: el.getBoundingClientRect().width,
      };
    });
    expect(style.lineHeight / style.fontSize).toBeCloseTo(2, 2);
    expect(style.letterSpacing / style.fontSize).toBeCloseTo(0.1, 2);
    expect(style.wordSpacing / style.fontSize).toBeCloseTo(0.3, 2);
    expect(style.marginBottom / style.fontSize).toBeCloseTo(2.5, 2);
    expect(style.wordBreak).toBe('keep-all');
    expect(style.textAlign).toBe('start');
    expect(style.fontSynthesis).toBe('none');
    expect(style.width).toBeLessThanOrEqual(30 * style.fontSize + 1);

    await page.getByRole('button', { name: '기본값으로' }).click();
    await expect(size).toHaveAttribute('aria-valuetext', '100%');
    await expectAnnounced(page, '글자 설정을 기본값으로 되돌렸습니다.');
  });

  test('fonts are self-hosted and switch between sans, serif and the device font', async ({
    page,
  }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1')) foreign.push(r.url());
    });
    await openReader(page);
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('16px "Nuri Sans"', '측정')))
      .toBe(true);
    await openSettings(page);
    await page.getByLabel('누리 명조 (고운바탕)').check();
    await expect(page.locator('#p-1')).toHaveCSS('font-family', /^"Nuri Serif"/);
    await page.evaluate(() => document.fonts.ready);
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('16px "Nuri Serif"', '측정')))
      .toBe(true);
    await page.getByLabel('기기 기본 글꼴').check();
    await expect(page.locator('#p-1')).toHaveCSS('font-family', /^system-ui/);
    expect(foreign).toEqual([]);
  });

  test('every control in the toolbar and panel is at least 24 × 24 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await openReader(page);
    await openSettings(page);
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.banner button, .banner a, .banner select, .banner input:not(.sr-only), .banner .file-button',
        ),
      ]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(({ el, r }) => `${el.outerHTML.slice(0, 60)} ${r.width}x${r.height}`),
    );
    expect(small).toEqual([]);
  });

  test('export and import a settings file; a bad file changes nothing', async ({ page }, info) => {
    await openReader(page);
    await openSettings(page);
    await setRange(page, '글자 크기', 150);
    await page.getByLabel('세피아').check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '설정 내보내기' }).click(),
    ]);
    const file = info.outputPath('settings.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { settings: { textSize: number } };
    expect(exported.settings.textSize).toBe(150);

    await page.getByRole('button', { name: '기본값으로' }).click();
    const input = page.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await expect(
      page.locator('#settings-panel').getByText('누리 리더 설정 파일이 아닙니다'),
    ).toBeVisible();
    await expect(page.getByRole('slider', { name: '글자 크기' })).toHaveAttribute(
      'aria-valuetext',
      '100%',
    );
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('not json'),
    });
    await expect(page.locator('#settings-panel').getByText('JSON 파일이 아닙니다')).toBeVisible();

    await input.setInputFiles(file);
    await expect(page.locator('#settings-panel').getByText('설정을 가져왔습니다.')).toBeVisible();
    await expect(page.getByRole('slider', { name: '글자 크기' })).toHaveAttribute(
      'aria-valuetext',
      '150%',
    );
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  });

  test('line focus dims all but 3 lines and moves by keyboard', async ({ page }) => {
    await openReader(page);
    await openSettings(page);
    await expect(page.locator('.line-focus')).toHaveCount(0);
    await page.getByLabel('3줄').check();
    const shades = page.locator('.line-focus-shade');
    await expect(shades).toHaveCount(2);
    const band = async () => {
      const [a, b] = await shades.evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      );
      if (!a || !b) throw new Error('line focus needs two shades');
      return { top: a.bottom, height: b.top - a.bottom };
    };
    const lh = await page
      .locator('#p-1')
      .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const before = await band();
    expect(before.height).toBeCloseTo(3 * lh, 0);
    // Down to the next line of text (here from the byline to the photo's note, past the gap
    // between them; the band lines up with lines: next test).
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(async () => (await band()).top - before.top)
      .toBeGreaterThanOrEqual(lh * 0.75);
    await page.waitForTimeout(200);
    const moved = (await band()).top - before.top;
    expect(moved, `moved ${moved}px, line height ${lh}px`).toBeLessThanOrEqual(lh * 2.5);
    // The band goes to the line under the pointer: its middle line is the one at y = 500.
    await page.mouse.move(100, 500);
    await expect
      .poll(async () => Math.abs((await band()).top + (3 * lh) / 2 - 500))
      .toBeLessThanOrEqual(lh / 2 + 1);
    await expectNoAxeViolations(page);
  });

  test('the reading ruler lines up with lines of text: default, and 200 % with line height 2.5', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await openReader(page);
    await openSettings(page);
    await page.getByLabel('1줄').check();
    await page.keyboard.press('Escape');
    /** Lines of the post's paragraphs in the clear band: each character box that reaches into
     * the band must lie wholly inside it, and all of them on one line. */
    const inBand = () =>
      page.evaluate(() => {
        const [a, b] = [...document.querySelectorAll('.line-focus-shade')].map((e) =>
          e.getBoundingClientRect(),
        );
        if (!a || !b) return { cut: ['no ruler'], centres: [] as number[] };
        const top = a.bottom;
        const bottom = b.top;
        const cut: string[] = [];
        const centres: number[] = [];
        const range = document.createRange();
        for (const p of document.querySelectorAll('article .para')) {
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (n.parentElement?.closest('.sr-only')) continue;
            const text = n as Text;
            for (let i = 0; i < text.length; i++) {
              if (/\s/.test(text.data.charAt(i))) continue;
              range.setStart(text, i);
              range.setEnd(text, i + 1);
              const r = range.getClientRects()[0];
              if (!r || r.bottom <= top + 0.5 || r.top >= bottom - 0.5) continue;
              if (r.top < top - 0.5 || r.bottom > bottom + 0.5) {
                cut.push(
                  `"${text.data.charAt(i)}" ${Math.round(r.top)}–${Math.round(r.bottom)} vs band ${Math.round(top)}–${Math.round(bottom)}`,
                );
              } else centres.push((r.top + r.bottom) / 2);
            }
          }
        }
        return { cut: cut.slice(0, 5), centres };
      });
    const lineHeight = () =>
      page.locator('#p-1').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const expectOneWholeLine = async (where: string) => {
      const { cut, centres } = await inBand();
      expect(cut, `${where}: no line cut by the band`).toEqual([]);
      expect(centres.length, `${where}: a line of text in the band`).toBeGreaterThan(5);
      const lh = await lineHeight();
      expect(Math.max(...centres) - Math.min(...centres), `${where}: one line`).toBeLessThan(
        lh / 2,
      );
    };
    await page.locator('#p-1').scrollIntoViewIfNeeded();
    const box = await page.locator('#p-1').boundingBox();
    if (!box) throw new Error('no paragraph 1');
    // Pointer anywhere on a line, including near its top and bottom edge.
    for (const dy of [3, 0.37, 0.5, 0.71]) {
      const y = dy < 1 ? box.y + box.height * dy : box.y + dy;
      await page.mouse.move(box.x + 40, y);
      await page.waitForTimeout(150);
      await expectOneWholeLine(`default, pointer at ${Math.round(y)}`);
    }
    await openSettings(page);
    await setRange(page, '글자 크기', 200);
    await page.locator('#set-lineHeight').evaluate((el: HTMLInputElement) => {
      el.value = '2.5';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.keyboard.press('Escape');
    expect(await lineHeight()).toBeCloseTo(2.5 * 2 * 17, 0);
    await page.locator('#p-2').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const box2 = await page.locator('#p-2').boundingBox();
    if (!box2) throw new Error('no paragraph 2');
    for (const dy of [0.2, 0.45, 0.8]) {
      await page.mouse.move(box2.x + 40, box2.y + box2.height * dy);
      await page.waitForTimeout(150);
      await expectOneWholeLine(`200 %, line height 2.5, pointer at ${Math.round(dy * 100)} %`);
    }
    // By keyboard, line by line, across a paragraph break.
    for (let i = 1; i <= 6; i++) {
      await page.keyboard.press('Alt+ArrowDown');
      await page.waitForTimeout(150);
      await expectOneWholeLine(`200 %, after Alt+↓ × ${i}`);
    }
  });
});

test.describe('WCAG 1.4.4, 1.4.10, 1.4.12', () => {
  test('1.4.4: at 200 % text nothing is lost or clipped', async ({ page }) => {
    await openReader(page);
    await openSettings(page);
    await setRange(page, '글자 크기', 200);
    expect(await layoutProblems(page)).toEqual([]);
    expect(await overlaps(page)).toEqual([]);
    await page.getByRole('button', { name: '글자 설정' }).click();
    await page.locator('#p-1').getByRole('link', { name: 'KRISS' }).click();
    expect(await layoutProblems(page)).toEqual([]);
  });

  for (const size of [100, 200]) {
    test(`1.4.10: at 320 CSS px and ${size} % text the page does not scroll sideways`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await openReader(page);
      await openSettings(page);
      await setRange(page, '글자 크기', size);
      expect(await layoutProblems(page)).toEqual([]);
      await page.locator('#glossary').scrollIntoViewIfNeeded();
      expect(await layoutProblems(page)).toEqual([]);
    });
  }

  test('1.4.12: with the WCAG text-spacing overrides nothing is clipped or overlaps', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openReader(page);
    await openSettings(page);
    await page.getByLabel('모든 약어 펼치기').check();
    await page.getByLabel('사진 설명 보기').check();
    // As a reader's text-spacing bookmarklet or extension would (CSSOM, which the CSP allows).
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
         p, dd, figcaption { margin-bottom: 2em !important; }`,
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    await expect(page.locator('#p-1')).toHaveCSS('letter-spacing', /px/);
    expect(await layoutProblems(page)).toEqual([]);
    expect(await overlaps(page)).toEqual([]);
  });
});

test.describe('themes', () => {
  for (const theme of ['밝게', '세피아', '어둡게', '고대비']) {
    test(`axe passes with the panel open in the ${theme} theme`, async ({ page }) => {
      await openReader(page);
      await openSettings(page);
      await page.getByLabel(theme, { exact: true }).check();
      await page.locator('#p-1').getByRole('link', { name: 'NMIJ' }).click();
      // High contrast must also pass the 7:1 rule (WCAG 1.4.6, axe color-contrast-enhanced).
      await expectNoAxeViolations(page, theme === '고대비' ? ['color-contrast-enhanced'] : []);
    });
  }

  test('axe passes at 300 % text with the panel open', async ({ page }) => {
    await openReader(page);
    await openSettings(page);
    await setRange(page, '글자 크기', 300);
    await expectNoAxeViolations(page);
  });

  test('follows prefers-color-scheme and prefers-contrast when set to follow the device', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openReader(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(22, 24, 27)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ contrast: 'more' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    await expectNoAxeViolations(page, ['color-contrast-enhanced']);
  });

  test('honours reduced motion and forced colours', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openReader(page);
    await openSettings(page);
    await expect(page.locator('#settings-panel')).toHaveCSS('animation-name', 'none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.getByRole('button', { name: '글자 설정' }).click();
    await openSettings(page);
    await expect(page.locator('#settings-panel')).toHaveCSS('animation-name', 'appear');

    await page.emulateMedia({ forcedColors: 'active' });
    const term = page.locator('#p-1').getByRole('link', { name: 'NMIJ' });
    // Reach it by keyboard so the browser shows its focus ring (:focus-visible).
    await term.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(term).toBeFocused();
    await expect(term).toHaveCSS('outline-style', 'solid');
    await expectNoAxeViolations(page);
  });
});

test.describe('persistence', () => {
  test('a saved dark theme and 200 % text are there from the first paint after reload', async ({
    page,
  }) => {
    await openReader(page);
    await openSettings(page);
    await page.getByLabel('어둡게').check();
    await setRange(page, '글자 크기', 200);
    await page.waitForTimeout(400); // settings are written 250 ms after the last change
    // Record the look in the first frame that shows the article (the HTML already holds it,
    // prerendered): frames only start once the stylesheet is in, so this is the first paint.
    await page.addInitScript(() => {
      const w = window as unknown as { firstPaint?: { bg: string; h1: number; theme?: string } };
      const frame = () => {
        const h1 = document.querySelector('h1');
        if (!h1) return requestAnimationFrame(frame);
        w.firstPaint = {
          bg: getComputedStyle(document.body).backgroundColor,
          h1: parseFloat(getComputedStyle(h1).fontSize),
          theme: document.documentElement.dataset.theme,
        };
      };
      requestAnimationFrame(frame);
    });
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    const first = await page.evaluate(
      () => (window as unknown as { firstPaint: unknown }).firstPaint,
    );
    // 200 % of 16 px × 1.0625 (body) × 1.5 (h1) = 51 px.
    expect(first).toEqual({ bg: 'rgb(22, 24, 27)', h1: 51, theme: 'dark' });
    await page.screenshot({ path: test.info().outputPath('first-paint.png') });
  });

  test('settings survive reload and going offline', async ({ page, context }) => {
    await openReader(page);
    await waitUntilOfflineReady(page);
    await openSettings(page);
    await page.getByLabel('세피아').check();
    await setRange(page, '줄 간격', 2.2);
    await page.getByLabel('누리 명조 (고운바탕)').check();
    await page.waitForTimeout(400);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
    await openSettings(page);
    await expect(page.getByRole('slider', { name: '줄 간격' })).toHaveAttribute(
      'aria-valuetext',
      '2.2',
    );
    await expect(page.getByLabel('누리 명조 (고운바탕)')).toBeChecked();
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('16px "Nuri Serif"', '측정')))
      .toBe(true);
  });
});
