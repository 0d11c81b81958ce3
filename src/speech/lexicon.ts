// What read-aloud says for a piece of the article (pure). The displayed text never changes: the
// spoken text is built from spans, each knowing the stretch of displayed text it stands for, so
// a word boundary from the voice maps back to exactly the written word.
//
// Rules, in the order they claim text (an earlier rule wins where two would overlap):
//  1. titles before a Latin name ("Dr. Takashi Usuda" → "Takashi Usuda 박사", Korean news style)
//  2. runs of Latin words that are not acronyms the glossary knows → said as written, by an
//     English voice (lang 'en')
//  3. glossary acronyms → the glossary's reading (and its meaning at the first mention, unless
//     the meaning is already written next to it)
//  4. dates ("2024-08-23 15:47")
//  5. numbers, read by the counter that follows (src/speech/numbers.ts)
//  6. symbols that are layout, not words (▲ ⓒ * quotes, "·" inside a word, "(좌)/(우)")
// Anything no rule claims is said exactly as written.

import type { TermRef } from '../article/model.ts';
import type { GlossaryTerm } from '../glossary/model.ts';
import { isEnglishPhrase, knownForms, LATIN_RUN } from '../article/lang.ts';
import { readNumbers } from './numbers.ts';

/** A stretch of speech and the stretch of displayed text it stands for (UTF-16 offsets, end
 * exclusive; `say*` into the spoken string, `text*` into the displayed text). */
export interface SpeechSpan {
  sayStart: number;
  sayEnd: number;
  textStart: number;
  textEnd: number;
  /** Said exactly as written: character k of the speech is character k of the text. */
  verbatim: boolean;
  /** 'en': a Latin-script phrase for an English voice. */
  lang: 'ko' | 'en';
}

export interface Spoken {
  say: string;
  /** In spoken order (their text ranges need not be in order: "Dr. X" is said "X 박사"). */
  spans: SpeechSpan[];
}

export interface SpeakContext {
  glossary: ReadonlyMap<string, GlossaryTerm>;
  /** Term ids already said (or whose meaning was written beside them) in this reading. */
  said: Set<string>;
  /** Say an acronym's meaning at its first mention ("약어를 처음 나올 때 풀어서 읽기"). */
  sayFullFirst: boolean;
  /** Footnotes are read (right after their paragraph): a term a footnote defines is not
   * expanded at its first mention, the footnote says what it means. */
  footnotesRead?: boolean;
}

/** One piece of speech for text[start, end). */
interface Piece {
  say: string;
  start: number;
  end: number;
  lang?: 'ko' | 'en';
}

/** A claim on text[start, end): what is said for it, possibly in another order. */
interface Claim {
  start: number;
  end: number;
  pieces: Piece[];
}

/** Titles written before a name, said after it as Korean news does ("Dr. Kim" → "Kim 박사"). */
const TITLES: Readonly<Record<string, string>> = {
  Dr: '박사',
  Prof: '교수',
  Mr: '씨',
  Mrs: '씨',
  Ms: '씨',
};
const TITLE_NAME = /\b(Dr|Prof|Mrs|Mr|Ms)\.\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)*)/g;

/** Dotted abbreviations (matched case-sensitively, as whole tokens). Letters are said by their
 * Korean names, as the particle written after them assumes ("U.S.와", "p.m.에"); the Latin
 * ones a reader says in Korean are translated. Those not listed stay as written. */
export const ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['Ph.D.', '피에이치디'],
  ['M.D.', '엠디'],
  ['B.A.', '비에이'],
  ['M.S.', '엠에스'],
  ['U.S.', '유에스'],
  ['U.K.', '유케이'],
  ['U.N.', '유엔'],
  ['E.U.', '이유'],
  ['e.g.', '예를 들어'],
  ['i.e.', '즉'],
  ['etc.', '등'],
  ['et al.', '등'],
  ['vs.', '대'],
  ['cf.', '참고'],
  ['a.m.', '에이엠'],
  ['p.m.', '피엠'],
  ['A.M.', '에이엠'],
  ['P.M.', '피엠'],
];
const ABBREVIATION = new RegExp(
  `(?<![A-Za-z.])(?:${ABBREVIATIONS.map(([a]) => a.replace(/[.]/g, '\\.')).join('|')})`,
  'g',
);
const SAY_ABBREVIATION = new Map(ABBREVIATIONS);

/** "2024-08-23T15:47:00+09:00" (or "2024-08-23 15:47") in the publisher's own local time,
 * spoken: "2024년 8월 23일 오후 3시 47분" (numbers are read by `readNumbers` afterwards). Built
 * by hand: the spoken form ("3시 47분") is not one any Intl format gives, and the local time
 * is already in the string. Null for anything that is not a real date. */
export function spokenDateTime(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{1,2}):(\d{2}))?/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m
    .slice(1)
    .map((x: string | undefined) => (x === undefined ? -1 : Number(x)));
  if (year === undefined || month === undefined || day === undefined) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  let out = `${year}년 ${month}월 ${day}일`;
  if (hour !== undefined && minute !== undefined && hour >= 0) {
    if (hour > 23 || minute > 59) return null;
    out += ` ${hour < 12 ? '오전' : '오후'} ${hour % 12 || 12}시${minute ? ` ${minute}분` : ''}`;
  }
  return out;
}

/** `s` with its numbers read aloud ("4명" → "네 명"); for strings the app writes itself. */
export function speakNumbers(s: string): string {
  let out = '';
  let at = 0;
  for (const r of readNumbers(s)) {
    out += s.slice(at, r.start) + r.say;
    at = r.end;
  }
  return out + s.slice(at);
}

const squash = (s: string) => s.replace(/[\s'"‘’“”()（）,·]/g, '').toLowerCase();

/** The term's meaning is already written right beside it: "업무협약(MOU)", "NMIJ(National
 * Metrology Institute of Japan)", "국가측정표준대표기관장회의(이하 ‘한일 기관장회의’)". */
function meaningWrittenBeside(text: string, ref: TermRef, term: GlossaryTerm): boolean {
  const meanings = [term.ko.expansion, term.sayFull.replace(term.say, ''), term.en.expansion]
    .map(squash)
    .filter((m) => m.length >= 2);
  const before = squash(text.slice(Math.max(0, ref.start - 60), ref.start));
  const after = squash(text.slice(ref.end, ref.end + 100));
  return meanings.some((m) => before.slice(-(m.length + 6)).includes(m) || after.startsWith(m));
}

/** What to say for one acronym occurrence, with its meaning at the first mention when asked
 * and not already written beside it. */
export function sayTerm(term: GlossaryTerm, ctx: SpeakContext, text = '', ref?: TermRef): string {
  const first = !ctx.said.has(term.id);
  ctx.said.add(term.id);
  if (!ctx.sayFullFirst || !first || term.sayFull === term.say) return term.say;
  if (ref && meaningWrittenBeside(text, ref, term)) return term.say;
  if (ctx.footnotesRead && term.source.kind === 'footnote') return term.say;
  return term.sayFull.includes(term.say) ? term.sayFull : `${term.sayFull}, ${term.say}`;
}

/** Rules 4–6: dates, numbers and symbols over text[start, end), as claims. */
function plainClaims(text: string, start: number, end: number): Claim[] {
  const claims: Claim[] = [];
  const one = (s: number, e: number, say: string) =>
    claims.push({ start: s, end: e, pieces: [{ say, start: s, end: e }] });
  const slice = text.slice(start, end);
  const each = (re: RegExp, f: (m: RegExpExecArray, s: number, e: number) => void) => {
    for (const m of slice.matchAll(re)) {
      const s = start + m.index;
      f(m, s, s + m[0].length);
    }
  };
  each(/\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2})?/g, (m, s, e) => {
    const date = spokenDateTime(m[0]);
    if (date) one(s, e, speakNumbers(date));
  });
  for (const r of readNumbers(slice)) one(start + r.start, start + r.end, r.say);
  // Photo captions: "(좌) … / (우) …" are the left and the right photo.
  each(/\(좌\)/g, (_m, s, e) => one(s, e, '왼쪽,'));
  each(/\/\s*\(우\)/g, (_m, s, e) => one(s, e, '. 오른쪽,'));
  each(/\(우\)/g, (_m, s, e) => one(s, e, '오른쪽,'));
  // "한·일" is one word; any other middle dot is a list separator.
  each(/(?<=[가-힣])·(?=[가-힣])/g, (_m, s, e) => one(s, e, ''));
  each(/\s*·\s*/g, (_m, s, e) => one(s, e, ', '));
  // Symbols that are layout, not words; footnote marks and quotes join what is around them.
  each(/[▲△▶►■□◆◇●○※]/g, (_m, s, e) => one(s, e, ' '));
  each(/[ⓒ©]/g, (_m, s, e) => one(s, e, ' '));
  each(/\*+/g, (_m, s, e) => one(s, e, ''));
  // A full stop inside a quotation the sentence goes on after ("하겠다.”고") is no stop.
  each(/[.](?=[’”"']\s*[가-힣])/g, (_m, s, e) => one(s, e, ''));
  each(/[‘’“”"']/g, (_m, s, e) => one(s, e, ''));
  // A hyphen that does not join two numbers is a pause, not "minus".
  each(/(?<!\d)-+(?!\d)/g, (_m, s, e) => one(s, e, ' '));
  each(/\(\s*\)/g, (_m, s, e) => one(s, e, ' '));
  each(/\s{2,}|[\t\n\r\u00a0\u3000]/g, (_m, s, e) => one(s, e, ' '));
  return claims;
}

/** Speech for text[start, end), with the acronyms in `terms` said as the glossary says. */
export function speakRange(
  text: string,
  start: number,
  end: number,
  terms: readonly TermRef[],
  ctx: SpeakContext,
): Spoken {
  const claims: Claim[] = [];
  const free = (s: number, e: number) => claims.every((c) => e <= c.start || s >= c.end);
  const claim = (c: Claim) => {
    if (c.start >= start && c.end <= end && c.end > c.start && free(c.start, c.end)) {
      claims.push(c);
    }
  };
  const slice = text.slice(start, end);

  // 1. A title before a Latin name.
  for (const m of slice.matchAll(TITLE_NAME)) {
    const s = start + m.index;
    const title = m[1] ?? '';
    const name = m[2] ?? '';
    const nameStart = s + m[0].length - name.length;
    claim({
      start: s,
      end: nameStart + name.length,
      pieces: [
        { say: name, start: nameStart, end: nameStart + name.length, lang: 'en' },
        { say: ` ${TITLES[title] ?? ''}`, start: s, end: s + title.length + 1 },
      ],
    });
  }
  // Dotted abbreviations.
  for (const m of slice.matchAll(ABBREVIATION)) {
    const s = start + m.index;
    const say = SAY_ABBREVIATION.get(m[0]) ?? m[0];
    claim({ start: s, end: s + m[0].length, pieces: [{ say, start: s, end: s + m[0].length }] });
  }
  // 2. English phrases.
  const known = knownForms(ctx.glossary.values());
  for (const m of slice.matchAll(LATIN_RUN)) {
    const s = start + m.index;
    if (!isEnglishPhrase(m[0], known)) continue;
    claim({
      start: s,
      end: s + m[0].length,
      pieces: [{ say: m[0], start: s, end: s + m[0].length, lang: 'en' }],
    });
  }
  // 3. Acronyms, in text order (the first mention is the first said).
  for (const ref of [...terms].sort((a, b) => a.start - b.start)) {
    if (ref.start < start || ref.end > end || !free(ref.start, ref.end)) continue;
    const term = ctx.glossary.get(ref.termId);
    if (!term) continue;
    claim({
      start: ref.start,
      end: ref.end,
      pieces: [{ say: sayTerm(term, ctx, text, ref), start: ref.start, end: ref.end }],
    });
  }
  // 4–6.
  for (const c of plainClaims(text, start, end)) claim(c);

  // Everything unclaimed is said as written.
  claims.sort((a, b) => a.start - b.start);
  const pieces: (Piece & { verbatim: boolean })[] = [];
  let at = start;
  for (const c of claims) {
    if (c.start > at)
      pieces.push({ say: text.slice(at, c.start), start: at, end: c.start, verbatim: true });
    for (const p of c.pieces) {
      pieces.push({ ...p, verbatim: p.say === text.slice(p.start, p.end) });
    }
    at = c.end;
  }
  if (at < end) pieces.push({ say: text.slice(at, end), start: at, end, verbatim: true });
  return join(pieces);
}

/** Joins pieces into one string with single spaces, keeping each span's mapping exact. */
function join(pieces: readonly (Piece & { verbatim: boolean })[]): Spoken {
  const spans: SpeechSpan[] = [];
  let say = '';
  for (const p of pieces) {
    let spoken = p.say;
    let textStart = p.start;
    // No space before a stop or a comma the app inserts ("모습 / (우)" → "모습. 오른쪽,").
    if (!p.verbatim && /^[.,]/.test(spoken)) trimEnd();
    // One space between words at most, and none at the start.
    while ((say === '' || say.endsWith(' ')) && spoken.startsWith(' ')) {
      spoken = spoken.slice(1);
      if (p.verbatim) textStart++;
    }
    if (spoken === '') continue;
    spans.push({
      sayStart: say.length,
      sayEnd: say.length + spoken.length,
      textStart,
      textEnd: p.end,
      verbatim: p.verbatim,
      lang: p.lang ?? 'ko',
    });
    say += spoken;
  }
  trimEnd();
  return { say, spans };

  function trimEnd() {
    while (say.endsWith(' ')) {
      say = say.slice(0, -1);
      const last = spans.at(-1);
      if (!last) break;
      last.sayEnd--;
      if (last.verbatim) last.textEnd--;
      if (last.sayEnd === last.sayStart) spans.pop();
    }
  }
}

/** The displayed-text range [start, end) that spoken text [sayStart, sayEnd) stands for: exact
 * inside words said as written, the whole written stretch for a rewritten one. Null when the
 * spoken range stands for no displayed text (e.g. a label the app adds). */
export function textRangeOf(
  spans: readonly SpeechSpan[],
  sayStart: number,
  sayEnd: number,
): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    if (s.sayEnd <= sayStart || s.sayStart >= sayEnd) continue;
    if (s.verbatim) {
      start = Math.min(start, s.textStart + Math.max(0, sayStart - s.sayStart));
      end = Math.max(end, s.textStart + Math.min(s.sayEnd, sayEnd) - s.sayStart);
    } else {
      start = Math.min(start, s.textStart);
      end = Math.max(end, s.textEnd);
    }
  }
  return start < end ? { start, end } : null;
}
