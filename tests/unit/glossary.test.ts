import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, Edition } from '../../src/article/model.ts';
import { parseArticle } from '../../src/article/parse.ts';
import { articleTexts, checkGlossaryCoverage } from '../../src/glossary/coverage.ts';
import { findTerms, unknownAcronyms } from '../../src/glossary/match.ts';
import { checkGlossary, GlossaryError, type GlossaryTerm } from '../../src/glossary/model.ts';
import {
  explainedInPlace,
  interactiveOccurrences,
  occurrences,
} from '../../src/glossary/occurrences.ts';

const root = new URL('../../content/', import.meta.url);
const glossary = checkGlossary(JSON.parse(readFileSync(new URL('glossary.json', root), 'utf8')));
const dir = new URL('posts/2024-08-23-kriss-aist/', root);
const source = readFileSync(new URL('source.txt', dir), 'utf8');
const edition = JSON.parse(readFileSync(new URL('edition.json', dir), 'utf8')) as Edition;
const parse = (terms: readonly GlossaryTerm[] = glossary.terms, src = source): Article =>
  parseArticle(src, edition, { hash: 'h', standIn: 's.svg', terms });
const terms = glossary.terms;
const found = (text: string) => findTerms(text, terms).map((m) => text.slice(m.start, m.end));
const ids = (text: string) => findTerms(text, terms).map((m) => m.termId);

describe('term matcher', () => {
  it('finds a term before a Korean particle', () => {
    expect(found('KRISS는 올해 1월')).toEqual(['KRISS']);
    expect(found('KRISS와 NMIJ* 간')).toEqual(['KRISS', 'NMIJ']);
    expect(found('qNMR을 활용한 인증표준물질(CRM) 개발')).toEqual(['qNMR', 'CRM']);
  });

  it('splits combined forms', () => {
    expect(ids('AIST-KRISS 간 업무협약')).toEqual(['aist', 'kriss']);
    expect(ids('(ⓒKRISS-NMIJ Summit 2024)')).toEqual(['kriss', 'nmij']);
    expect(ids('Business by Quantum-AI Technology')).toEqual(['ai']);
    expect(ids('G-QuAT**와의')).toEqual(['g-quat']);
  });

  it('never matches inside another word', () => {
    expect(found('AIST')).toEqual(['AIST']); // not "AI" inside AIST
    expect(found('MAIL, KRISSY, DXY, SAID, aid')).toEqual([]);
    expect(found('대한일 기관장회의')).toEqual([]);
  });

  it('finds the post’s own abbreviation in Korean', () => {
    expect(ids('(이하 ‘한일 기관장회의’) 및')).toEqual(['korea-japan-nmi-meeting']);
    expect(ids('제19차 한일 기관장회의는 7월')).toEqual(['korea-japan-nmi-meeting']);
  });

  it('flags acronym-like tokens with no entry, and only those', () => {
    expect(unknownAcronyms('KRISS와 NASA, 그리고 pH와 Dr. Kim', terms)).toEqual(['NASA']);
    expect(unknownAcronyms('KRISS-NMIJ Summit, Quantum-AI, qNMR', terms)).toEqual([]);
    expect(unknownAcronyms('the XYZ-KRISS link and mRNA', terms)).toEqual(['XYZ', 'mRNA']);
  });
});

describe('glossary data and build validation', () => {
  it('has every acronym of the post, each with all fields', () => {
    const names = terms.map((t) => t.term);
    for (const t of [
      'KRISS',
      'AIST',
      'NMIJ',
      'G-QuAT',
      'DX',
      'CRM',
      'qNMR',
      'MOU',
      'AI',
      '한일 기관장회의',
    ]) {
      expect(names).toContain(t);
    }
    for (const t of terms) expect(t.say).toMatch(/^[\uAC00-\uD7A3 ]+$/);
  });

  it('passes on the real post: no unknown acronym, no unused entry', () => {
    const article = parse();
    expect(() => checkGlossaryCoverage(article, terms)).not.toThrow();
    const counts = new Map<string, number>();
    for (const o of occurrences(article)) counts.set(o.termId, (counts.get(o.termId) ?? 0) + 1);
    expect(counts.get('kriss')).toBeGreaterThan(20);
    expect(counts.get('qnmr')).toBe(1);
  });

  it('fails when an acronym in the post has no entry', () => {
    const without = terms.filter((t) => t.id !== 'crm');
    expect(() => checkGlossaryCoverage(parse(without), without)).toThrow(/CRM/);
  });

  it('fails when an entry is never used', () => {
    const extra: GlossaryTerm = {
      ...(terms[0] as GlossaryTerm),
      id: 'nasa',
      term: 'NASA',
      forms: ['NASA'],
    };
    expect(() => checkGlossaryCoverage(parse([...terms, extra]), [...terms, extra])).toThrow(
      /never used.*NASA/,
    );
  });

  it('rejects malformed glossary data with a clear message', () => {
    expect(() => checkGlossary({})).toThrow(GlossaryError);
    const broken = { terms: [{ ...terms[0], en: { expansion: '' } }] };
    expect(() => checkGlossary(broken)).toThrow(/KRISS.*invalid/);
    expect(() => checkGlossary({ terms: [terms[0], terms[0]] })).toThrow(/duplicate/);
  });

  it('makes one control per term: its first occurrence in the body, never in title, subtitle or credits', () => {
    const article = parse();
    const list = occurrences(article);
    // Reading order starts with the title, which names KRISS first.
    const firstKriss = list.find((o) => o.termId === 'kriss');
    expect(firstKriss?.blockId).toBe('title');
    expect(articleTexts(article)[0]).toBe(article.title);

    const controls = interactiveOccurrences(list);
    expect(controls.size).toBe(terms.length);
    // Where the post spells a term out, it gets no control (CRM has none left).
    const explained = explainedInPlace(article);
    const explainedTerms = list.filter((o) => explained.has(o.id)).map((o) => o.termId);
    expect(explainedTerms).toEqual(['aist', 'nmij', 'aist', 'dx', 'crm', 'g-quat', 'ai']);
    const withoutExplained = interactiveOccurrences(list, false, explained);
    const controlled = list.filter((o) => withoutExplained.has(o.id));
    expect(controlled.map((o) => o.termId)).not.toContain('crm');
    expect(controlled.find((o) => o.termId === 'aist')?.blockId).toBe('p-2');
    expect(controls.has(firstKriss?.id ?? '')).toBe(false);
    const blocks = list.filter((o) => controls.has(o.id)).map((o) => o.blockId);
    expect(
      blocks.filter((b) => b === 'title' || b === 'subtitle' || b.endsWith('-credit')),
    ).toEqual([]);
    // KRISS's control is its first occurrence in the body, the first paragraph.
    const krissControl = list.find((o) => o.termId === 'kriss' && controls.has(o.id));
    expect(krissControl?.blockId).toBe('p-1');
  });

  it('per paragraph, when the reader asks for more: one control per term and block', () => {
    const list = occurrences(parse());
    const controls = interactiveOccurrences(list, true);
    const keys = list.filter((o) => controls.has(o.id)).map((o) => `${o.blockId} ${o.termId}`);
    expect(new Set(keys).size).toBe(keys.length);
    const krissBlocks = list.filter((o) => o.termId === 'kriss' && controls.has(o.id));
    expect(krissBlocks.length).toBeGreaterThan(5);
    expect(controls.size).toBeLessThan(list.length);
  });
});
