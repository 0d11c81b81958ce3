// Where each term occurs, in reading order, with stable occurrence ids; which of them are
// interactive (pure).

import type { Article, TermRef } from '../article/model.ts';

export interface Occurrence {
  /** DOM id of the occurrence, e.g. "t-p-1-12" (block id + offset). */
  id: string;
  termId: string;
  blockId: string;
}

export const occurrenceId = (blockId: string, ref: TermRef): string => `t-${blockId}-${ref.start}`;

/** Blocks where a term is never a control: the headline, the subtitle and photo credits are
 * read as they stand (a control there splits a heading or a credit into fragments). */
export function isQuietBlock(blockId: string): boolean {
  return blockId === 'title' || blockId === 'subtitle' || blockId.endsWith('-credit');
}

export function occurrences(article: Article): Occurrence[] {
  const out: Occurrence[] = [];
  const add = (blockId: string, refs: readonly TermRef[]) => {
    for (const ref of refs)
      out.push({ id: occurrenceId(blockId, ref), termId: ref.termId, blockId });
  };
  add('title', article.titleTerms);
  add('subtitle', article.subtitleTerms);
  for (const b of article.blocks) {
    add(b.id, b.terms);
    if (b.kind === 'figure') add(`${b.id}-credit`, b.creditTerms);
  }
  return out;
}

/**
 * Occurrence ids that are interactive terms: the first occurrence of each term in the body
 * (paragraphs, captions, footnotes — not the headline, subtitle or credits), or with
 * `perBlock` the first in each body block. Every other occurrence is plain text.
 * See docs/decisions.md, "Acronyms for screen-reader users".
 */
export function interactiveOccurrences(list: readonly Occurrence[], perBlock = false): Set<string> {
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const o of list) {
    if (isQuietBlock(o.blockId)) continue;
    const key = perBlock ? `${o.blockId} ${o.termId}` : o.termId;
    if (seen.has(key)) continue;
    seen.add(key);
    out.add(o.id);
  }
  return out;
}
