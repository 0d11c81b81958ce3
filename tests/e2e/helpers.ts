// Shared steps for the browser tests.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Opens the app and waits until the article is on screen. */
export async function openReader(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The reading position the app saved in IndexedDB (block id), or null. */
export async function savedReadingBlock(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('nuri-reader');
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('progress').objectStore('progress').getAll();
          get.onsuccess = () => {
            const [record] = get.result as { readingBlockId: string | null }[];
            db.close();
            resolve(record?.readingBlockId ?? null);
          };
        };
      }),
  );
}

/** Opens the "보기 설정" panel (or "View settings") if it is closed. */
export async function openViewSettings(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^(보기 설정|View settings)$/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** Waits until the service worker controls the page and the app says it works offline. */
export async function waitUntilOfflineReady(page: Page): Promise<void> {
  await expect(page.getByText(/오프라인에서 읽을 수 있음|Available offline/).first()).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) =>
        navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
      );
    }
  });
}
