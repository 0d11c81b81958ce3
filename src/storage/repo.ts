// What the app keeps: the article, the settings and the positions, each read defensively.

import type { Article } from '../article/model.ts';
import { isKnownId } from '../article/ids.ts';
import { isArticle } from '../article/validate.ts';
import { repairSettings, type Settings } from '../reader/settings.ts';
import type { NuriDB, Progress } from './db.ts';
import { toStorageFailure, type StorageFailure } from './errors.ts';

const SETTINGS_KEY = 'reader';

export type ArticleOrigin = 'storage' | 'first-run' | 'updated';

/**
 * The stored article when it is the one this build ships (same hash) and well-formed;
 * otherwise `fetchCurrent()` is stored in its place. Settings and progress are untouched.
 */
export async function loadArticle(
  db: NuriDB,
  expected: { id: string; hash: string },
  fetchCurrent: () => Promise<Article>,
): Promise<{ article: Article; origin: ArticleOrigin; storeError?: StorageFailure }> {
  let stored: unknown;
  try {
    stored = await db.get('articles', expected.id);
  } catch {
    stored = undefined;
  }
  if (isArticle(stored) && stored.hash === expected.hash)
    return { article: stored, origin: 'storage' };
  const article = await fetchCurrent();
  const origin = stored === undefined ? 'first-run' : 'updated';
  try {
    await db.put('articles', { ...article, storedAt: new Date().toISOString() });
  } catch (e) {
    // The reader still gets the article; the caller says it could not be kept.
    return { article, origin, storeError: toStorageFailure(e) };
  }
  return { article, origin };
}

export async function loadSettings(db: NuriDB, defaults: Settings): Promise<Settings> {
  try {
    return repairSettings(await db.get('settings', SETTINGS_KEY), defaults);
  } catch {
    return defaults;
  }
}

export async function saveSettings(db: NuriDB, settings: Settings): Promise<void> {
  try {
    await db.put('settings', settings, SETTINGS_KEY);
  } catch (e) {
    throw toStorageFailure(e);
  }
}

function repairProgress(raw: unknown, articleId: string): Progress {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const id = (v: unknown) => (typeof v === 'string' && isKnownId(v) ? v : null);
  return {
    articleId,
    readingBlockId: id(r.readingBlockId),
    listeningSentenceId: id(r.listeningSentenceId),
    updatedAt: typeof r.updatedAt === 'string' ? r.updatedAt : new Date(0).toISOString(),
  };
}

export async function loadProgress(db: NuriDB, articleId: string): Promise<Progress> {
  try {
    return repairProgress(await db.get('progress', articleId), articleId);
  } catch {
    return repairProgress(undefined, articleId);
  }
}

export async function saveProgress(
  db: NuriDB,
  articleId: string,
  change: Partial<Pick<Progress, 'readingBlockId' | 'listeningSentenceId'>>,
): Promise<Progress> {
  try {
    const tx = db.transaction('progress', 'readwrite');
    const current = repairProgress(await tx.store.get(articleId), articleId);
    const next: Progress = { ...current, ...change, updatedAt: new Date().toISOString() };
    await tx.store.put(next);
    await tx.done;
    return next;
  } catch (e) {
    throw toStorageFailure(e);
  }
}
