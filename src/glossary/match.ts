// Term matcher (pure): finds every glossary term in a text as a whole token, including inside
// combined forms ("AIST-KRISS", "Quantum-AI") and before Korean particles ("KRISS는").

import type { GlossaryTerm } from './model.ts';

export interface TermMatch {
  termId: string;
  start: number;
  end: number;
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const HANGUL = /[\uAC00-\uD7A3]/;

/** A form is a whole token when no letter of its own script touches it on the left, and no
 * Latin letter or digit continues it on the right (Korean particles may follow). */
function isWholeToken(text: string, start: number, end: number, form: string): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const latin = LATIN_OR_DIGIT.test(form[0] ?? '');
  if (latin) return !LATIN_OR_DIGIT.test(before) && !LATIN_OR_DIGIT.test(after);
  return !HANGUL.test(before);
}

export function findTerms(text: string, terms: readonly GlossaryTerm[]): TermMatch[] {
  const forms = terms
    .flatMap((t) => t.forms.map((form) => ({ form, termId: t.id })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken = new Uint8Array(text.length);
  const matches: TermMatch[] = [];
  for (const { form, termId } of forms) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (!isWholeToken(text, at, end, form)) continue;
      if (taken.subarray(at, end).some((x) => x === 1)) continue; // inside a longer match
      taken.fill(1, at, end);
      matches.push({ termId, start: at, end });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/**
 * Latin tokens that look like acronyms (two or more capitals, e.g. "NMIJ", "qNMR", "G-QuAT")
 * and are not covered by a glossary term. The content build fails when this is not empty.
 */
export function unknownAcronyms(text: string, terms: readonly GlossaryTerm[]): string[] {
  const covered = new Uint8Array(text.length);
  for (const m of findTerms(text, terms)) covered.fill(1, m.start, m.end);
  const unknown: string[] = [];
  for (const token of text.matchAll(/[A-Za-z]+/g)) {
    const start = token.index;
    const end = start + token[0].length;
    if (covered.subarray(start, end).every((x) => x === 1)) continue;
    if ((token[0].match(/[A-Z]/g) ?? []).length >= 2) unknown.push(token[0]);
  }
  return [...new Set(unknown)];
}
