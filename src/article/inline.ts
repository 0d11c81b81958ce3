// Splits a block's text into sentences and the inline marks inside them (pure).

import type { NoteRef, Sentence } from './model.ts';

export type Piece = { type: 'text'; text: string } | { type: 'noteRef'; ref: NoteRef };

export interface SentenceRun {
  /** White space (or any text) between the previous sentence and this one. */
  gap: string;
  sentence: Sentence;
  pieces: Piece[];
}

export function sentenceRuns(
  text: string,
  sentences: readonly Sentence[],
  noteRefs: readonly NoteRef[] = [],
): { runs: SentenceRun[]; tail: string } {
  const runs: SentenceRun[] = [];
  let pos = 0;
  for (const sentence of sentences) {
    const gap = text.slice(pos, sentence.start);
    const pieces: Piece[] = [];
    let at = sentence.start;
    const refs = noteRefs
      .filter((r) => r.offset >= sentence.start && r.offset < sentence.end)
      .sort((a, b) => a.offset - b.offset);
    for (const ref of refs) {
      if (ref.offset > at) pieces.push({ type: 'text', text: text.slice(at, ref.offset) });
      pieces.push({ type: 'noteRef', ref });
      at = ref.offset + ref.marker.length;
    }
    if (at < sentence.end) pieces.push({ type: 'text', text: text.slice(at, sentence.end) });
    runs.push({ gap, sentence, pieces });
    pos = sentence.end;
  }
  return { runs, tail: text.slice(pos) };
}
