// Highlights and notes as the rest of the app sees them: a few signals and a lazy opener. The
// feature's code (src/notes/runtime.tsx, NotesPanel.tsx) loads after the first paint.

import { signal, type Signal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import { focusTarget } from '../app/position.ts';
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

export const notesOpen = signal(false);
/** The "내 메모" panel: its code loads on first open. */
export const NotesPanel = signal<FunctionComponent<{ onClose: () => void }> | null>(null);
/** The highlight whose item the panel shows focused on open (from "메모 보기", "메모 달기"). */
export const notesFocus = signal<{ id: string; field: 'item' | 'note' } | null>(null);

/** Opens "내 메모" and moves focus to its heading, or to an item (and its note field). */
export function openNotes(focus: { id: string; field: 'item' | 'note' } | null = null): void {
  notesFocus.value = focus;
  notesOpen.value = true;
  const go = () =>
    requestAnimationFrame(() => {
      if (!focus) focusTarget('notes-title');
    });
  if (NotesPanel.value) go();
  else
    void import('./NotesPanel.tsx').then((m) => {
      NotesPanel.value = m.NotesPanel;
      go();
    });
}

/** Closes the panel; focus goes back to the toolbar's "메모" unless the caller moved it. */
export function closeNotes(returnFocus = true): void {
  notesOpen.value = false;
  notesFocus.value = null;
  if (returnFocus) document.getElementById('notes-toggle')?.focus();
}
