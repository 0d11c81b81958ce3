// The one place that knows how the article's ids are spelled (pure). Block ids are written into
// the article data at build time, saved as reading and listening positions, and used as
// fragment links (`#p-3`), so their formats are a contract: views ask this module instead of
// taking ids apart with their own regular expressions.

/** The kinds of numbered block: paragraph `p-N`, figure `fig-N`, footnote `note-N`. */
export type BlockKind = 'p' | 'fig' | 'note';

export const blockId = (kind: BlockKind, n: number): string => `${kind}-${n}`;
/** A photo inside a figure: `photo-N` (numbered through the post). */
export const photoId = (n: number): string => `photo-${n}`;
/** The block a photo's description sentences belong to: `photo-N.desc`. */
export const descriptionId = (photo: string): string => `${photo}.desc`;
/** A figure's credit line: `fig-N-credit` (a place a term occurs, not a block of its own). */
export const creditId = (figure: string): string => `${figure}-credit`;
/** Sentence n (1-based) of a block: `<blockId>.s-<n>`. */
export const sentenceId = (block: string, n: number): string => `${block}.s-${n}`;

export interface ParsedPlace {
  kind: BlockKind;
  n: number;
  /** The figure's credit line rather than its caption. */
  credit: boolean;
}

const PLACE = /^(p|fig|note)-(\d+)(-credit)?$/;

/** `p-3` → {kind:'p', n:3}; `fig-2-credit` → {kind:'fig', n:2, credit:true}; else null
 * (`title`, `subtitle`, `byline` and anything unknown). */
export function parsePlace(id: string): ParsedPlace | null {
  const m = PLACE.exec(id);
  if (!m) return null;
  return { kind: m[1] as BlockKind, n: Number(m[2]), credit: m[3] !== undefined };
}

/** The element a place id stands for on the page: a credit is shown inside its figure, the
 * title is the `h1` (`article-title`). */
export const elementIdOf = (place: string): string =>
  place === 'title' ? 'article-title' : place.replace(/-credit$/, '');

/** The block a sentence id belongs to (`p-3.s-2` → `p-3`, `photo-1.desc.s-1` → `photo-1.desc`);
 * a block id is returned as it is. */
export const blockOfSentence = (id: string): string => id.replace(/\.s-\d+$/, '');

/** The top-level id of any id: `photo-1.desc.s-1` → `photo-1`, `p-3.s-2` → `p-3`. */
export const rootOf = (id: string): string => id.split('.')[0] ?? id;

/** Every id this module writes (used to check ids read back from storage). */
export const isKnownId = (v: string): boolean =>
  /^(?:[a-z]+(?:-\d+)?)(?:\.desc)?(?:\.s-\d+)?$/.test(v);
