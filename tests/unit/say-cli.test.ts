import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const say = (args: string[], input?: string) =>
  execFileSync('node', ['scripts/say.mjs', ...args], { cwd: root, input, encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; text: string; spoken: string });

describe('npm run say', () => {
  it('prints one JSON line per sentence: as written and as spoken', () => {
    const out = say(['KRISS와 AIST가 만났다. 4명이 참석했다.']);
    expect(out.map((s) => s.text)).toEqual(['KRISS와 AIST가 만났다.', '4명이 참석했다.']);
    expect(out[0]?.spoken).toBe('크리스와 에이아이에스티가 만났다.');
    expect(out[1]?.spoken).toBe('네 명이 참석했다.');
  }, 20_000);

  it('reads standard input when given no text, a paragraph per line', () => {
    const out = say([], 'G-QuAT**와의 워크숍\n한·일 회의\n');
    expect(out.map((s) => [s.id, s.spoken])).toEqual([
      ['p-1.s-1', '지쿼트와의 워크숍'],
      ['p-2.s-1', '한일 회의'],
    ]);
  }, 20_000);
});
