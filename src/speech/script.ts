// The reading script: everything read-aloud says, in order, one item per sentence (pure).

import { rootOf } from '../article/ids.ts';
import { isNote, type Article, type Note, type Sentence, type TermRef } from '../article/model.ts';
import {
  speakNumbers,
  speakRange,
  spokenDateTime,
  type SpeakContext,
  type SpeechSpan,
} from './lexicon.ts';

export interface SpeechItem {
  /** Stable id (the sentence id from the article, e.g. "p-3.s-2"); saved as the listening position. */
  id: string;
  /** Id of the block it belongs to ("여기서부터 읽기" starts at a block). */
  blockId: string;
  /** What the view highlights: a `[data-s]` sentence, or an element id (photo, byline). */
  target: string;
  /** What the voice says. */
  say: string;
  /** Maps the voice's word boundaries back to the displayed sentence; empty when not shown. */
  spans: SpeechSpan[];
  /** `say` cut by language, in order, covering all of it: each chunk is one utterance (the
   * engine may cut a long one further at clause boundaries). */
  chunks: SpeechChunk[];
}

/** A stretch of `say` (UTF-16 offsets, end exclusive) spoken in one language. */
export interface SpeechChunk {
  start: number;
  end: number;
  /** 'ko': the Korean voice; 'en': an English voice when the device has one. */
  lang: 'ko' | 'en';
}

/** The whole of `say` as one Korean chunk. */
export const oneChunk = (say: string): SpeechChunk[] => [{ start: 0, end: say.length, lang: 'ko' }];

export interface ScriptOptions {
  photoDescriptions: boolean;
  footnotes: boolean;
  sayFullFirst: boolean;
}

/** Spoken labels; the article is Korean, so these are too whatever the interface language. */
const SAY = {
  byline: (author: string, date: string) => `${author} 작성, ${date}`,
  photo: '사진',
  description: '사진 설명',
  left: '왼쪽 사진 설명',
  right: '오른쪽 사진 설명',
  footnote: '각주',
};

export function buildScript(article: Article, options: ScriptOptions): SpeechItem[] {
  const ctx: SpeakContext = {
    glossary: new Map(article.glossary.map((g) => [g.id, g])),
    said: new Set(),
    sayFullFirst: options.sayFullFirst,
    footnotesRead: options.footnotes,
  };
  const items: SpeechItem[] = [];
  /** One item per sentence; `lead` (a label such as "각주: ") goes before the first. */
  const sentences = (
    blockId: string,
    text: string,
    list: readonly Sentence[],
    terms: readonly TermRef[],
    lead = '',
    target?: string,
  ) => {
    list.forEach((s, i) => {
      const spoken = speakRange(text, s.start, s.end, terms, ctx);
      if (!spoken.say) return;
      const label = i === 0 && lead ? `${lead}: ` : '';
      const spans = spoken.spans.map((sp) => ({
        ...sp,
        sayStart: sp.sayStart + label.length,
        sayEnd: sp.sayEnd + label.length,
        textStart: sp.textStart - s.start,
        textEnd: sp.textEnd - s.start,
      }));
      const say = label + spoken.say;
      items.push({
        id: s.id,
        blockId,
        target: target ?? s.id,
        say,
        spans,
        chunks: chunksOf(say, spans),
      });
    });
  };

  sentences('title', article.title, article.titleSentences, article.titleTerms);
  sentences('subtitle', article.subtitle, article.subtitleSentences, article.subtitleTerms);
  const date = spokenDateTime(article.published);
  if (date) {
    const say = SAY.byline(article.author, speakNumbers(date));
    items.push({
      id: 'byline',
      blockId: 'byline',
      target: 'byline',
      say,
      spans: [],
      chunks: oneChunk(say),
    });
  }

  const notes = new Map(article.blocks.filter(isNote).map((n) => [n.id, n]));
  const readNotes = new Set<string>();
  const note = (n: Note) => {
    if (!options.footnotes || readNotes.has(n.id)) return;
    readNotes.add(n.id);
    sentences(n.id, n.text, n.sentences, n.terms, SAY.footnote);
  };

  for (const block of article.blocks) {
    if (block.kind === 'paragraph') {
      sentences(block.id, block.text, block.sentences, block.terms);
      // A footnote is read right after the paragraph that points to it.
      for (const ref of block.noteRefs) {
        const n = notes.get(ref.noteId);
        if (n) note(n);
      }
    } else if (block.kind === 'note') {
      note(block);
    } else {
      sentences(block.id, block.caption, block.sentences, block.terms, SAY.photo);
      if (!options.photoDescriptions) continue;
      for (const photo of block.photos) {
        const label =
          photo.position === 'left'
            ? SAY.left
            : photo.position === 'right'
              ? SAY.right
              : SAY.description;
        // The description is shown inside the photo's frame (sentence by sentence) when the
        // reader shows descriptions; the view falls back to the photo when it is hidden.
        sentences(block.id, photo.alt, photo.sentences, photo.terms, label);
      }
    }
  }
  return items;
}

/** `say` cut where the language of its spans changes; spaces go with the chunk before. */
export function chunksOf(say: string, spans: readonly SpeechSpan[]): SpeechChunk[] {
  const chunks: SpeechChunk[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.lang === 'ko' || say.slice(s.sayStart, s.sayEnd).trim() === '') continue;
    // An English span: close the Korean before it, open an English chunk.
    if (s.sayStart > at) chunks.push({ start: at, end: s.sayStart, lang: 'ko' });
    const last = chunks.at(-1);
    if (last?.lang === 'en' && last.end === s.sayStart) last.end = s.sayEnd;
    else chunks.push({ start: s.sayStart, end: s.sayEnd, lang: 'en' });
    at = s.sayEnd;
  }
  if (at < say.length) chunks.push({ start: at, end: say.length, lang: 'ko' });
  // Every chunk starts with a word: spaces between two go with the one before.
  for (let i = 1; i < chunks.length; i++) {
    const c = chunks[i];
    const prev = chunks[i - 1];
    while (c && prev && c.start < c.end && /\s/.test(say[c.start] ?? '')) {
      c.start++;
      prev.end++;
    }
  }
  return chunks.length ? chunks : oneChunk(say);
}

/** Index of the item to start from for a saved sentence id or a block id; -1 if none. */
export function indexOf(items: readonly SpeechItem[], id: string): number {
  const exact = items.findIndex((it) => it.id === id);
  if (exact >= 0) return exact;
  // A sentence that no longer exists (content update, or a skipped description): start at its
  // block, or at the photo it described.
  const head = rootOf(id);
  return items.findIndex((it) => it.blockId === head || rootOf(it.target) === head);
}
