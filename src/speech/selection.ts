// "선택 부분 읽기": the speech for a stretch of text the reader selected (pure). Same lexicon as
// the whole reading (speakRange), sentence by sentence, so the highlight follows as usual.

import type { Article, Sentence, TermRef } from '../article/model.ts';
import { speakRange, type SpeakContext } from './lexicon.ts';
import { chunksOf, type SpeechItem } from './script.ts';

/** A point in the displayed text: a sentence id and a character offset inside that sentence
 * (UTF-16, 0 = its start; larger than its length = its end). */
export interface TextPoint {
  id: string;
  offset: number;
}

interface Source {
  blockId: string;
  text: string;
  sentence: Sentence;
  terms: readonly TermRef[];
}

/** Every sentence of the post in document order (as displayed, not as read aloud: a footnote
 * stays where it is printed), with the text and terms it belongs to. */
export function sentencesInOrder(article: Article): Source[] {
  const out: Source[] = [];
  const add = (
    blockId: string,
    text: string,
    list: readonly Sentence[],
    terms: readonly TermRef[],
  ) => {
    for (const sentence of list) out.push({ blockId, text, sentence, terms });
  };
  add('title', article.title, article.titleSentences, article.titleTerms);
  add('subtitle', article.subtitle, article.subtitleSentences, article.subtitleTerms);
  for (const b of article.blocks) {
    if (b.kind === 'figure') {
      add(b.id, b.caption, b.sentences, b.terms);
      for (const p of b.photos) add(b.id, p.alt, p.sentences, p.terms);
    } else add(b.id, b.text, b.sentences, b.terms);
  }
  return out;
}

/**
 * What to say for the text from `from` to `to` (inclusive sentences, in document order; the
 * two are swapped when given backwards): one item per sentence, the first and last cut to the
 * selected part. Ids and targets are the sentence ids (the highlight follows them). Acronyms
 * are said as in the whole reading, the first one in the selection with its meaning when
 * `sayFullFirst`. Empty when a point is not a sentence of the post or nothing but spaces is
 * selected.
 */
export function selectionScript(
  article: Article,
  from: TextPoint,
  to: TextPoint,
  sayFullFirst: boolean,
): SpeechItem[] {
  const all = sentencesInOrder(article);
  let a = all.findIndex((s) => s.sentence.id === from.id);
  let b = all.findIndex((s) => s.sentence.id === to.id);
  if (a < 0 || b < 0) return [];
  let start = from.offset;
  let end = to.offset;
  if (a > b || (a === b && start > end)) {
    [a, b] = [b, a];
    [start, end] = [end, start];
  }
  const ctx: SpeakContext = {
    glossary: new Map(article.glossary.map((g) => [g.id, g])),
    said: new Set(),
    sayFullFirst,
  };
  const items: SpeechItem[] = [];
  for (let k = a; k <= b; k++) {
    const src = all[k];
    if (!src) continue;
    const s = src.sentence;
    const lo = k === a ? Math.min(s.end, s.start + Math.max(0, start)) : s.start;
    const hi = k === b ? Math.min(s.end, s.start + Math.max(0, end)) : s.end;
    if (hi <= lo) continue;
    const spoken = speakRange(src.text, lo, hi, src.terms, ctx);
    if (!spoken.say.trim()) continue;
    // Spans map to offsets inside the sentence, as the highlight expects (script.ts).
    const spans = spoken.spans.map((sp) => ({
      ...sp,
      textStart: sp.textStart - s.start,
      textEnd: sp.textEnd - s.start,
    }));
    items.push({
      id: s.id,
      blockId: src.blockId,
      target: s.id,
      say: spoken.say,
      spans,
      chunks: chunksOf(spoken.say, spans),
    });
  }
  return items;
}
