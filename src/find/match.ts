// Find in the post (pure): where a query occurs in the texts the reader sees, regardless of
// spacing, middle dots, Latin case and Unicode compatibility forms; an acronym is also found by
// its expansion ("한국표준과학연구원" finds every KRISS) and the other way round.

import { creditId, descriptionId } from '../article/ids.ts';
import type { Article, TermRef } from '../article/model.ts';
import { findTerms } from '../glossary/match.ts';
import type { GlossaryTerm } from '../glossary/model.ts';

/** One searchable text as displayed: offsets of matches are offsets into `text`. */
export interface FindBlock {
  /** `section` (the label above the headline), `title`, `subtitle`, `p-N`, `fig-N` (caption), `fig-N-credit`, `photo-N.desc`, `note-N`. */
  id: string;
  text: string;
  /** Glossary terms in `text` (from the article data). */
  terms: readonly TermRef[];
  /** Parts of `text` matched over like spaces (footnote markers "*", "**"). */
  skip?: readonly { start: number; end: number }[];
}

/** A match: UTF-16 offsets [start, end) into its block's text; never starts or ends on a
 * space, a middle dot or a footnote marker. */
export interface FindMatch {
  blockId: string;
  start: number;
  end: number;
}

/**
 * The post's searchable texts in the order they are on the page: section label, headline, subtitle, then each
 * body block (a figure's photo descriptions — only when they are shown — then its caption and
 * credit). Not searched: the byline, the UI's own words, the glossary list (it is the app's
 * text, not the post's; its entries are reached by the acronym match instead).
 */
export function findBlocks(article: Article, options: { photoDescriptions: boolean }): FindBlock[] {
  const out: FindBlock[] = [
    // The only text the article data has no term offsets for (it is not part of the post's body).
    { id: 'section', text: article.section, terms: findTerms(article.section, article.glossary) },
    { id: 'title', text: article.title, terms: article.titleTerms },
    { id: 'subtitle', text: article.subtitle, terms: article.subtitleTerms },
  ];
  for (const b of article.blocks) {
    if (b.kind === 'paragraph') {
      const skip = b.noteRefs.map((r) => ({ start: r.offset, end: r.offset + r.marker.length }));
      out.push({ id: b.id, text: b.text, terms: b.terms, skip });
    } else if (b.kind === 'figure') {
      if (options.photoDescriptions) {
        for (const p of b.photos) {
          out.push({ id: descriptionId(p.id), text: p.alt, terms: p.terms });
        }
      }
      out.push({ id: b.id, text: b.caption, terms: b.terms });
      if (b.credit !== null) {
        out.push({ id: creditId(b.id), text: b.credit, terms: b.creditTerms });
      }
    } else {
      out.push({ id: b.id, text: b.text, terms: b.terms });
    }
  }
  return out.filter((b) => b.text !== '');
}

/** White space (incl. no-break and zero-width), soft hyphens and the middle dots Korean text
 * writes between words ("한·일", "한ㆍ일", "한・일"): not part of what is compared. */
const IGNORED =
  /^[\s\u00AD\u200B-\u200D\u2060\uFEFF\u00B7\u0387\u2027\u2219\u22C5\u30FB\uFF65\u318D\u119E]$/u;
/** A character with its combining marks, or a run of conjoining Hangul jamo (one syllable). */
const CLUSTER = /[\u1100-\u115F]+[\u1160-\u11A7]*[\u11A8-\u11FF]*|\P{M}\p{M}*|\p{M}+/gsu;

interface Folded {
  /** The compared form: NFKC, lower case, without ignored characters. */
  chars: string;
  /** For each UTF-16 unit of `chars`, the [from, to) of the original character it came from. */
  from: number[];
  to: number[];
}

/** Folds a text for comparison, remembering where each folded character came from. */
export function fold(text: string, skip: readonly { start: number; end: number }[] = []): Folded {
  let chars = '';
  const from: number[] = [];
  const to: number[] = [];
  for (const m of text.matchAll(CLUSTER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some((s) => start < s.end && end > s.start)) continue;
    for (const ch of m[0].normalize('NFKC').toLowerCase()) {
      if (IGNORED.test(ch)) continue;
      chars += ch;
      for (let k = 0; k < ch.length; k++) {
        from.push(start);
        to.push(end);
      }
    }
  }
  return { chars, from, to };
}

/** Non-overlapping occurrences of `needle` (already folded), left to right, as original
 * offsets. */
function literal(haystack: Folded, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!needle) return out;
  for (let i = haystack.chars.indexOf(needle); i >= 0;) {
    out.push({ start: haystack.from[i] ?? 0, end: haystack.to[i + needle.length - 1] ?? 0 });
    i = haystack.chars.indexOf(needle, i + needle.length);
  }
  return out;
}

/** The glossary entry the query names in full — by its acronym, any written form, or its
 * Korean or English expansion — if any. */
export function termNamed(
  query: string,
  glossary: readonly GlossaryTerm[],
): GlossaryTerm | undefined {
  const q = fold(query).chars;
  if (!q) return undefined;
  return glossary.find((g) =>
    [g.term, ...g.forms, g.ko.expansion, g.en.expansion].some((name) => fold(name).chars === q),
  );
}

/**
 * Every match of `query` in `blocks`, in block order then text order. Literal matches ignore
 * spacing, middle dots, case and compatibility forms ("기관장 회의" finds "기관장회의", "한일"
 * finds "한·일", "kriss" finds "KRISS"). When the query names a glossary entry in full, every
 * occurrence of that acronym (from the article's term offsets, so "AI" is not found inside
 * "AIST") and every written-out expansion are matches too. Where two matches overlap, the one
 * starting first (then the longer) is kept. An empty query (or only spaces) matches nothing.
 */
export function findMatches(
  query: string,
  blocks: readonly FindBlock[],
  glossary: readonly GlossaryTerm[],
): FindMatch[] {
  const q = fold(query).chars;
  if (!q) return [];
  const term = termNamed(query, glossary);
  const needles = new Set([q]);
  if (term) {
    needles.add(fold(term.ko.expansion).chars);
    needles.add(fold(term.en.expansion).chars);
  }
  const out: FindMatch[] = [];
  for (const block of blocks) {
    const folded = fold(block.text, block.skip);
    const found = [...needles].flatMap((n) => literal(folded, n));
    if (term) {
      for (const ref of block.terms) {
        if (ref.termId === term.id) found.push({ start: ref.start, end: ref.end });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let last = -1;
    for (const m of found) {
      if (m.start < last) continue;
      out.push({ blockId: block.id, start: m.start, end: m.end });
      last = m.end;
    }
  }
  return out;
}
