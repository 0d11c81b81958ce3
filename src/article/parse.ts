// Pure parser: the scraped source text plus its editorial layer become a typed Article.

import { findTerms } from '../glossary/match.ts';
import type { GlossaryTerm } from '../glossary/model.ts';
import { blockId, descriptionId, photoId } from './ids.ts';
import { englishSpans, knownForms } from './lang.ts';
import { segmentSentences } from '../speech/segment.ts';
import {
  ARTICLE_SCHEMA_VERSION,
  type Article,
  type Block,
  type Edition,
  type Figure,
  type Note,
  type Paragraph,
  type Photo,
} from './model.ts';

export type ParseErrorCode =
  | 'empty'
  | 'missing-title'
  | 'missing-meta'
  | 'bad-date'
  | 'bad-views'
  | 'orphan-credit'
  | 'orphan-note'
  | 'missing-alt'
  | 'bad-alt'
  | 'unused-alt'
  | 'bad-edition';

/** The only error the parser throws: a code for programs, a message (and line) for people. */
export class ParseError extends Error {
  override name = 'ParseError';
  constructor(
    readonly code: ParseErrorCode,
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
  }
}

const META = {
  author: '- 작성자',
  date: '- 작성일자',
  views: '- 조회수',
} as const;

const CAPTION = /^▲\s*(.*)$/;
const CREDIT = /^\((ⓒ[^)]*)\)$/;
const NOTE = /^(\*+)\s*(.+)$/;
// Captures start and end on a non-space, so a long run of spaces cannot make these
// backtrack quadratically (`(.+?)\s+` tries every split of the run).
const SUBTITLE = /^-\s+(\S(?:.*\S)?)\s+-$/;
const COMPOSITE = /^\(좌\)\s*(\S(?:.*?\S)??)\s*\/\s*\(우\)\s*(.+)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;
const OFFSET = /^[+-]\d{2}:\d{2}$/;

interface Line {
  text: string;
  /** 1-based line number in the source, for error messages. */
  no: number;
}

export interface ParseOptions {
  /** Content hash of source + edition (computed by the caller, which has a hash function). */
  hash: string;
  /** URL of the stand-in image shown in each photo slot. */
  standIn: string;
  /** Glossary terms to mark in every text (none when omitted). */
  terms?: readonly GlossaryTerm[];
}

export function parseArticle(source: string, edition: Edition, options: ParseOptions): Article {
  // Checked at run time too: the edition is JSON from disk.
  checkEdition(edition);
  const lines: Line[] = source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ text: text.trim(), no: i + 1 }))
    .filter((l) => l.text !== '' && !edition.chrome.some((c) => l.text.startsWith(c)));
  if (lines.length === 0) throw new ParseError('empty', 'the source text is empty');
  const glossary = options.terms ?? [];
  const terms = (text: string) => findTerms(text, glossary);
  const known = knownForms(glossary);
  const foreign = (text: string) => englishSpans(text, known);

  let i = 0;
  const next = (): Line | undefined => lines[i];

  const section = lines[i++]?.text ?? '';
  const titleLine = lines[i++];
  if (!titleLine || titleLine.text.startsWith('- ')) {
    throw new ParseError('missing-title', 'no title line after the section label', titleLine?.no);
  }
  const title = titleLine.text.startsWith(edition.titlePrefix)
    ? titleLine.text.slice(edition.titlePrefix.length).trim()
    : titleLine.text;
  if (title === '') throw new ParseError('missing-title', 'the title is empty', titleLine.no);

  const meta: Partial<Record<keyof typeof META, Line>> = {};
  for (let l = next(); l; l = next()) {
    const key = (Object.keys(META) as (keyof typeof META)[]).find((k) =>
      l.text.startsWith(META[k]),
    );
    if (!key) break;
    meta[key] = { text: l.text.slice(META[key].length).trim(), no: l.no };
    i++;
  }
  for (const key of Object.keys(META) as (keyof typeof META)[]) {
    if (!meta[key]?.text) {
      throw new ParseError('missing-meta', `missing "${META[key]}" line`, lines[i]?.no);
    }
  }
  const author = meta.author?.text ?? '';
  const published = toIsoDate(meta.date as Line, edition.timezoneOffset);
  const views = toCount(meta.views as Line);

  let subtitle = '';
  const sub = next() && SUBTITLE.exec(next()?.text ?? '');
  if (sub?.[1]) {
    subtitle = sub[1];
    i++;
  }

  const blocks: Block[] = [];
  const paragraphs: Paragraph[] = [];
  const alts = new Map(edition.photos.map((p) => [p.caption, p.alt]));
  const usedAlts = new Set<string>();
  let figureCount = 0;
  let photoCount = 0;
  let noteCount = 0;

  const photo = (caption: string, position: Photo['position'], no: number): Photo => {
    const alt = alts.get(caption)?.trim();
    if (!alt) {
      throw new ParseError('missing-alt', `no alt text in the edition for "${caption}"`, no);
    }
    const problem = altProblem(alt, caption);
    if (problem) throw new ParseError('bad-alt', `alt text for "${caption}" ${problem}`, no);
    usedAlts.add(caption);
    photoCount++;
    const id = photoId(photoCount);
    return {
      id,
      position,
      caption,
      alt,
      sentences: segmentSentences(alt, descriptionId(id)),
      terms: terms(alt),
      src: options.standIn,
    };
  };

  for (let l = next(); l; l = next()) {
    i++;
    const cap = CAPTION.exec(l.text);
    if (cap) {
      const caption = cap[1] ?? '';
      const id = blockId('fig', ++figureCount);
      const both = COMPOSITE.exec(caption);
      const photos =
        both?.[1] && both[2]
          ? [photo(both[1], 'left', l.no), photo(both[2], 'right', l.no)]
          : [photo(caption, 'single', l.no)];
      const creditMatch = CREDIT.exec(next()?.text ?? '');
      if (creditMatch) i++;
      const figure: Figure = {
        kind: 'figure',
        id,
        n: figureCount,
        caption,
        sentences: segmentSentences(caption, id),
        terms: terms(caption),
        foreign: foreign(caption),
        credit: creditMatch?.[1] ?? null,
        creditTerms: terms(creditMatch?.[1] ?? ''),
        photos,
      };
      blocks.push(figure);
      continue;
    }
    if (CREDIT.test(l.text)) {
      throw new ParseError('orphan-credit', 'a photo credit without a caption before it', l.no);
    }
    const note = NOTE.exec(l.text);
    if (note?.[1] && note[2]) {
      const made = makeNote(note[1], note[2], ++noteCount, paragraphs, l.no);
      blocks.push({ ...made, terms: terms(made.text), foreign: foreign(made.text) });
      continue;
    }
    const n = paragraphs.length + 1;
    const id = blockId('p', n);
    const paragraph: Paragraph = {
      kind: 'paragraph',
      id,
      n,
      text: l.text,
      sentences: segmentSentences(l.text, id),
      noteRefs: [],
      terms: terms(l.text),
      foreign: foreign(l.text),
    };
    paragraphs.push(paragraph);
    blocks.push(paragraph);
  }

  const unused = edition.photos.filter((p) => !usedAlts.has(p.caption));
  if (unused.length > 0) {
    throw new ParseError(
      'unused-alt',
      `edition has alt text for captions not in the source: ${unused.map((p) => `"${p.caption}"`).join(', ')}`,
    );
  }

  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: edition.id,
    hash: options.hash,
    lang: edition.lang,
    section,
    title,
    titleSentences: segmentSentences(title, 'title'),
    titleTerms: terms(title),
    titleForeign: foreign(title),
    author,
    published,
    views,
    subtitle,
    subtitleSentences: segmentSentences(subtitle, 'subtitle'),
    subtitleTerms: terms(subtitle),
    subtitleForeign: foreign(subtitle),
    blocks,
    glossary: [...glossary],
  };
}

/** A note "* NMIJ(…): …" defines the term that carries the same marker ("NMIJ*") earlier on. */
function makeNote(
  marker: string,
  text: string,
  n: number,
  paragraphs: Paragraph[],
  no: number,
): Omit<Note, 'terms' | 'foreign'> {
  const term = /^[^\s(:：]+/.exec(text)?.[0] ?? '';
  const id = blockId('note', n);
  const needle = term + marker;
  for (let k = paragraphs.length - 1; k >= 0; k--) {
    const p = paragraphs[k] as Paragraph;
    for (let at = p.text.indexOf(needle); at !== -1; at = p.text.indexOf(needle, at + 1)) {
      const after = p.text[at + needle.length];
      if (after === '*') continue;
      p.noteRefs.push({ noteId: id, marker, offset: at + term.length, term });
      return {
        kind: 'note',
        id,
        n,
        marker,
        term,
        text,
        sentences: segmentSentences(text, id),
        refBlockId: p.id,
      };
    }
  }
  throw new ParseError('orphan-note', `footnote "${marker}" has no "${needle}" before it`, no);
}

/** Alt text says what the photo shows, briefly, in its own words. */
export function altProblem(alt: string, caption: string): string | null {
  const graphemes = Array.from(new Intl.Segmenter('ko', { granularity: 'grapheme' }).segment(alt));
  if (graphemes.length > 150) return 'is longer than 150 characters';
  if (/^(사진|이미지|그림)\s*[:：]/.test(alt)) {
    return 'starts with "사진:" (screen readers already say it is an image)';
  }
  const bare = (s: string) => s.replace(/[\s.,·]/g, '');
  if (bare(alt) === bare(caption)) return 'repeats the caption word for word';
  return null;
}

function toIsoDate(line: Line, offset: string): string {
  const m = DATE.exec(line.text);
  if (!m) throw new ParseError('bad-date', `"${line.text}" is not YYYY-MM-DD HH:MM`, line.no);
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const check = new Date(Date.UTC(y, mo - 1, d, h, mi));
  if (
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d ||
    check.getUTCHours() !== h ||
    mi > 59
  ) {
    throw new ParseError('bad-date', `"${line.text}" is not a real date and time`, line.no);
  }
  return `${line.text.replace(' ', 'T')}:00${offset}`;
}

function toCount(line: Line): number {
  if (!/^\d{1,12}$/.test(line.text)) {
    throw new ParseError('bad-views', `view count "${line.text}" is not a number`, line.no);
  }
  return Number(line.text);
}

function checkEdition(value: unknown): asserts value is Edition {
  const edition = value as Edition | null;
  const ok =
    typeof edition === 'object' &&
    edition !== null &&
    typeof edition.id === 'string' &&
    typeof edition.lang === 'string' &&
    typeof edition.titlePrefix === 'string' &&
    Array.isArray(edition.chrome) &&
    edition.chrome.every((c) => typeof c === 'string' && c !== '') &&
    typeof edition.timezoneOffset === 'string' &&
    OFFSET.test(edition.timezoneOffset) &&
    Array.isArray(edition.photos) &&
    (edition.photos as unknown[]).every((p) => {
      const photo = p as Record<string, unknown> | null;
      return (
        typeof photo === 'object' &&
        photo !== null &&
        typeof photo.caption === 'string' &&
        typeof photo.alt === 'string'
      );
    });
  if (!ok) throw new ParseError('bad-edition', 'the editorial layer (edition.json) is malformed');
}
