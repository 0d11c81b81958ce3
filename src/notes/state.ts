// Highlights and notes as the rest of the app sees them: a few signals (this module is in the
// first load). The feature's code (src/notes/runtime.tsx, NotesPanel.tsx) loads after the
// first paint; "메모" in the toolbar calls runtime's toggleNotes().

import { signal, type Signal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import type { Annotation } from './model.ts';

/** What the panel and the settings file can ask of the running feature. */
export interface NotesApi {
  /** Every highlight of the post, oldest first. */
  list: Signal<Annotation[]>;
  /** Adds (or replaces, same id) highlights from an imported file, stored in one go; a storage
   * failure is reported to the reader, never thrown. */
  importMany: (list: readonly Annotation[]) => Promise<void>;
}

/** Set once src/notes/runtime.tsx has started (after the first paint). */
export const notesApi = signal<NotesApi | null>(null);
/** The selection offer shown in the listen bar ("형광펜", "메모 달기", "메모 보기"). */
export const NotesOffer = signal<FunctionComponent | null>(null);

/** The toolbar's "메모" button. */
export const NotesButton = signal<FunctionComponent | null>(null);
export const notesOpen = signal(false);
/** The "내 메모" panel (set on first open). */
export const NotesPanel = signal<FunctionComponent | null>(null);
