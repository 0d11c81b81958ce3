import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../scripts/content-plugin.ts';
import { segmentSentences } from '../../src/speech/segment.ts';

const texts = (text: string) => segmentSentences(text, 'x').map((s) => text.slice(s.start, s.end));

// input → the sentences a Korean news editor would mark
const table: [string, string[]][] = [
  // quotations continued by a particle or an ending (rule 1, 2, 3)
  [
    '원장은 “협력을 확대하겠다.”고 밝혔다. 양 기관은 MOU를 맺었다.',
    ['원장은 “협력을 확대하겠다.”고 밝혔다.', '양 기관은 MOU를 맺었다.'],
  ],
  ['그는 “연구를 계속하겠다.”라고 말했다.', ['그는 “연구를 계속하겠다.”라고 말했다.']],
  ['장관은 “예산을 늘리겠다”고 말했다.', ['장관은 “예산을 늘리겠다”고 말했다.']],
  [
    '그는 “정말 기쁘다.”라며 소감을 밝혔다. 행사는 오후에 끝났다.',
    ['그는 “정말 기쁘다.”라며 소감을 밝혔다.', '행사는 오후에 끝났다.'],
  ],
  [
    '연구진은 ‘측정이 곧 경쟁력이다.’라는 말을 남겼다.',
    ['연구진은 ‘측정이 곧 경쟁력이다.’라는 말을 남겼다.'],
  ],
  ['그는 "좋다."라고 답했다. 회의가 이어졌다.', ['그는 "좋다."라고 답했다.', '회의가 이어졌다.']],
  [
    '소장은 “양자 기술은 미래다. 함께 준비하겠다.”고 강조했다. 이어 질의응답이 있었다.',
    ['소장은 “양자 기술은 미래다. 함께 준비하겠다.”고 강조했다.', '이어 질의응답이 있었다.'],
  ],
  ['그는 “정말 가능할까?”라는 질문을 던졌다.', ['그는 “정말 가능할까?”라는 질문을 던졌다.']],
  ['원장은 “협력을 확대하겠다.” 고 밝혔다.', ['원장은 “협력을 확대하겠다.” 고 밝혔다.']],
  ['학생은 “정말요?” 하고 되물었다.', ['학생은 “정말요?” 하고 되물었다.']],
  [
    '“양자컴퓨터는 이미 와 있다.” 단장은 이렇게 말했다.',
    ['“양자컴퓨터는 이미 와 있다.”', '단장은 이렇게 말했다.'],
  ],
  [
    '“첫 문장이다. 둘째 문장이다.” 그는 덧붙였다.',
    ['“첫 문장이다.', '둘째 문장이다.”', '그는 덧붙였다.'],
  ],
  [
    '“협력은 계속된다.” 이 말에 참석자들이 박수를 쳤다.',
    ['“협력은 계속된다.”', '이 말에 참석자들이 박수를 쳤다.'],
  ],
  ['보고서는 『측정과 표준』에 실렸다.', ['보고서는 『측정과 표준』에 실렸다.']],
  ['결과는 「표준 연구(2024.)」에 실렸다.', ['결과는 「표준 연구(2024.)」에 실렸다.']],
  // parentheses
  [
    '행사에는 300명이 참석했다(사진 제공: KRISS.). 다음 행사는 10월이다.',
    ['행사에는 300명이 참석했다(사진 제공: KRISS.).', '다음 행사는 10월이다.'],
  ],
  ['(사진 제공: KRISS.) 사진은 본원 전경이다.', ['(사진 제공: KRISS.)', '사진은 본원 전경이다.']],
  // abbreviations (rule 4, 5)
  ['Ph.D. 과정 학생들이 참석했다.', ['Ph.D. 과정 학생들이 참석했다.']],
  [
    '7월 30일 NMIJ 기관장인 Dr. Takashi Usuda의 환영사로 시작했다. 이후 발표가 이어졌다.',
    ['7월 30일 NMIJ 기관장인 Dr. Takashi Usuda의 환영사로 시작했다.', '이후 발표가 이어졌다.'],
  ],
  ['Prof. Kim과 Mr. Lee, Ms. Park이 참석했다.', ['Prof. Kim과 Mr. Lee, Ms. Park이 참석했다.']],
  [
    'U.S. 정부와 U.K. 정부, U.N. 사무국이 함께했다.',
    ['U.S. 정부와 U.K. 정부, U.N. 사무국이 함께했다.'],
  ],
  [
    '회의는 오후 3시(3 p.m.)에 끝났다. 만찬이 이어졌다.',
    ['회의는 오후 3시(3 p.m.)에 끝났다.', '만찬이 이어졌다.'],
  ],
  ['회의는 오후 3시 p.m.에 끝났다.', ['회의는 오후 3시 p.m.에 끝났다.']],
  ['회의는 10 a.m. 정각에 시작했다.', ['회의는 10 a.m. 정각에 시작했다.']],
  ['소재(e.g. 그래핀, 질화붕소 등)를 다뤘다.', ['소재(e.g. 그래핀, 질화붕소 등)를 다뤘다.']],
  [
    'Kim et al. 연구진의 논문(Vol. 12, No. 3, pp. 45–67)을 인용했다.',
    ['Kim et al. 연구진의 논문(Vol. 12, No. 3, pp. 45–67)을 인용했다.'],
  ],
  ['그림(Fig. 3)과 식(Eq. 2)을 보라.', ['그림(Fig. 3)과 식(Eq. 2)을 보라.']],
  [
    'Samsung Electronics Co. Ltd. 관계자가 참석했다.',
    ['Samsung Electronics Co. Ltd. 관계자가 참석했다.'],
  ],
  ['J. R. R. Tolkien의 소설을 인용했다.', ['J. R. R. Tolkien의 소설을 인용했다.']],
  ['Takashi U. Usuda 원장이 답했다.', ['Takashi U. Usuda 원장이 답했다.']],
  ['양자, AI, 반도체 etc. 분야가 논의됐다.', ['양자, AI, 반도체 etc. 분야가 논의됐다.']],
  [
    'The talks ended at 5 p.m. The next session starts on Jan. 5.',
    ['The talks ended at 5 p.m.', 'The next session starts on Jan. 5.'],
  ],
  [
    'It covers sensors, clocks, etc. The rest follows.',
    ['It covers sensors, clocks, etc.', 'The rest follows.'],
  ],
  // numbers, versions, addresses (rule 1; mostly ICU already)
  [
    '원주율 3.14와 0.5% 오차를 보고했다. 다음 실험이 이어졌다.',
    ['원주율 3.14와 0.5% 오차를 보고했다.', '다음 실험이 이어졌다.'],
  ],
  ['v2.1.3 버전과 1.2.0 버전을 비교했다.', ['v2.1.3 버전과 1.2.0 버전을 비교했다.']],
  [
    '자세한 내용은 https://www.kriss.re.kr/news/view.do?id=1.2 에서 볼 수 있다. 문의도 받는다.',
    [
      '자세한 내용은 https://www.kriss.re.kr/news/view.do?id=1.2 에서 볼 수 있다.',
      '문의도 받는다.',
    ],
  ],
  ['누리집(www.aist.go.jp)을 참고하라.', ['누리집(www.aist.go.jp)을 참고하라.']],
  [
    '문의는 name.surname@kriss.re.kr로 하면 된다.',
    ['문의는 name.surname@kriss.re.kr로 하면 된다.'],
  ],
  [
    '서버 주소는 192.168.0.1이다. 외부 접속은 막혀 있다.',
    ['서버 주소는 192.168.0.1이다.', '외부 접속은 막혀 있다.'],
  ],
  // Korean dotted dates (rule 6)
  ['행사는 2024. 8. 23.(금) 대전에서 열렸다.', ['행사는 2024. 8. 23.(금) 대전에서 열렸다.']],
  [
    '행사는 2024. 8. 23.에 열렸다. 다음 행사는 미정이다.',
    ['행사는 2024. 8. 23.에 열렸다.', '다음 행사는 미정이다.'],
  ],
  ['기간: 2024. 8. 23. ~ 2024. 9. 1.', ['기간: 2024. 8. 23. ~ 2024. 9. 1.']],
  // a month-day without the year is not taken for a full date: the sentence ends there
  [
    '기간: 2024. 8. 23. ~ 9. 1. 접수는 온라인으로 한다.',
    ['기간: 2024. 8. 23. ~ 9. 1.', '접수는 온라인으로 한다.'],
  ],
  // the documented cost: a line that ends on a full bare date runs on into the next sentence
  [
    '기간: 2024. 8. 23. ~ 2024. 9. 1. 접수는 온라인으로 한다.',
    ['기간: 2024. 8. 23. ~ 2024. 9. 1. 접수는 온라인으로 한다.'],
  ],
  ['협약은 2024. 8. 23. 체결됐다.', ['협약은 2024. 8. 23. 체결됐다.']],
  ['설명회는 2024. 8. 23. (금) 열린다.', ['설명회는 2024. 8. 23. (금) 열린다.']],
  ['공고일은 2024.8.23.이다.', ['공고일은 2024.8.23.이다.']],
  // ellipsis, ?!, line breaks (rule 0, 7, A)
  ['정말 가능할까?! 연구진은 답을 찾았다.', ['정말 가능할까?!', '연구진은 답을 찾았다.']],
  ['과연 가능할까? 연구진은 가능하다고 본다.', ['과연 가능할까?', '연구진은 가능하다고 본다.']],
  ['협력 확대... 양자 공동연구 본격화', ['협력 확대... 양자 공동연구 본격화']],
  ['협력 확대…양자 공동연구 본격화', ['협력 확대…양자 공동연구 본격화']],
  ['그는 “글쎄…”라며 말을 아꼈다.', ['그는 “글쎄…”라며 말을 아꼈다.']],
  ['말을 잇지 못했다……. 그리고 웃었다.', ['말을 잇지 못했다…….', '그리고 웃었다.']],
  ['첫째 줄이다.\n둘째 줄이다.', ['첫째 줄이다.', '둘째 줄이다.']],
  ['제목\n본문이 이어진다.', ['제목', '본문이 이어진다.']],
  ['Dr.\nKim', ['Dr.', 'Kim']],
  [
    '연구진은 백신을 개발했다. mRNA 백신은 효과가 컸다.',
    ['연구진은 백신을 개발했다.', 'mRNA 백신은 효과가 컸다.'],
  ],
  [
    '연구진은 CRM을 개발했다. qNMR을 활용했다. iPhone으로도 확인했다.',
    ['연구진은 CRM을 개발했다.', 'qNMR을 활용했다.', 'iPhone으로도 확인했다.'],
  ],
  ['그는 “협력한다. mRNA도 포함한다.”고 말했다.', ['그는 “협력한다. mRNA도 포함한다.”고 말했다.']],
  // plain sentences, spacing
  ['  앞뒤 공백이 있다.   다음 문장이다.  ', ['앞뒤 공백이 있다.', '다음 문장이다.']],
  ['마침표 없는 제목', ['마침표 없는 제목']],
  ['', []],
];

describe('segmentSentences', () => {
  it.each(table)('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('has a table large enough to mean something', () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
  });

  it('returns offsets into the text, trimmed, and sequential ids', () => {
    for (const [input, expected] of table) {
      const s = segmentSentences(input, 'p-7');
      expect(s.map((x) => x.id)).toEqual(expected.map((_, i) => `p-7.s-${i + 1}`));
      for (const [i, x] of s.entries()) {
        const piece = input.slice(x.start, x.end);
        expect(piece).toBe(expected[i]);
        expect(piece).toBe(piece.trim());
      }
      // Nothing but white space between and around the sentences.
      let at = 0;
      for (const x of s) {
        expect(input.slice(at, x.start).trim()).toBe('');
        at = x.end;
      }
      expect(input.slice(at).trim()).toBe('');
    }
  });
  it('covers every non-space character exactly once, in order, on any input', () => {
    const piece = fc.constantFrom(
      ...'다.”고 “‘’"\'()「」 ?!…... \n2024. 8. 23.Dr. p.m.U.S. etc. A. mRNA 라고 하고 가나'.split(
        ' ',
      ),
      ' ',
      '.',
      '다. ',
      '”',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        let at = 0;
        for (const s of segmentSentences(text, 'f')) {
          expect(s.start).toBeGreaterThanOrEqual(at);
          expect(text.slice(at, s.start).trim()).toBe('');
          const body = text.slice(s.start, s.end);
          expect(body).not.toBe('');
          expect(body).toBe(body.trim());
          at = s.end;
        }
        expect(text.slice(at).trim()).toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('adds little to ICU on a long text', () => {
    // V8's segment iterator itself grows faster than linearly with the text, so compare with it.
    const text = '원장은 “협력을 확대하겠다.”고 밝혔다. Dr. Kim은 2024. 8. 23. 왔다. '.repeat(400);
    const icu = new Intl.Segmenter('ko', { granularity: 'sentence' });
    // The best of three runs each: one run on a loaded machine says little.
    const best = (run: () => void) =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const t0 = performance.now();
          run();
          return performance.now() - t0;
        }),
      );
    const base = best(() => expect([...icu.segment(text)].length).toBeGreaterThan(800));
    const ours = best(() => expect(segmentSentences(text, 'long')).toHaveLength(800));
    expect(ours).toBeLessThan(base * 3 + 100);
  });
});

describe('segmentSentences on the KRISS post', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const { article } = buildArticle(root, '2024-08-23-kriss-aist');
  const counts: Record<string, number> = {
    title: article.titleSentences.length,
    subtitle: article.subtitleSentences.length,
  };
  for (const block of article.blocks) {
    counts[block.id] = block.sentences.length;
    if (block.kind === 'figure') {
      for (const photo of block.photos) {
        counts[`${photo.id}.desc`] = segmentSentences(photo.alt, `${photo.id}.desc`).length;
      }
    }
  }

  it('splits every block where an editor would (read and checked by hand)', () => {
    expect(counts).toEqual({
      title: 1,
      subtitle: 1,
      'fig-1': 1,
      'photo-1.desc': 1,
      'p-1': 3,
      'note-1': 1,
      'fig-2': 1,
      'photo-2.desc': 1,
      'p-2': 6,
      'fig-3': 1,
      'photo-3.desc': 1,
      'p-3': 5,
      'fig-4': 1,
      'photo-4.desc': 1,
      'p-4': 3,
      'fig-5': 1,
      'photo-5.desc': 1,
      'p-5': 3,
      'note-2': 1,
      'fig-6': 1,
      'photo-6.desc': 1,
      'p-6': 4,
      'fig-7': 1,
      'photo-7.desc': 1,
      'photo-8.desc': 1,
      'p-7': 3,
      'p-8': 3,
    });
  });

  it('ends every body sentence with a Korean predicate and a period', () => {
    for (const block of article.blocks) {
      if (block.kind !== 'paragraph') continue;
      for (const s of block.sentences) {
        expect(block.text.slice(s.start, s.end)).toMatch(/[다]\.$/);
      }
    }
  });
});
