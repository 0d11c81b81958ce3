import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Edition, Figure, Note, Paragraph } from '../../src/article/model.ts';
import { isFigure, isNote, isParagraph } from '../../src/article/model.ts';
import { ParseError, parseArticle } from '../../src/article/parse.ts';
import { isArticle } from '../../src/article/validate.ts';

const dir = new URL('../../content/posts/2024-08-23-kriss-aist/', import.meta.url);
const source = readFileSync(new URL('source.txt', dir), 'utf8');
const edition = JSON.parse(readFileSync(new URL('edition.json', dir), 'utf8')) as Edition;
const opts = { hash: 'test-hash', standIn: 'photos/stand-in.svg' };
const article = parseArticle(source, edition, opts);
const paragraphs = article.blocks.filter(isParagraph);
const figures = article.blocks.filter(isFigure);
const notes = article.blocks.filter(isNote);
const sourceLines = source.split('\n');

function parseError(fn: () => unknown): ParseError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    return e as ParseError;
  }
  throw new Error('expected a ParseError');
}

describe('parseArticle on the KRISS post', () => {
  it('reads the section and the title without the scraped "TOP"', () => {
    expect(article.section).toBe('KRISS 소식');
    expect(article.title).toBe(
      'KRISS, 일본 산업기술종합연구소(AIST)와 측정표준 및 양자기술 분야 협력 확대',
    );
  });

  it('reads author, publication time in KST as ISO with +09:00, and views', () => {
    expect(article.author).toBe('홍보실');
    expect(article.published).toBe('2024-08-23T15:47:00+09:00');
    expect(new Date(article.published).toISOString()).toBe('2024-08-23T06:47:00.000Z');
    expect(article.views).toBe(139);
  });

  it('reads the subtitle without its dashes', () => {
    expect(article.subtitle).toBe(
      'KRISS 대표단, 제19차 한·일 국가측정표준기관장회의 및 제1차 한·일 퀀텀워크숍 참석',
    );
  });

  it('keeps every body paragraph verbatim and in order', () => {
    const expected = [9, 13, 16, 19, 21, 24, 26, 27].map((n) => sourceLines[n - 1]);
    expect(paragraphs.map((p) => p.text)).toEqual(expected);
    expect(paragraphs.map((p) => p.id)).toEqual(paragraphs.map((_, i) => `p-${i + 1}`));
  });

  it('finds 7 captions covering 8 photos, the composite one split left/right', () => {
    expect(figures).toHaveLength(7);
    expect(figures.flatMap((f) => f.photos)).toHaveLength(8);
    const pair = figures[6] as Figure;
    expect(pair.photos.map((p) => [p.position, p.caption])).toEqual([
      ['left', 'KRISS 이용호 초전도양자컴퓨팅시스템연구단장이 발표 중인 모습'],
      ['right', 'G-QuAT 랩투어 진행 모습'],
    ]);
    for (const photo of figures.flatMap((f) => f.photos)) {
      expect(photo.alt.length).toBeGreaterThan(10);
      expect(photo.alt.length).toBeLessThanOrEqual(150);
      expect(photo.alt).not.toBe(photo.caption);
    }
    expect(figures[0]?.caption).toBe('제19차 한일 측정표준대표기관장회의 단체사진');
  });

  it('attaches the 4 credits to their figures', () => {
    expect(figures.map((f) => f.credit)).toEqual([
      'ⓒKRISS-NMIJ Summit 2024',
      'ⓒKRISS-NMIJ Summit 2024',
      'ⓒKRISS-NMIJ Summit 2024',
      'ⓒKRISS-NMIJ Summit 2024',
      null,
      null,
      null,
    ]);
  });

  it('attaches the footnotes * and ** to their markers', () => {
    expect(notes.map((n) => [n.id, n.marker, n.term, n.refBlockId])).toEqual([
      ['note-1', '*', 'NMIJ', 'p-1'],
      ['note-2', '**', 'G-QuAT', 'p-5'],
    ]);
    const p1 = paragraphs[0] as Paragraph;
    const p5 = paragraphs[4] as Paragraph;
    expect(p1.noteRefs).toHaveLength(1);
    expect(p1.text.slice(p1.noteRefs[0]?.offset, (p1.noteRefs[0]?.offset ?? 0) + 1)).toBe('*');
    expect(p1.text.slice(0, p1.noteRefs[0]?.offset)).toMatch(/NMIJ$/);
    expect(p5.text.slice(p5.noteRefs[0]?.offset, (p5.noteRefs[0]?.offset ?? 0) + 2)).toBe('**');
    expect((notes[0] as Note).text.startsWith('NMIJ(National Metrology Institute of Japan)')).toBe(
      true,
    );
  });

  it('places blocks in document order with notes after the paragraph that cites them', () => {
    expect(article.blocks.map((b) => b.id)).toEqual([
      'fig-1',
      'p-1',
      'note-1',
      'fig-2',
      'p-2',
      'fig-3',
      'p-3',
      'fig-4',
      'p-4',
      'fig-5',
      'p-5',
      'note-2',
      'fig-6',
      'p-6',
      'fig-7',
      'p-7',
      'p-8',
    ]);
  });

  it('drops the site chrome', () => {
    const all = JSON.stringify(article);
    for (const chrome of [
      'QUICK MENU',
      '원하시는 서비스를 클릭하세요!',
      '등록된 퀵메뉴가 없습니다.',
      'TOPKRISS',
    ]) {
      expect(all).not.toContain(chrome);
    }
  });

  it('gives sentences stable ids and keeps "Dr. Takashi Usuda" in one sentence', () => {
    const p2 = paragraphs[1] as Paragraph;
    expect(p2.sentences.map((s) => s.id)).toEqual(
      Array.from({ length: 6 }, (_, i) => `p-2.s-${i + 1}`),
    );
    const texts = p2.sentences.map((s) => p2.text.slice(s.start, s.end));
    expect(texts[1]).toBe(
      '7월 30일 오전, NMIJ 기관장인 Dr. Takashi Usuda의 환영사와 KRISS 이호성 원장의 답사를 시작으로 본격적인 회의의 막이 올랐다.',
    );
    // The sentences cover the text exactly, apart from the spaces between them.
    expect(texts.join(' ')).toBe(p2.text);
    expect(article.titleSentences[0]?.id).toBe('title.s-1');
  });

  it('is deterministic and produces data that passes the storage shape check', () => {
    expect(parseArticle(source, edition, opts)).toEqual(article);
    expect(isArticle(JSON.parse(JSON.stringify(article)))).toBe(true);
  });

  it('accepts CRLF line ends and a BOM', () => {
    const crlf = '\uFEFF' + source.replace(/\n/g, '\r\n');
    expect(parseArticle(crlf, edition, opts)).toEqual(article);
  });
});

describe('parseArticle on bad input', () => {
  it('rejects empty and blank input with a clear error', () => {
    expect(parseError(() => parseArticle('', edition, opts)).code).toBe('empty');
    expect(parseError(() => parseArticle(' \n\n \n', edition, opts)).code).toBe('empty');
    expect(parseError(() => parseArticle('QUICK MENU x\n', edition, opts)).code).toBe('empty');
  });

  it('rejects a source without a title', () => {
    const e = parseError(() => parseArticle('KRISS 소식\n', edition, opts));
    expect(e.code).toBe('missing-title');
    expect(e.message).toMatch(/title/);
  });

  it('rejects missing metadata and says which line', () => {
    const noViews = source.replace('- 조회수139\n', '');
    const e = parseError(() => parseArticle(noViews, edition, opts));
    expect(e.code).toBe('missing-meta');
    expect(e.message).toContain('조회수');
  });

  it('rejects an impossible date and a non-numeric view count', () => {
    expect(
      parseError(() =>
        parseArticle(source.replace('2024-08-23 15:47', '2024-02-30 15:47'), edition, opts),
      ).code,
    ).toBe('bad-date');
    expect(
      parseError(() => parseArticle(source.replace('2024-08-23 15:47', 'yesterday'), edition, opts))
        .code,
    ).toBe('bad-date');
    expect(
      parseError(() => parseArticle(source.replace('조회수139', '조회수많음'), edition, opts)).code,
    ).toBe('bad-views');
  });

  it('rejects a footnote whose marker is not in the text', () => {
    const e = parseError(() => parseArticle(source.replace('NMIJ* 간', 'NMIJ 간'), edition, opts));
    expect(e.code).toBe('orphan-note');
    expect(e.line).toBe(10);
  });

  it('rejects a photo without alt text, and alt text for a photo that does not exist', () => {
    const missing = { ...edition, photos: edition.photos.slice(1) };
    expect(parseError(() => parseArticle(source, missing, opts)).code).toBe('missing-alt');
    const extra = {
      ...edition,
      photos: [...edition.photos, { caption: '없는 사진', alt: '설명' }],
    };
    expect(parseError(() => parseArticle(source, extra, opts)).code).toBe('unused-alt');
  });

  it('rejects alt text that is too long, prefixed with "사진:", or a copy of the caption', () => {
    const withAlt = (alt: string) => ({
      ...edition,
      photos: edition.photos.map((p, i) => (i === 0 ? { ...p, alt } : p)),
    });
    for (const alt of [
      '가'.repeat(151),
      '사진: 단체 기념사진',
      '제19차 한일 측정표준대표기관장회의 단체사진.',
    ]) {
      const e = parseError(() => parseArticle(source, withAlt(alt), opts));
      expect(e.code).toBe('bad-alt');
      expect(e.line).toBe(7);
    }
    expect(parseError(() => parseArticle(source, withAlt('   '), opts)).code).toBe('missing-alt');
  });

  it('rejects a malformed editorial layer', () => {
    const bad = { ...edition, photos: [null] } as unknown as Edition;
    expect(parseError(() => parseArticle(source, bad, opts)).code).toBe('bad-edition');
    expect(parseError(() => parseArticle(source, {} as Edition, opts)).code).toBe('bad-edition');
  });

  it('rejects a credit with no caption', () => {
    const e = parseError(() =>
      parseArticle(source.replace('▲ 회의 중인 대표단의 모습\n', ''), edition, opts),
    );
    expect(e.code).toBe('orphan-credit');
    expect(e.line).toBe(14); // the credit line, once the caption above it is gone
  });
});
