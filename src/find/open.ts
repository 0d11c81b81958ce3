// Opening find in the post. Only this and the toolbar button ship with the first load; the bar,
// the matcher and closing load on first use (src/find/FindBar.tsx).

import { signal } from '@preact/signals';
import { load } from '../app/state.ts';
import type { FindBar as Bar } from './FindBar.tsx';

export const findOpen = signal(false);
/** The bar's component once its code is in. */
export const FindBar = signal<typeof Bar | null>(null);

/** Opens the bar (its field takes focus when it mounts), or, when it is open, puts focus back
 * in its field with what was typed selected. */
export function openFind(): void {
  const field = document.getElementById('find-input') as HTMLInputElement | null;
  field?.focus();
  field?.select();
  findOpen.value = true;
  if (!FindBar.peek()) void import('./FindBar.tsx').then((m) => (FindBar.value = m.FindBar));
}

/** Ctrl+F (Cmd+F on a Mac) opens the app's find once the post is on screen — in an installed
 * app there is no other; before that, the browser's own. Returns the remover. */
export function findShortcut(): () => void {
  const onKey = (e: KeyboardEvent) => {
    // "ㄹ": the F key on a Korean layout.
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && /^[fㄹ]$/i.test(e.key)) {
      if (load.peek().phase !== 'ready') return;
      e.preventDefault();
      openFind();
    }
  };
  addEventListener('keydown', onKey);
  return () => removeEventListener('keydown', onKey);
}
