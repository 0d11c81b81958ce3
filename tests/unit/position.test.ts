import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../scripts/content-plugin.ts';
import {
  measureBlocks,
  minutesLeft,
  placeFromLayout,
  placeOfBlock,
  positionAt,
  remainingChars,
  secondsToSay,
  sentenceOffsets,
  type BlockMeasure,
} from '../../src/reader/position-math.ts';
import { selectionScript, sentencesInOrder } from '../../src/speech/selection.ts';
import { buildScript } from '../../src/speech/script.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { article } = buildArticle(root, '2024-08-23-kriss-aist');

/** p-1 (100 chars), a figure (50), p-2 (100), a footnote (50): 300 characters. */
const blocks: BlockMeasure[] = [
  { id: 'p-1', paragraph: 1, chars: 100 },
  { id: 'fig-1', paragraph: 1, chars: 50 },
  { id: 'p-2', paragraph: 2, chars: 100 },
  { id: 'note-1', paragraph: 2, chars: 50 },
];

describe('where am I: position math', () => {
  it('counts paragraphs only; a photo or footnote belongs to the paragraph before it', () => {
    const measured = measureBlocks(article);
    const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph').length;
    expect(positionAt(measured, { index: 0, within: 0 }).paragraphs).toBe(paragraphs);
    for (const [i, b] of article.blocks.entries()) {
      const m = measured[i];
      expect(m?.id).toBe(b.id);
      if (b.kind === 'paragraph') expect(m?.paragraph).toBe(b.n);
      else expect(m?.paragraph).toBe(measured[i - 1]?.paragraph ?? 0);
    }
    const fig = article.blocks.find((b) => b.kind === 'figure');
    const figure = measured.find((m) => m.id === fig?.id);
    expect(fig?.kind === 'figure' && figure?.chars).toBe(
      fig?.kind === 'figure' &&
        fig.caption.length + fig.photos.reduce((s, p) => s + p.alt.length, 0),
    );
  });

  it('takes the first block whose lower edge is below the top of the reading area', () => {
    const extents = [
      { top: -500, bottom: -100 },
      { top: -100, bottom: 100 },
      { top: 100, bottom: 300 },
      { top: 300, bottom: 500 },
    ];
    expect(placeFromLayout(extents, 1)).toEqual({ index: 1, within: 101 / 200 });
    // Exactly at the line: that block is passed.
    expect(placeFromLayout([{ top: -10, bottom: 1 }, ...extents.slice(2)], 1).index).toBe(1);
    // Before the body (the headline is on screen).
    expect(placeFromLayout([{ top: 400, bottom: 600 }], 1)).toEqual({ index: -1, within: 0 });
    // The end of the post in view: the end.
    expect(placeFromLayout(extents, 1, true)).toEqual({ index: 3, within: 1 });
    expect(placeFromLayout([], 1)).toEqual({ index: -1, within: 0 });
  });

  it('gives paragraph n of N and the share of characters before the place', () => {
    expect(positionAt(blocks, { index: -1, within: 0 })).toEqual({
      paragraph: 0,
      paragraphs: 2,
      percent: 0,
    });
    expect(positionAt(blocks, { index: 0, within: 0 })).toEqual({
      paragraph: 1,
      paragraphs: 2,
      percent: 0,
    });
    // Half of p-1 read: 50 of 300.
    expect(positionAt(blocks, { index: 0, within: 0.5 }).percent).toBe(16);
    // In the figure after p-1: still paragraph 1.
    expect(positionAt(blocks, { index: 1, within: 0 })).toMatchObject({
      paragraph: 1,
      percent: 33,
    });
    expect(positionAt(blocks, { index: 2, within: 0 })).toMatchObject({
      paragraph: 2,
      percent: 50,
    });
    expect(positionAt(blocks, { index: 3, within: 1 }).percent).toBe(100);
    // 99.9 % is not 100 %.
    expect(positionAt(blocks, { index: 3, within: 0.99 }).percent).toBe(99);
  });

  it('places a sentence being read by its block and its offset', () => {
    expect(placeOfBlock(blocks, 'p-2', 25)).toEqual({ index: 2, within: 0.25 });
    expect(placeOfBlock(blocks, 'title')).toEqual({ index: -1, within: 0 });
    const offsets = sentenceOffsets(article);
    const p = article.blocks.find((b) => b.kind === 'paragraph');
    const second = p?.kind === 'paragraph' ? p.sentences[1] : undefined;
    expect(second && offsets.get(second.id)).toBe(second?.start);
    // A photo description comes after its figure's caption.
    const fig = article.blocks.find((b) => b.kind === 'figure');
    const desc = fig?.kind === 'figure' ? fig.photos[0]?.sentences[0] : undefined;
    expect(fig?.kind === 'figure' && desc && offsets.get(desc.id)).toBe(
      fig?.kind === 'figure' && fig.caption.length,
    );
  });

  it('time left: remaining characters of the script ÷ (8 per second × rate)', () => {
    expect(remainingChars([10, 20, 30], 1)).toBe(50);
    expect(remainingChars([10, 20, 30], 3)).toBe(0);
    expect(secondsToSay(960, 1)).toBe(120);
    expect(secondsToSay(960, 2)).toBe(60);
    expect(secondsToSay(960, 0.5)).toBe(240);
    expect(minutesLeft(59)).toBe(0);
    expect(minutesLeft(60)).toBe(1);
    expect(minutesLeft(150)).toBe(3);
    expect(minutesLeft(140)).toBe(2);
    // The whole post at rate 1 takes minutes, not seconds or hours.
    const script = buildScript(article, {
      photoDescriptions: true,
      footnotes: true,
      sayFullFirst: false,
    });
    const minutes = minutesLeft(
      secondsToSay(
        remainingChars(
          script.map((i) => i.say.length),
          0,
        ),
        1,
      ),
    );
    expect(minutes).toBeGreaterThan(2);
    expect(minutes).toBeLessThan(30);
  });
});

describe('선택 부분 읽기: speech for a selection', () => {
  const p2 = article.blocks.find((b) => b.id === 'p-2');
  if (p2?.kind !== 'paragraph') throw new Error('no p-2');
  const [s1, s2] = p2.sentences;
  if (!s1 || !s2) throw new Error('p-2 has fewer than two sentences');

  it('reads from inside one sentence to inside the next, with the same lexicon', () => {
    const items = selectionScript(
      article,
      { id: s1.id, offset: 5 },
      { id: s2.id, offset: 6 },
      false,
    );
    expect(items.map((i) => i.id)).toEqual([s1.id, s2.id]);
    expect(items.map((i) => i.target)).toEqual([s1.id, s2.id]);
    expect(items[0]?.blockId).toBe('p-2');
    // The first item is the end of the whole sentence's speech; acronyms said the same way.
    const whole = buildScript(article, {
      photoDescriptions: true,
      footnotes: true,
      sayFullFirst: false,
    }).find((i) => i.id === s1.id);
    expect(whole?.say.endsWith(items[0]?.say ?? 'x')).toBe(true);
    expect(items[0]?.say).not.toMatch(/AIST/);
    // Spans map into the sentence (the highlight's offsets).
    expect(items[0]?.spans[0]?.textStart).toBe(5);
    expect(items[1]?.say.length).toBeLessThanOrEqual(8);
  });

  it('swaps a backwards selection, skips blank parts, and ignores unknown ids', () => {
    const forward = selectionScript(
      article,
      { id: s1.id, offset: 0 },
      { id: s2.id, offset: 3 },
      false,
    );
    const backward = selectionScript(
      article,
      { id: s2.id, offset: 3 },
      { id: s1.id, offset: 0 },
      false,
    );
    expect(backward).toEqual(forward);
    expect(
      selectionScript(article, { id: s1.id, offset: 4 }, { id: s1.id, offset: 4 }, false),
    ).toEqual([]);
    expect(
      selectionScript(article, { id: 'p-99.s-1', offset: 0 }, { id: s1.id, offset: 3 }, false),
    ).toEqual([]);
    // The end offset past a sentence's length means its end.
    const all = selectionScript(
      article,
      { id: s1.id, offset: 0 },
      { id: s1.id, offset: 1e9 },
      false,
    );
    expect(all).toHaveLength(1);
  });

  it('follows the page order: a footnote where it is printed, photo descriptions in their figure', () => {
    const order = sentencesInOrder(article).map((s) => s.sentence.id);
    const ids = article.blocks.flatMap((b) =>
      b.kind === 'figure'
        ? [...b.sentences, ...b.photos.flatMap((p) => p.sentences)].map((s) => s.id)
        : b.sentences.map((s) => s.id),
    );
    expect(order.slice(order.length - ids.length)).toEqual(ids);
    expect(order[0]).toBe('title.s-1');
  });
});
