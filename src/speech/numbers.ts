// How a Korean newsreader says the numbers in a text (pure: no DOM, no browser globals, no
// dependencies). `readNumbers` finds each numeric expression and says what to speak for it; the
// caller splices the readings into the text it hands to the voice.
//
// Which numeral (sources: 한글 맞춤법 제43·44항, 표준어 규정 제6항, 국립국어원 「단위를 나타내는
// 명사의 띄어쓰기」; usage as in KBS/YTN news):
// - Native numerals (고유어 수관형사 한/두/세/네/스무…) before the counters in NATIVE_COUNTERS
//   (명, 개, 살, 시, 시간, 마리, 권, 건, 배, 번, 달, 차례…), for 1–99 only: 0, 100 and up and
//   decimals fall back to Sino-Korean (`120명` → 백이십 명, `1.5배` → 일 점 오 배).
// - Sino-Korean (한자어) everywhere else: 년, 월 (6월 유월, 10월 시월), 일, 분, 초, 원, 층, 호,
//   회, 차, 등, 위, 세, 주, 개월, 개국, 분기, 학년, 인, 종, %, km… and a number alone.
// - `제` + number is always Sino-Korean (`제2분야` → 제이 분야, `제3대` → 제삼대).
// - Words that begin like a native counter but are other nouns (개월, 권역, 대학, 달러, 장관…)
//   are in BLOCKERS and keep the Sino-Korean reading.
//
// Spacing and ranges (a word boundary the voice reports maps back to a reading's range, so a
// range holds only what the reading replaces):
// - A native numeral is its own word (수관형사; 한글 맞춤법 제43항 원칙 `한 개`, `열 살`), so a
//   counter written joined to the digits is inside the reading and said apart: `4명` [0,2) →
//   `네 명`. A counter already written apart stays outside: `4 명` [0,1) → `네`.
// - A Sino-Korean number keeps the unit as written, outside the reading: `2024년` [0,4) →
//   `이천이십사` (heard as 이천이십사년: the 허용 form of 제43항, `두시 삼십분 오초`, `1446년`,
//   `80원`, and how a newsreader joins the number and its unit into one phrase, with liaison:
//   이십삼일 [이십싸밀]).
// - Units the reading writes out itself (%, ℃, km, $…) follow 제43항 원칙 and are said apart:
//   `12%` → `십이 퍼센트`; decimals are said `삼 점 오`.
// - Dates and times in figures (`2024. 8. 23.`, `2024-08-23`, `15:47`) are said as the same date
//   written in Korean would be: `이천이십사년 팔월 이십삼일`, `오후 세 시 사십칠분`.
// - `제N` before a noun that is not an ordinal unit (분야, 실습실…) puts a space before the noun
//   (제43항 원칙 `제2 분야`): `제2분야` [1,4) → `이 분야`; `제1차` [1,2) → `일` (제일차).

/** One rewrite: source text [start, end) (UTF-16 offsets, end exclusive) is said as `say`. */
export interface NumberReading {
  start: number;
  end: number;
  /** What to speak instead; never empty, never starts or ends with a space. */
  say: string;
}

const SINO_DIGITS = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'] as const;
const PHONE_DIGITS = ['공', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'] as const;
const SMALL_PLACES = ['', '십', '백', '천'] as const;
/** Myriad units (10^4k): Korean groups digits by four. */
const BIG_UNITS = ['', '만', '억', '조', '경', '해', '자'] as const;
const SINO_LIMIT = 10n ** 28n;

const NATIVE_ONES = ['', '하나', '둘', '셋', '넷', '다섯', '여섯', '일곱', '여덟', '아홉'] as const;
const NATIVE_ONES_COUNTING = ['', '한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉'];
const NATIVE_TENS = [
  '',
  '열',
  '스물',
  '서른',
  '마흔',
  '쉰',
  '예순',
  '일흔',
  '여든',
  '아흔',
] as const;

/** 1–9999 in Sino-Korean, with no 일 before 십/백/천 (1100 → 천백). */
function sinoGroup(g: number): string {
  let s = '';
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(g / 10 ** place) % 10;
    if (d === 0) continue;
    s += (d === 1 && place > 0 ? '' : (SINO_DIGITS[d] ?? '')) + (SMALL_PLACES[place] ?? '');
  }
  return s;
}

/**
 * An integer read in Sino-Korean (한자어 수사): 0 → 영, 11 → 십일, 1000 → 천, 10000 → 만,
 * 110000 → 십일만, 100000000 → 일억, 12345 → 만 이천삼백사십오.
 *
 * Groups of four digits (만, 억, 조, 경, 해, 자) are separated by a space (한글 맞춤법 제44항,
 * `십이억 삼천사백오십육만 칠천팔백구십팔`). 일 is dropped before 십/백/천 and before a leading
 * 만 (만 원, but 일억, 십일만, 일억 일만). A negative number starts with `마이너스`.
 * @param n a safe integer or a bigint below 10^28 in magnitude
 * @throws RangeError for a non-integer, unsafe or too large number
 */
export function sinoKorean(n: bigint | number): string {
  let v: bigint;
  if (typeof n === 'number') {
    if (!Number.isSafeInteger(n)) throw new RangeError(`sinoKorean: not a safe integer: ${n}`);
    v = BigInt(n);
  } else {
    v = n;
  }
  if (v < 0n) return `마이너스 ${sinoKorean(-v)}`;
  if (v === 0n) return '영';
  if (v >= SINO_LIMIT) throw new RangeError('sinoKorean: 10^28 or more');
  const groups: number[] = [];
  for (let rest = v; rest > 0n; rest /= 10000n) groups.push(Number(rest % 10000n));
  const words: string[] = [];
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k] ?? 0;
    if (g === 0) continue;
    const leading = words.length === 0;
    const digits = g === 1 && k === 1 && leading ? '' : sinoGroup(g);
    words.push(`${digits}${BIG_UNITS[k] ?? ''}`);
  }
  return words.join(' ');
}

/**
 * A number from 1 to 99 in native Korean (고유어 수사): 1 → 하나, 20 → 스물, 45 → 마흔다섯.
 * With `counting`, the attributive form used before a counter (수관형사): 1 → 한, 2 → 두,
 * 3 → 세, 4 → 네, 20 → 스무, 21 → 스물한 (`한 명`, `스무 살`, `스물한 개`).
 * @returns null outside 1–99 or for a non-integer (native numerals stop at 99; there is no zero)
 */
export function nativeKorean(n: number, counting = false): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 99) return null;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (counting && n === 20) return '스무';
  const onesWord = counting ? NATIVE_ONES_COUNTING[ones] : NATIVE_ONES[ones];
  return `${NATIVE_TENS[tens] ?? ''}${onesWord ?? ''}`;
}

/** Digits one by one (decimals: 0.25 → 이오; phone numbers with 공). */
function digitByDigit(digits: string, zero: 'sino' | 'phone' = 'sino'): string {
  const names = zero === 'phone' ? PHONE_DIGITS : SINO_DIGITS;
  let s = '';
  for (const ch of digits) s += names[Number(ch)] ?? '';
  return s;
}

/** The ordinal with 째 (표준어 규정 제6항): 1 → 첫째, 2 → 둘째, 12 → 열두째, 20 → 스무째. */
function ordinalJjae(n: number): string {
  if (n === 1) return '첫째';
  if (n < 10) return `${NATIVE_ONES[n] ?? ''}째`;
  const ones = n % 10;
  const tens = NATIVE_TENS[Math.floor(n / 10)] ?? '';
  if (ones === 0) return `${n === 20 ? '스무' : tens}째`;
  return `${tens}${ones <= 2 ? NATIVE_ONES_COUNTING[ones] : NATIVE_ONES[ones]}째`;
}

/** Counters said with native numerals (1–99). Longest first when matched. */
const NATIVE_COUNTERS = sortLongestFirst([
  '명',
  '개',
  '살',
  '시간',
  '시',
  '마리',
  '권',
  '잔',
  '병',
  '대',
  '번',
  '곳',
  '가지',
  '군데',
  '사람',
  '척',
  '채',
  '켤레',
  '송이',
  '그루',
  '장',
  '통',
  '벌',
  '쌍',
  '달',
  '건',
  '차례',
  '배',
  '자루',
  '그릇',
  '봉지',
  '상자',
  '바퀴',
  '걸음',
  '마디',
  '포기',
  '끼',
]);

/** Words that start like a native counter but are something else (read Sino-Korean). */
const BLOCKERS = sortLongestFirst([
  ...['개월', '개국', '개사', '개년', '개소', '개교', '개정', '개발', '개최', '개선', '개혁'],
  ...['개인', '개관', '개막', '개통', '개편', '개방', '개념', '개시', '개입', '개체', '개표'],
  ...['명예', '명단', '명소', '명절', '명령', '명칭', '명시', '명확', '명품', '명문', '살인'],
  ...['시장', '시청', '시민', '시도', '시즌', '시설', '시행', '시험', '시대', '시점', '시기'],
  ...['시작', '시리즈', '시범', '시스템', '시공', '시각', '권역', '권고', '권한', '권리', '권장'],
  ...['권익', '권위', '잔액', '잔류', '잔여', '잔치', '잔고', '병원', '병상', '병력', '병사'],
  ...['병동', '병역', '대학', '대회', '대표', '대비', '대통령', '대상', '대응', '대책', '대한'],
  ...['대기업', '대규모', '대형', '대출', '대리', '대사', '번지', '번호', '척도', '채널', '채용'],
  ...['채권', '채택', '장관', '장기', '장애', '장소', '장비', '장치', '장학', '장면', '통신'],
  ...['통합', '통계', '통화', '통령', '통일', '통과', '통제', '통보', '통상', '벌금', '벌점'],
  ...['쌍방', '달러', '달성', '건물', '건설', '건강', '건의', '건축', '건전', '배출', '배정'],
  ...['배치', '배우', '배경', '배터리', '배달', '배포', '배분', '배상', '배럴', '배구', '곳곳'],
]);

/** After `N번 `, nouns that make 번 a number (Sino-Korean: `1번 출구` → 일번 출구), not times. */
const NUMBERED_NOUNS = [
  '출구',
  '국도',
  '버스',
  '타자',
  '홀',
  '게이트',
  '트랙',
  '채널',
  '문항',
  '문제',
  '항목',
  '좌석',
  '환자',
  '확진자',
  '선수',
  '타석',
  '레인',
  '승강장',
];

/** Units that follow `제N` joined (제1차, 제19회, 제3장); any other noun is said apart. */
const ORDINAL_UNITS = sortLongestFirst([
  ...['차', '회', '장', '조', '항', '호', '권', '편', '기', '대', '부', '과', '절', '관', '면'],
  ...['판', '번', '위', '등', '강', '막', '탄', '집', '층', '년', '월', '일', '주', '세대'],
]);

/** Particles and endings that may follow a number or a noun (for `제N` + noun). */
const PARTICLES = sortLongestFirst([
  ...['에서는', '에서도', '에서의', '으로의', '에서', '에게', '까지', '부터', '보다', '처럼'],
  ...['으로', '이다', '이며', '이고', '에는', '에도', '와의', '과의', '로서', '로써', '은', '는'],
  ...['이', '가', '을', '를', '의', '에', '와', '과', '로', '도', '만', '째', '씩'],
]);
const PARTICLES_ONLY = new RegExp(`^(?:${PARTICLES.join('|')})+$`);

/** Approximate native numbers for a range of two neighbours (`3~4명` → 서너 명). */
const APPROX: Readonly<Record<string, string>> = {
  '1-2': '한두',
  '2-3': '두세',
  '3-4': '서너',
  '4-5': '네댓',
  '5-6': '대여섯',
  '6-7': '예닐곱',
  '7-8': '일고여덟',
};

interface SymbolUnit {
  symbol: string;
  word: string;
  /** Said before the number (`100km/h` → 시속 백 킬로미터). */
  before?: string;
}

/** Units written as symbols or Latin letters; said apart after a Sino-Korean number. */
const SYMBOL_UNITS: readonly SymbolUnit[] = (
  [
    ['%p', '퍼센트포인트'],
    ['%', '퍼센트'],
    ['℃', '도'],
    ['°C', '도'],
    ['°', '도'],
    ['km/h', '킬로미터', '시속'],
    ['km²', '제곱킬로미터'],
    ['m²', '제곱미터'],
    ['m³', '세제곱미터'],
    ['㎢', '제곱킬로미터'],
    ['㎡', '제곱미터'],
    ['km', '킬로미터'],
    ['cm', '센티미터'],
    ['mm', '밀리미터'],
    ['nm', '나노미터'],
    ['μm', '마이크로미터'],
    ['µm', '마이크로미터'],
    ['m', '미터'],
    ['㎞', '킬로미터'],
    ['㎝', '센티미터'],
    ['㎜', '밀리미터'],
    ['㎏', '킬로그램'],
    ['㎎', '밀리그램'],
    ['㎖', '밀리리터'],
    ['ℓ', '리터'],
    ['kg', '킬로그램'],
    ['mg', '밀리그램'],
    ['g', '그램'],
    ['t', '톤'],
    ['mL', '밀리리터'],
    ['ml', '밀리리터'],
    ['L', '리터'],
    ['kWh', '킬로와트시'],
    ['GW', '기가와트'],
    ['MW', '메가와트'],
    ['kW', '킬로와트'],
    ['W', '와트'],
    ['GHz', '기가헤르츠'],
    ['MHz', '메가헤르츠'],
    ['kHz', '킬로헤르츠'],
    ['Hz', '헤르츠'],
    ['TB', '테라바이트'],
    ['GB', '기가바이트'],
    ['MB', '메가바이트'],
    ['KB', '킬로바이트'],
    ['ms', '밀리초'],
  ] as const
)
  .map(([symbol, word, before]: readonly string[]) => {
    const unit: SymbolUnit = { symbol: symbol ?? '', word: word ?? '' };
    if (before) unit.before = before;
    return unit;
  })
  .sort((a, b) => b.symbol.length - a.symbol.length);

/** Currency signs written before the amount (`$100` → 백 달러). */
const CURRENCIES: Readonly<Record<string, string>> = {
  $: '달러',
  '₩': '원',
  '€': '유로',
  '£': '파운드',
  '¥': '엔',
};

const TILDES = '~∼～〜';
const TIME_OF_DAY = /(?:오전|오후|새벽|아침|낮|저녁|밤)\s*$/;

function sortLongestFirst(words: string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isLatin = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z]/.test(ch);
const isHangul = (ch: string | undefined): boolean => ch !== undefined && ch >= '가' && ch <= '힣';

/** A number as written: digits (with thousands commas, a decimal part, 천/백 and 만/억/조). */
interface Amount {
  start: number;
  end: number;
  /** The integer value, when whole (no decimal part). */
  value: bigint | null;
  /** Spoken Sino-Korean. */
  sino: string;
  /** A plain integer as written (no 만/억, no decimal): candidates for native numerals. */
  plain: boolean;
  /** Digit by digit, for a number written with a leading zero (007 → 공공칠) and no unit. */
  id?: string;
}

const SEGMENT = /(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(\d+))?(천|백)?(조|억|만)?/y;

function parseAmount(text: string, pos: number): Amount | null {
  interface Segment {
    int: string;
    frac: string | undefined;
    small: string | undefined;
    big: string | undefined;
  }
  const segments: Segment[] = [];
  let end = pos;
  let at = pos;
  let lastBig: number = BIG_UNITS.length;
  for (;;) {
    SEGMENT.lastIndex = at;
    const m = SEGMENT.exec(text);
    if (!m) break;
    const int = (m[1] ?? '').replace(/,/g, '');
    const big = m[4];
    const bigIndex = big ? BIG_UNITS.indexOf(big as (typeof BIG_UNITS)[number]) : 0;
    if (segments.length > 0) {
      // "1억 2천만", "12억 3456만 7898": each further part smaller than the one before.
      if (bigIndex >= lastBig) break;
      if (!big && !m[3] && (int.length > 4 || m[2] !== undefined)) break;
    }
    segments.push({ int, frac: m[2], small: m[3], big });
    end = at + m[0].length;
    lastBig = bigIndex;
    if (!big) break;
    // "1억 2천만", and "1만2000" written without the space.
    if (text[end] === ' ' && isDigit(text[end + 1])) at = end + 1;
    else if (isDigit(text[end])) at = end;
    else break;
  }
  const first = segments[0];
  if (!first) return null;
  const plain = segments.length === 1 && !first.small && !first.big;
  if (plain && first.frac === undefined && first.int.length > 1 && first.int.startsWith('0')) {
    // "007": an identifier, said digit by digit.
    const value = BigInt(first.int);
    const id = digitByDigit(first.int, 'phone');
    const sino = value < SINO_LIMIT ? sinoKorean(value) : id;
    return { start: pos, end, value, sino, plain, id };
  }
  if (segments.every((s) => s.frac === undefined)) {
    let value = 0n;
    for (const s of segments) {
      const small = s.small === '천' ? 1000n : s.small === '백' ? 100n : 1n;
      const big =
        10000n ** BigInt(s.big ? BIG_UNITS.indexOf(s.big as (typeof BIG_UNITS)[number]) : 0);
      value += BigInt(s.int) * small * big;
    }
    const sino = value < SINO_LIMIT ? sinoKorean(value) : digitByDigit(first.int);
    return { start: pos, end, value, sino, plain };
  }
  const words = segments.map((s) => {
    const whole = s.int === '1' && s.frac === undefined && (s.small || s.big === '만');
    const num = whole ? '' : sinoNumber(s.int, s.frac);
    return `${num}${s.small ?? ''}${s.big ?? ''}`;
  });
  return { start: pos, end, value: null, sino: words.join(' '), plain };
}

/** Integer part and decimal digits: 3.5 → 삼 점 오, 0.25 → 영 점 이오. */
function sinoNumber(int: string, frac?: string): string {
  const v = BigInt(int);
  const whole = v < SINO_LIMIT ? sinoKorean(v) : digitByDigit(int);
  return frac === undefined ? whole : `${whole} 점 ${digitByDigit(frac)}`;
}

type Unit =
  | { kind: 'none' }
  | { kind: 'symbol'; end: number; unit: SymbolUnit }
  /** A native counter (or 번째/째) starting at `start`. */
  | { kind: 'counter'; start: number; end: number; word: string }
  /** Hangul joined to the number (a Sino-Korean unit, a particle, a noun): kept as written. */
  | { kind: 'hangul'; start: number; run: string };

function hangulRun(text: string, pos: number): string {
  let end = pos;
  while (isHangul(text[end])) end++;
  return text.slice(pos, end);
}

function symbolAt(text: string, pos: number): Unit | null {
  for (const unit of SYMBOL_UNITS) {
    if (!text.startsWith(unit.symbol, pos)) continue;
    const after = text[pos + unit.symbol.length];
    if (/[A-Za-z]/.test(unit.symbol) && (isLatin(after) || isDigit(after))) continue;
    return { kind: 'symbol', end: pos + unit.symbol.length, unit };
  }
  return null;
}

/** What follows a number at `pos`: a unit, a counter, other Hangul, or nothing to read. */
function unitAfter(text: string, pos: number, n: number | null, ordinal: boolean): Unit {
  const symbol = symbolAt(text, pos);
  if (symbol) return symbol;
  if (text[pos] === ' ') {
    const spaced = symbolAt(text, pos + 1);
    if (spaced?.kind === 'symbol' && (spaced.unit.symbol.length > 1 || !isLatin(text[pos + 1])))
      return spaced;
  }
  const spaced = text[pos] === ' ' && isHangul(text[pos + 1]);
  const at = spaced ? pos + 1 : pos;
  if (!isHangul(text[at])) return { kind: 'none' };
  if (!ordinal) {
    if (text.startsWith('번째', at))
      return { kind: 'counter', start: at, end: at + 2, word: '번째' };
    if (!spaced && text[at] === '째')
      return { kind: 'counter', start: at, end: at + 1, word: '째' };
    const counter = NATIVE_COUNTERS.find((c) => text.startsWith(c, at));
    if (counter && !isBlocked(text, at, counter, n)) {
      return { kind: 'counter', start: at, end: at + counter.length, word: counter };
    }
  }
  return spaced ? { kind: 'none' } : { kind: 'hangul', start: at, run: hangulRun(text, at) };
}

function isBlocked(text: string, at: number, counter: string, n: number | null): boolean {
  if (BLOCKERS.some((b) => text.startsWith(b, at))) return true;
  const after = at + counter.length;
  if (counter === '대') {
    // "3대 과제", "20대 남성", "3대 2": a rank, an age group or a score, not "three cars".
    if (n !== null && n % 10 === 0) return true;
    if (/^ ?\d/.test(text.slice(after, after + 2))) return true;
    if (text[after] === ' ' && isHangul(text[after + 1])) return true;
  }
  if (counter === '번' && text[after] === ' ') {
    const next = text.slice(after + 1);
    if (NUMBERED_NOUNS.some((noun) => next.startsWith(noun))) return true;
  }
  return false;
}

/** What a `제N` + Hangul run needs: nothing (a unit or particles), or a space before a noun. */
function ordinalNoun(run: string): string | null {
  if (PARTICLES_ONLY.test(run)) return null;
  for (const unit of ORDINAL_UNITS) {
    if (!run.startsWith(unit)) continue;
    const rest = run.slice(unit.length);
    if (rest === '' || PARTICLES_ONLY.test(rest)) return null;
  }
  // The noun, without the particles after it ("분야에서" → "분야").
  for (let cut = 2; cut < run.length; cut++) {
    if (PARTICLES_ONLY.test(run.slice(cut))) return run.slice(0, cut);
  }
  return run;
}

/** A whole number from 1 to 99 as a JS number, else null. */
function small(amount: Amount): number | null {
  if (!amount.plain || amount.value === null || amount.value > 99n) return null;
  return Number(amount.value);
}

/** The hour before 시: native, 13–23 as 오후 + 1–11, 0 as 영 (`0시 기준`). */
function sayHour(n: number | null, amount: Amount, afterTimeOfDay: boolean): string {
  if (n === null || n === 0 || n > 23) return amount.sino;
  if (n <= 12) return nativeKorean(n, true) ?? amount.sino;
  const pm = nativeKorean(n - 12, true) ?? amount.sino;
  return afterTimeOfDay ? pm : `오후 ${pm}`;
}

/** The number said as it is before `unit` (without the unit itself). */
function sayNumber(text: string, amount: Amount, unit: Unit): string {
  const n = small(amount);
  if (unit.kind === 'counter') {
    if (unit.word === '번째')
      return n === 1 ? '첫' : n === null ? amount.sino : (nativeKorean(n, true) ?? amount.sino);
    if (unit.word === '째') return n === null ? amount.sino : ordinalJjae(n).slice(0, -1);
    if (unit.word === '시') {
      const before = text.slice(Math.max(0, amount.start - 4), amount.start);
      return sayHour(n, amount, TIME_OF_DAY.test(before));
    }
    return n === null ? amount.sino : (nativeKorean(n, true) ?? amount.sino);
  }
  if (unit.kind === 'hangul' && unit.run.startsWith('월') && !unit.run.startsWith('월요')) {
    // Month names: 유월, 시월 (표준어, from 육월, 십월).
    if (n === 6) return '유';
    if (n === 10) return '시';
  }
  return amount.sino;
}

interface Expression {
  reading: NumberReading;
  amount: Amount;
  unit: Unit;
  /** Where the written expression ends (after a unit kept as written): ranges start here. */
  tail: number;
}

/** The number `amount` with what follows it; the reading starts at `prefixStart` (a sign or currency sign, else the first digit). */
function expression(
  text: string,
  prefixStart: number,
  amount: Amount,
  opts: { ordinal: boolean; sign?: string; currency?: string },
): Expression {
  const unit = opts.currency
    ? ({ kind: 'none' } as const)
    : unitAfter(text, amount.end, small(amount), opts.ordinal);
  let say = sayNumber(text, amount, unit);
  let end = amount.end;
  let tail = amount.end;
  switch (unit.kind) {
    case 'counter':
      tail = unit.end;
      if (unit.word === '째') {
        say = `${say}째`;
        end = unit.end;
      } else if (unit.start === amount.end) {
        say = `${say} ${unit.word}`;
        end = unit.end;
      }
      break;
    case 'symbol':
      say = `${unit.unit.before ? `${unit.unit.before} ` : ''}${say} ${unit.unit.word}`;
      end = tail = unit.end;
      break;
    case 'hangul': {
      tail = unit.start + unit.run.length;
      const noun = opts.ordinal ? ordinalNoun(unit.run) : null;
      if (noun) {
        say = `${say} ${noun}`;
        end = unit.start + noun.length;
      }
      break;
    }
    case 'none':
      if (amount.id !== undefined && !opts.currency && !opts.sign) say = amount.id;
      break;
  }
  if (opts.currency) say = `${say} ${opts.currency}`;
  if (opts.sign) {
    const cold =
      (unit.kind === 'symbol' && unit.unit.word === '도') ||
      (unit.kind === 'hangul' && unit.run.startsWith('도'));
    const word = opts.sign === '+' ? '플러스' : cold ? '영하' : '마이너스';
    say = `${word} ${say}`;
  }
  return { reading: { start: prefixStart, end, say }, amount, unit, tail };
}

/** The first number of a range `a~b`, said as it would be before the second's unit. */
function rangeStart(text: string, first: Amount, second: Expression): string {
  const unit = second.unit;
  const a = small(first);
  if (unit.kind === 'counter') {
    if (unit.word === '번째' || unit.word === '째' || unit.word === '시') {
      const said = sayNumber(text, first, unit);
      return unit.word === '째' ? `${said}째` : `${said} ${unit.word}`;
    }
    // "열에서 스무 명": the first is the cardinal (열, 하나, 둘…), the counter comes once.
    return a === null ? first.sino : (nativeKorean(a) ?? first.sino);
  }
  if (unit.kind === 'hangul') {
    const syllable = unit.run[0] ?? '';
    if ('년월일분초'.includes(syllable)) return `${sayNumber(text, first, unit)}${syllable}`;
  }
  return first.sino;
}

/** Joins `first` and the range after it (`~`, or `-` between two whole numbers). */
function withRange(text: string, first: Expression): Expression {
  let at = first.tail;
  while (text[at] === ' ') at++;
  const sep = text[at];
  if (sep === undefined) return first;
  const tilde = TILDES.includes(sep);
  const hyphen = (sep === '-' || sep === '–') && at === first.amount.end;
  if (!tilde && !hyphen) return first;
  let next = at + 1;
  if (tilde) while (text[next] === ' ') next++;
  if (!isDigit(text[next]) || isLatin(text[first.reading.start - 1])) return first;
  const amount = parseAmount(text, next);
  if (!amount || (isLatin(text[amount.end]) && !symbolAt(text, amount.end))) return first;
  if (hyphen) {
    // "10-20%", "2020-2024년": a range only when it goes up (not "1-0", not "2024-08").
    const a = first.amount.value;
    const b = amount.value;
    if (first.unit.kind !== 'none' || a === null || b === null || a >= b) return first;
    if (/^0\d/.test(text.slice(next, amount.end))) return first;
  }
  const second = expression(text, next, amount, { ordinal: false });
  let say: string;
  const a = small(first.amount);
  const b = small(amount);
  const approx = a !== null && b !== null ? APPROX[`${a}-${b}`] : undefined;
  if (first.unit.kind !== 'none') {
    const written = text.slice(first.reading.end, at).trimEnd();
    say = `${first.reading.say}${written}에서 ${second.reading.say}`;
  } else if (
    approx &&
    second.unit.kind === 'counter' &&
    !['번째', '째', '시'].includes(second.unit.word)
  ) {
    const joined = second.reading.end === second.unit.end;
    say = joined ? `${approx} ${second.unit.word}` : approx;
  } else {
    say = `${rangeStart(text, first.amount, second)}에서 ${second.reading.say}`;
  }
  if (first.reading.say.startsWith('영하') || first.reading.say.startsWith('마이너스')) {
    return first; // "-5~3도": leave the second number to be read on its own
  }
  return {
    reading: { start: first.reading.start, end: second.reading.end, say },
    amount: first.amount,
    unit: second.unit,
    tail: second.tail,
  };
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= (days[m - 1] ?? 0);
}

function sayMonth(m: number): string {
  return m === 6 ? '유' : m === 10 ? '시' : sinoKorean(m);
}

function sayDate(y: number, m: number, d?: number): string {
  const ym = `${sinoKorean(y)}년 ${sayMonth(m)}월`;
  return d === undefined ? ym : `${ym} ${sinoKorean(d)}일`;
}

/** 15:47 → 오후 세 시 사십칠분 (12-hour, as the byline's time is said). */
function sayTime(h: number, min: number, sec: number | null, afterTimeOfDay: boolean): string {
  const hour = afterTimeOfDay ? (h > 12 ? h - 12 : h) : h % 12 || 12;
  const period = afterTimeOfDay ? '' : h < 12 ? '오전 ' : '오후 ';
  let s = `${period}${hour === 0 ? '영' : (nativeKorean(hour, true) ?? sinoKorean(hour))} 시`;
  if (min > 0 || (sec ?? 0) > 0) s += ` ${sinoKorean(min)}분`;
  if (sec !== null && sec > 0) s += ` ${sinoKorean(sec)}초`;
  return s;
}

const ISO_DATE = /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/y;
const ISO_MONTH = /(\d{4})-(\d{2})(?![\d-])/y;
const DOTTED_DATE = /(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})(?!\d)(?!\.\d)/y;
const DOTTED_MONTH = /(\d{4})\. (\d{1,2})\.(?! ?\d)/y;
const SLASH_DATE = /(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/y;
const PHONE = /(0\d{1,2})-(\d{3,4})-(\d{4})(?!\d)|(1[5-8]\d{2})-(\d{4})(?!\d)/y;
const CLOCK = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])/y;
const SCORE = /(\d{1,3}):(\d{1,3})(?![\d:])/y;
const MIDDOT = /(\d{1,2})·(\d{1,2})(?![\d·])/y;
const FRACTION = /(\d{1,3})\/(\d{1,3})(?![\d/])/y;

function match(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const num = (s: string | undefined): number => Number(s ?? '');

/** Dates, times, phone numbers, scores, 8·15 and fractions, which have their own shapes. */
function shaped(text: string, pos: number): NumberReading | null {
  const reading = (length: number, say: string) => ({ start: pos, end: pos + length, say });
  for (const re of [ISO_DATE, DOTTED_DATE, SLASH_DATE]) {
    const m = match(re, text, pos);
    if (m && validDate(num(m[1]), num(m[2]), num(m[3]))) {
      return reading(m[0].length, sayDate(num(m[1]), num(m[2]), num(m[3])));
    }
  }
  let m = match(DOTTED_MONTH, text, pos);
  if (m && validDate(num(m[1]), num(m[2]), 1)) {
    return reading(m[0].length - 1, sayDate(num(m[1]), num(m[2])));
  }
  m = match(ISO_MONTH, text, pos);
  if (m && validDate(num(m[1]), num(m[2]), 1)) {
    return reading(m[0].length, sayDate(num(m[1]), num(m[2])));
  }
  m = match(PHONE, text, pos);
  if (m) {
    const groups = m.slice(1).filter(Boolean); // the groups of the form that matched
    return reading(m[0].length, groups.map((g) => digitByDigit(g, 'phone')).join(' '));
  }
  if (text[pos - 1] === ':' || text[pos - 1] === '/' || text[pos - 1] === '·') return null;
  m = match(CLOCK, text, pos);
  if (m && num(m[1]) <= 23 && num(m[2]) <= 59 && (m[3] === undefined || num(m[3]) <= 59)) {
    const before = text.slice(Math.max(0, pos - 4), pos);
    const sec = m[3] === undefined ? null : num(m[3]);
    return reading(m[0].length, sayTime(num(m[1]), num(m[2]), sec, TIME_OF_DAY.test(before)));
  }
  if (m && m[0] === '24:00') return reading(5, '이십사 시');
  m = match(SCORE, text, pos);
  if (m) return reading(m[0].length, `${sinoKorean(num(m[1]))} 대 ${sinoKorean(num(m[2]))}`);
  m = match(MIDDOT, text, pos);
  if (m) {
    // 8·15 → 팔일오, 5·18 → 오일팔, 12·12 → 십이십이: the day digit by digit, unless 10–12.
    const day = m[2] ?? '';
    const second = num(day) >= 10 && num(day) <= 12 ? sinoKorean(num(day)) : digitByDigit(day);
    return reading(m[0].length, sinoKorean(num(m[1])) + second);
  }
  m = match(FRACTION, text, pos);
  if (m && num(m[1]) < num(m[2]) && !/^0/.test(m[1] ?? '') && !/^0/.test(m[2] ?? '')) {
    return reading(m[0].length, `${sinoKorean(num(m[2]))}분의 ${sinoKorean(num(m[1]))}`);
  }
  return null;
}

/** Past a token that mixes digits and Latin letters (v2.1, G7, 5G, 1.2.3): left as written. */
function skipToken(text: string, pos: number): number {
  let end = pos;
  while (end < text.length && /[0-9A-Za-z.,]/.test(text[end] ?? '')) end++;
  while (end > pos + 1 && /[.,]/.test(text[end - 1] ?? '')) end--;
  return end;
}

/** Whether `제` before `pos` (optionally "제 2") makes the number an ordinal. */
function ordinalBefore(text: string, pos: number): boolean {
  let at = pos - 1;
  if (text[at] === ' ') at--;
  return text[at] === '제' && !isHangul(text[at - 1]);
}

/** The reading that starts at `pos` (a digit, a sign or a currency sign), and where to go on. */
function readAt(text: string, pos: number): { reading: NumberReading | null; next: number } {
  const ch = text[pos] ?? '';
  let numStart = pos;
  let sign: string | undefined;
  let currency: string | undefined;
  if (!isDigit(ch)) {
    if (!isDigit(text[pos + 1])) return { reading: null, next: pos + 1 };
    if (Object.hasOwn(CURRENCIES, ch)) {
      currency = CURRENCIES[ch];
    } else {
      const prev = text[pos - 1];
      if (prev !== undefined && /[0-9A-Za-z가-힣).%\]]/.test(prev))
        return { reading: null, next: pos + 1 };
      sign = ch === '+' ? '+' : '-';
    }
    numStart = pos + 1;
  }
  if (isLatin(text[pos - 1]) || (text[pos - 1] === '.' && isDigit(text[pos - 2]))) {
    return { reading: null, next: skipToken(text, numStart) };
  }
  if (!sign && !currency) {
    const reading = shaped(text, pos);
    if (reading) return { reading, next: reading.end };
  }
  const amount = parseAmount(text, numStart);
  if (!amount) return { reading: null, next: pos + 1 };
  const after = text[amount.end];
  const versionLike = after === '.' && isDigit(text[amount.end + 1]);
  if (versionLike || (isLatin(after) && !symbolAt(text, amount.end))) {
    return { reading: null, next: skipToken(text, numStart) };
  }
  const ordinal = !sign && !currency && ordinalBefore(text, pos);
  const opts: { ordinal: boolean; sign?: string; currency?: string } = { ordinal };
  if (sign) opts.sign = sign;
  if (currency) opts.currency = currency;
  let expr = expression(text, pos, amount, opts);
  if (!currency) expr = withRange(text, expr);
  return { reading: expr.reading, next: Math.max(expr.reading.end, amount.end) };
}

/**
 * All numeric expressions in `text`, left to right, non-overlapping, each with what a Korean
 * newsreader says for it (see the decisions at the top of this file).
 *
 * Offsets are UTF-16 code units into `text`. A reading covers the digits and whatever it
 * replaces with them (a sign, a currency or unit symbol, a native counter that must be said
 * apart, a whole date); text outside the readings is to be spoken as written.
 * Digits glued to Latin letters (v2.1, G7, 5G) are left alone; `COVID-19` reads 19 as 십구.
 */
export function readNumbers(text: string): NumberReading[] {
  const readings: NumberReading[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (isDigit(ch) || Object.hasOwn(CURRENCIES, ch) || '-+−'.includes(ch)) {
      const { reading, next } = readAt(text, i);
      if (reading && reading.say !== '' && reading.end > reading.start) readings.push(reading);
      i = Math.max(next, i + 1);
    } else {
      i++;
    }
  }
  return readings;
}
