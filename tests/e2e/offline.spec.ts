import { expect, test } from '@playwright/test';
import {
  expectAnnounced,
  expectNoAxeViolations,
  openReader,
  recordAnnouncements,
  waitUntilOfflineReady,
} from './helpers.ts';

const ARTICLE_JSON = /\/content\/[^/]+\.json$/;

test('after one online visit the post opens offline, out of IndexedDB', async ({
  page,
  context,
}) => {
  await openReader(page);
  await waitUntilOfflineReady(page);
  await expect(page.locator('.offline-badge')).toHaveText('✓ 오프라인에서 읽을 수 있음');
  await expectNoAxeViolations(page);

  const articleFetches: string[] = [];
  page.on('request', (r) => {
    if (ARTICLE_JSON.test(r.url())) articleFetches.push(r.url());
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText(/^KRISS, 일본 산업기술종합연구소/);
  await expect(page.locator('.para')).toHaveCount(8);
  await expect(page.locator('figure img')).toHaveCount(8);
  // The article came out of IndexedDB: the app did not even ask the worker's cache for it.
  expect(articleFetches).toEqual([]);
  await expect(page.locator('figure img').first()).toHaveJSProperty('complete', true);
});

test('the view is rendered from the IndexedDB record', async ({ page }) => {
  await openReader(page);
  // Change the stored record behind the app's back, as a test of where the view comes from.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('nuri-reader');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new Error(String(req.error)));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('articles', 'readwrite');
      const store = tx.objectStore('articles');
      const get = store.get('2024-08-23-kriss-aist');
      get.onsuccess = () => {
        const record = get.result as { title: string; blocks: { kind: string; text?: string }[] };
        record.title = '저장소에서 고친 제목';
        const first = record.blocks.find((b) => b.kind === 'paragraph');
        if (first) first.text = '저장소에서 고친 첫 문단.';
        store.put(record);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  });
  await page.reload();
  await expect(page.locator('h1')).toHaveText('저장소에서 고친 제목');
  await expect(page.locator('#p-1')).toContainText('저장소에서 고친 첫 문단.');
});

test('without IndexedDB the post still renders, with a clear message', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await openReader(page);
  await expect(page.getByTestId('storage-notice')).toContainText(
    '설정과 읽던 위치가 다음에 남지 않습니다',
  );
  await expect(page.locator('.para')).toHaveCount(8);
  await expectNoAxeViolations(page);
});

test('"오프라인 저장" says whether storage is protected and how much is used', async ({ page }) => {
  await recordAnnouncements(page);
  await openReader(page);
  await waitUntilOfflineReady(page);
  await page.getByRole('button', { name: '글자 설정' }).click();
  const info = page.getByRole('region', { name: '오프라인 저장' });
  await expect(info.getByText('저장 공간 보호', { exact: true })).toBeVisible();
  await expect(info.locator('dd').first()).toHaveText(/^(켜짐|꺼짐) — /);
  // The precached app and the stored post: some hundreds of kilobytes.
  await expect(info.locator('dd').nth(1)).toHaveText(/\d.*(kB|MB|GB).*사용 가능/);
  const ask = info.getByRole('button', { name: '저장 공간 보호 요청' });
  if (await ask.isVisible()) {
    await ask.click();
    await expectAnnounced(page, /저장 공간 보호가 켜졌습니다|허락하지 않았습니다/);
  }
  await expectNoAxeViolations(page);
});
