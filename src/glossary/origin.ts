// "읽던 곳으로 돌아가기": where the reader was when they went into the glossary, and the way back.

import { currentBlockId, focusElement } from '../app/position.ts';

let returnTo: HTMLElement | null = null;
/** The last element in the post that had focus (a term, a link, a block moved to). */
let lastFocusInPost: HTMLElement | null = null;

/**
 * Remembers where the reader is leaving from for the glossary: the element they followed (a
 * link), else what last had focus in the post (the reader may have scrolled up to the toolbar
 * since), else the block at the top of the screen. Called from the links' own click handlers and the shortcut: a document-wide click
 * listener would make Chromium expose every text node as "clickable" to screen readers.
 */
export function rememberOrigin(from?: HTMLElement): void {
  if (from) {
    returnTo = from;
    return;
  }
  if (lastFocusInPost?.isConnected) {
    returnTo = lastFocusInPost;
    return;
  }
  const id = currentBlockId();
  returnTo = id ? document.getElementById(id) : null;
}

/** Back to the remembered place (else the headline), focused and centred on screen. */
export function goBackFromGlossary(): void {
  const target =
    returnTo?.isConnected === true ? returnTo : document.getElementById('article-title');
  if (target) focusElement(target, 'center');
}

/** Into the glossary from anywhere (toolbar link, Alt+Shift+D): its heading gets focus. */
export function openGlossary(): void {
  rememberOrigin();
  const heading = document.getElementById('glossary-title');
  if (heading) focusElement(heading);
}

/** Alt+Shift+D ("dictionary"): the glossary from anywhere in the page; and the focus kept track
 * of for the way back. Not G: Orca keeps Alt+Shift with most letters for its lists (graphics,
 * headings, links…) even in browse mode; D is one it leaves to the page.
 * Returns the listeners' remover. */
export function glossaryShortcut(): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.code !== 'KeyD') return;
    e.preventDefault();
    openGlossary();
  };
  const onFocus = (e: FocusEvent) => {
    const el = e.target;
    if (el instanceof HTMLElement && el.closest('article')) lastFocusInPost = el;
  };
  addEventListener('keydown', onKey);
  document.addEventListener('focusin', onFocus);
  return () => {
    removeEventListener('keydown', onKey);
    document.removeEventListener('focusin', onFocus);
  };
}
