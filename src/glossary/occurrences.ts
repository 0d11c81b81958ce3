// Where each term occurs, in reading order, with stable occurrence ids (pure).

import type { Article, TermRef } from '../article/model.ts';

export interface Occurrence {
  /** DOM id of the term's button, e.g. "t-p-1-12" (block id + offset). */
  id: string;
  termId: string;
  blockId: string;
}

export const occurrenceId = (blockId: string, ref: TermRef): string => `t-${blockId}-${ref.start}`;

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

/** Occurrence ids that are the first of their term in reading order. */
export function firstOccurrences(list: readonly Occurrence[]): Set<string> {
  const seen = new Set<string>();
  const firsts = new Set<string>();
  for (const o of list) {
    if (seen.has(o.termId)) continue;
    seen.add(o.termId);
    firsts.add(o.id);
  }
  return firsts;
}
