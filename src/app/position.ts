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

/** The body block (paragraph, figure, footnote) that holds `node`, if any. */
export function blockOf(node: Node | null): string | null {
  const el = node instanceof Element ? node : (node?.parentElement ?? null);
  return el?.closest<HTMLElement>(BLOCKS)?.id ?? null;
}

/** The block holding the reader's text selection (a caret counts), if it is in the post. */
export function selectedBlockId(): string | null {
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  return blockOf(selection.anchorNode);
}

/**
 * Where a first "읽어 주기" starts (WCAG-neutral; what Voice Dream and Thorium do): the block
 * holding the selection, else the one holding keyboard focus, else — once the reader has
 * scrolled into the body — the block at the top of the screen. Null: from the headline.
 */
export function whereTheReaderIs(): string | null {
  const chosen = selectedBlockId() ?? blockOf(document.activeElement);
  if (chosen) return chosen;
  const body = document.querySelector('.article-body');
  if (!body || body.getBoundingClientRect().top >= 0) return null;
  return currentBlockId();
}

/** The first block whose lower edge is below the top of the viewport. */
export function currentBlockId(): string | null {
  for (const el of document.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (el.getBoundingClientRect().bottom > 1) return el.id;
  }
  return null;
}

/**
 * Moves keyboard focus to the element with `id` and scrolls it to `block` ("start" by default).
 * A text block gets `tabindex="-1"` only while it holds focus: a permanent one makes screen
 * readers name the block by its whole text and say it again each time the caret comes back
 * into it (Orca), and announce its text as "clickable". Returns false when there is no such
 * element.
 */
export function focusTarget(id: string, block: ScrollLogicalPosition = 'start'): boolean {
  const target = document.getElementById(id);
  return target ? focusElement(target, block) : false;
}

/** focusTarget for an element in hand (e.g. found by a data attribute); `block` null: focus
 * without scrolling. */
export function focusElement(
  target: HTMLElement,
  block: ScrollLogicalPosition | null = 'start',
): boolean {
  // A block that opens with a heading (a footnote) is entered at its heading: focus on the
  // block would have a screen reader say its whole text, then read it again line by line.
  const first = target.firstElementChild;
  if (first instanceof HTMLElement && /^H[1-6]$/.test(first.tagName)) target = first;
  if (
    !target.hasAttribute('tabindex') &&
    !target.matches('a[href], button, input, select, textarea')
  ) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  if (block) target.scrollIntoView({ block });
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

/**
 * Runs `change` (new text size, spacing, font…) and keeps the reader's place: the block at the
 * top of the screen stays there, at the same fraction of its height. The browser's own scroll
 * anchoring does not help here: it is suppressed when padding or margins of the anchor's
 * ancestors change (CSS Scroll Anchoring, "suppression triggers"), and they are in rem.
 */
export function keepingPlace(change: () => void): void {
  // While listening, the sentence being read is the place (kept where it was on screen);
  // otherwise the block at the top of the screen.
  const reading = document.querySelector<HTMLElement>('.is-reading');
  const box = reading?.getBoundingClientRect();
  const readingOnScreen = box !== undefined && box.bottom > 0 && box.top < innerHeight;
  const id = readingOnScreen ? null : scrollY > 0 ? currentBlockId() : null;
  const anchor = readingOnScreen ? reading : id ? document.getElementById(id) : null;
  const before = anchor?.getBoundingClientRect();
  change();
  if (!anchor || !before || before.height === 0) return;
  const after = anchor.getBoundingClientRect();
  // The sentence read keeps its top where it was; a block keeps the point at the top of the
  // screen at the same fraction of its height.
  const fraction = readingOnScreen ? 0 : -before.top / before.height;
  const target = readingOnScreen ? after.top - before.top : after.top + fraction * after.height;
  scrollBy({ top: target, behavior: 'instant' });
}
