// Splits a block's text into sentences and the inline marks inside them (pure).

import type { LangSpan, NoteRef, Sentence, TermRef } from './model.ts';

export type Piece =
  | { type: 'text'; text: string }
  /** A stretch in another language (an English phrase): shown with its `lang`. Acronyms inside
   * it are part of the phrase. */
  | { type: 'foreign'; lang: string; text: string }
  | { type: 'noteRef'; ref: NoteRef }
  | { type: 'term'; ref: TermRef; text: string };

export interface SentenceRun {
  /** White space (or any text) between the previous sentence and this one. */
  gap: string;
  sentence: Sentence;
  pieces: Piece[];
}

type Mark = { start: number; end: number; piece: Piece };

function marksOf(
  text: string,
  noteRefs: readonly NoteRef[],
  terms: readonly TermRef[],
  foreign: readonly LangSpan[] = [],
): Mark[] {
  // An acronym inside an English phrase ("Quantum-AI") stays its own mark: the phrase is cut
  // around it.
  const inner = [
    ...terms,
    ...noteRefs.map((r) => ({ start: r.offset, end: r.offset + r.marker.length })),
  ];
  const cuts = foreign.flatMap((span) => {
    const parts: { start: number; end: number }[] = [];
    let at = span.start;
    for (const t of inner
      .filter((x) => x.start >= span.start && x.end <= span.end)
      .sort((x, y) => x.start - y.start)) {
      if (t.start > at) parts.push({ start: at, end: t.start });
      at = Math.max(at, t.end);
    }
    if (at < span.end) parts.push({ start: at, end: span.end });
    return parts.map((p) => ({ ...p, lang: span.lang }));
  });
  return [
    ...cuts.map((span) => ({
      start: span.start,
      end: span.end,
      piece: { type: 'foreign', lang: span.lang, text: text.slice(span.start, span.end) } as const,
    })),
    ...noteRefs.map((ref) => ({
      start: ref.offset,
      end: ref.offset + ref.marker.length,
      piece: { type: 'noteRef', ref } as const,
    })),
    ...terms.map((ref) => ({
      start: ref.start,
      end: ref.end,
      piece: { type: 'term', ref, text: text.slice(ref.start, ref.end) } as const,
    })),
    // At the same start the longer mark wins (an English phrase over an acronym inside it).
  ].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Pieces of text[start, end): plain text between the marks that fall inside the range. */
export function pieces(text: string, start: number, end: number, marks: readonly Mark[]): Piece[] {
  const out: Piece[] = [];
  let at = start;
  for (const m of marks) {
    if (m.start < at || m.end > end) continue;
    if (m.start > at) out.push({ type: 'text', text: text.slice(at, m.start) });
    out.push(m.piece);
    at = m.end;
  }
  if (at < end) out.push({ type: 'text', text: text.slice(at, end) });
  return out;
}

export function sentenceRuns(
  text: string,
  sentences: readonly Sentence[],
  noteRefs: readonly NoteRef[] = [],
  terms: readonly TermRef[] = [],
  foreign: readonly LangSpan[] = [],
): { runs: SentenceRun[]; tail: string } {
  const marks = marksOf(text, noteRefs, terms, foreign);
  const runs: SentenceRun[] = [];
  let pos = 0;
  for (const sentence of sentences) {
    runs.push({
      gap: text.slice(pos, sentence.start),
      sentence,
      pieces: pieces(text, sentence.start, sentence.end, marks),
    });
    pos = sentence.end;
  }
  return { runs, tail: text.slice(pos) };
}

/** Text without sentences (e.g. a photo credit) split around its terms. */
export function termPieces(text: string, terms: readonly TermRef[]): Piece[] {
  return pieces(text, 0, text.length, marksOf(text, [], terms));
}

/** What may not start a line when it follows an inline mark: a Korean particle or ending
 * ("KRISS의", "G-QuAT**와의") or closing punctuation ("(DX)과", "‘한일 기관장회의’)"). */
const GLUED = /^[가-힣)\]’”.,!?]+/;

/** A piece with the text glued to its end, for marks (terms, footnote markers). */
export type GluedPiece = Piece & { tail?: string };

/**
 * Moves the start of a text piece that may not begin a line (see GLUED) onto the mark before
 * it as its `tail`, so the view can keep the two on one line: an element boundary is a line
 * break opportunity between a closing parenthesis and Hangul, and `word-break: keep-all` does
 * not hold across it (CSS Text 3, UAX #14 LB30).
 */
export function glueTails(list: readonly Piece[]): GluedPiece[] {
  const out: GluedPiece[] = [];
  for (const piece of list) {
    const prev = out.at(-1);
    if (piece.type === 'text' && prev && prev.type !== 'text' && prev.type !== 'foreign') {
      const [glued] = GLUED.exec(piece.text) ?? [''];
      if (glued) {
        out[out.length - 1] = { ...prev, tail: glued };
        const rest = piece.text.slice(glued.length);
        if (rest) out.push({ type: 'text', text: rest });
        continue;
      }
    }
    out.push(piece);
  }
  return out;
}

/**
 * Joins inside plain text that a line may not break at, each held as one short unbreakable run:
 * a closing mark and the Korean syllable after it ("Package)를" — UAX #14 lets a line break
 * between a closing parenthesis and Hangul, and `keep-all` does not stop it), an opening quote
 * and what follows it ("‘한일"), and a middle dot between syllables ("한·일"). Only the two or
 * three characters at the join are held: a longer unbreakable run could stick out of a narrow
 * screen at a large text size.
 */
const HELD = /[)\]’”][가-힣]|[‘“][^\s‘“]|[가-힣](?:·[가-힣])+/g;

/** `text` cut into runs; `held` runs are the joins above. */
export function holdJoins(text: string): { text: string; held: boolean }[] {
  const out: { text: string; held: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(HELD)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), held: false });
    out.push({ text: m[0], held: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), held: false });
  return out;
}
