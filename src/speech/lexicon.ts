// What read-aloud says for a piece of the article (pure). The displayed text never changes:
// the glossary's `say` covers acronyms, and the small lexicon below covers symbols, dates,
// counters and the few words a Korean voice would otherwise spell out.

import type { TermRef } from '../article/model.ts';
import type { GlossaryTerm } from '../glossary/model.ts';

/** Words said differently from how they are written (matched as whole tokens). */
export const LEXICON: readonly (readonly [RegExp, string])[] = [
  [/\bDr\.\s*/g, '닥터 '],
  [/\bMr\.\s*/g, '미스터 '],
  [/\bProf\.\s*/g, '교수 '],
];

const NATIVE_ONES = ['', '한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉'];
const NATIVE_TENS = ['', '열', '스물', '서른', '마흔', '쉰', '예순', '일흔', '여든', '아흔'];

/** Native Korean numeral in its counting form (1–99): 4 → "네", 20 → "스무". */
export function nativeNumber(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 99) return null;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (n === 20) return '스무';
  return `${NATIVE_TENS[tens] ?? ''}${NATIVE_ONES[ones] ?? ''}`;
}

/** Counters that take native numerals ("4명" → "네 명"); others (년, 월, 일, 차) stay Sino-Korean. */
const NATIVE_COUNTERS = '명|건|개(?!월)|곳|가지|분야|번째';

/** "2024-08-23T15:47:00+09:00" (or "2024-08-23 15:47") in the publisher's own local time,
 * spoken: "2024년 8월 23일 오후 3시 47분". Built by hand: the spoken form ("3시 47분") is not
 * one any Intl format gives, and the local time is already in the string. */
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

/** Plain text (no acronyms) made speakable. */
export function speakPlain(text: string): string {
  let s = text;
  s = s.replace(/\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2})?/g, (m) => spokenDateTime(m) ?? m);
  for (const [re, say] of LEXICON) s = s.replace(re, say);
  // Photo captions: "(좌) … / (우) …" are the left and right photo.
  s = s.replace(/\(좌\)\s*/g, '왼쪽 사진, ');
  s = s.replace(/\s*\/\s*\(우\)\s*/g, '. 오른쪽 사진, ');
  s = s.replace(/\(우\)\s*/g, '오른쪽 사진, ');
  // "한·일" is one word; any other middle dot is a list separator.
  s = s.replace(/([가-힣])·([가-힣])/g, '$1$2');
  s = s.replace(/\s*·\s*/g, ', ');
  s = s.replace(
    // Whole numbers only ("120명", "3.5개" stay as they are); "1번째" is "첫 번째".
    new RegExp(`(?<![\\d.,])(\\d{1,2})\\s?(${NATIVE_COUNTERS})`, 'g'),
    (m, n: string, unit: string) => {
      const word = unit === '번째' && n === '1' ? '첫' : nativeNumber(Number(n));
      return word ? `${word} ${unit}` : m;
    },
  );
  // Symbols that are layout, not words.
  s = s.replace(/[▲△▶►■□◆◇●○※]/g, ' ');
  s = s.replace(/\(\s*[ⓒ©]\s*([^)]*)\)/g, ' $1 ');
  s = s.replace(/ⓒ|©/g, ' ');
  s = s.replace(/\*+/g, ' ');
  s = s.replace(/[‘’“”"']/g, '');
  // A hyphen that does not join two numbers is a pause, not "minus".
  s = s.replace(/(^|\D)-+(?=\D|$)/g, '$1 ');
  s = s.replace(/\(\s*\)/g, ' ');
  return s.replace(/\s+/g, ' ');
}

export interface SpeakContext {
  glossary: ReadonlyMap<string, GlossaryTerm>;
  /** Term ids already said in this reading (for "full expansion on first occurrence"). */
  said: Set<string>;
  sayFullFirst: boolean;
}

/** What to say for one acronym occurrence. */
export function sayTerm(term: GlossaryTerm, ctx: SpeakContext): string {
  const first = !ctx.said.has(term.id);
  ctx.said.add(term.id);
  if (!ctx.sayFullFirst || !first || term.sayFull === term.say) return term.say;
  return term.sayFull.includes(term.say) ? term.sayFull : `${term.sayFull}, ${term.say}`;
}

/** A stretch of speech and the stretch of displayed text it stands for. */
export interface SpeechSpan {
  sayStart: number;
  sayEnd: number;
  textStart: number;
  textEnd: number;
}

export interface Spoken {
  say: string;
  /** In order; used to map a voice's word boundary back to the displayed text. */
  spans: SpeechSpan[];
}

/** Speech for text[start, end), with the acronyms in `terms` said as the glossary says. */
export function speakRange(
  text: string,
  start: number,
  end: number,
  terms: readonly TermRef[],
  ctx: SpeakContext,
): Spoken {
  const spans: SpeechSpan[] = [];
  let say = '';
  const push = (spoken: string, textStart: number, textEnd: number) => {
    if (spoken === '') return;
    // One space between pieces at most.
    if (say.endsWith(' ') && spoken.startsWith(' ')) spoken = spoken.slice(1);
    spans.push({ sayStart: say.length, sayEnd: say.length + spoken.length, textStart, textEnd });
    say += spoken;
  };
  let at = start;
  const inRange = terms
    .filter((t) => t.start >= start && t.end <= end)
    .sort((a, b) => a.start - b.start);
  for (const ref of inRange) {
    if (ref.start < at) continue;
    push(speakPlain(text.slice(at, ref.start)), at, ref.start);
    const term = ctx.glossary.get(ref.termId);
    push(
      term ? sayTerm(term, ctx) : speakPlain(text.slice(ref.start, ref.end)),
      ref.start,
      ref.end,
    );
    at = ref.end;
  }
  push(speakPlain(text.slice(at, end)), at, end);
  const lead = say.length - say.trimStart().length;
  const trimmed = say.trim();
  return {
    say: trimmed,
    spans: spans.map((s) => ({
      ...s,
      sayStart: Math.max(0, s.sayStart - lead),
      sayEnd: Math.min(trimmed.length, s.sayEnd - lead),
    })),
  };
}

/** The displayed-text offset a spoken character index stands for (proportional inside a span). */
export function textOffsetOf(spans: readonly SpeechSpan[], sayIndex: number): number | null {
  const span = spans.find((s) => sayIndex >= s.sayStart && sayIndex < s.sayEnd);
  if (!span) return null;
  const sayLen = span.sayEnd - span.sayStart;
  const textLen = span.textEnd - span.textStart;
  const ratio = sayLen > 0 ? (sayIndex - span.sayStart) / sayLen : 0;
  return span.textStart + Math.min(textLen - 1, Math.floor(ratio * textLen));
}
