// Matches (offsets into a block's text in the article data) as DOM ranges over the text the
// reader sees: the words the app inserts (expansions, screen-reader-only text, paragraph numbers,
// headings and links of a footnote, the "사진 설명" label) are skipped.

import { elementIdOf, parsePlace, rootOf } from '../article/ids.ts';
import type { FindBlock, FindMatch } from './match.ts';

const INSERTED = '.term-exp, .sr-only, .pnum, .note-title, .note-links, .photo-desc-label';

/** The element that shows a block's text, or null when it is not on the page. */
function elementOf(blockId: string): Element | null {
  if (blockId === 'section') return document.querySelector('.article-header .section-label');
  if (blockId === 'subtitle') return document.querySelector('.article-header .subtitle');
  if (blockId.endsWith('.desc')) {
    return document.getElementById(rootOf(blockId))?.querySelector('.photo-desc') ?? null;
  }
  const el = document.getElementById(elementIdOf(blockId));
  if (parsePlace(blockId)?.credit) return el?.querySelector('.credit') ?? null;
  if (el?.localName === 'figure') return el.querySelector('figcaption .caption');
  return el;
}

type Point = readonly [Text, number];

/**
 * Where each character of `text` is on the page: the element's text nodes (minus inserted
 * ones) are walked and matched to `text` character by character; a character the page adds
 * (the space after a shown "ⓒ") is passed over. Characters not found stay undefined.
 */
function pointsOf(root: Element, text: string): (Point | undefined)[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      const inserted = n.parentElement?.closest(INSERTED);
      return inserted && root.contains(inserted)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT;
    },
  });
  const points: (Point | undefined)[] = [];
  let i = 0;
  for (let n = walker.nextNode(); n && i < text.length; n = walker.nextNode()) {
    const data = (n as Text).data;
    for (let k = 0; k < data.length && i < text.length; k++) {
      if (data[k] === text[i]) points[i++] = [n as Text, k];
    }
  }
  return points;
}

/** A range per match that is on the page (in the same order); matches in a text not shown
 * are left out. */
export function rangesFor(matches: readonly FindMatch[], blocks: readonly FindBlock[]): Range[] {
  const texts = new Map(blocks.map((b) => [b.id, b.text]));
  const points = new Map<string, (Point | undefined)[]>();
  const out: Range[] = [];
  for (const m of matches) {
    let p = points.get(m.blockId);
    if (!p) {
      const el = elementOf(m.blockId);
      p = el ? pointsOf(el, texts.get(m.blockId) ?? '') : [];
      points.set(m.blockId, p);
    }
    const start = p[m.start];
    const last = p[m.end - 1];
    if (!start || !last) continue;
    const range = document.createRange();
    range.setStart(...start);
    range.setEnd(last[0], last[1] + 1);
    out.push(range);
  }
  return out;
}
