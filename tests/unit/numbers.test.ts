// Numbers said in Korean (src/speech/numbers.ts). Expected speech follows 한글 맞춤법 제43·44항
// (단위 명사, 만 단위), 표준어 규정 제6항 (첫째, 열두째), the 수관형사 forms (한/두/세/네/스무,
// 서너, 두세) and what Korean newsreaders say (유월/시월, 오후 세 시, 영하 삼 도, 팔일오).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nativeKorean,
  readNumbers,
  sinoKorean,
  type NumberReading,
} from '../../src/speech/numbers.ts';

/** The text with every reading spliced in. */
function apply(text: string, readings: readonly NumberReading[] = readNumbers(text)): string {
  let out = '';
  let at = 0;
  for (const r of readings) {
    out += text.slice(at, r.start) + r.say;
    at = r.end;
  }
  return out + text.slice(at);
}

/** Readings are in order, inside the text, non-empty, trimmed and non-overlapping. */
function expectWellFormed(text: string, readings: readonly NumberReading[]): void {
  let at = 0;
  for (const r of readings) {
    expect(r.start).toBeGreaterThanOrEqual(at);
    expect(r.end).toBeGreaterThan(r.start);
    expect(r.end).toBeLessThanOrEqual(text.length);
    expect(r.say).not.toBe('');
    expect(r.say).toBe(r.say.trim());
    at = r.end;
  }
}

const cases: readonly (readonly [string, string])[] = [
  // The post's own numbers.
  ['제2분야에서 협력한다', '제이 분야에서 협력한다'],
  ['각 기관에서 선정된 4명의 대표 연구자들', '각 기관에서 선정된 네 명의 대표 연구자들'],
  ['참석자는 120명이었다', '참석자는 백이십 명이었다'],
  ['2024년 8월 23일', '이천이십사년 팔월 이십삼일'],
  ['제19차 한일 기관장회의', '제십구차 한일 기관장회의'],
  ['제1차 한·일 퀀텀워크숍', '제일차 한·일 퀀텀워크숍'],
  ['총 6건에 대해 협력의사를 확정', '총 여섯 건에 대해 협력의사를 확정'],
  ['7월 30일부터 31일까지', '칠월 삼십일부터 삼십일일까지'],
  ['2003년부터 양 기관이', '이천삼년부터 양 기관이'],
  ['올해 5년 만에 재개', '올해 오년 만에 재개'],
  ['작성일자2024-08-23 15:47', '작성일자이천이십사년 팔월 이십삼일 오후 세 시 사십칠분'],
  ['조회수139', '조회수백삼십구'],
  ['KRISS-NMIJ Summit 2024', 'KRISS-NMIJ Summit 이천이십사'],
  // Native numerals before counters (수관형사 한/두/세/네/스무).
  ['학생 1명', '학생 한 명'],
  ['사과 2개', '사과 두 개'],
  ['고양이 3마리', '고양이 세 마리'],
  ['책 4권', '책 네 권'],
  ['커피 5잔', '커피 다섯 잔'],
  ['맥주 6병', '맥주 여섯 병'],
  ['장미 11송이', '장미 열한 송이'],
  ['나무 12그루', '나무 열두 그루'],
  ['신발 2켤레', '신발 두 켤레'],
  ['집 3채', '집 세 채'],
  ['배 2척', '배 두 척'],
  ['종이 7장', '종이 일곱 장'],
  ['전화 3통', '전화 세 통'],
  ['옷 2벌', '옷 두 벌'],
  ['부부 5쌍', '부부 다섯 쌍'],
  ['3가지 방법', '세 가지 방법'],
  ['2군데를 들렀다', '두 군데를 들렀다'],
  ['4곳에서', '네 곳에서'],
  ['2사람이', '두 사람이'],
  ['2차례 회의', '두 차례 회의'],
  ['매출이 2배 늘었다', '매출이 두 배 늘었다'],
  ['3번 만났다', '세 번 만났다'],
  ['1달 뒤', '한 달 뒤'],
  ['3시간 30분', '세 시간 삼십분'],
  ['24시간 운영', '스물네 시간 운영'],
  ['20살 청년', '스무 살 청년'],
  ['21살', '스물한 살'],
  ['99명', '아흔아홉 명'],
  ['차량 2대가 부딪쳤다', '차량 두 대가 부딪쳤다'],
  ['4명씩', '네 명씩'],
  ['학생 4 명', '학생 네 명'],
  // Native counters fall back to Sino-Korean for 0, 100 and up, and decimals.
  ['100명', '백 명'],
  ['0명', '영 명'],
  ['1,200명', '천이백 명'],
  ['3만 명', '삼만 명'],
  ['10만명', '십만 명'],
  ['1.5배', '일 점 오 배'],
  // Ordinals.
  ['1번째 순서', '첫 번째 순서'],
  ['2번째', '두 번째'],
  ['11번째', '열한 번째'],
  ['20번째', '스무 번째'],
  ['100번째', '백 번째'],
  ['12째', '열두째'],
  ['이미 첫째 날', '이미 첫째 날'],
  // Sino-Korean units, kept as written (joined).
  ['6월', '유월'],
  ['10월', '시월'],
  ['11월', '십일월'],
  ['6개월', '육개월'],
  ['3개월 동안', '삼개월 동안'],
  ['10개국', '십개국'],
  ['5개사', '오개사'],
  ['2일간', '이일간'],
  ['5분기', '오분기'],
  ['20세 이상', '이십세 이상'],
  ['1위를 차지', '일위를 차지'],
  ['1회', '일회'],
  ['1차 회의', '일차 회의'],
  ['3층', '삼층'],
  ['502호', '오백이호'],
  ['2학년', '이학년'],
  ['3인 가구', '삼인 가구'],
  ['5종', '오종'],
  ['1등급', '일등급'],
  ['2차원', '이차원'],
  ['3권역', '삼권역'],
  ['2주 뒤', '이주 뒤'],
  ['10주년', '십주년'],
  ['5,000원', '오천원'],
  ['5달러', '오달러'],
  ['10여 명', '십여 명'],
  ['3대 과제', '삼대 과제'],
  ['20대 남성', '이십대 남성'],
  ['3 대 2로 이겼다', '삼 대 이로 이겼다'],
  ['1번 출구', '일번 출구'],
  // 제 + number: always Sino-Korean; a noun after it is said apart.
  ['제1회', '제일회'],
  ['제3차', '제삼차'],
  ['제2장', '제이장'],
  ['제3대 총장', '제삼대 총장'],
  ['제2의 도약', '제이의 도약'],
  ['제1실습실', '제일 실습실'],
  ['제 2차', '제 이차'],
  // Numbers alone, big numbers (만 단위), decimals.
  ['123', '백이십삼'],
  ['10000', '만'],
  ['1억 2천만 원', '일억 이천만 원'],
  ['12억 3456만 7898', '십이억 삼천사백오십육만 칠천팔백구십팔'],
  ['1,000만 원', '천만 원'],
  ['1만2000명', '만 이천 명'],
  ['2만 5천 원', '이만 오천 원'],
  ['0.25', '영 점 이오'],
  ['1.05', '일 점 영오'],
  ['1.5억 원', '일 점 오억 원'],
  ['007', '공공칠'],
  // Percentages and units (said apart).
  ['12%', '십이 퍼센트'],
  ['3.5%', '삼 점 오 퍼센트'],
  ['2%p 올랐다', '이 퍼센트포인트 올랐다'],
  ['5kg', '오 킬로그램'],
  ['42.195km', '사십이 점 일구오 킬로미터'],
  ['100km/h', '시속 백 킬로미터'],
  ['30℃', '삼십 도'],
  ['$100', '백 달러'],
  // Signs.
  ['-3도', '영하 삼도'],
  ['-3℃', '영하 삼 도'],
  ['-2.5%', '마이너스 이 점 오 퍼센트'],
  ['+3%', '플러스 삼 퍼센트'],
  // Ranges.
  ['3~4명', '서너 명'],
  ['2~3개', '두세 개'],
  ['1~2명', '한두 명'],
  ['5~6명', '대여섯 명'],
  ['10~20명', '열에서 스무 명'],
  ['3~5시', '세 시에서 다섯 시'],
  ['10~20%', '십에서 이십 퍼센트'],
  ['10-20%', '십에서 이십 퍼센트'],
  ['2020~2024년', '이천이십년에서 이천이십사년'],
  ['5~6월', '오월에서 유월'],
  ['30일~31일', '삼십일에서 삼십일일'],
  ['3명 ~ 5명', '세 명에서 다섯 명'],
  // Dates and times.
  ['2024. 8. 23.', '이천이십사년 팔월 이십삼일.'],
  ['2024.08.23', '이천이십사년 팔월 이십삼일'],
  ['2024-06-10', '이천이십사년 유월 십일'],
  ['2024/10/09', '이천이십사년 시월 구일'],
  ['2024. 8.', '이천이십사년 팔월.'],
  ['15:47', '오후 세 시 사십칠분'],
  ['09:05', '오전 아홉 시 오분'],
  ['12:00', '오후 열두 시'],
  ['오후 3:30', '오후 세 시 삼십분'],
  ['오전 10시', '오전 열 시'],
  ['15시 47분', '오후 세 시 사십칠분'],
  ['0시 기준', '영 시 기준'],
  // Other shapes.
  ['8·15 광복절', '팔일오 광복절'],
  ['5·18 민주화운동', '오일팔 민주화운동'],
  ['3·1절', '삼일절'],
  ['1/3', '삼분의 일'],
  ['1:1 면담', '일 대 일 면담'],
  ['010-1234-5678', '공일공 일이삼사 오육칠팔'],
  // Latin: left alone when glued to letters; a number after a hyphen is read.
  ['COVID-19', 'COVID-십구'],
  ['v2.1 버전', 'v2.1 버전'],
  ['G7 정상회의', 'G7 정상회의'],
  ['5G 통신', '5G 통신'],
  ['G-QuAT', 'G-QuAT'],
  ['A4 용지 3장', 'A4 용지 세 장'],
  ['1.2.3', '1.2.3'],
];

describe('readNumbers: whole sentences', () => {
  it('has the cases it claims', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(new Set(cases.map(([input]) => input)).size).toBe(cases.length);
  });

  it.each(cases)('%s → %s', (input, spoken) => {
    const readings = readNumbers(input);
    expectWellFormed(input, readings);
    expect(apply(input, readings)).toBe(spoken);
  });
});

describe('readNumbers: ranges', () => {
  it('keeps a Sino-Korean unit outside the reading', () => {
    expect(readNumbers('2024년')).toEqual([{ start: 0, end: 4, say: '이천이십사' }]);
    expect(readNumbers('6월')).toEqual([{ start: 0, end: 1, say: '유' }]);
  });

  it('takes in a native counter written joined, and only then', () => {
    expect(readNumbers('4명')).toEqual([{ start: 0, end: 2, say: '네 명' }]);
    expect(readNumbers('4 명')).toEqual([{ start: 0, end: 1, say: '네' }]);
  });

  it('leaves 제 outside and takes in the noun said apart', () => {
    expect(readNumbers('제2분야')).toEqual([{ start: 1, end: 4, say: '이 분야' }]);
    expect(readNumbers('제2분야에서')).toEqual([{ start: 1, end: 4, say: '이 분야' }]);
    expect(readNumbers('제1차')).toEqual([{ start: 1, end: 2, say: '일' }]);
  });

  it('covers a whole symbol expression', () => {
    expect(readNumbers('약 3.5%')).toEqual([{ start: 2, end: 6, say: '삼 점 오 퍼센트' }]);
    expect(readNumbers('2024. 8. 23.')).toEqual([
      { start: 0, end: 11, say: '이천이십사년 팔월 이십삼일' },
    ]);
  });

  it('reads a sentence left to right, without overlaps', () => {
    const text = '2024년 7월 30일 오전 10시, 3~4명이 12% 늘어 1,200명이 됐다.';
    const readings = readNumbers(text);
    expectWellFormed(text, readings);
    expect(readings.map((r) => text.slice(r.start, r.end))).toEqual([
      '2024',
      '7',
      '30',
      '10시',
      '3~4명',
      '12%',
      '1,200명',
    ]);
    expect(apply(text, readings)).toBe(
      '이천이십사년 칠월 삼십일 오전 열 시, 서너 명이 십이 퍼센트 늘어 천이백 명이 됐다.',
    );
  });

  it('finds nothing in text without digits', () => {
    expect(readNumbers('')).toEqual([]);
    expect(readNumbers('세 번째 한일 회의 - 끝')).toEqual([]);
  });

  it('is well formed for any text, and every reading covers digits', () => {
    const pieces = fc.constantFrom(
      ...['1', '2', '0', '9', '10', '20', '99', '100', ',', '.', ' ', '~', '-', ':', '/', '·'],
      ...['%', '명', '개', '개월', '월', '일', '년', '시', '분', '제', '대', '번', '째', '만'],
      ...['억', '천', '$', 'km', 'G', 'v', '도', '℃', '오후', '의', '분야', '에서'],
    );
    const check = (text: string) => {
      const readings = readNumbers(text);
      expectWellFormed(text, readings);
      return readings.every((r) => /\d/.test(text.slice(r.start, r.end)));
    };
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')),
        check,
      ),
      {
        numRuns: 300,
      },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), check), { numRuns: 300 });
  }, 20_000);
});

describe('sinoKorean', () => {
  it.each([
    [0, '영'],
    [1, '일'],
    [10, '십'],
    [11, '십일'],
    [20, '이십'],
    [100, '백'],
    [101, '백일'],
    [110, '백십'],
    [1000, '천'],
    [1100, '천백'],
    [2024, '이천이십사'],
    [10000, '만'],
    [10001, '만 일'],
    [11000, '만 천'],
    [12345, '만 이천삼백사십오'],
    [110000, '십일만'],
    [1000000, '백만'],
    [10000000, '천만'],
    [100000000, '일억'],
    [100010000, '일억 일만'],
    [120000000, '일억 이천만'],
    [1234567898, '십이억 삼천사백오십육만 칠천팔백구십팔'],
    [-3, '마이너스 삼'],
  ] as const)('%d → %s', (n, said) => {
    expect(sinoKorean(n)).toBe(said);
  });

  it('takes bigints beyond 2^53', () => {
    expect(sinoKorean(10n ** 12n)).toBe('일조');
    expect(sinoKorean(10n ** 16n + 1n)).toBe('일경 일');
    expect(sinoKorean(9007199254740993n)).toBe(
      '구천칠조 천구백구십이억 오천사백칠십사만 구백구십삼',
    );
  });

  it('refuses what it cannot say', () => {
    expect(() => sinoKorean(1.5)).toThrow(RangeError);
    expect(() => sinoKorean(Number.NaN)).toThrow(RangeError);
    expect(() => sinoKorean(2 ** 60)).toThrow(RangeError);
    expect(() => sinoKorean(10n ** 28n)).toThrow(RangeError);
  });
});

describe('nativeKorean', () => {
  it.each([
    [1, '하나', '한'],
    [2, '둘', '두'],
    [3, '셋', '세'],
    [4, '넷', '네'],
    [5, '다섯', '다섯'],
    [10, '열', '열'],
    [11, '열하나', '열한'],
    [12, '열둘', '열두'],
    [20, '스물', '스무'],
    [21, '스물하나', '스물한'],
    [24, '스물넷', '스물네'],
    [30, '서른', '서른'],
    [45, '마흔다섯', '마흔다섯'],
    [99, '아흔아홉', '아흔아홉'],
  ] as const)('%d → %s, before a counter %s', (n, cardinal, counting) => {
    expect(nativeKorean(n)).toBe(cardinal);
    expect(nativeKorean(n, true)).toBe(counting);
  });

  it('has no zero, nothing past 99 and no fractions', () => {
    expect(nativeKorean(0)).toBeNull();
    expect(nativeKorean(100, true)).toBeNull();
    expect(nativeKorean(-1)).toBeNull();
    expect(nativeKorean(1.5)).toBeNull();
  });
});
