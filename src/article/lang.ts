// Which stretches of a Korean text are in English (pure): marked `lang="en"` in the view (WCAG
// 3.1.2, so a screen reader switches voice) and said by an English voice in read-aloud.

import type { GlossaryTerm } from '../glossary/model.ts';

/** A stretch of a text in another language than the post's: offsets into that text (UTF-16,
 * end exclusive). */
export interface LangSpan {
  start: number;
  end: number;
  lang: 'en';
}

/** A run of Latin words (letters, inner hyphens and apostrophes) separated by white space. */
export const LATIN_RUN =
  /[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?(?:\s+[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?)*/g;

/** Every written form of every glossary term. */
export function knownForms(terms: Iterable<GlossaryTerm>): Set<string> {
  const words = new Set<string>();
  for (const g of terms) for (const f of g.forms) words.add(f);
  return words;
}

/** An English phrase rather than an acronym: some word is not a known form and not an
 * all-capitals token (an unknown acronym is left to the Korean voice, letter by letter). */
export function isEnglishPhrase(run: string, known: ReadonlySet<string>): boolean {
  if (known.has(run)) return false;
  const words = run.split(/\s+/).flatMap((w) => (known.has(w) ? [w] : w.split('-')));
  return words.some((w) => !known.has(w) && !/^[A-Z0-9]+$/.test(w) && w.length > 1);
}

/** The English phrases in `text` ("Cooperation Package", "Takashi Usuda"), left to right. */
export function englishSpans(text: string, known: ReadonlySet<string>): LangSpan[] {
  const out: LangSpan[] = [];
  for (const m of text.matchAll(LATIN_RUN)) {
    if (isEnglishPhrase(m[0], known)) {
      out.push({ start: m.index, end: m.index + m[0].length, lang: 'en' });
    }
  }
  return out;
}
