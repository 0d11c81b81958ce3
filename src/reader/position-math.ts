// Where the reader is in the post (pure): paragraph n of N, the share read, the time left.
// The view measures the blocks (src/reader/WhereReadout.tsx); this module only counts.

import type { Article } from '../article/model.ts';
import { CHARS_PER_SECOND } from '../speech/pieces.ts';

/** One body block (paragraph, figure, footnote) in document order. */
export interface BlockMeasure {
  id: string;
  /** The paragraph number shown for it: its own for a paragraph, else the last paragraph before
   * it (a photo or footnote counts as part of the paragraph it follows); 0 before any. */
  paragraph: number;
  /** Characters of text it shows: the paragraph or footnote text, a figure's caption and its
   * photo descriptions (UTF-16 code units; spaces count). */
  chars: number;
}

/** The post's body blocks with their paragraph number and length. */
export function measureBlocks(article: Article): BlockMeasure[] {
  let paragraph = 0;
  return article.blocks.map((b) => {
    if (b.kind === 'paragraph') paragraph = b.n;
    const chars =
      b.kind === 'figure'
        ? b.caption.length + b.photos.reduce((sum, p) => sum + p.alt.length, 0)
        : b.text.length;
    return { id: b.id, paragraph, chars };
  });
}

/** A place in the body: block `index` (-1: still at the headline, before the body) and the
 * share of that block already passed, 0–1. */
export interface Place {
  index: number;
  within: number;
}

/** Vertical extent of a block on screen, in CSS px from the top of the viewport. */
export interface Extent {
  top: number;
  bottom: number;
}

/**
 * The place from the blocks' extents: the first block whose lower edge is below `readingTop`
 * (the top of the reading area, as `currentBlockId` in src/app/position.ts), with the share of
 * it scrolled above that line. Before the body (its first block starts below `readingTop`) the
 * place is the headline. When `atEnd` (the end of the post is in view, so it can scroll no
 * further) the place is the end of the last block.
 */
export function placeFromLayout(
  extents: readonly Extent[],
  readingTop: number,
  atEnd = false,
): Place {
  if (extents.length === 0) return { index: -1, within: 0 };
  if (atEnd) return { index: extents.length - 1, within: 1 };
  const first = extents[0];
  if (first && first.top >= readingTop) return { index: -1, within: 0 };
  for (let i = 0; i < extents.length; i++) {
    const e = extents[i];
    if (!e || e.bottom <= readingTop) continue;
    const height = e.bottom - e.top;
    const within = height > 0 ? Math.min(1, Math.max(0, (readingTop - e.top) / height)) : 0;
    return { index: i, within };
  }
  return { index: extents.length - 1, within: 1 };
}

/** Where the reader is, as the readout shows it. */
export interface Position {
  /** 0 at the headline; else the paragraph number of the current block (BlockMeasure). */
  paragraph: number;
  /** Paragraphs in the post (figures and footnotes are not counted: they have no number). */
  paragraphs: number;
  /** Share of the body's characters before the place, 0–100, rounded down (100 only at the
   * very end). */
  percent: number;
}

/** Paragraph n of N and the percentage read, by characters, at `place`. */
export function positionAt(blocks: readonly BlockMeasure[], place: Place): Position {
  const paragraphs = blocks.reduce((max, b) => Math.max(max, b.paragraph), 0);
  const total = blocks.reduce((sum, b) => sum + b.chars, 0);
  const current = blocks[place.index];
  if (!current || total === 0) return { paragraph: 0, paragraphs, percent: 0 };
  let before = 0;
  for (let i = 0; i < place.index; i++) before += blocks[i]?.chars ?? 0;
  const read = before + current.chars * Math.min(1, Math.max(0, place.within));
  return {
    paragraph: Math.max(1, current.paragraph),
    paragraphs,
    percent: Math.min(100, Math.floor((read / total) * 100)),
  };
}

/** The place of a sentence being read aloud: its block and the share of the block's text
 * before the sentence (`offset` characters into a block of `chars`). -1 for a sentence outside
 * the body (headline, byline). */
export function placeOfBlock(blocks: readonly BlockMeasure[], blockId: string, offset = 0): Place {
  const index = blocks.findIndex((b) => b.id === blockId);
  const chars = blocks[index]?.chars ?? 0;
  return { index, within: index >= 0 && chars > 0 ? Math.min(1, offset / chars) : 0 };
}

/** Characters still to be said from item `index` on (the current item counts whole). */
export function remainingChars(lengths: readonly number[], index: number): number {
  let sum = 0;
  for (let i = Math.max(0, index); i < lengths.length; i++) sum += lengths[i] ?? 0;
  return sum;
}

/** Seconds it takes to say `chars` characters at `rate` (1 = normal): chars ÷ (8 chars/s ×
 * rate), the estimate the engine's watchdog uses (src/speech/pieces.ts). */
export function secondsToSay(chars: number, rate: number): number {
  return chars / (CHARS_PER_SECOND * Math.max(rate, 0.1));
}

/** Whole minutes to show for `seconds` left ("about 3 minutes" for 2 min 40 s), rounded to
 * the nearest; 0 means under a minute. */
export function minutesLeft(seconds: number): number {
  return seconds < 60 ? 0 : Math.round(seconds / 60);
}

/** For each body sentence id, how many characters of its block come before it (a figure's
 * caption, then its photo descriptions one after the other, as measureBlocks counts them). */
export function sentenceOffsets(article: Article): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of article.blocks) {
    if (b.kind !== 'figure') {
      for (const s of b.sentences) out.set(s.id, s.start);
      continue;
    }
    for (const s of b.sentences) out.set(s.id, s.start);
    let at = b.caption.length;
    for (const p of b.photos) {
      for (const s of p.sentences) out.set(s.id, at + s.start);
      at += p.alt.length;
    }
  }
  return out;
}
