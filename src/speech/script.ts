// The reading script: everything read-aloud says, in order, one item per sentence (pure).

import type { Article, Note, Sentence, TermRef } from '../article/model.ts';
import { findTerms } from '../glossary/match.ts';
import { segmentSentences } from './segment.ts';
import { speakRange, spokenDateTime, type SpeakContext, type SpeechSpan } from './lexicon.ts';

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
  };
  const items: SpeechItem[] = [];
  const sentences = (
    blockId: string,
    text: string,
    list: readonly Sentence[],
    terms: readonly TermRef[],
    prefix = '',
  ) => {
    list.forEach((s, i) => {
      const spoken = speakRange(text, s.start, s.end, terms, ctx);
      if (!spoken.say) return;
      const lead = i === 0 && prefix ? `${prefix}: ` : '';
      items.push({
        id: s.id,
        blockId,
        target: s.id,
        say: lead + spoken.say,
        chunks: oneChunk(lead + spoken.say),
        spans: spoken.spans.map((sp) => ({
          ...sp,
          sayStart: sp.sayStart + lead.length,
          sayEnd: sp.sayEnd + lead.length,
          textStart: sp.textStart - s.start,
          textEnd: sp.textEnd - s.start,
        })),
      });
    });
  };

  sentences('title', article.title, article.titleSentences, article.titleTerms);
  sentences('subtitle', article.subtitle, article.subtitleSentences, article.subtitleTerms);
  const date = spokenDateTime(article.published);
  if (date) {
    items.push({
      id: 'byline',
      blockId: 'byline',
      target: 'byline',
      say: SAY.byline(article.author, date),
      chunks: oneChunk(SAY.byline(article.author, date)),
      spans: [],
    });
  }

  const notes = new Map(
    article.blocks.filter((b): b is Note => b.kind === 'note').map((n) => [n.id, n]),
  );
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
        const altTerms = findTerms(photo.alt, article.glossary);
        segmentSentences(photo.alt, `${photo.id}.desc`).forEach((s, i) => {
          const spoken = speakRange(photo.alt, s.start, s.end, altTerms, ctx);
          items.push({
            id: s.id,
            blockId: block.id,
            target: photo.id,
            say: (i === 0 ? `${label}: ` : '') + spoken.say,
            chunks: oneChunk((i === 0 ? `${label}: ` : '') + spoken.say),
            spans: [],
          });
        });
      }
    }
  }
  return items;
}

/** Index of the item to start from for a saved sentence id or a block id; -1 if none. */
export function indexOf(items: readonly SpeechItem[], id: string): number {
  const exact = items.findIndex((it) => it.id === id);
  if (exact >= 0) return exact;
  // A sentence that no longer exists (content update, or a skipped description): start at its
  // block, or at the photo it described.
  const head = id.split('.')[0];
  return items.findIndex((it) => it.blockId === head || it.target === head);
}
