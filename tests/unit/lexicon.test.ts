import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../scripts/content-plugin.ts';
import type { Article, TermRef } from '../../src/article/model.ts';
import { findTerms } from '../../src/glossary/match.ts';
import {
  speakRange,
  spokenDateTime,
  textRangeOf,
  type SpeakContext,
} from '../../src/speech/lexicon.ts';
import { buildScript, chunksOf } from '../../src/speech/script.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { article } = buildArticle(root, '2024-08-23-kriss-aist');
const glossary = new Map(article.glossary.map((g) => [g.id, g]));
const ctx = (sayFullFirst = false): SpeakContext => ({ glossary, said: new Set(), sayFullFirst });
const speak = (text: string, c = ctx()) => {
  const terms: TermRef[] = findTerms(text, article.glossary);
  return speakRange(text, 0, text.length, terms, c);
};
const said = (text: string, c = ctx()) => speak(text, c).say;

describe('what is said for written text', () => {
  const table: [string, string][] = [
    ['▲ 제1차 한·일 퀀텀워크숍 단체사진', '제일차 한일 퀀텀워크숍 단체사진'],
    ['NMIJ* 간', '엔엠아이제이 간'],
    // A footnote mark between a noun and its particle leaves no space behind.
    ['8월 1일에는 G-QuAT**와의 한일 퀀텀워크숍', '팔월 일일에는 지쿼트와의 한일 퀀텀워크숍'],
    ['(이하 ‘한일 기관장회의’)', '(이하 한일 기관장회의)'],
    ['- KRISS 대표단, 참석 -', '크리스 대표단, 참석'],
    ['바이오·의료 표준', '바이오의료 표준'],
    ['측정 · 표준', '측정, 표준'],
    // Korean news puts the title after the name: "Takashi Usuda 박사".
    [
      'NMIJ 기관장인 Dr. Takashi Usuda의 환영사',
      '엔엠아이제이 기관장인 Takashi Usuda 박사의 환영사',
    ],
    ['Prof. Jane Smith와', 'Jane Smith 교수와'],
    // Numbers by the counter that follows (src/speech/numbers.ts, tested on its own).
    ['제2분야에서 4명이 6건을', '제이 분야에서 네 명이 여섯 건을'],
    // An English phrase stays as written (for an English voice), acronyms and all.
    ['협력패키지(Cooperation Package)를', '협력패키지(Cooperation Package)를'],
    [
      'G-QuAT(Global Research and Development Center for Business by Quantum-AI Technology)',
      '지쿼트(Global Research and Development Center for Business by Quantum-AI Technology)',
    ],
  ];
  it.each(table)('%s → %s', (input, output) => {
    expect(said(input)).toBe(output);
  });

  it('says a composite caption as the left and the right photo, "사진" once', () => {
    expect(said('(좌) 발표 중인 모습 / (우) 랩투어 진행 모습')).toBe(
      '왼쪽, 발표 중인 모습. 오른쪽, 랩투어 진행 모습',
    );
  });

  it('says dates in Korean, in the publisher’s own time', () => {
    expect(spokenDateTime('2024-08-23T15:47:00+09:00')).toBe('2024년 8월 23일 오후 3시 47분');
    expect(spokenDateTime('2024-01-05 09:00')).toBe('2024년 1월 5일 오전 9시');
    expect(spokenDateTime('2024-02-30 09:00')).toBeNull();
    expect(spokenDateTime('not a date')).toBeNull();
  });

  it('says an acronym’s meaning once at its first mention, never beside the written meaning', () => {
    const c = ctx(true);
    expect(said('디지털 전환(DX)과 양자 기술', c)).toBe('디지털 전환(디엑스)과 양자 기술');
    expect(said('KRISS의 DX 추진 계획', c)).toBe('한국표준과학연구원, 크리스의 디엑스 추진 계획');
    expect(said('인증표준물질(CRM) 개발', ctx(true))).toBe('인증표준물질(씨알엠) 개발');
    expect(said('업무협약(MOU)을 수정', ctx(true))).toBe('업무협약(엠오유)을 수정');
    expect(said('NMIJ(National Metrology Institute of Japan): 일본', ctx(true))).toBe(
      '엔엠아이제이(National Metrology Institute of Japan): 일본',
    );
    // A term a footnote defines is left to the footnote when footnotes are read.
    const withNotes = { ...ctx(true), footnotesRead: true };
    expect(said('KRISS와 NMIJ* 간', withNotes)).toBe(
      '한국표준과학연구원, 크리스와 엔엠아이제이 간',
    );
    expect(said('KRISS와 NMIJ* 간', ctx(true))).toBe(
      '한국표준과학연구원, 크리스와 일본 국가측정표준대표기관, 엔엠아이제이 간',
    );
    // Once said, the meaning is not said again.
    const once = ctx(true);
    said('AI 분야', once);
    expect(said('AI 분야', once)).toBe('에이아이 분야');
  });
});

describe('the voice’s word boundaries map back to the written words', () => {
  it('maps a rewritten word to its whole written stretch, and a written one exactly', () => {
    const text = '한·일 퀀텀워크숍 참석';
    const s = speak(text);
    expect(s.say).toBe('한일 퀀텀워크숍 참석');
    const word = (w: string) => {
      const at = s.say.indexOf(w);
      const r = textRangeOf(s.spans, at, at + w.length);
      return r && text.slice(r.start, r.end);
    };
    expect(word('퀀텀워크숍')).toBe('퀀텀워크숍');
    expect(word('한일')).toBe('한·일');
    expect(word('참석')).toBe('참석');
  });

  it('puts English phrases in their own chunks, for an English voice', () => {
    const s = speak('NMIJ 기관장인 Dr. Takashi Usuda의 환영사');
    const chunks = chunksOf(s.say, s.spans).map((c) => [c.lang, s.say.slice(c.start, c.end)]);
    expect(chunks).toEqual([
      ['ko', '엔엠아이제이 기관장인 '],
      ['en', 'Takashi Usuda '],
      ['ko', '박사의 환영사'],
    ]);
  });

  /** Every displayed text by sentence id (what the view marks with `data-s`). */
  function displayed(a: Article): Map<string, string> {
    const out = new Map<string, string>();
    const add = (text: string, list: readonly { id: string; start: number; end: number }[]) => {
      for (const s of list) out.set(s.id, text.slice(s.start, s.end));
    };
    add(a.title, a.titleSentences);
    add(a.subtitle, a.subtitleSentences);
    for (const b of a.blocks) {
      if (b.kind === 'figure') {
        add(b.caption, b.sentences);
        for (const p of b.photos) add(p.alt, p.sentences);
      } else add(b.text, b.sentences);
    }
    return out;
  }

  it('over the whole post: every word said as written is highlighted exactly (0 mismatches)', () => {
    const texts = displayed(article);
    let words = 0;
    const wrong: string[] = [];
    for (const sayFullFirst of [false, true]) {
      const script = buildScript(article, {
        photoDescriptions: true,
        footnotes: true,
        sayFullFirst,
      });
      for (const item of script) {
        const text = texts.get(item.target);
        if (text === undefined) continue; // the byline: highlighted as a whole
        for (const m of item.say.matchAll(/\S+/g)) {
          const start = m.index;
          const end = start + m[0].length;
          const touched = item.spans.filter((sp) => sp.sayStart < end && sp.sayEnd > start);
          if (touched.length === 0) continue; // a label the app adds ("사진:")
          const range = textRangeOf(item.spans, start, end);
          words++;
          const shown = range ? text.slice(range.start, range.end) : '';
          // Said as written: only verbatim spans, nothing left out between them.
          const asWritten = touched.every(
            (sp, i) => sp.verbatim && (i === 0 || sp.textStart === (touched[i - 1]?.textEnd ?? -1)),
          );
          if (asWritten) {
            if (shown !== m[0]) wrong.push(`${item.id}: "${m[0]}" → "${shown}"`);
          } else if (shown === '' || shown !== shown.trim()) {
            wrong.push(`${item.id}: "${m[0]}" → "${shown}" (rewritten)`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(words).toBeGreaterThan(900);
  });
});

describe('quotations and abbreviations', () => {
  it('reads a quotation the sentence goes on after without a stop, and dotted abbreviations', () => {
    expect(said('원장은 “협력을 확대하겠다.”고 밝혔다.')).toBe(
      '원장은 협력을 확대하겠다고 밝혔다.',
    );
    expect(said('Ph.D. 과정 학생들이 참석했다.')).toBe('피에이치디 과정 학생들이 참석했다.');
    expect(said('U.S.와 U.K., e.g. 한국')).toBe('유에스와 유케이, 예를 들어 한국');
  });
});
