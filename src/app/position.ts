// Reading position: which block is at the top of the screen, saved as the reader scrolls,
// restored at start; in-page links (#p-3, footnotes) move focus to their target.

const BLOCKS = '.article-body > [id]';

/** Set when the page is about to reload into an update: the position was taken already. */
let frozen: string | null = null;

/** Takes the reading position now and stops tracking, so nothing after it (a button press
 * that scrolls, the unload itself) can overwrite it. */
export function freezePosition(): string | null {
  frozen ??= currentBlockId() ?? '';
  return frozen || null;
}

/** The first block whose lower edge is below the top of the viewport. */
export function currentBlockId(): string | null {
  for (const el of document.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (el.getBoundingClientRect().bottom > 1) return el.id;
  }
  return null;
}

function focusTarget(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  if (!target.hasAttribute('tabindex') && !target.matches('a, button, input, select, textarea')) {
    target.setAttribute('tabindex', '-1');
  }
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}

function hashId(): string {
  return decodeURIComponent(location.hash.slice(1));
}

/** A URL fragment wins (a shared link); otherwise scroll back to where the reader was. */
export function restorePosition(savedBlockId: string | null): void {
  // We restore by block, which survives font-size and layout changes; the browser's pixel
  // offset would not, and would fight ours.
  history.scrollRestoration = 'manual';
  if (hashId() && focusTarget(hashId())) return;
  if (savedBlockId && savedBlockId !== currentBlockId()) {
    document.getElementById(savedBlockId)?.scrollIntoView({ block: 'start' });
  }
}

export function trackReadingPosition(save: (blockId: string) => void): void {
  let last = currentBlockId();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    if (frozen !== null) return;
    const id = currentBlockId();
    if (id && id !== last) {
      last = id;
      save(id);
    }
  };
  addEventListener(
    'scroll',
    () => {
      clearTimeout(timer);
      timer = setTimeout(flush, 400);
    },
    { passive: true },
  );
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  addEventListener('hashchange', () => {
    const id = hashId();
    if (id) focusTarget(id);
  });
}
