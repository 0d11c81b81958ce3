// Utterance-sized pieces of a sentence, and how long one may take (pure). Chrome stops an
// utterance after about 15 s without an `end` event (Chromium issue 679437 "Speech Synthesis
// stops abruptly after about 15 seconds", also issues.chromium.org 40747712 and 332002367 for
// Google voices at ~14 s), so a long stretch is said as clause-sized pieces.

/** A stretch of an item's `say` spoken as one utterance (UTF-16 offsets, end exclusive). */
export interface Piece {
  start: number;
  end: number;
  lang: 'ko' | 'en';
}

/** Korean synthesis at rate 1 says about 8–9 characters a second (spaces and punctuation
 * included); the slower end is used, so estimates err towards longer. */
export const CHARS_PER_SECOND = 8;
/** Longest planned utterance: under Chrome's ~14–15 s cut-off, with a margin. */
export const MAX_UTTERANCE_SECONDS = 12;
/** Shortest piece the watchdog halves down to (about 2.5 s at rate 1). */
export const MIN_PIECE = 20;

/** Longest piece, in characters, at `rate` (1 = normal): 12 s × 8 chars/s × rate = 96 at rate 1,
 * 48 at 0.5, 192 at 2; never below MIN_PIECE. */
export function pieceCap(rate: number): number {
  return Math.max(MIN_PIECE, Math.floor(MAX_UTTERANCE_SECONDS * CHARS_PER_SECOND * rate));
}

/** How long (ms) an utterance of `chars` characters at `rate` may go without ending before the
 * engine treats it as stalled: expected = chars / (8 × rate) s; bound = max(5 s, 2.5 × expected).
 * Generous on purpose: a slow voice must never be cut off as "stalled". */
export function watchdogMs(chars: number, rate: number): number {
  const expected = (chars / (CHARS_PER_SECOND * Math.max(rate, 0.1))) * 1000;
  return Math.max(5000, 2.5 * expected);
}

/** Punctuation that ends a clause (only when followed by a space: "1,000" stays whole). */
const CLAUSE_PUNCT = /[,;:，、)]$/;
/** Korean connective endings that close a clause ("…하고", "…하며", "…해서", "…하지만" …).
 * A false match (최고, 그러면) only costs a pause at a space, never a cut word. */
const CONNECTIVE =
  /[가-힣](?:고|며|서|면|지만|는데|은데|던데|으며|하여|했고|였고|면서|으나|지만|도록|므로|니까|거나|든지)$/;

/**
 * Cuts `say[start, end)` into ranges no longer than `cap` characters, covering it in order.
 * A cut goes after the last clause boundary that leaves the piece at least a third of the cap:
 * after `,` `;` `:` and a space, else a space after a connective ending, else the last space
 * before the cap, else exactly at the cap (never inside a surrogate pair). Spaces stay at the
 * end of the piece before the cut, so every piece starts with a word.
 */
export function splitClauses(
  say: string,
  start: number,
  end: number,
  cap: number,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const max = Math.max(1, Math.floor(cap));
  let from = start;
  while (end - from > max) {
    const cut = clauseCut(say, from, from + max, Math.ceil(max / 3));
    out.push({ start: from, end: cut });
    from = cut;
  }
  if (end > from) out.push({ start: from, end });
  return out;
}

function clauseCut(say: string, from: number, limit: number, least: number): number {
  let punct = -1;
  let connective = -1;
  let space = -1;
  // k: where the next piece would start (a word right after a space).
  for (let k = from + 1; k <= limit; k++) {
    if (!/\s/.test(say[k - 1] ?? '') || /\s/.test(say[k] ?? ' ')) continue;
    const before = say.slice(from, k).trimEnd();
    space = k;
    if (k - from < least) continue;
    if (CLAUSE_PUNCT.test(before)) punct = k;
    else if (CONNECTIVE.test(before)) connective = k;
  }
  if (punct > 0) return punct;
  if (connective > 0) return connective;
  if (space > 0) return space;
  // One long word: cut at the cap, but not between the halves of a surrogate pair.
  const code = say.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff && limit - 1 > from ? limit - 1 : limit;
}

/** The pieces of an item: each chunk (one per language run) cut to `cap`; blank ones dropped. */
export function piecesOf(
  say: string,
  chunks: readonly { start: number; end: number; lang: 'ko' | 'en' }[],
  cap: number,
): Piece[] {
  return chunks.flatMap((c) =>
    splitClauses(say, c.start, c.end, cap)
      .filter((r) => /\S/.test(say.slice(r.start, r.end)))
      .map((r) => ({ ...r, lang: c.lang })),
  );
}
