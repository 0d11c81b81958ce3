import { describe, expect, it } from 'vitest';
import { glueTails, holdJoins, type Piece } from '../../src/article/inline.ts';

const term = (text: string): Piece => ({
  type: 'term',
  text,
  ref: { termId: text.toLowerCase(), start: 0, end: text.length },
});
const text = (t: string): Piece => ({ type: 'text', text: t });
const note: Piece = {
  type: 'noteRef',
  ref: { noteId: 'note-2', marker: '**', offset: 0, term: 'G-QuAT' },
};

describe('glueTails: what may not start a line stays with the mark before it', () => {
  it('moves a particle onto the term before it', () => {
    expect(glueTails([text('양 기관은 '), term('KRISS'), text('의 제안으로')])).toEqual([
      text('양 기관은 '),
      { ...term('KRISS'), tail: '의' },
      text(' 제안으로'),
    ]);
  });

  it('moves closing marks and a particle after a footnote marker or a term', () => {
    expect(glueTails([term('G-QuAT'), note, text('와의 협력')])).toEqual([
      term('G-QuAT'),
      { ...note, tail: '와의' },
      text(' 협력'),
    ]);
    expect(glueTails([text('디지털 전환('), term('DX'), text(')과 양자')])).toEqual([
      text('디지털 전환('),
      { ...term('DX'), tail: ')과' },
      text(' 양자'),
    ]);
    // The whole text was glued: nothing is left behind.
    expect(glueTails([term('NMIJ'), text('’)')])).toEqual([{ ...term('NMIJ'), tail: '’)' }]);
  });

  it('leaves text after a space, and text not after a mark, alone', () => {
    const pieces = [text('에서 '), term('AIST'), text(' 본원'), text('의')];
    expect(glueTails(pieces)).toEqual(pieces);
  });
});

describe('holdJoins: the joins in plain text a line may not break at', () => {
  it('holds a closing mark with the syllable after it, an opening quote with what follows', () => {
    expect(holdJoins('협력패키지(Cooperation Package)를 기반으로')).toEqual([
      { text: '협력패키지(Cooperation Package', held: false },
      { text: ')를', held: true },
      { text: ' 기반으로', held: false },
    ]);
    expect(holdJoins('이하 ‘한일')).toEqual([
      { text: '이하 ', held: false },
      { text: '‘한', held: true },
      { text: '일', held: false },
    ]);
  });

  it('holds the syllables around a middle dot, and leaves other text alone', () => {
    expect(holdJoins('제19차 한·일 국가')).toEqual([
      { text: '제19차 ', held: false },
      { text: '한·일', held: true },
      { text: ' 국가', held: false },
    ]);
    expect(holdJoins('측정표준 연구')).toEqual([{ text: '측정표준 연구', held: false }]);
  });
});
