// The screen-reader test's judge: fed what Orca really said before and after the fix
// (transcripts recorded with tests/sr/harness), it must tell the two apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  normalize,
  parseTranscript,
  passagesHeard,
  repeatedPassages,
} from '../../tests/sr/transcript.mjs';

const fixture = (name: string) =>
  readFileSync(new URL(`../sr/fixtures/${name}`, import.meta.url), 'utf8');
// The paragraphs the fixtures reach, as published (enough of the post for the judge).
const source = readFileSync(
  new URL('../../content/posts/2024-08-23-kriss-aist/source.txt', import.meta.url),
  'utf8',
);
const post = source
  .split('\n')
  .map((l) => normalize(l.replace(/^[▲-]\s*/, '')))
  .join('\n');

describe('screen-reader transcript judge', () => {
  it('parses key presses and what was said after each', () => {
    const presses = parseTranscript('[Down]\n    본문 바로가기.\n    banner\n[Tab]\n');
    expect(presses).toEqual([
      { key: 'Down', index: 0, lines: ['본문 바로가기.', 'banner'] },
      { key: 'Tab', index: 1, lines: [] },
    ]);
  });

  it("strips Orca's role and state words before matching", () => {
    expect(normalize('KRISS, 일본 산업기술종합연구소(AIST)와 측정표준 및  머리글 level 1.')).toBe(
      'KRISS, 일본 산업기술종합연구소(AIST)와 측정표준 및',
    );
    expect(normalize('이호성 원장을 비롯한  clickable.')).toBe('이호성 원장을 비롯한');
    expect(normalize('제19차 한·일 국가측정표준기관장회의')).toBe(
      '제19차 한일 국가측정표준기관장회의',
    );
  });

  it('finds the paragraphs read again in the recording made before the fix', () => {
    const repeats = repeatedPassages(parseTranscript(fixture('orca-40-down-before.txt')), post);
    expect(repeats.length).toBeGreaterThan(5);
    expect(repeats.some((r) => r.passage.startsWith('교대로 주관해오고 있다'))).toBe(true);
  });

  it('finds no repeats in the recording made after it, and hears the post', () => {
    const presses = parseTranscript(fixture('orca-30-down-after.txt'));
    expect(repeatedPassages(presses, post)).toEqual([]);
    expect(passagesHeard(presses, post).length).toBeGreaterThan(15);
  });
});
