// The glossary's data shape (content/glossary.json) and a defensive check of it.

export interface GlossaryTerm {
  /** Lowercase ASCII slug, unique. */
  id: string;
  /** Canonical form as in the post, e.g. "G-QuAT". */
  term: string;
  /** Every exact spelling that occurs in the post's text (case-sensitive). */
  forms: string[];
  ko: { expansion: string; definition: string };
  en: { expansion: string; definition: string };
  /** What read-aloud says for the token (Hangul). */
  say: string;
  /** The full spoken expansion, for "expand on first occurrence". */
  sayFull: string;
  source: { kind: 'footnote' | 'inline' | 'external'; ref: string };
}

export interface Glossary {
  version: number;
  terms: GlossaryTerm[];
}

export class GlossaryError extends Error {
  override name = 'GlossaryError';
}

const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Throws a GlossaryError naming the first bad entry; returns the typed glossary. */
export function checkGlossary(value: unknown): Glossary {
  const g = value as Partial<Glossary> | null;
  if (typeof g !== 'object' || g === null || !Array.isArray(g.terms)) {
    throw new GlossaryError('glossary.json must be an object with a "terms" array');
  }
  const ids = new Set<string>();
  for (const [i, raw] of (g.terms as unknown[]).entries()) {
    const t = raw as Partial<GlossaryTerm> | null;
    const where = `glossary term #${i + 1}${t && isStr(t.term) ? ` (${t.term})` : ''}`;
    if (!(
      t !== null &&
      typeof t === 'object' &&
      isStr(t.id) &&
      /^[a-z0-9-]+$/.test(t.id) &&
      isStr(t.term) &&
      Array.isArray(t.forms) &&
      t.forms.length > 0 &&
      t.forms.every(isStr) &&
      isStr(t.ko?.expansion) &&
      isStr(t.ko.definition) &&
      isStr(t.en?.expansion) &&
      isStr(t.en.definition) &&
      isStr(t.say) &&
      isStr(t.sayFull) &&
      ['footnote', 'inline', 'external'].includes(t.source?.kind ?? '') &&
      isStr(t.source?.ref)
    )) {
      throw new GlossaryError(`${where} is missing a field or has an invalid one`);
    }
    if (ids.has(t.id)) throw new GlossaryError(`${where}: duplicate id "${t.id}"`);
    ids.add(t.id);
  }
  return { version: typeof g.version === 'number' ? g.version : 1, terms: g.terms };
}
