import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openReader, openSettings } from './helpers.ts';

const terms = (page: Page) => page.locator('article a.term');
/** Expansions shown, one per term (each starts " (…"; its ")" may sit with the particle). */
const expanded = (page: Page) => page.locator('article .term-exp', { hasText: /^\s\(/ });

test.describe('acronym disclosures', () => {
  test('keyboard: Enter and Space toggle, Escape collapses and keeps focus', async ({ page }) => {
    await openReader(page);
    const nmij = page.locator('#p-1').getByRole('link', { name: 'NMIJ' });
    await expect(nmij).toHaveAttribute('aria-expanded', 'false');
    // Collapsed, the sentence reads as published.
    await expect(page.locator('#p-1')).toContainText('양국 국가측정표준대표기관인 KRISS와 NMIJ*');
    await nmij.focus();
    await page.keyboard.press('Enter');
    await expect(nmij).toHaveAttribute('aria-expanded', 'true');
    const expansion = page.locator(`#${await nmij.getAttribute('aria-controls')}`);
    await expect(expansion).toHaveText(
      '(일본 국가측정표준대표기관, National Metrology Institute of Japan)',
    );
    await expect(expansion.locator('[lang="en"]')).toHaveText(
      'National Metrology Institute of Japan',
    );
    // The expansion comes right after the term in reading order.
    await expect(page.locator('#p-1')).toContainText(
      'NMIJ (일본 국가측정표준대표기관, National Metrology Institute of Japan)*',
    );
    await page.keyboard.press('Space');
    await expect(nmij).toHaveAttribute('aria-expanded', 'false');
    await expect(expansion).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(nmij).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(nmij).toHaveAttribute('aria-expanded', 'false');
    await expect(nmij).toBeFocused();
  });

  test('pointer: a tap expands and collapses; the tree shows an expanded term', async ({
    page,
  }) => {
    await openReader(page);
    const qnmr = page.locator('#p-3').getByRole('link', { name: 'qNMR' });
    await qnmr.click();
    await expect(qnmr).toHaveAttribute('aria-expanded', 'true');
    // The click opened the term; it did not follow the link to the glossary.
    await expect(page).not.toHaveURL(/#g-/);
    const sentence = page.locator('#p-3 .s', { has: page.getByRole('link', { name: 'qNMR' }) });
    await expect(sentence).toMatchAriaSnapshot(`
      - text: /한편 양 기관은/
      - link "qNMR" [expanded]
      - text: /\\(정량 핵자기공명 분광법, quantitative Nuclear Magnetic Resonance\\)을 활용한 인증표준물질\\(CRM\\) 개발/
    `);
    await qnmr.click();
    await expect(qnmr).toHaveAttribute('aria-expanded', 'false');
  });

  test('combined forms are split into their terms', async ({ page }) => {
    await openReader(page);
    // "AIST-KRISS", "Quantum-AI": each part is its own term.
    await expect(page.locator('#p-6 .term-plain', { hasText: /^AIST/ }).first()).toBeVisible();
    await expect(
      page.locator('#note-2').getByRole('link', { name: 'AI', exact: true }),
    ).toHaveCount(1);
    await expect(page.locator('#note-2 .term-plain', { hasText: /^AI$/ })).toHaveCount(1);
    await expect(page.locator('#fig-1 .credit .term-plain')).toHaveText(['KRISS', 'NMIJ']);
  });

  test('"모든 약어 펼치기" and "처음 나올 때만 펼치기" persist across reloads', async ({
    page,
  }) => {
    await openReader(page);
    const total = await page.locator('article .term-plain').count();
    expect(total).toBeGreaterThan(50);
    // One control per term, except CRM, which the post spells out where it stands.
    await expect(terms(page)).toHaveCount(9);
    await openSettings(page);
    await page.getByLabel('모든 약어 펼치기').check();
    // Every occurrence shows its expansion, the plain ones too — but not where the post itself
    // spells the term out: "NMIJ(National Metrology Institute of Japan)" is not expanded again.
    await expect(expanded(page)).toHaveCount(total + 9 - 7);
    await expect(page.locator('#note-1 .term-exp')).toHaveCount(0);
    // KRISS; AIST is spelled out in the headline itself.
    await expect(page.locator('h1 .term-exp', { hasText: /^\s\(/ })).toHaveCount(1);
    await expect(page.locator('article a.term[aria-expanded="true"]')).toHaveCount(9);
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(expanded(page)).toHaveCount(total + 9 - 7);

    await openSettings(page);
    await page.getByLabel('처음 나올 때만 펼치기').check();
    // One expanded occurrence per term that has a control.
    await expect(page.locator('article a.term[aria-expanded="true"]')).toHaveCount(9);
    await expect(expanded(page)).toHaveCount(9);
    await expect(page.locator('h1 .term-exp')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('article a.term[aria-expanded="true"]')).toHaveCount(9);
    await openSettings(page);
    await expect(page.getByLabel('처음 나올 때만 펼치기')).toBeChecked();
  });
});

test.describe('glossary list', () => {
  test('lists every term; its link moves focus to the occurrence and back', async ({ page }) => {
    await openReader(page);
    await page.getByRole('banner').getByRole('link', { name: '용어 사전', exact: true }).click();
    await expect(page.locator('#glossary-title')).toBeFocused();
    await expect(page.locator('#glossary h3')).toHaveCount(10);
    const qnmr = page.locator('.glossary-entry', { has: page.locator('#g-qnmr') });
    await expect(qnmr).toContainText(
      '정량 핵자기공명 분광법, quantitative Nuclear Magnetic Resonance',
    );
    await expect(qnmr.locator('p[lang="en"]').first()).not.toBeEmpty();
    await qnmr.getByRole('link', { name: '문단 3' }).click();
    const target = page.locator('#p-3').getByRole('link', { name: 'qNMR' });
    await expect(target).toBeFocused();
    await expect(target).toBeInViewport();
    await page.getByRole('banner').getByRole('link', { name: '용어 사전', exact: true }).click();
    await page.getByRole('button', { name: '읽던 곳으로 돌아가기' }).click();

    await page.goto('/#g-nmij');
    await expect(page.locator('#g-nmij')).toBeFocused();
    // One link per term, not one per occurrence.
    await expect(page.locator('#glossary').getByRole('link')).toHaveCount(10);
    await expectNoAxeViolations(page);
  });

  test('at 300 % text a link to the last entry lands on it (the glossary is laid out lazily)', async ({
    page,
  }) => {
    await openReader(page);
    await openSettings(page);
    await page.getByRole('slider', { name: '글자 크기' }).fill('300');
    await page.getByRole('button', { name: '글자 설정' }).click();
    await page.goto('/#g-ai');
    const entry = page.locator('#g-ai');
    await expect(entry).toBeFocused();
    await expect(entry).toBeInViewport();
    // Its focus ring is whole: the entry fits inside the glossary's box with room to spare.
    const [box, section] = await Promise.all([
      entry.boundingBox(),
      page.locator('#glossary').boundingBox(),
    ]);
    expect(box && section && box.x - section.x).toBeGreaterThanOrEqual(5);
  });

  test('footnotes point to their glossary entries, and the way back returns', async ({ page }) => {
    await openReader(page);
    const link = page.locator('#note-2').getByRole('link', { name: '용어 사전: G-QuAT' });
    await link.click();
    await expect(page.locator('#g-g-quat')).toBeFocused();
    await expect(page.locator('.glossary-entry', { has: page.locator('#g-g-quat') })).toContainText(
      'Global Research and Development Center',
    );
    await page.getByRole('button', { name: '읽던 곳으로 돌아가기' }).click();
    // Back on the very link the reader followed, on screen.
    await expect(link).toBeFocused();
    await expect(link).toBeInViewport();
  });
});

test.describe('photo descriptions', () => {
  test('each stand-in says the photo is not included and shows its description', async ({
    page,
  }) => {
    await openReader(page);
    // On by default: the description is what there is to see.
    await expect(page.locator('.photo-desc')).toHaveCount(8);
    for (const photo of await page.locator('.photo').all()) {
      const alt = await photo.locator('img').getAttribute('alt');
      await expect(photo.locator('.stand-in-note')).toHaveText('원본 사진 미포함');
      await expect(photo.locator('.photo-desc')).toHaveText(`사진 설명: ${alt}`);
    }
    // Screen readers hear each description once, from the image.
    await expect(page.locator('#fig-1')).toMatchAriaSnapshot(`
      - figure "사진 1":
        - paragraph: 원본 사진 미포함
        - img /기념사진/
        - text: /단체사진/
    `);
    // Compact: a stand-in is not a screen of grey.
    const box = await page.locator('#fig-1 .photo-frame').boundingBox();
    expect(box?.height).toBeLessThan(260);
    await openSettings(page);
    await page.getByLabel('모든 약어 펼치기').check();
    await expectNoAxeViolations(page);
    await page.getByLabel('사진 설명 보기').uncheck();
    await expect(page.locator('.photo-desc')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('.photo-desc')).toHaveCount(0);
  });
});
