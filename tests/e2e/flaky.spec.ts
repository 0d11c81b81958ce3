// A flaky connection on the first visit and during an update: the post stays readable, the
// reader is told what happened, and the app recovers when the connection does.
import { expect, test } from '@playwright/test';
import { startStaticServer } from '../../scripts/static-server.mjs';
import {
  expectAnnounced,
  expectNoAxeViolations,
  recordAnnouncements,
  waitUntilOfflineReady,
} from './helpers.ts';

const TITLE = /KRISS, 일본 산업기술종합연구소\(AIST\)와/;

test('first visit: the app code never arrives, yet the post reads and a retry recovers', async ({
  page,
}) => {
  const server = await startStaticServer({ root: 'dist' });
  try {
    // The HTML arrives; the connection drops before the app's own code does.
    server.dropRequests((path) => /^\/assets\/index-[\w-]+\.js$/.test(path));
    await page.goto(server.url);
    await expect(page.locator('h1')).toHaveText(TITLE);
    await expect(page.locator('#p-1')).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert.locator('p[lang="ko"]')).toContainText(
      '연결이 끊겨 앱을 다 받지 못했습니다',
    );
    await expect(alert.locator('p[lang="en"]')).toContainText('connection dropped');
    await expectNoAxeViolations(page);

    server.dropRequests(null);
    // A tap reaches it (the prerendered page's other buttons ignore taps until the app runs).
    const retry = alert.getByRole('button', { name: /다시 시도/ });
    await Promise.all([page.waitForEvent('load'), retry.click()]);
    await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await waitUntilOfflineReady(page);
  } finally {
    await server.close();
  }
});

test('first visit: saving for offline fails mid-way, is said, and resumes when back online', async ({
  page,
  context,
}) => {
  await recordAnnouncements(page);
  const server = await startStaticServer({ root: 'dist' });
  try {
    // A file only the offline copy needs (the serif font is not used by default) fails.
    server.dropRequests((path) => path.startsWith('/assets/nuri-serif-400-1-'));
    await page.goto(server.url);
    await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
    const notice = page.getByTestId('offline-save-notice');
    await expect(notice).toHaveText(/연결이 끊겨 오프라인 저장을 마치지 못했습니다/);
    await expectAnnounced(page, /오프라인 저장을 마치지 못했습니다/);
    await expect(page.locator('.offline-badge')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The connection comes back: the app tries again by itself.
    server.dropRequests(null);
    await context.setOffline(true);
    await context.setOffline(false);
    await expect(page.locator('.offline-badge')).toHaveText('✓ 오프라인에서 읽을 수 있음');
    await expect(notice).toHaveCount(0);
    // A worker is active for the app. (Whether this very tab is already controlled depends on
    // when the browser runs the worker's clients.claim(); what matters is the next start,
    // checked offline below.)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toHaveText(TITLE);
    await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});

test('a new version whose download fails part-way leaves the old version working', async ({
  page,
  context,
}) => {
  const server = await startStaticServer({ root: 'dist' });
  try {
    await page.goto(server.url);
    await waitUntilOfflineReady(page);
    const version = page.getByText(/^버전 /);
    const oldVersion = await version.textContent();
    expect(oldVersion).not.toBe('버전 e2e-next');

    // The next version is published, but its files fail to download (sw.js itself arrives).
    server.setRoot('dist-next');
    server.dropRequests((path) => path.startsWith('/assets/'));
    const outcome = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      if (!reg) return 'no registration';
      const found = new Promise<ServiceWorker | null>((resolve) =>
        reg.addEventListener('updatefound', () => resolve(reg.installing), { once: true }),
      );
      await reg.update();
      const worker = await found;
      if (!worker) return 'no worker';
      const settled = () => worker.state === 'redundant' || worker.state === 'installed';
      if (!settled()) {
        await new Promise<void>((resolve) =>
          worker.addEventListener('statechange', () => settled() && resolve()),
        );
      }
      return worker.state;
    });
    expect(outcome).toBe('redundant');
    await expect(page.getByRole('region', { name: '새 버전이 있습니다' })).toHaveCount(0);

    // The old version still starts, offline too, with the post.
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toHaveText(TITLE);
    await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
    await expect(version).toHaveText(oldVersion ?? '');

    // Once the files can be fetched, the update is offered as usual.
    await context.setOffline(false);
    server.dropRequests(null);
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update();
    });
    await expect(page.getByRole('region', { name: '새 버전이 있습니다' })).toBeVisible();
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});
