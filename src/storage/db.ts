// The IndexedDB database (via idb): schema, versioned migrations, and a safe open.

import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { Article } from '../article/model.ts';
import type { Annotation } from '../notes/model.ts';
import { StorageFailure, toStorageFailure } from './errors.ts';

export const DB_NAME = 'nuri-reader';
export const DB_VERSION = 3;

export interface StoredArticle extends Article {
  storedAt: string;
}

export interface Progress {
  articleId: string;
  /** Block id at the top of the reader's viewport. */
  readingBlockId: string | null;
  /** Sentence id that read-aloud was on. */
  listeningSentenceId: string | null;
  updatedAt: string;
}

export interface NuriSchema extends DBSchema {
  articles: { key: string; value: StoredArticle };
  settings: { key: string; value: unknown };
  progress: { key: string; value: Progress };
  /** Highlights and notes (src/notes/model.ts), by their own id; `byArticle` finds a post's. */
  annotations: { key: string; value: Annotation; indexes: { byArticle: string } };
}

export type NuriDB = IDBPDatabase<NuriSchema>;
type UpgradeTx = IDBPTransaction<NuriSchema, StoreNames<NuriSchema>[], 'versionchange'>;

/**
 * One step per version. Step k upgrades a database at version k-1 to version k; every
 * step runs in order, so a database from any earlier version arrives at the current one.
 */
const MIGRATIONS: ((db: NuriDB, tx: UpgradeTx) => void)[] = [
  // 0 → 1: the article and the reader's settings.
  (db) => {
    db.createObjectStore('articles', { keyPath: 'id' });
    db.createObjectStore('settings');
  },
  // 1 → 2: reading and listening positions, one record per article.
  (db) => {
    db.createObjectStore('progress', { keyPath: 'articleId' });
  },
  // 2 → 3: highlights and notes.
  (db) => {
    db.createObjectStore('annotations', { keyPath: 'id' }).createIndex('byArticle', 'articleId');
  },
];

export interface OpenOptions {
  /** How long to wait for other tabs to let go before reporting "blocked". */
  blockedTimeoutMs?: number;
  /** Called when another tab needs to upgrade: this connection closes itself first. */
  onVersionChange?: () => void;
}

/** Opens the database or throws a StorageFailure that says what went wrong. */
export async function openDatabase(options: OpenOptions = {}): Promise<NuriDB> {
  if (typeof indexedDB === 'undefined') throw new StorageFailure('unavailable');
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Why an upgrade failed (e.g. a full disk): the open request itself only says "aborted". */
  let upgradeError: unknown = null;
  try {
    const opening = openDB<NuriSchema>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        tx.done.catch(() => (upgradeError = tx.error ?? upgradeError));
        for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v]?.(db, tx);
      },
      blocking() {
        // A newer version of the app wants to upgrade: let it.
        void opening.then((db) => db.close());
        options.onVersionChange?.();
      },
    });
    const blocked = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new StorageFailure('blocked')),
        options.blockedTimeoutMs ?? 4000,
      );
    });
    return await Promise.race([opening, blocked]);
  } catch (e) {
    throw toStorageFailure(upgradeError ?? e);
  } finally {
    clearTimeout(timer);
  }
}
