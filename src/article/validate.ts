// Defensive check of an Article read back from storage or the network.

import { ARTICLE_SCHEMA_VERSION, type Article } from './model.ts';

const isStr = (v: unknown): v is string => typeof v === 'string';
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Sentences and term marks have the same shape: a string id and two offsets. */
function isSpans(v: unknown, key: 'id' | 'termId'): boolean {
  return (
    Array.isArray(v) &&
    v.every(
      (s) => isObj(s) && isStr(s[key]) && typeof s.start === 'number' && typeof s.end === 'number',
    )
  );
}

/** English stretches: two offsets and a language. */
const isLangSpans = (v: unknown): boolean =>
  Array.isArray(v) &&
  v.every(
    (s) => isObj(s) && typeof s.start === 'number' && typeof s.end === 'number' && s.lang === 'en',
  );

function isBlock(b: unknown): boolean {
  if (
    !isObj(b) ||
    !isLangSpans(b.foreign) ||
    !isStr(b.id) ||
    typeof b.n !== 'number' ||
    !isSpans(b.sentences, 'id') ||
    !isSpans(b.terms, 'termId')
  ) {
    return false;
  }
  switch (b.kind) {
    case 'paragraph':
      return isStr(b.text) && Array.isArray(b.noteRefs);
    case 'figure':
      return (
        isStr(b.caption) &&
        (b.credit === null || isStr(b.credit)) &&
        isSpans(b.creditTerms, 'termId') &&
        Array.isArray(b.photos) &&
        b.photos.every(
          (p) =>
            isObj(p) &&
            isStr(p.id) &&
            isStr(p.alt) &&
            isStr(p.src) &&
            isSpans(p.sentences, 'id') &&
            isSpans(p.terms, 'termId'),
        )
      );
    case 'note':
      return isStr(b.text) && isStr(b.marker) && isStr(b.refBlockId);
    default:
      return false;
  }
}

/** True when `v` has the shape this build renders; anything else is rebuilt from the source. */
export function isArticle(v: unknown): v is Article {
  return (
    isObj(v) &&
    v.schemaVersion === ARTICLE_SCHEMA_VERSION &&
    isStr(v.id) &&
    isStr(v.hash) &&
    isStr(v.title) &&
    isStr(v.subtitle) &&
    isStr(v.published) &&
    typeof v.views === 'number' &&
    Array.isArray(v.blocks) &&
    v.blocks.every(isBlock) &&
    isSpans(v.titleTerms, 'termId') &&
    isSpans(v.subtitleTerms, 'termId') &&
    isLangSpans(v.titleForeign) &&
    isLangSpans(v.subtitleForeign) &&
    Array.isArray(v.glossary) &&
    v.glossary.every((g) => isObj(g) && isStr(g.id) && isStr(g.term) && isObj(g.ko) && isObj(g.en))
  );
}
