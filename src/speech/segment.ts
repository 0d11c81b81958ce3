/**
 * Sentence segmentation shared by the parser (sentence ids) and read-aloud.
 *
 * The base is the platform's ICU: `Intl.Segmenter('ko', { granularity: 'sentence' })`, which
 * implements the sentence rules of UAX #29 (https://unicode.org/reports/tr29/#Sentence_Boundaries).
 * Those rules are language-neutral and over-split Korean news text. The corrections below remove
 * ICU breaks, and add one only in the single case rule A names, so what ICU gets right stays right.
 *
 * Why ICU over-splits:
 * - UAX #29 keeps a period inside a sentence only when a lower-case letter follows (SB8:
 *   `ATerm Close* Sp* × … Lower`). Hangul is `OLetter`, never `Lower`, so after `.”` / `.)` /
 *   `p.m.` a Hangul particle is always cut off (SB11): `“…확대하겠다.”고 밝혔다.` becomes
 *   `“…확대하겠다.”` + `고 밝혔다.`. This is the rules working as designed, not a fluke, and no
 *   locale tailoring fixes it.
 * - `?`/`!` (STerm) break before anything that is not a continuation, even without a space:
 *   `view.do?id=1` is cut after `?`.
 * - CLDR's abbreviation suppressions (`ss=standard`, UTS #35) would keep `Dr. Kim` together, but
 *   `Intl.Segmenter` drops the `-u-ss-` extension: its [[RelevantExtensionKeys]] is empty
 *   (tc39/ecma402 PR #783 to add `ss` is blocked; tc39/proposal-intl-segmenter#142). Checked on
 *   Node 20 (ICU 78.2): `new Intl.Segmenter('en-u-ss-standard', …).resolvedOptions().locale` is
 *   `'en'` and `Dr. Kim` still splits. Even where honoured, CLDR ships suppression lists for a few
 *   European languages, not for Korean, and its English list lacked `Dr.`
 *   (camertron/cldr-segmentation.js#12). So we keep our own list, in the same spirit.
 *
 * Corrections (a break found by ICU is dropped when any of these holds):
 * 0. Hard line breaks always stay breaks (UAX #29 SB4); no rule below joins across one.
 * 1. No space, no sentence end. A Korean or English sentence end is followed by white space or the
 *    end of the text (한글 맞춤법 부록 '문장 부호': 마침표 뒤는 띄어 쓴다). So `.”고`, `.”라며`,
 *    `다”고`, `p.m.에`, `23.(금)`, `…양자`, `?id=` continue the sentence. This also keeps URLs,
 *    e-mail addresses, versions and decimals whole (ICU already keeps most of them). The cost: a
 *    typo without a space (`했다.그리고`) stays one sentence.
 * 2. A closing quote or bracket followed by a space and a quotative particle or case marker
 *    (`.” 라고`, `.” 고 밝혔다` — spacing slips for rule 1) or by the quoting verb 하다, which is
 *    correctly spaced (`“좋아?” 하고 물었다`, `‘왜?’ 하는 의문`), continues the sentence. Only
 *    words that practically never begin a sentence right after a quotation are listed (`이`, `가`,
 *    `도`, `과`, `와`, `보다` and `이란` can begin one, so they are not).
 * 3. Embedded quotations are one sentence. When rule 1 or 2 joins a closing mark to what follows,
 *    every ICU break between it and its opening mark is dropped too:
 *    `그는 “A했다. B하겠다.”고 말했다.` is one sentence (the matrix sentence), as a Korean editor
 *    reads it. A quotation that is not continued (`“A. B.” 그는 말했다.`) keeps its breaks.
 * 4. Abbreviations (PREFIX and FINAL below; academic titles, Latin abbreviations, countries, months,
 *    a.m./p.m., company suffixes) do not end a sentence. Principle: a Korean sentence ends with a
 *    Korean predicate, so a Latin abbreviation followed by Hangul, a digit or lower case is never
 *    a Korean sentence end (`Ph.D. 과정`, `U.S. 정부`, `etc. 등`). Prefix-like ones (`Dr.`, `No.`,
 *    `e.g.`, `U.S.`, `Jan.`) never end one. Those that can close an English sentence (`etc.`,
 *    `p.m.`, `Inc.`, `Jr.`, `Ph.D.`, `et al.`) end it only when an English sentence follows, i.e.
 *    a capital Latin letter that does not start another listed abbreviation (`Co. Ltd.` joins).
 * 5. A single capital initial (`J. R. R. Tolkien`, `Takashi U. Usuda`) joins a following capital
 *    Latin letter. Before Hangul it is left to ICU (`플랜 B. 다음 단계는` is ambiguous).
 * 6. Korean dotted dates (한글 맞춤법 '문장 부호' 1.(3): 1919. 3. 1.): `2024. 8. 23.` is one token;
 *    year→month and month→day breaks are dropped, and after a full `YYYY. M. D.` a following
 *    `(금)`, range mark (`~`), digit or Hangul continues (`2024. 8. 23. 체결됐다`). A date cannot
 *    end a Korean prose sentence (it would need `이다`); the cost is a notice-style line that
 *    ends on a bare date and goes on in Hangul (`기간: … 9. 1. 접수는 …`), which stays one.
 * 7. An ellipsis (`…`, `……`, `...`) is a pause, not a sentence end: ICU already ignores `…` and we
 *    treat `...` the same (headlines use it as a separator: `협력 확대... 양자 공동연구`). An
 *    ellipsis followed by a period or `?`/`!` (`…….`, `…?`) does end the sentence, as in the
 *    norm's examples.
 * A. Added break: a Korean sentence end (Hangul, `.`, closing marks, a space) before a lower-case
 *    word (`…했다. mRNA 백신은`, `…다. qNMR은`, `…다. https://…`). SB8 reads the period as an
 *    abbreviation there, but Korean has no period-abbreviations after Hangul. The new break goes
 *    through rules 0–7 like ICU's own (so it never splits a continued quotation).
 * Parentheses holding full sentences `(사진 제공: KRISS.)` keep ICU's breaks unless rule 3 applies.
 */

import type { Sentence } from '../article/model.ts';
import { sentenceId } from '../article/ids.ts';

/** Abbreviations that are always followed by more of the same sentence. Case-sensitive. */
const PREFIX = [
  // titles and references
  'Dr.', 'Prof.', 'Mr.', 'Mrs.', 'Ms.', 'St.', 'Mt.', 'No.', 'Nos.', 'Vol.', 'Vols.', 'pp.',
  'p.', 'Fig.', 'Figs.', 'Eq.', 'Eqs.', 'Ref.', 'Refs.', 'Sec.', 'Ch.',
  // Latin
  'e.g.', 'i.e.', 'cf.', 'vs.', 'ca.', 'approx.', 'viz.',
  // countries and unions (ICU's CLDR list keeps these too)
  'U.S.', 'U.K.', 'U.N.', 'E.U.', 'R.O.K.', 'D.P.R.K.', 'U.S.A.',
  // months (May has no period)
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
]; // prettier-ignore

/** Abbreviations that can close an English sentence (see rule 4). Case-sensitive. */
const FINAL = [
  'Ph.D.', 'M.D.', 'B.A.', 'B.S.', 'B.Sc.', 'M.A.', 'M.S.', 'M.Sc.', 'Jr.', 'Sr.',
  'etc.', 'et al.', 'a.m.', 'p.m.', 'A.M.', 'P.M.',
  'Co.', 'Inc.', 'Ltd.', 'Corp.',
]; // prettier-ignore

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
/** What may stand right before an abbreviation or initial: nothing, a space, an opening mark. */
const LEAD = `(?:^|[\\s(\\[{“‘"'「『«‹〈《<-])`;
const ENDS_PREFIX = new RegExp(`${LEAD}(?:${alternation(PREFIX)})$`);
const ENDS_FINAL = new RegExp(`${LEAD}(?:${alternation(FINAL)})$`);
const STARTS_ABBREVIATION = new RegExp(`^(?:${alternation([...PREFIX, ...FINAL])})`);
const ENDS_INITIAL = new RegExp(`${LEAD}[A-Z]\\.$`);

/** Closing marks and the opening mark each one pairs with. */
const CLOSERS: Record<string, string> = {
  '”': '“',
  '’': '‘',
  '"': '"',
  "'": "'",
  ')': '(',
  ']': '[',
  '」': '「',
  '』': '『',
  '›': '‹',
  '»': '«',
  '〉': '〈',
  '》': '《',
  '】': '【',
  '〕': '〔',
};

/**
 * Words that attach a quotation to the sentence around it and cannot begin a sentence themselves
 * (rule 2). Must stand alone: `고 밝혔다` yes, `고객은` no.
 */
const QUOTE_TAIL =
  /^(?:고|라고|이라고|며|라며|이라며|면서|라면서|이라면서|라는|이라는|란|는|은|을|를|의|에|에서|에게|로|으로|까지|부터|처럼|라|이라|하고|하며|하면서|하는|하자|하니|하더니|하고는)(?![\p{L}\p{N}])/u;

const KOREAN_END_BEFORE_LOWER = /\p{Script=Hangul}\.[”’"')\]」』›»〉》]*\s+(?=\p{Ll})/gu;
const LINE_BREAK = /[\n\r\u2028\u2029\u0085\v\f]/;
const ELLIPSIS_END = /(?:\.{3,}|…+)$/;
const DATE_PART_END = /(?:^|[^\d.])\d{1,4}\.$/;
const DATE_PART_START = /^\d{1,2}\./;
/** What may follow a full date in the same sentence: a weekday, a range, a time, a word. */
const DATE_GOES_ON = /^[(~∼〜\-–—\d\p{Script=Hangul}]/u;
const FULL_DATE_END = /(?:^|[^\d.])\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.$/;

interface Span {
  start: number;
  end: number;
}

let segmenter: Intl.Segmenter | undefined;

/** Splits `text` into sentences; offsets exclude surrounding white space. */
export function segmentSentences(text: string, blockId: string): Sentence[] {
  segmenter ??= new Intl.Segmenter('ko', { granularity: 'sentence' });
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    const body = text.slice(start, end);
    const lead = body.length - body.trimStart().length;
    if (body.trim() !== '') spans.push({ start: start + lead, end: start + body.trimEnd().length });
  };
  for (const { segment, index } of segmenter.segment(text)) {
    // Rule A: a Korean sentence end before a lower-case word, which SB8 does not break.
    let from = index;
    for (const m of segment.matchAll(KOREAN_END_BEFORE_LOWER)) {
      const at = index + m.index + m[0].length;
      push(from, at);
      from = at;
    }
    push(from, index + segment.length);
  }

  // keep[i]: whether the ICU break between spans[i] and spans[i + 1] stays.
  const keep = spans.slice(1).map((_, i) => {
    const a = (spans[i] as Span).end;
    const b = (spans[i + 1] as Span).start;
    return keepBreak(text, a, b);
  });

  // Rule 3: a quotation continued by its sentence takes its inner breaks along.
  keep.forEach((kept, i) => {
    if (kept !== 'continued') return;
    const close = (spans[i] as Span).end - 1;
    const open = openerOf(text, close);
    if (open < 0) return;
    // A line break ends the search: a quotation does not run across one (rule 0).
    for (let j = i - 1; j >= 0 && (spans[j] as Span).end > open && keep[j] !== 'hard'; j--) {
      keep[j] = 'joined';
    }
  });

  const merged: Span[] = [];
  spans.forEach((span, i) => {
    const last = merged.at(-1);
    if (last && i > 0 && keep[i - 1] !== 'kept' && keep[i - 1] !== 'hard') last.end = span.end;
    else merged.push({ ...span });
  });
  return merged.map((s, i) => ({ id: sentenceId(blockId, i + 1), start: s.start, end: s.end }));
}

const WINDOW = 64;

type Decision = 'kept' | 'hard' | 'joined' | 'continued';

/**
 * Decides one ICU break: `a` is where the earlier sentence's text ends, `b` where the next one
 * starts (the gap between is white space). 'continued' means a closing mark was joined to what
 * follows it, which pulls in the whole quotation (rule 3).
 */
function keepBreak(text: string, a: number, b: number): Decision {
  const gap = text.slice(a, b);
  if (LINE_BREAK.test(gap)) return 'hard'; // rule 0
  // Windows keep the tests linear. A cut-off window starts with a letter, so that `^` in the
  // patterns below means the start of the text and nothing else.
  const before = (a > WINDOW ? 'x' : '') + text.slice(Math.max(0, a - WINDOW), a);
  const after = text.slice(b, b + WINDOW);
  const closing = (before.at(-1) ?? '') in CLOSERS;

  if (gap === '') return closing ? 'continued' : 'joined'; // rule 1
  if (closing && QUOTE_TAIL.test(after)) return 'continued'; // rule 2

  const latinCapital = /^[A-Z]/.test(after);
  if (ENDS_PREFIX.test(before)) return 'joined'; // rule 4
  if (ENDS_FINAL.test(before) && (!latinCapital || STARTS_ABBREVIATION.test(after))) {
    return 'joined';
  }
  if (ENDS_INITIAL.test(before) && latinCapital) return 'joined'; // rule 5

  if (DATE_PART_END.test(before) && DATE_PART_START.test(after)) return 'joined'; // rule 6
  if (FULL_DATE_END.test(before) && DATE_GOES_ON.test(after)) return 'joined';

  if (ELLIPSIS_END.test(before)) return 'joined'; // rule 7
  return 'kept';
}

/** Index of the opening mark paired with the closing mark at `close`, or -1. */
function openerOf(text: string, close: number): number {
  const closer = text[close] ?? '';
  const opener = CLOSERS[closer];
  if (!opener) return -1;
  if (opener === closer) {
    // Straight quotes: the previous one that opens (at the start or after a space or an opening
    // mark), so an apostrophe (KRISS's) is not taken for it.
    for (let k = close - 1; k >= 0; k--) {
      if (text[k] === opener && (k === 0 || /[\s([{“‘「『]/.test(text[k - 1] ?? ''))) return k;
    }
    return -1;
  }
  let depth = 0;
  for (let k = close - 1; k >= 0; k--) {
    if (text[k] === closer && opener !== '‘') depth++;
    else if (text[k] === opener) {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}
