// Highlights and notes in IndexedDB (store `annotations`, DB version 3). Reads repair what they
// find and skip what cannot be repaired; writes throw a StorageFailure for the caller to report.

import type { NuriDB } from '../storage/db.ts';
import { toStorageFailure } from '../storage/errors.ts';
import { repairAnnotation, type Annotation } from './model.ts';

/** A post's highlights, oldest first; damaged records are repaired or skipped. Throws
 * StorageFailure when the store cannot be read (the caller tells the reader). */
export async function loadAnnotations(db: NuriDB, articleId: string): Promise<Annotation[]> {
  try {
    const raw = await db.getAllFromIndex('annotations', 'byArticle', articleId);
    return raw
      .map(repairAnnotation)
      .filter((a): a is Annotation => a !== null)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  } catch (e) {
    throw toStorageFailure(e);
  }
}

/** Adds or replaces one highlight. Throws StorageFailure. */
export async function putAnnotation(db: NuriDB, a: Annotation): Promise<void> {
  try {
    await db.put('annotations', a);
  } catch (e) {
    throw toStorageFailure(e);
  }
}

/** Adds or replaces several in one transaction (an imported file): all or none. */
export async function putAnnotations(db: NuriDB, list: readonly Annotation[]): Promise<void> {
  try {
    const tx = db.transaction('annotations', 'readwrite');
    await Promise.all([...list.map((a) => tx.store.put(a)), tx.done]);
  } catch (e) {
    throw toStorageFailure(e);
  }
}

/** Removes one highlight. Throws StorageFailure. */
export async function deleteAnnotation(db: NuriDB, id: string): Promise<void> {
  try {
    await db.delete('annotations', id);
  } catch (e) {
    throw toStorageFailure(e);
  }
}
