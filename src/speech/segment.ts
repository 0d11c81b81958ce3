// Sentence segmentation with Intl.Segmenter, shared by the parser (sentence ids) and read-aloud.

import type { Sentence } from '../article/model.ts';

/**
 * Abbreviations after which ICU's sentence rules break but a reader would not
 * ("Dr. Takashi Usuda" is one name). Matched case-sensitively at a segment's end.
 */
const NON_TERMINAL = /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Prof|St|No|Vol|vs|etc|e\.g|i\.e)\.\s*$/;

let segmenter: Intl.Segmenter | undefined;

/** Splits `text` into sentences; offsets exclude surrounding white space. */
export function segmentSentences(text: string, blockId: string): Sentence[] {
  segmenter ??= new Intl.Segmenter('ko', { granularity: 'sentence' });
  const spans: { start: number; end: number }[] = [];
  let glue = false;
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (body === '') continue;
    const start = index + lead;
    const end = start + body.length;
    const last = spans.at(-1);
    if (glue && last) last.end = end;
    else spans.push({ start, end });
    glue = NON_TERMINAL.test(segment);
  }
  return spans.map((s, i) => ({ id: `${blockId}.s-${i + 1}`, start: s.start, end: s.end }));
}
