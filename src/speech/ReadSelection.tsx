// "선택 부분 읽기": offered in the listen bar while text is selected in the post (by pointer, a
// long press, Shift+arrows in caret browsing, or a screen reader that moves the selection).
// Loaded with the read-aloud code.

import { signal } from '@preact/signals';
import { toolStrings } from '../app/i18n-tools.ts';
import { useEffect } from 'preact/hooks';
import type { TextPoint } from './selection.ts';
import { speechControls } from './state.ts';

/** The reader's selection in the post, kept a moment after it collapses (a tap on the bar's
 * button may clear it first). */
const selected = signal<Range | null>(null);
let clear: ReturnType<typeof setTimeout> | undefined;

function watchSelection(): () => void {
  const onChange = () => {
    const sel = getSelection();
    const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
    const post = document.querySelector('article');
    clearTimeout(clear);
    if (range && post?.contains(range.commonAncestorContainer)) selected.value = range.cloneRange();
    else clear = setTimeout(() => (selected.value = null), 1500);
  };
  document.addEventListener('selectionchange', onChange);
  return () => document.removeEventListener('selectionchange', onChange);
}

/** Text the app inserts inside a sentence (an expansion, screen-reader-only words): not part of
 * the displayed text the offsets count (as `rangeIn` in Highlight.tsx). */
const inserted = (node: Node, root: Element) => {
  const el = node.parentElement?.closest('.term-exp, .sr-only, [aria-hidden="true"]:not(.sym)');
  return el !== null && el !== undefined && el !== root && root.contains(el);
};

/** Characters of `root`'s displayed text before the boundary point (node, offset). */
function offsetIn(root: Element, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(node, offset);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return inserted(n, root) ? at : at + offset;
    const len = n.textContent?.length ?? 0;
    // Entirely before the boundary: counted (unless inserted); else the boundary is passed.
    if (before.comparePoint(n, len) !== 0) break;
    if (!inserted(n, root)) at += len;
  }
  return at;
}

/** The selection as sentence points (first and last selected sentence, offsets inside them). */
export function selectedPoints(): { from: TextPoint; to: TextPoint } | null {
  const range = selected.value;
  if (!range) return null;
  const sentences = [...document.querySelectorAll<HTMLElement>('article [data-s]')].filter((el) =>
    range.intersectsNode(el),
  );
  const first = sentences[0];
  const last = sentences.at(-1);
  if (!first?.dataset.s || !last?.dataset.s) return null;
  return {
    from: {
      id: first.dataset.s,
      offset: first.contains(range.startContainer)
        ? offsetIn(first, range.startContainer, range.startOffset)
        : 0,
    },
    to: {
      id: last.dataset.s,
      offset: last.contains(range.endContainer)
        ? offsetIn(last, range.endContainer, range.endOffset)
        : Number.MAX_SAFE_INTEGER,
    },
  };
}

/** The bar's "선택 부분 읽기" button, while text is selected in the post. */
export function ReadSelection() {
  useEffect(watchSelection, []);
  const c = speechControls.value;
  if (!selected.value || !c) return null;
  return (
    <button type="button" class="button" onClick={() => c.readSelection()}>
      {toolStrings.value.readSelection}
    </button>
  );
}
