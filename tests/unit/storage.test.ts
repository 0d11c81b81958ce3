import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article, Edition } from '../../src/article/model.ts';
import { parseArticle } from '../../src/article/parse.ts';
import { defaultSettings } from '../../src/reader/settings.ts';
import { DB_NAME, DB_VERSION, openDatabase } from '../../src/storage/db.ts';
import { StorageFailure } from '../../src/storage/errors.ts';
import {
  loadArticle,
  loadProgress,
  loadSettings,
  saveProgress,
  saveSettings,
} from '../../src/storage/repo.ts';

const dir = new URL('../../content/posts/2024-08-23-kriss-aist/', import.meta.url);
const source = readFileSync(new URL('source.txt', dir), 'utf8');
const edition = JSON.parse(readFileSync(new URL('edition.json', dir), 'utf8')) as Edition;
const v1 = parseArticle(source, edition, { hash: 'aaaa', standIn: 's.svg' });
const v2: Article = {
  ...parseArticle(source, edition, { hash: 'bbbb', standIn: 's.svg' }),
  title: '고친 제목',
};
const defaults = defaultSettings(['ko-KR']);

beforeEach(() => {
  // A fresh, empty browser profile for every test.
  globalThis.indexedDB = new IDBFactory();
});

// Old databases, damaged records and a full disk: tests/unit/migration.test.ts.
describe('storage', () => {
  it('first run stores the article; a later run reads it back without fetching', async () => {
    const db = await openDatabase();
    const fetch1 = vi.fn(() => Promise.resolve(v1));
    const first = await loadArticle(db, { id: v1.id, hash: 'aaaa' }, fetch1);
    expect(first.origin).toBe('first-run');
    expect(fetch1).toHaveBeenCalledOnce();
    db.close();

    const again = await openDatabase();
    const fetch2 = vi.fn(() => Promise.resolve(v1));
    const later = await loadArticle(again, { id: v1.id, hash: 'aaaa' }, fetch2);
    expect(later.origin).toBe('storage');
    expect(fetch2).not.toHaveBeenCalled();
    expect(later.article.title).toBe(v1.title);
  });

  it('renders what is stored: a changed stored record with the same hash wins', async () => {
    const db = await openDatabase();
    await loadArticle(db, { id: v1.id, hash: 'aaaa' }, () => Promise.resolve(v1));
    await db.put('articles', { ...v1, title: '저장소에서 바꾼 제목', storedAt: 'x' });
    const { article } = await loadArticle(db, { id: v1.id, hash: 'aaaa' }, () =>
      Promise.resolve(v1),
    );
    expect(article.title).toBe('저장소에서 바꾼 제목');
  });

  it('a new content hash replaces the article and keeps settings and positions', async () => {
    const db = await openDatabase();
    await loadArticle(db, { id: v1.id, hash: 'aaaa' }, () => Promise.resolve(v1));
    await saveSettings(db, { ...defaults, uiLang: 'en', showParagraphNumbers: true });
    await saveProgress(db, v1.id, { readingBlockId: 'p-4', listeningSentenceId: 'p-4.s-2' });

    const updated = await loadArticle(db, { id: v1.id, hash: 'bbbb' }, () => Promise.resolve(v2));
    expect(updated.origin).toBe('updated');
    expect(updated.article.title).toBe('고친 제목');
    expect((await db.get('articles', v1.id))?.hash).toBe('bbbb');
    expect(await loadSettings(db, defaults)).toEqual({
      ...defaults,
      uiLang: 'en',
      showParagraphNumbers: true,
    });
    const progress = await loadProgress(db, v1.id);
    expect(progress.readingBlockId).toBe('p-4');
    expect(progress.listeningSentenceId).toBe('p-4.s-2');
  });

  it('a corrupt stored article is replaced, not rendered', async () => {
    const db = await openDatabase();
    await db.put('articles', { id: v1.id, hash: 'aaaa', blocks: 'nonsense' } as never);
    const result = await loadArticle(db, { id: v1.id, hash: 'aaaa' }, () => Promise.resolve(v1));
    expect(result.origin).toBe('updated');
    expect(result.article.blocks.length).toBeGreaterThan(10);
  });

  it('an old connection closes itself when a newer version needs to upgrade', async () => {
    const onVersionChange = vi.fn();
    const db = await openDatabase({ onVersionChange });
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(onVersionChange).toHaveBeenCalledOnce();
    newer.close();
    // The old connection really let go: using it now fails.
    expect(() => db.transaction('settings')).toThrow();
  });

  it('reports "blocked" when another connection will not let go', async () => {
    const holder = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('articles', { keyPath: 'id' });
        db.createObjectStore('settings');
      },
    });
    // This connection ignores versionchange, like a frozen old tab.
    const failure = await openDatabase({ blockedTimeoutMs: 50 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageFailure);
    expect((failure as StorageFailure).kind).toBe('blocked');
    holder.close();
  });

  it('reports "unavailable" when IndexedDB is missing', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const failure = await openDatabase().catch((e: unknown) => e);
      expect((failure as StorageFailure).kind).toBe('unavailable');
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
