import { expect, test } from '@playwright/test';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { installFakeSpeech, nowSaying, spoken } from './fake-speech.ts';
import {
  expectAnnounced,
  recordAnnouncements,
  savedReadingBlock,
  selectText,
  waitUntilOfflineReady,
} from './helpers.ts';

test('a waiting new version is offered, never forced, and reloads into the same place', async ({
  page,
}) => {
  await recordAnnouncements(page);
  const server = await startStaticServer({ root: 'dist' });
  try {
    await page.setViewportSize({ width: 400, height: 700 });
    await page.goto(server.url);
    await expect(page.locator('h1')).toBeVisible();
    await waitUntilOfflineReady(page);
    await expect(page.getByText(/^버전 /)).not.toHaveText('버전 e2e-next');
    await page.locator('#p-4').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect.poll(() => savedReadingBlock(page)).toBe('p-4');
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

    server.setRoot('dist-next');
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update();
    });
    const notice = page.getByRole('region', { name: '새 버전이 있습니다' });
    await expect(notice).toBeVisible();
    await expectAnnounced(page, '새 버전이 있습니다');
    // Nothing reloads by itself while the reader reads.
    await page.waitForTimeout(1000);
    expect(
      await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
    ).toBe(true);

    // By keyboard: reaching the button must not move the page the reader is on.
    const scrolled = await page.evaluate(() => scrollY);
    await notice.getByRole('button', { name: '새로 고침' }).focus();
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect(page.getByText('버전 e2e-next')).toBeVisible();
    expect(await savedReadingBlock(page)).toBe('p-4');
    await expect(page.locator('#p-4')).toBeInViewport();
    await expect(page.getByRole('region', { name: '새 버전이 있습니다' })).toHaveCount(0);
  } finally {
    await server.close();
  }
});

test('an update accepted while listening goes on at the same sentence after the reload', async ({
  page,
}) => {
  await installFakeSpeech(page);
  const server = await startStaticServer({ root: 'dist' });
  try {
    await page.goto(server.url);
    await expect(page.locator('h1')).toBeVisible();
    await waitUntilOfflineReady(page);
    const bar = page.getByRole('region', { name: '읽어 주기' });
    await bar.getByRole('button', { name: '읽어 주기', exact: true }).click();
    await selectText(page, '#p-3');
    await bar.getByRole('button', { name: '여기서부터 읽기, 문단 3' }).click();
    await expect(page.locator('.is-reading')).toHaveAttribute('data-s', 'p-3.s-1');
    const sentence = await nowSaying(page);

    server.setRoot('dist-next');
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update();
    });
    const notice = page.getByRole('region', { name: '새 버전이 있습니다' });
    await expect(notice).toBeVisible();
    // Listening is not interrupted by the new version waiting.
    await page.waitForTimeout(500);
    expect(await nowSaying(page)).toBe(sentence);

    await Promise.all([
      page.waitForEvent('load'),
      notice.getByRole('button', { name: '새로 고침' }).click(),
    ]);
    await expect(page.getByText('버전 e2e-next')).toBeVisible();
    await expect(page.locator('.is-reading')).toHaveAttribute('data-s', 'p-3.s-1');
    await expect.poll(async () => (await spoken(page))[0]?.text).toBe(sentence);
    await expect(bar.getByRole('button', { name: '일시 정지', exact: true })).toBeVisible();
  } finally {
    await server.close();
  }
});
