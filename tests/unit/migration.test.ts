// Databases left behind by earlier builds, damaged records and a full disk: the current code
// opens them, keeps the reader's data and repairs what is broken — it never crashes.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBTransaction as FakeTransaction } from 'fake-indexeddb';
import { openDB, wrap, type IDBPDatabase } from 'idb';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article, Edition } from '../../src/article/model.ts';
import { parseArticle } from '../../src/article/parse.ts';
import { checkGlossary } from '../../src/glossary/model.ts';
import { defaultSettings, repairSettings, type Settings } from '../../src/reader/settings.ts';
import { DB_NAME, DB_VERSION, openDatabase, type NuriDB } from '../../src/storage/db.ts';
import { StorageFailure } from '../../src/storage/errors.ts';
import { deleteAnnotation, loadAnnotations, putAnnotation } from '../../src/notes/store.ts';
import { corpusOf, sentenceAnchor } from '../../src/notes/anchor.ts';
import type { Annotation } from '../../src/notes/model.ts';
import {
  loadArticle,
  loadProgress,
  loadSettings,
  saveProgress,
  saveSettings,
} from '../../src/storage/repo.ts';

const content = new URL('../../content/', import.meta.url);
const dir = new URL('posts/2024-08-23-kriss-aist/', content);
const source = readFileSync(new URL('source.txt', dir), 'utf8');
const edition = JSON.parse(readFileSync(new URL('edition.json', dir), 'utf8')) as Edition;
const { terms } = checkGlossary(
  JSON.parse(readFileSync(new URL('glossary.json', content), 'utf8')),
);
const ID = edition.id;
const current = parseArticle(source, edition, { hash: 'current', standIn: 's.svg', terms });
const defaults = defaultSettings(['ko-KR']);
const SETTINGS_KEY = 'reader';

/** The article as the first release stored it: the glossary marks (terms, creditTerms,
 * titleTerms, subtitleTerms, glossary) came later, without a schema version bump. */
function firstReleaseArticle(hash: string): Record<string, unknown> {
  const without = (o: object, ...keys: string[]) =>
    Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
  return {
    ...without(current, 'titleTerms', 'subtitleTerms', 'glossary'),
    hash,
    blocks: current.blocks.map((b) => without(b, 'terms', 'creditTerms')),
    storedAt: '2024-09-01T00:00:00.000Z',
  };
}

/** The settings record each earlier release wrote (key "reader"), every field set away from
 * its default so a lost field shows. */
const SETTINGS_BY_RELEASE: Record<string, Record<string, unknown>> = {
  'first release (language, paragraph numbers)': { uiLang: 'en', showParagraphNumbers: true },
  'glossary release (+ term expansion, photo descriptions)': {
    uiLang: 'en',
    showParagraphNumbers: true,
    termExpansion: 'first',
    showPhotoDescriptions: true,
  },
  'text settings release (+ type, font, theme, line focus)': {
    uiLang: 'en',
    showParagraphNumbers: true,
    termExpansion: 'all',
    showPhotoDescriptions: true,
    textSize: 150,
    lineHeight: 2,
    letterSpacing: 0.12,
    wordSpacing: 0.16,
    paragraphSpacing: 2,
    lineLength: 60,
    font: 'serif',
    theme: 'sepia',
    lineFocus: 3,
  },
};

/** Every version of the schema, created the way that version's code did (db.ts
 * MIGRATIONS[0 … version-1]) with nothing of the current code involved. When DB_VERSION goes
 * up, the then-current schema stays here as the next "earlier version" fixture. */
const SCHEMAS: Record<number, (db: IDBPDatabase) => void> = {
  1: (db) => {
    db.createObjectStore('articles', { keyPath: 'id' });
    db.createObjectStore('settings');
  },
  2: (db) => {
    db.createObjectStore('articles', { keyPath: 'id' });
    db.createObjectStore('settings');
    db.createObjectStore('progress', { keyPath: 'articleId' });
  },
  3: (db) => {
    db.createObjectStore('articles', { keyPath: 'id' });
    db.createObjectStore('settings');
    db.createObjectStore('progress', { keyPath: 'articleId' });
    db.createObjectStore('annotations', { keyPath: 'id' }).createIndex('byArticle', 'articleId');
  },
};

interface Fixture {
  version: number;
  article?: unknown;
  settings?: unknown;
  progress?: unknown[];
}

/** Writes a database as an earlier build left it, then closes it. */
async function leaveBehind(f: Fixture): Promise<void> {
  const make = SCHEMAS[f.version];
  if (!make) throw new Error(`no schema for version ${f.version}`);
  const db = await openDB(DB_NAME, f.version, { upgrade: make });
  if (f.article !== undefined) await db.put('articles', f.article);
  if ('settings' in f) await db.put('settings', f.settings, SETTINGS_KEY);
  for (const p of f.progress ?? []) await db.put('progress', p);
  db.close();
}

/** What is in the database, read without any of the app's repair. */
async function rawRecords(): Promise<Record<string, unknown>> {
  const db = await openDB(DB_NAME);
  const out: Record<string, unknown> = { version: db.version };
  for (const store of [...db.objectStoreNames].sort()) out[store] = await db.getAll(store);
  db.close();
  return out;
}

let open: NuriDB[] = [];
async function openCurrent(): Promise<NuriDB> {
  const db = await openDatabase();
  open.push(db);
  return db;
}

beforeEach(() => {
  for (const db of open) db.close();
  open = [];
  globalThis.indexedDB = new IDBFactory();
});

it('there is a schema fixture for every version (add one with each DB_VERSION bump)', () => {
  expect(Object.keys(SCHEMAS).map(Number)).toEqual(
    Array.from({ length: DB_VERSION }, (_, i) => i + 1),
  );
});

describe('a version 1 database (articles, settings; no positions yet)', () => {
  const fixture: Fixture = {
    version: 1,
    article: firstReleaseArticle('0f2b6c1d9e8a7b6c'),
    settings: SETTINGS_BY_RELEASE['first release (language, paragraph numbers)'],
  };

  it('upgrades to the current version, leaving every stored record as it was', async () => {
    await leaveBehind(fixture);
    const before = await rawRecords();
    const db = await openCurrent();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'annotations',
      'articles',
      'progress',
      'settings',
    ]);
    db.close();
    expect(await rawRecords()).toEqual({
      ...before,
      version: DB_VERSION,
      progress: [],
      annotations: [],
    });
  });

  it('keeps the settings, starts with no position, and rebuilds the old article', async () => {
    await leaveBehind(fixture);
    const db = await openCurrent();
    expect(await loadSettings(db, defaults)).toEqual({
      ...defaults,
      uiLang: 'en',
      showParagraphNumbers: true,
    });
    expect(await loadProgress(db, ID)).toEqual({
      articleId: ID,
      readingBlockId: null,
      listeningSentenceId: null,
      updatedAt: new Date(0).toISOString(),
    });
    const loaded = await loadArticle(db, { id: ID, hash: current.hash }, () =>
      Promise.resolve(current),
    );
    expect(loaded.origin).toBe('updated');
    expect(loaded.storeError).toBeUndefined();
    expect((await db.get('articles', ID))?.hash).toBe(current.hash);
    // Writing after the upgrade works and leaves the old settings alone.
    await saveProgress(db, ID, { readingBlockId: 'p-3' });
    expect((await loadProgress(db, ID)).readingBlockId).toBe('p-3');
    expect((await loadSettings(db, defaults)).uiLang).toBe('en');
  });

  it('an article of the old shape is rebuilt even when its hash matches', async () => {
    await leaveBehind({ ...fixture, article: firstReleaseArticle(current.hash) });
    const db = await openCurrent();
    let fetched = 0;
    const loaded = await loadArticle(db, { id: ID, hash: current.hash }, () => {
      fetched++;
      return Promise.resolve(current);
    });
    expect(fetched).toBe(1);
    expect(loaded.origin).toBe('updated');
    expect(loaded.article.titleTerms).toEqual(current.titleTerms);
  });

  it('an interrupted upgrade (disk full) keeps the version 1 data; the next start upgrades', async () => {
    await leaveBehind(fixture);
    const before = await rawRecords();
    const failure = await withFullDisk(['versionchange'], () =>
      openDatabase().catch((e: unknown) => e),
    );
    expect(failure).toBeInstanceOf(StorageFailure);
    // The open request only says AbortError; db.ts reports the upgrade transaction's own error.
    expect((failure as StorageFailure).kind).toBe('quota');
    expect(await rawRecords()).toEqual(before);
    const db = await openCurrent();
    expect(db.version).toBe(DB_VERSION);
    expect((await loadSettings(db, defaults)).uiLang).toBe('en');
  });
});

/** A highlight on the first sentence of paragraph 2 of the shipped post. */
function highlight(id = 'h-1', note = '메모'): Annotation {
  const anchor = sentenceAnchor(corpusOf(current), 'p-2.s-1');
  if (!anchor) throw new Error('no p-2.s-1');
  return {
    id,
    articleId: ID,
    colour: 'green',
    note,
    anchor,
    createdAt: '2024-09-03T00:00:00.000Z',
    updatedAt: '2024-09-03T00:00:00.000Z',
  };
}

describe('highlights and notes (version 3) after an upgrade from each earlier version', () => {
  for (const version of [1, 2]) {
    it(`version ${version}: keeps every record, starts with no highlights, then stores them`, async () => {
      const settings = SETTINGS_BY_RELEASE['first release (language, paragraph numbers)'];
      const progress =
        version >= 2
          ? [{ articleId: ID, readingBlockId: 'p-4', listeningSentenceId: null, updatedAt: 'x' }]
          : [];
      await leaveBehind({ version, article: { ...current }, settings, progress });
      const before = await rawRecords();
      const db = await openCurrent();
      expect(db.version).toBe(DB_VERSION);
      expect(await loadAnnotations(db, ID)).toEqual([]);
      await putAnnotation(db, highlight('h-2', ''));
      await putAnnotation(db, highlight());
      await putAnnotation(db, { ...highlight('h-other'), articleId: 'another-post' });
      expect((await loadAnnotations(db, ID)).map((a) => a.id)).toEqual(['h-1', 'h-2']);
      await deleteAnnotation(db, 'h-2');
      expect(await loadAnnotations(db, ID)).toEqual([highlight()]);
      db.close();
      const after = await rawRecords();
      const { annotations, ...rest } = after;
      expect(rest).toEqual({ ...before, version: DB_VERSION, progress });
      expect(annotations).toHaveLength(2);
    });
  }

  it('damaged records are repaired or skipped, never thrown', async () => {
    const db = await openCurrent();
    const good = highlight();
    const raw: unknown[] = [
      { ...good, id: 'bad-colour', colour: 'octarine', note: 42 },
      { ...good, id: 'bad-anchor', anchor: { start: 'p-1.s-1' } },
      {
        ...good,
        id: 'bad-id-in-anchor',
        anchor: { ...good.anchor, start: { s: '<x>', offset: 0 } },
      },
      { ...good, id: 'bad-offset', anchor: { ...good.anchor, end: { s: 'p-2.s-1', offset: -1 } } },
    ];
    for (const r of raw) await db.put('annotations', r as Annotation);
    const loaded = await loadAnnotations(db, ID);
    expect(loaded.map((a) => [a.id, a.colour, a.note])).toEqual([['bad-colour', 'yellow', '']]);
  });
});

describe('settings and positions written by each earlier release', () => {
  for (const [release, settings] of Object.entries(SETTINGS_BY_RELEASE)) {
    it(`${release}: every field kept, newer fields at their defaults`, async () => {
      const progress = {
        articleId: ID,
        readingBlockId: 'p-4',
        listeningSentenceId: 'p-4.s-2',
        updatedAt: '2024-09-02T10:00:00.000Z',
      };
      await leaveBehind({ version: 2, article: { ...current }, settings, progress: [progress] });
      const db = await openCurrent();
      const loaded = await loadSettings(db, defaults);
      expect(loaded).toEqual({ ...defaults, ...settings });
      expect(await loadProgress(db, ID)).toEqual(progress);
      const article = await loadArticle(db, { id: ID, hash: current.hash }, () =>
        Promise.reject(new Error('must not fetch: the stored article is current')),
      );
      expect(article.origin).toBe('storage');
    });
  }
});

describe('records of the wrong shape or out of range', () => {
  const JUNK_SETTINGS: unknown[] = [
    undefined,
    null,
    0,
    -1,
    Number.NaN,
    '',
    'reader',
    true,
    [],
    ['en', true],
    new Date(0),
    new Map([['uiLang', 'en']]),
    new Uint8Array([1, 2, 3]),
    { uiLang: 42, showParagraphNumbers: 'yes', theme: { dark: true }, font: ['serif'] },
    { uiLang: 'fr', showParagraphNumbers: 'yes' },
    { uiLang: 'EN', termExpansion: 'some', lineFocus: 2, textSize: null },
    { nested: { uiLang: 'en' }, textSize: { value: 150 } },
  ];

  it('settings: any stored value gives valid settings, never an exception', async () => {
    for (const junk of JUNK_SETTINGS) {
      globalThis.indexedDB = new IDBFactory();
      await leaveBehind({ version: 1, settings: junk });
      const db = await openDatabase();
      const loaded = await loadSettings(db, defaults);
      db.close();
      // Nothing valid in these: all defaults, and a fixed point of the repair.
      expect(loaded, String(junk)).toEqual(defaults);
      expect(repairSettings(loaded, defaults)).toEqual(loaded);
    }
  });

  it('settings: out-of-range numbers are clamped, non-numbers reset, valid fields kept', async () => {
    await leaveBehind({
      version: 2,
      settings: {
        uiLang: 'en',
        textSize: 1e9,
        lineHeight: -3,
        letterSpacing: Number.NaN,
        wordSpacing: Number.POSITIVE_INFINITY,
        paragraphSpacing: '2.5',
        lineLength: '999',
        font: 'comic-sans',
        theme: 'neon',
        lineFocus: 4,
        termExpansion: null,
        showPhotoDescriptions: 1,
      },
    });
    const loaded = await loadSettings(await openCurrent(), defaults);
    expect(loaded).toEqual<Settings>({
      ...defaults,
      uiLang: 'en',
      textSize: 300,
      lineHeight: 1.2,
      paragraphSpacing: 2.5,
      lineLength: 80,
    });
  });

  it('positions: bad ids and types become "no position"; the record is not thrown away', async () => {
    const bad = [
      { readingBlockId: 42, listeningSentenceId: {}, updatedAt: 5 },
      { readingBlockId: 'P-1', listeningSentenceId: 'p-1.s-', updatedAt: null },
      { readingBlockId: '#p-1', listeningSentenceId: 'p-1.s-1; x', updatedAt: [] },
      { readingBlockId: 'p-1\n', listeningSentenceId: '<img src=x onerror=alert(1)>' },
      { readingBlockId: 'p-1p-1', listeningSentenceId: ['p-1'] },
    ];
    for (const fields of bad) {
      globalThis.indexedDB = new IDBFactory();
      await leaveBehind({ version: 2, progress: [{ articleId: ID, ...fields }] });
      const db = await openDatabase();
      expect(await loadProgress(db, ID)).toEqual({
        articleId: ID,
        readingBlockId: null,
        listeningSentenceId: null,
        updatedAt: new Date(0).toISOString(),
      });
      // The next save writes a good record over it.
      await saveProgress(db, ID, { readingBlockId: 'p-2' });
      expect((await loadProgress(db, ID)).readingBlockId).toBe('p-2');
      db.close();
    }
  });

  it('articles: a damaged record is replaced by the shipped one', async () => {
    const damaged: unknown[] = [
      { id: ID },
      { id: ID, hash: current.hash },
      { ...current, schemaVersion: 99 },
      { ...current, blocks: [null] },
      { ...current, blocks: current.blocks.map((b) => ({ ...b, sentences: 'all' })) },
      { ...current, glossary: [{ id: 'x' }] },
      { ...current, views: '139' },
    ];
    for (const article of damaged) {
      globalThis.indexedDB = new IDBFactory();
      await leaveBehind({ version: 2, article });
      const db = await openDatabase();
      const loaded = await loadArticle(db, { id: ID, hash: current.hash }, () =>
        Promise.resolve(current),
      );
      expect(loaded.origin).toBe('updated');
      expect(loaded.article).toEqual(current);
      db.close();
    }
  });
});

describe('a database from a newer build', () => {
  it('is reported as a storage failure and left untouched', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      upgrade: (db) => SCHEMAS[DB_VERSION]?.(db),
    });
    await newer.put('settings', { uiLang: 'en', fromTheFuture: true }, SETTINGS_KEY);
    newer.close();
    const before = await rawRecords();
    const failure = await openDatabase().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageFailure);
    expect(await rawRecords()).toEqual(before);
  });
});

// A full disk as browsers report it: the requests succeed, then the transaction aborts at
// commit with a QuotaExceededError and rolls back. fake-indexeddb has no quota, so its
// transaction's (private) completion step is wrapped while a test says the disk is full.
interface TxInternals {
  mode: IDBTransactionMode;
  _state: string;
  _requests: { request: { readyState: string } }[];
  _start: (this: TxInternals) => void;
  _abort: (this: TxInternals, errName: string | null) => void;
}
const txProto = FakeTransaction.prototype as unknown as TxInternals;
const originalStart = txProto._start;
let fullFor: readonly IDBTransactionMode[] = [];

beforeAll(() => {
  // A newer fake-indexeddb may rename these: fail loudly rather than test nothing.
  expect(typeof originalStart).toBe('function');
  expect(typeof txProto._abort).toBe('function');
  txProto._start = function (this: TxInternals) {
    const pending = this._requests.some((r) => r.request.readyState !== 'done');
    if (!pending && this._state !== 'finished' && fullFor.includes(this.mode)) {
      // Nothing in db.ts awaits the upgrade transaction's `done` (idb makes one for every
      // transaction it wraps), so its rejection would go unhandled: in a browser a console
      // "Uncaught (in promise) QuotaExceededError", here a failed run. Mark it handled.
      if (this.mode === 'versionchange') {
        void (wrap(this as unknown as IDBTransaction) as { done: Promise<void> }).done.catch(
          () => undefined,
        );
      }
      this._abort('QuotaExceededError');
      return;
    }
    originalStart.call(this);
  };
});
afterAll(() => {
  txProto._start = originalStart;
});

async function withFullDisk<T>(modes: IDBTransactionMode[], run: () => Promise<T>): Promise<T> {
  fullFor = modes;
  try {
    return await run();
  } finally {
    fullFor = [];
  }
}

describe('a full disk', () => {
  async function withData(): Promise<NuriDB> {
    const db = await openCurrent();
    await loadArticle(db, { id: ID, hash: 'old-hash' }, () =>
      Promise.resolve({ ...current, hash: 'old-hash' } satisfies Article),
    );
    await saveSettings(db, { ...defaults, uiLang: 'en', textSize: 150 });
    await saveProgress(db, ID, { readingBlockId: 'p-4', listeningSentenceId: 'p-4.s-1' });
    return db;
  }

  it('saving settings fails as "quota" and the saved settings stay', async () => {
    const db = await withData();
    const failure = await withFullDisk(['readwrite'], () =>
      saveSettings(db, { ...defaults, theme: 'dark' }).catch((e: unknown) => e),
    );
    expect(failure).toBeInstanceOf(StorageFailure);
    expect((failure as StorageFailure).kind).toBe('quota');
    expect(await loadSettings(db, defaults)).toEqual({ ...defaults, uiLang: 'en', textSize: 150 });
  });

  it('saving a position fails as "quota" and the saved position stays', async () => {
    const db = await withData();
    const failure = await withFullDisk(['readwrite'], () =>
      saveProgress(db, ID, { readingBlockId: 'p-7' }).catch((e: unknown) => e),
    );
    expect((failure as StorageFailure).kind).toBe('quota');
    const kept = await loadProgress(db, ID);
    expect(kept.readingBlockId).toBe('p-4');
    expect(kept.listeningSentenceId).toBe('p-4.s-1');
  });

  it('saving a highlight fails as "quota" and the saved highlights stay', async () => {
    const db = await withData();
    await putAnnotation(db, highlight());
    const failure = await withFullDisk(['readwrite'], () =>
      putAnnotation(db, highlight('h-2')).catch((e: unknown) => e),
    );
    expect((failure as StorageFailure).kind).toBe('quota');
    expect(await loadAnnotations(db, ID)).toEqual([highlight()]);
  });

  it('a new article is shown but not stored; the old one stays until there is room', async () => {
    const db = await withData();
    const loaded = await withFullDisk(['readwrite'], () =>
      loadArticle(db, { id: ID, hash: current.hash }, () => Promise.resolve(current)),
    );
    expect(loaded.article).toEqual(current);
    expect(loaded.storeError?.kind).toBe('quota');
    expect((await db.get('articles', ID))?.hash).toBe('old-hash');
    expect((await loadSettings(db, defaults)).textSize).toBe(150);
    expect((await loadProgress(db, ID)).readingBlockId).toBe('p-4');
    // With room again, the next start stores it.
    const later = await loadArticle(db, { id: ID, hash: current.hash }, () =>
      Promise.resolve(current),
    );
    expect(later.origin).toBe('updated');
    expect(later.storeError).toBeUndefined();
    expect((await db.get('articles', ID))?.hash).toBe(current.hash);
  });
});
