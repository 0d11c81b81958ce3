// The typed article model shared by the content build, storage and the view.

import type { GlossaryTerm } from '../glossary/model.ts';
import type { LangSpan } from './lang.ts';

export type { LangSpan };

/** Bumped when the shape of `Article` changes; stored records with another value are rebuilt.
 * 2: photos carry their description's sentences and terms. 3: texts carry their English
 * stretches (`foreign`, `titleForeign`, `subtitleForeign`). */
export const ARTICLE_SCHEMA_VERSION = 3;

/** A sentence inside a block: offsets into the block's text, id `<blockId>.s-<n>`. */
export interface Sentence {
  id: string;
  start: number;
  end: number;
}

/** A footnote marker (`*`, `**`) inside a paragraph, pointing at its note. */
export interface NoteRef {
  noteId: string;
  marker: string;
  /** Offset of the marker's first character in the paragraph text. */
  offset: number;
  /** The term the marker follows, e.g. "NMIJ". */
  term: string;
}

/** A glossary term occurring in a text: offsets into that text. */
export interface TermRef {
  termId: string;
  start: number;
  end: number;
}

export interface Paragraph {
  kind: 'paragraph';
  id: string;
  /** 1-based reference number shown on demand and used in `#p-N`. */
  n: number;
  text: string;
  sentences: Sentence[];
  noteRefs: NoteRef[];
  terms: TermRef[];
  /** English stretches, marked `lang="en"` (WCAG 3.1.2). */
  foreign: LangSpan[];
}

export interface Photo {
  id: string;
  /** Which part of a composite caption this photo is, if any. */
  position: 'single' | 'left' | 'right';
  /** The caption text that belongs to this photo alone. */
  caption: string;
  /** Editorial description (alt text): what the photo shows, plain Korean. */
  alt: string;
  /** The description's sentences (ids `photo-N.desc.s-K`), found at build time like every
   * other text's: the browser never segments. (Added in schema version 2.) */
  sentences: Sentence[];
  /** Glossary terms in the description (offsets into `alt`). */
  terms: TermRef[];
  /** Stand-in image shown because the original photo file is not part of the source. */
  src: string;
}

export interface Figure {
  kind: 'figure';
  id: string;
  n: number;
  /** The caption as published, without the leading "▲". */
  caption: string;
  sentences: Sentence[];
  terms: TermRef[];
  /** English stretches of the caption. */
  foreign: LangSpan[];
  /** e.g. "ⓒKRISS-NMIJ Summit 2024", or null when the source gives none. */
  credit: string | null;
  creditTerms: TermRef[];
  photos: Photo[];
}

export interface Note {
  kind: 'note';
  id: string;
  n: number;
  marker: string;
  /** The term the note defines, e.g. "NMIJ". */
  term: string;
  /** The note as published, without its leading marker. */
  text: string;
  sentences: Sentence[];
  terms: TermRef[];
  /** English stretches ("National Metrology Institute of Japan"). */
  foreign: LangSpan[];
  /** Id of the paragraph whose marker points here. */
  refBlockId: string;
}

export type Block = Paragraph | Figure | Note;

export interface Article {
  schemaVersion: number;
  id: string;
  /** Content hash of source + editorial layer; changes whenever what readers see changes. */
  hash: string;
  lang: string;
  section: string;
  title: string;
  titleSentences: Sentence[];
  titleTerms: TermRef[];
  titleForeign: LangSpan[];
  author: string;
  /** ISO 8601 with the publisher's offset, e.g. 2024-08-23T15:47:00+09:00. */
  published: string;
  views: number;
  subtitle: string;
  subtitleSentences: Sentence[];
  subtitleTerms: TermRef[];
  subtitleForeign: LangSpan[];
  /** Body in document order: paragraphs, figures and notes. */
  blocks: Block[];
  /** The glossary entries used in this article (content/glossary.json). */
  glossary: GlossaryTerm[];
}

/** Editorial layer beside the verbatim source (content/posts/<id>/edition.json). */
export interface Edition {
  id: string;
  lang: string;
  /** Text the scrape glued in front of the title (e.g. "TOP"). */
  titlePrefix: string;
  /** Lines that are site chrome, not article text; dropped wherever they occur. */
  chrome: string[];
  /** UTC offset of the publisher's local time for the date line, e.g. "+09:00". */
  timezoneOffset: string;
  photos: { caption: string; alt: string }[];
}

export const isParagraph = (b: Block): b is Paragraph => b.kind === 'paragraph';
export const isFigure = (b: Block): b is Figure => b.kind === 'figure';
export const isNote = (b: Block): b is Note => b.kind === 'note';
