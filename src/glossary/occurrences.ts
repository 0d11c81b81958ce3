// Where each term occurs, in reading order, with stable occurrence ids; which of them are
// interactive (pure).

import type { Article, TermRef } from '../article/model.ts';
import { creditId, parsePlace } from '../article/ids.ts';

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
  return blockId === 'title' || blockId === 'subtitle' || parsePlace(blockId)?.credit === true;
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
    if (b.kind === 'figure') add(creditId(b.id), b.creditTerms);
  }
  return out;
}

/**
 * Occurrence ids that are interactive terms: the first occurrence of each term in the body
 * (paragraphs, captions, footnotes — not the headline, subtitle or credits), or with
 * `perBlock` the first in each body block, skipping those `explained` in place (see
 * explainedInPlace). Every other occurrence is plain text.
 * See docs/decisions.md, "Acronyms for screen-reader users".
 */
export function interactiveOccurrences(
  list: readonly Occurrence[],
  perBlock = false,
  explained: ReadonlySet<string> = new Set(),
): Set<string> {
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const o of list) {
    if (isQuietBlock(o.blockId) || explained.has(o.id)) continue;
    const key = perBlock ? `${o.blockId} ${o.termId}` : o.termId;
    if (seen.has(key)) continue;
    seen.add(key);
    out.add(o.id);
  }
  return out;
}

const squash = (s: string) => s.replace(/[\s·]/g, '').toLowerCase();

/**
 * Occurrences the post explains where they stand, or that are part of another term's spelled-out
 * name: "일본 산업기술종합연구소(AIST, National Institute of …)", "NMIJ(National Metrology
 * Institute of Japan)", the "AI" of "Quantum-AI Technology". Opening them would only say again
 * what the reader has just heard, so they are never controls and never expanded.
 */
export function explainedInPlace(article: Article): Set<string> {
  const glossary = article.glossary;
  const out = new Set<string>();
  const check = (blockId: string, text: string, refs: readonly TermRef[]) => {
    for (const ref of refs) {
      const term = glossary.find((g) => g.id === ref.termId);
      if (!term) continue;
      const after = squash(text.slice(ref.end, ref.end + term.en.expansion.length + 8));
      const before = squash(
        text.slice(Math.max(0, ref.start - term.ko.expansion.length - 4), ref.start),
      );
      const spelledOut =
        after.replace(/^[(,]+/, '').startsWith(squash(term.en.expansion)) ||
        before.replace(/[(]+$/, '').endsWith(squash(term.ko.expansion));
      // Inside another term's English name as the post writes it.
      const inName = glossary.some((g) => {
        const at = text.indexOf(g.en.expansion);
        return (
          g.id !== term.id && at >= 0 && at <= ref.start && ref.end <= at + g.en.expansion.length
        );
      });
      if (spelledOut || inName) out.add(occurrenceId(blockId, ref));
    }
  };
  check('title', article.title, article.titleTerms);
  if (article.subtitle) check('subtitle', article.subtitle, article.subtitleTerms);
  for (const b of article.blocks) {
    check(b.id, b.kind === 'figure' ? b.caption : b.text, b.terms);
    if (b.kind === 'figure' && b.credit) check(creditId(b.id), b.credit, b.creditTerms);
  }
  return out;
}
