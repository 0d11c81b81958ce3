// TEMPORARY stand-in until the number reader lands (replaced by the wt-numbers branch).
export interface NumberReading {
  start: number;
  end: number;
  say: string;
}
const ONES = ['', '한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉'];
const TENS = ['', '열', '스물', '서른', '마흔', '쉰', '예순', '일흔', '여든', '아흔'];
export function nativeKorean(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 99) return null;
  if (n === 20) return '스무';
  return `${TENS[Math.floor(n / 10)] ?? ''}${ONES[n % 10] ?? ''}`;
}
export function readNumbers(text: string): NumberReading[] {
  const out: NumberReading[] = [];
  for (const m of text.matchAll(/(?<![\d.,제])(\d{1,2})\s?(명|건|개(?!월)|곳|가지)/g)) {
    const w = nativeKorean(Number(m[1]));
    if (w)
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, say: `${w} ${m[2]}` });
  }
  return out;
}
