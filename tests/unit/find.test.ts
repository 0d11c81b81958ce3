import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, Edition } from '../../src/article/model.ts';
import { parseArticle } from '../../src/article/parse.ts';
import { checkGlossary } from '../../src/glossary/model.ts';
import { findBlocks, findMatches, fold, termNamed, type FindBlock } from '../../src/find/match.ts';

const root = new URL('../../content/', import.meta.url);
const glossary = checkGlossary(JSON.parse(readFileSync(new URL('glossary.json', root), 'utf8')));
const dir = new URL('posts/2024-08-23-kriss-aist/', root);
const article: Article = parseArticle(
  readFileSync(new URL('source.txt', dir), 'utf8'),
  JSON.parse(readFileSync(new URL('edition.json', dir), 'utf8')) as Edition,
  { hash: 'h', standIn: 's.svg', terms: glossary.terms },
);
const terms = glossary.terms;
const blocks = findBlocks(article, { photoDescriptions: false });
const text = (id: string) => blocks.find((b) => b.id === id)?.text ?? '';
/** What each match covers in its block's text. */
const found = (query: string, bs: readonly FindBlock[] = blocks) =>
  findMatches(query, bs, terms).map((m) => {
    const t = bs.find((b) => b.id === m.blockId)?.text ?? '';
    return t.slice(m.start, m.end);
  });
const one = (t: string, extra: Partial<FindBlock> = {}): FindBlock[] => [
  { id: 'x', text: t, terms: [], ...extra },
];

describe('find: spacing and punctuation', () => {
  it('finds Korean text whatever its spacing', () => {
    expect(found('기관장 회의', one('한일 기관장회의는'))).toEqual(['기관장회의']);
    expect(found('기관장회의', one('기관장 회의'))).toEqual(['기관장 회의']);
    expect(found('한일기관장회의', one('제19차 한일 기관장회의는'))).toEqual(['한일 기관장회의']);
    expect(found('퀀텀 워크숍', one('한일 퀀텀워크숍'))).toEqual(['퀀텀워크숍']);
  });

  it('reads a middle dot as no character at all', () => {
    expect(found('한일', one('제1차 한·일 퀀텀워크숍'))).toEqual(['한·일']);
    expect(found('한일', one('한ㆍ일'))).toEqual(['한ㆍ일']);
    expect(found('한·일', one('한일 기관장회의'))).toEqual(['한일']);
    expect(found('한 일', one('한・일'))).toEqual(['한・일']);
  });

  it('never starts or ends a match on a space or a dot', () => {
    const [m] = findMatches('일', one('한 · 일 '), terms);
    expect(m).toEqual({ blockId: 'x', start: 4, end: 5 });
  });

  it('matches across a footnote marker', () => {
    const t = 'KRISS와 NMIJ* 간 측정표준';
    const skip = [{ start: 11, end: 12 }];
    expect(found('NMIJ 간', one(t, { skip }))).toEqual(['NMIJ* 간']);
  });

  it('finds spacing-insensitive matches in the post itself', () => {
    // "국가측정표준기관장회의" (subtitle) and "기관장회의" everywhere else.
    expect(found('기관장 회의').length).toBeGreaterThanOrEqual(5);
    expect(found('한일').some((m) => m === '한·일')).toBe(true);
  });
});

describe('find: case and normalisation', () => {
  it('ignores Latin case', () => {
    expect(found('kriss', one('KRISS의 DX'))).toEqual(['KRISS']);
    expect(found('Dr. takashi', one('Dr. Takashi Usuda'))).toEqual(['Dr. Takashi']);
  });

  it('compares compatibility forms (NFKC) and decomposed Hangul (NFC)', () => {
    expect(found('KRISS', one('ＫＲＩＳＳ 대표단'))).toEqual(['ＫＲＩＳＳ']);
    // 한 written as conjoining jamo: one syllable, matched whole.
    const decomposed = '\u1112\u1161\u11AB일';
    expect(found('한일', one(decomposed))).toEqual([decomposed]);
    expect(found('\u1112\u1161\u11AB일', one('한일'))).toEqual(['한일']);
  });

  it('folds the query and the text the same way', () => {
    expect(fold('한·일 KRISS').chars).toBe('한일kriss');
    expect(fold('①').chars).toBe('1');
  });
});

describe('find: acronyms and their expansions', () => {
  it('finds every KRISS by its Korean or English expansion', () => {
    const kriss = found('KRISS').length;
    expect(kriss).toBeGreaterThan(10);
    expect(found('한국표준과학연구원')).toEqual(Array(kriss).fill('KRISS'));
    expect(found('korea research institute of standards and science')).toHaveLength(kriss);
    expect(found('한국 표준과학 연구원')).toHaveLength(kriss);
  });

  it('finds an acronym and its written-out expansion from either name', () => {
    // The post writes "디지털 전환(DX)": both are the same thing.
    expect(found('DX')).toEqual(['디지털 전환', 'DX', 'DX']);
    expect(found('디지털 전환')).toEqual(['디지털 전환', 'DX', 'DX']);
    expect(found('National Metrology Institute of Japan')).toContain('NMIJ');
  });

  it('a partial expansion is searched as plain text only', () => {
    expect(found('한국표준')).toEqual([]);
    expect(termNamed('한국표준', terms)).toBeUndefined();
    expect(termNamed('kriss', terms)?.id).toBe('kriss');
  });

  it('finds an acronym inside a combined form, but not inside another acronym', () => {
    const refs = (t: string, id: string, start: number) => ({
      termId: id,
      start,
      end: start + t.length,
    });
    const block = one('AIST-KRISS 간 AI 분야', {
      terms: [refs('AIST', 'aist', 0), refs('KRISS', 'kriss', 5), refs('AI', 'ai', 13)],
    });
    expect(found('인공지능', block)).toEqual(['AI']);
    expect(found('한국표준과학연구원', block)).toEqual(['KRISS']);
  });
});

describe('find: results', () => {
  it('returns nothing for no match or an empty query', () => {
    expect(findMatches('양자역학 교과서', blocks, terms)).toEqual([]);
    expect(findMatches('', blocks, terms)).toEqual([]);
    expect(findMatches('  · ', blocks, terms)).toEqual([]);
  });

  it('does not overlap matches (left to right, like a browser)', () => {
    expect(findMatches('aa', one('aaaa'), terms).map((m) => m.start)).toEqual([0, 2]);
    // An expansion match and a literal match of the same place are one match.
    const block = one('KRISS', { terms: [{ termId: 'kriss', start: 0, end: 5 }] });
    expect(findMatches('KRISS', block, terms)).toHaveLength(1);
  });

  it('gives ranges in the displayed text of each block, in page order', () => {
    const ms = findMatches('협력', blocks, terms);
    const order = blocks.map((b) => b.id);
    for (const [i, m] of ms.entries()) {
      expect(text(m.blockId).slice(m.start, m.end)).toBe('협력');
      const prev = ms[i - 1];
      if (prev) {
        const a = order.indexOf(prev.blockId);
        const b = order.indexOf(m.blockId);
        expect(a < b || (a === b && prev.end <= m.start)).toBe(true);
      }
    }
    expect(ms[0]?.blockId).toBe('title');
    expect(found('kriss 소식')).toEqual(['KRISS 소식']);
  });

  it('searches photo descriptions only when they are shown, before their caption', () => {
    const withDesc = findBlocks(article, { photoDescriptions: true });
    const ids = withDesc.map((b) => b.id);
    expect(ids.indexOf('photo-1.desc')).toBeLessThan(ids.indexOf('fig-1'));
    expect(ids).toContain('fig-1-credit');
    expect(blocks.map((b) => b.id)).not.toContain('photo-1.desc');
    expect(found('기념사진', withDesc).length).toBe(2);
    expect(found('기념사진')).toEqual([]);
  });

  it('maps a match in text with astral or expanding characters back to the original', () => {
    const t = '😀 ＫＲＩＳＳ ㈜';
    const [m] = findMatches('kriss', one(t), terms);
    expect(t.slice(m?.start, m?.end)).toBe('ＫＲＩＳＳ');
    const [n] = findMatches('(주)', one(t), terms);
    expect(t.slice(n?.start, n?.end)).toBe('㈜');
  });
});
