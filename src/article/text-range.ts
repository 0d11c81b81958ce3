// Displayed-text offsets inside a sentence element (`[data-s]`) and DOM ranges: the post's own
// text, skipping what the app inserts inside a sentence (a term's expansion, screen-reader-only
// words). Offsets are UTF-16 units into the sentence's text as the article model has it.

/** The text nodes of `root` that are the post's own text, in order. */
function textNodes(root: Element): TreeWalker {
  return document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    // Skip what the app inserts inside the sentence (an expansion, screen-reader-only text);
    // a sentence may itself sit in a part hidden from screen readers (a photo description).
    acceptNode: (n) => {
      const inserted = n.parentElement?.closest(
        '.term-exp, .sr-only, [aria-hidden="true"]:not(.sym)',
      );
      return inserted && root.contains(inserted) && inserted !== root
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT;
    },
  });
}

/** A DOM range over displayed-text offsets [start, end) of a sentence element; null when the
 * element's text is shorter. */
export function rangeIn(root: Element, start: number, end: number): Range | null {
  const walker = textNodes(root);
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.textContent?.length ?? 0;
    if (!started && start < at + len) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= at + len) {
      range.setEnd(node, end - at);
      return range;
    }
    at += len;
  }
  return null;
}

/** The displayed-text offset in `root` of a DOM boundary point (a selection's end) inside it;
 * a point inside inserted text counts as the place the insertion stands. */
export function offsetIn(root: Element, node: Node, offset: number): number {
  const point = document.createRange();
  point.setStart(node, offset);
  const walker = textNodes(root);
  let at = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const len = t.textContent?.length ?? 0;
    if (t === node) return at + Math.min(offset, len);
    // The text node ends before the point: all of it counts.
    if (point.comparePoint(t, len) <= 0) at += len;
    else return at;
  }
  return at;
}

/** The length of a sentence element's displayed text. */
export function textLength(root: Element): number {
  const walker = textNodes(root);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) n += t.textContent?.length ?? 0;
  return n;
}
