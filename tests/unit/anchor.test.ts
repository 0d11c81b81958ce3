// Highlights stay on their words when the post is updated: anchored by sentence id and offsets,
// found again by their text (with context), or flagged as lost.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/article/model.ts';
import {
  corpusOf,
  makeAnchor,
  pointAt,
  resolveAnchor,
  sentenceAnchor,
  sentenceSpans,
  type TextAnchor,
} from '../../src/notes/anchor.ts';
import { repairAnnotation } from '../../src/notes/model.ts';
import { defaultSettings } from '../../src/reader/settings.ts';
import { exportSettings, importFile, importSettings } from '../../src/reader/settings-file.ts';

/** A post of paragraphs, each given as its sentences (joined by a space). */
function post(...paragraphs: string[][]): { blocks: Block[] } {
  return {
    blocks: paragraphs.map((sentences, i) => {
      const id = `p-${i + 1}`;
      let at = 0;
      const spans = sentences.map((s, k) => {
        const span = { id: `${id}.s-${k + 1}`, start: at, end: at + s.length };
        at += s.length + 1;
        return span;
      });
      return {
        kind: 'paragraph' as const,
        id,
        n: i + 1,
        text: sentences.join(' '),
        sentences: spans,
        noteRefs: [],
        terms: [],
        foreign: [],
      };
    }),
  };
}

const before = post(
  [
    '한국표준과학연구원은 일본 산업기술종합연구소와 협력한다.',
    '양 기관은 양자 기술을 함께 연구한다.',
  ],
  ['회의는 대전에서 열렸다.', '양자 기술은 미래 산업의 핵심이다.'],
);

/** Highlights "양자 기술" in the given sentence of `before`. */
function quantum(s: string): TextAnchor {
  const c = corpusOf(before);
  const sentence = c.sentences.get(s);
  if (!sentence) throw new Error(s);
  const text = c.text.slice(sentence.start, sentence.end);
  const at = text.indexOf('양자 기술');
  const a = makeAnchor(c, { s, offset: at }, { s, offset: at + '양자 기술'.length });
  if (!a) throw new Error('no anchor');
  return a;
}

describe('anchors', () => {
  it('keep the quote and some context', () => {
    const a = quantum('p-1.s-2');
    expect(a.quote).toBe('양자 기술');
    expect(a.prefix.endsWith('양 기관은 ')).toBe(true);
    expect(a.suffix.startsWith('을 함께')).toBe(true);
    expect(makeAnchor(corpusOf(before), a.end, a.start)).toBeNull();
  });

  it('resolve exactly in the same post', () => {
    const c = corpusOf(before);
    const r = resolveAnchor(c, quantum('p-2.s-2'));
    expect(r.status).toBe('exact');
    if (r.status === 'lost') return;
    expect(c.text.slice(r.from, r.to)).toBe('양자 기술');
    expect(r.block).toBe('p-2');
  });

  it('a whole-sentence anchor and a range across sentences are drawn sentence by sentence', () => {
    const c = corpusOf(before);
    const whole = sentenceAnchor(c, 'p-1.s-2');
    expect(whole?.quote).toBe('양 기관은 양자 기술을 함께 연구한다.');
    const across = makeAnchor(c, { s: 'p-1.s-1', offset: 4 }, { s: 'p-1.s-2', offset: 4 });
    expect(across?.quote).toBe('과학연구원은 일본 산업기술종합연구소와 협력한다. 양 기관');
    const r = across && resolveAnchor(c, across);
    if (!r || r.status === 'lost') throw new Error('lost');
    expect(sentenceSpans(c, r.from, r.to)).toEqual([
      { s: 'p-1.s-1', start: 4, end: 30 },
      { s: 'p-1.s-2', start: 0, end: 4 },
    ]);
  });

  it('points between sentences move into the next (start) or previous (end) one', () => {
    const c = corpusOf(before);
    const gap = c.sentences.get('p-1.s-1')?.end ?? 0;
    expect(pointAt(c, gap)).toEqual({ s: 'p-1.s-2', offset: 0 });
    expect(pointAt(c, gap, true)).toEqual({ s: 'p-1.s-1', offset: 30 });
  });
});

describe('after a content update', () => {
  it('words inserted before the highlight: found in the same sentence, new offsets', () => {
    const after = post(
      [
        '한국표준과학연구원은 일본 산업기술종합연구소와 협력한다.',
        '양 기관은 앞으로 양자 기술을 함께 연구한다.',
      ],
      ['회의는 대전에서 열렸다.', '양자 기술은 미래 산업의 핵심이다.'],
    );
    const c = corpusOf(after);
    const r = resolveAnchor(c, quantum('p-1.s-2'));
    expect(r.status).toBe('moved');
    if (r.status === 'lost') return;
    expect(r.block).toBe('p-1');
    expect(r.anchor.start).toEqual({ s: 'p-1.s-2', offset: 10 });
    expect(c.text.slice(r.from, r.to)).toBe('양자 기술');
  });

  it('paragraphs added before: the context, not the old sentence id, finds the spot', () => {
    // A new first paragraph also says "양자 기술": paragraph numbers shift by one.
    const after = post(
      ['양자 기술 소식입니다.'],
      [
        '한국표준과학연구원은 일본 산업기술종합연구소와 협력한다.',
        '양 기관은 양자 기술을 함께 연구한다.',
      ],
      ['회의는 대전에서 열렸다.', '양자 기술은 미래 산업의 핵심이다.'],
    );
    const c = corpusOf(after);
    // p-2.s-2 (the old "…핵심이다") now is "양 기관은 양자 기술을…": the context decides.
    const r = resolveAnchor(c, quantum('p-2.s-2'));
    if (r.status === 'lost') throw new Error('lost');
    expect(r.block).toBe('p-3');
    expect(r.anchor.start.s).toBe('p-3.s-2');
  });

  it('the sentence split changed: found in the block by its text', () => {
    const after = post(
      [
        '한국표준과학연구원은 일본 산업기술종합연구소와 협력한다.',
        '양 기관은',
        '양자 기술을 함께 연구한다.',
      ],
      ['회의는 대전에서 열렸다. 양자 기술은 미래 산업의 핵심이다.'],
    );
    const c = corpusOf(after);
    const r1 = resolveAnchor(c, quantum('p-1.s-2'));
    if (r1.status === 'lost') throw new Error('lost');
    expect(r1.anchor.start).toEqual({ s: 'p-1.s-3', offset: 0 });
    const r2 = resolveAnchor(c, quantum('p-2.s-2'));
    if (r2.status === 'lost') throw new Error('lost');
    expect(r2.anchor.start.s).toBe('p-2.s-1');
  });

  it('spacing corrected: still found', () => {
    const after = post(
      [
        '한국표준과학연구원은 일본 산업기술종합연구소와 협력한다.',
        '양 기관은 양자기술을 함께 연구한다.',
      ],
      ['회의는 대전에서 열렸다.'],
    );
    const c = corpusOf(after);
    const r = resolveAnchor(c, quantum('p-1.s-2'));
    if (r.status === 'lost') throw new Error('lost');
    expect(c.text.slice(r.from, r.to)).toBe('양자기술');
  });

  it('the highlighted words changed: flagged as lost, quote kept', () => {
    const after = post(
      [
        '한국표준과학연구원은 일본 산업기술종합연구소와 협력한다.',
        '양 기관은 인공지능을 함께 연구한다.',
      ],
      ['회의는 대전에서 열렸다.'],
    );
    expect(resolveAnchor(corpusOf(after), quantum('p-1.s-2'))).toEqual({ status: 'lost' });
  });
});

describe('the settings file carries highlights and notes (version 2)', () => {
  const defaults = defaultSettings(['ko-KR']);
  const a = repairAnnotation({
    id: 'h-1',
    articleId: 'post',
    colour: 'blue',
    note: '다시 읽기',
    anchor: quantum('p-1.s-2'),
    createdAt: '2024-09-03T00:00:00.000Z',
    updatedAt: '2024-09-03T00:00:00.000Z',
  });
  if (!a) throw new Error('repair');

  it('round-trips settings and annotations', () => {
    const mine = { ...defaults, theme: 'dark' as const };
    const text = exportSettings(mine, [a]);
    expect(JSON.parse(text)).toMatchObject({ version: 2 });
    expect(importFile(text, defaults)).toEqual({ settings: mine, annotations: [a] });
  });

  it('a version 1 file still imports, with no annotations', () => {
    const text = JSON.stringify({
      format: 'nuri-reader-settings',
      version: 1,
      settings: { textSize: 150 },
    });
    expect(importFile(text, defaults)).toEqual({
      settings: { ...defaults, textSize: 150 },
      annotations: [],
    });
    expect(importSettings(text, defaults).textSize).toBe(150);
  });

  it('damaged annotations in a file are skipped, the rest imported', () => {
    const text = JSON.stringify({
      format: 'nuri-reader-settings',
      version: 2,
      settings: {},
      annotations: [null, { id: 'x' }, a, 'junk'],
    });
    expect(importFile(text, defaults).annotations).toEqual([a]);
  });
});
