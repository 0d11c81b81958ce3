// "읽던 곳으로 돌아가기": where the reader was when they went into the glossary, and the way back.

import { currentBlockId, focusTarget } from '../app/position.ts';

let returnTo: string | null = null;

/**
 * Remembers where the reader is leaving from for the glossary: `id` of the link or block they
 * followed, or (from the toolbar, or a shortcut) the block at the top of the screen.
 * Called from the links' own click handlers: a document-wide click listener would make Chromium
 * expose every text node as "clickable" to screen readers.
 */
export function rememberOrigin(id?: string): void {
  returnTo = id ?? currentBlockId();
}

/** Back to the remembered place (else the headline), focused and centred on screen. */
export function goBackFromGlossary(): void {
  const id = returnTo && document.getElementById(returnTo) ? returnTo : 'article-title';
  focusTarget(id, 'center');
}

/** Into the glossary from anywhere (toolbar link, Alt+Shift+G): its heading gets focus. */
export function openGlossary(): void {
  rememberOrigin();
  focusTarget('glossary-title');
}

/** Alt+Shift+G: the glossary from anywhere in the page (a key screen readers pass through in
 * browse mode; letters alone are theirs). Returns the listener's remover. */
export function glossaryShortcut(): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.code !== 'KeyG') return;
    e.preventDefault();
    openGlossary();
  };
  addEventListener('keydown', onKey);
  return () => removeEventListener('keydown', onKey);
}
