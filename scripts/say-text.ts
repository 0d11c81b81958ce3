// What read-aloud would say for any text, sentence by sentence — the app's own code path: the
// build-time segmenter and term matcher (src/article/parse.ts does the same), then the reading
// script (src/speech/script.ts). Used by `npm run say`.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_SCHEMA_VERSION, type Article, type Paragraph } from '../src/article/model.ts';
import { blockId } from '../src/article/ids.ts';
import { englishSpans, knownForms } from '../src/article/lang.ts';
import { findTerms } from '../src/glossary/match.ts';
import { checkGlossary } from '../src/glossary/model.ts';
import { buildScript } from '../src/speech/script.ts';
import { segmentSentences } from '../src/speech/segment.ts';

export interface SaidSentence {
  /** Sentence id, as the app would give it in paragraph 1 of a post ("p-1.s-2"). */
  id: string;
  /** The sentence as written. */
  text: string;
  /** What the voice is given. */
  spoken: string;
  /** The utterances the engine makes of it: language and text. */
  chunks: { lang: 'ko' | 'en'; text: string }[];
}

/** Each line of `input` is a paragraph; each of its sentences gives one result. */
export function sayText(
  input: string,
  root: string,
  options: { sayFullFirst: boolean } = { sayFullFirst: false },
): SaidSentence[] {
  const glossary = checkGlossary(
    JSON.parse(readFileSync(join(root, 'content', 'glossary.json'), 'utf8')),
  ).terms;
  const known = knownForms(glossary);
  const lines = input.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const blocks: Paragraph[] = lines.map((text, i) => ({
    kind: 'paragraph',
    id: blockId('p', i + 1),
    n: i + 1,
    text,
    sentences: segmentSentences(text, blockId('p', i + 1)),
    noteRefs: [],
    terms: findTerms(text, glossary),
    foreign: englishSpans(text, known),
  }));
  const article: Article = {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: 'say',
    hash: '',
    lang: 'ko',
    section: '',
    title: '',
    titleSentences: [],
    titleTerms: [],
    titleForeign: [],
    author: '',
    published: '',
    views: 0,
    subtitle: '',
    subtitleSentences: [],
    subtitleTerms: [],
    subtitleForeign: [],
    blocks,
    glossary,
  };
  const written = new Map(
    blocks.flatMap((b) => b.sentences.map((s) => [s.id, b.text.slice(s.start, s.end)] as const)),
  );
  return buildScript(article, {
    photoDescriptions: true,
    footnotes: true,
    sayFullFirst: options.sayFullFirst,
  }).map((item) => ({
    id: item.id,
    text: written.get(item.id) ?? '',
    spoken: item.say,
    chunks: item.chunks.map((c) => ({ lang: c.lang, text: item.say.slice(c.start, c.end) })),
  }));
}
