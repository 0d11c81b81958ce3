import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchOptions } from '../../scripts/browser.mjs';

test('the app is installable (CDP Page.getInstallabilityErrors in a persistent context)', async ({
  baseURL,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'nuri-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions,
    headless: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL ?? '/');
    await expect(page.locator('h1')).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    await expect
      .poll(async () => {
        const r = await cdp.send('Page.getInstallabilityErrors');
        return r.installabilityErrors;
      })
      .toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the manifest is the root manifest.webmanifest, with its icons', async ({ request }) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.ok()).toBe(true);
  expect(res.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await res.json()) as {
    lang: string;
    display: string;
    start_url: string;
    scope: string;
    name: string;
    short_name: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({
    lang: 'ko',
    display: 'standalone',
    start_url: './',
    scope: './',
  });
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const img = await request.get(`/${icon.src}`);
    expect(img.ok(), icon.src).toBe(true);
    expect(img.headers()['content-type']).toBe('image/png');
  }
});
