// Build-time checks (pure): every acronym in the article has a glossary entry, every entry is used.

import type { Article } from '../article/model.ts';
import { unknownAcronyms } from './match.ts';
import { GlossaryError, type GlossaryTerm } from './model.ts';

/** Every text of the article a reader can see, in reading order. */
export function articleTexts(article: Article): string[] {
  const texts = [article.title, article.subtitle];
  for (const b of article.blocks) {
    if (b.kind === 'figure') texts.push(b.caption, b.credit ?? '');
    else texts.push(b.text);
  }
  return texts;
}

export function checkGlossaryCoverage(article: Article, terms: readonly GlossaryTerm[]): void {
  const texts = articleTexts(article);
  const unknown = [...new Set(texts.flatMap((t) => unknownAcronyms(t, terms)))];
  if (unknown.length > 0) {
    throw new GlossaryError(
      `acronyms without a glossary entry in content/glossary.json: ${unknown.join(', ')}`,
    );
  }
  const used = new Set<string>();
  const collect = (refs: readonly { termId: string }[]) => refs.forEach((r) => used.add(r.termId));
  collect(article.titleTerms);
  collect(article.subtitleTerms);
  for (const b of article.blocks) {
    collect(b.terms);
    if (b.kind === 'figure') collect(b.creditTerms);
  }
  const unused = terms.filter((t) => !used.has(t.id)).map((t) => t.term);
  if (unused.length > 0) {
    throw new GlossaryError(`glossary entries never used in the article: ${unused.join(', ')}`);
  }
}
