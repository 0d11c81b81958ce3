// Where a highlight is, kept across content updates (pure). An anchor stores the stable
// sentence ids and character offsets inside those sentences, and also the exact quoted text
// with a little context on either side (like the W3C Web Annotation TextQuoteSelector). On
// load the ids and offsets are tried first; if the text there is no longer the quote, the quote
// is searched for in the post (the old sentence and block preferred, the context deciding
// between repeats); if it is nowhere, the highlight is "lost" — still listed, flagged.

import { blockOfSentence } from '../article/ids.ts';
import type { Block, Sentence } from '../article/model.ts';

/** A place in the post: UTF-16 offset inside sentence `s` (`p-3.s-2`), 0 … its length. */
export interface TextPoint {
  s: string;
  offset: number;
}

export interface TextAnchor {
  start: TextPoint;
  /** Exclusive end. */
  end: TextPoint;
  /** The highlighted text exactly as it was (the post's text, without inserted expansions). */
  quote: string;
  /** Up to CONTEXT characters before and after the quote, for telling repeats apart. */
  prefix: string;
  suffix: string;
}

/** Characters of context kept on either side of a quote. */
export const CONTEXT = 32;

interface Unit {
  /** Block id: `p-3`, `fig-1` (its caption), `note-1`. */
  block: string;
  /** Offset of the block's text in the corpus. */
  base: number;
  text: string;
  sentences: readonly Sentence[];
}

/** The post's body text as one string (blocks joined by a blank line), with every sentence's
 * place in it. Only the body counts: the title and byline are not highlighted. */
export interface Corpus {
  text: string;
  units: Unit[];
  /** Sentence id → [corpus start, corpus end). */
  sentences: Map<string, { start: number; end: number; block: string }>;
}

const JOIN = '\n\n';

export function corpusOf(article: { blocks: readonly Block[] }): Corpus {
  const units: Unit[] = [];
  const sentences = new Map<string, { start: number; end: number; block: string }>();
  let text = '';
  for (const b of article.blocks) {
    const own = b.kind === 'figure' ? b.caption : b.text;
    if (text) text += JOIN;
    const base = text.length;
    text += own;
    units.push({ block: b.id, base, text: own, sentences: b.sentences });
    for (const s of b.sentences) {
      sentences.set(s.id, { start: base + s.start, end: base + s.end, block: b.id });
    }
  }
  return { text, units, sentences };
}

/** The corpus offset of a point, or null when the sentence is gone or too short now. */
export function offsetOf(c: Corpus, p: TextPoint): number | null {
  const s = c.sentences.get(p.s);
  if (!s || !Number.isInteger(p.offset) || p.offset < 0 || s.start + p.offset > s.end) return null;
  return s.start + p.offset;
}

/** The point for a corpus offset: inside the sentence that holds it; an offset between
 * sentences moves forward to the next sentence's start (`end` false) or back to the previous
 * one's end (`end` true). Null when there is no sentence that way. */
export function pointAt(c: Corpus, at: number, end = false): TextPoint | null {
  let before: TextPoint | null = null;
  for (const [id, s] of c.sentences) {
    if (end ? at > s.start && at <= s.end : at >= s.start && at < s.end) {
      return { s: id, offset: at - s.start };
    }
    if (s.start >= at && !end) return { s: id, offset: 0 };
    if (s.end <= at) before = { s: id, offset: s.end - s.start };
  }
  return end ? before : null;
}

/** Anchor for the text between two points; null when empty or reversed. */
export function makeAnchor(c: Corpus, start: TextPoint, end: TextPoint): TextAnchor | null {
  const from = offsetOf(c, start);
  const to = offsetOf(c, end);
  if (from === null || to === null || to <= from) return null;
  return {
    start,
    end,
    quote: c.text.slice(from, to),
    prefix: c.text.slice(Math.max(0, from - CONTEXT), from),
    suffix: c.text.slice(to, to + CONTEXT),
  };
}

/** Anchor for a whole sentence. */
export function sentenceAnchor(c: Corpus, id: string): TextAnchor | null {
  const s = c.sentences.get(id);
  return s ? makeAnchor(c, { s: id, offset: 0 }, { s: id, offset: s.end - s.start }) : null;
}

export type Resolved =
  | {
      /** 'exact': found where it was stored; 'moved': found by its text elsewhere. */
      status: 'exact' | 'moved';
      from: number;
      to: number;
      /** The block the highlight starts in. */
      block: string;
      /** The anchor as it is now (new ids and offsets; the same quote). */
      anchor: TextAnchor;
    }
  | { status: 'lost' };

const commonSuffix = (a: string, b: string): number => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
};
const commonPrefix = (a: string, b: string): number => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/** Every place the quote occurs: exactly, else with spacing ignored (Korean spacing is often
 * corrected between editions: "한 일" ↔ "한일"). */
function occurrencesOf(text: string, quote: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    out.push({ from: i, to: i + quote.length });
  }
  if (out.length > 0) return out;
  const chars = Array.from(quote.replace(/\s+/g, ''));
  if (chars.length === 0) return out;
  const pattern = chars.map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
  for (const m of text.matchAll(new RegExp(pattern, 'gu'))) {
    out.push({ from: m.index, to: m.index + m[0].length });
  }
  return out;
}

function blockAt(c: Corpus, at: number): string | null {
  let found: string | null = null;
  for (const u of c.units) if (u.base <= at) found = u.block;
  return found;
}

function resolvedAt(c: Corpus, from: number, to: number, status: 'exact' | 'moved'): Resolved {
  const start = pointAt(c, from);
  const end = pointAt(c, to, true);
  const block = blockAt(c, from);
  if (!start || !end || block === null) return { status: 'lost' };
  return {
    status,
    from,
    to,
    block,
    anchor: {
      start,
      end,
      quote: c.text.slice(from, to),
      prefix: c.text.slice(Math.max(0, from - CONTEXT), from),
      suffix: c.text.slice(to, to + CONTEXT),
    },
  };
}

/** Finds the anchor in the (possibly changed) post: see the top of this file. */
export function resolveAnchor(c: Corpus, a: TextAnchor): Resolved {
  const from = offsetOf(c, a.start);
  const to = offsetOf(c, a.end);
  if (from !== null && to !== null && to > from && c.text.slice(from, to) === a.quote) {
    return resolvedAt(c, from, to, 'exact');
  }
  if (!a.quote.trim()) return { status: 'lost' };
  const oldSentence = c.sentences.get(a.start.s);
  const oldBlock = blockOfSentence(a.start.s);
  let best: { from: number; to: number; score: number } | null = null;
  for (const o of occurrencesOf(c.text, a.quote)) {
    const context =
      commonSuffix(c.text.slice(Math.max(0, o.from - CONTEXT), o.from), a.prefix) +
      commonPrefix(c.text.slice(o.to, o.to + CONTEXT), a.suffix);
    const inSentence = oldSentence && o.from >= oldSentence.start && o.from < oldSentence.end;
    const inBlock = blockAt(c, o.from) === oldBlock;
    // The context decides (ids shift when paragraphs are added); the old sentence, then the
    // old block, break near-ties.
    const score = 2 * context + (inSentence ? 8 : 0) + (inBlock ? 4 : 0);
    if (!best || score > best.score) best = { ...o, score };
  }
  return best ? resolvedAt(c, best.from, best.to, 'moved') : { status: 'lost' };
}

/** The sentences a corpus range covers, with offsets inside each (for drawing it). */
export function sentenceSpans(
  c: Corpus,
  from: number,
  to: number,
): { s: string; start: number; end: number }[] {
  const out: { s: string; start: number; end: number }[] = [];
  for (const [id, s] of c.sentences) {
    const a = Math.max(from, s.start);
    const b = Math.min(to, s.end);
    if (b > a) out.push({ s: id, start: a - s.start, end: b - s.start });
  }
  return out;
}
