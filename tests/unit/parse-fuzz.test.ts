// Fuzzing the parser: whatever the source text (and editorial layer) is, parseArticle either
// returns a well-formed Article or throws its own ParseError, quickly and in linear time.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, Edition } from '../../src/article/model.ts';
import { ParseError, parseArticle, type ParseErrorCode } from '../../src/article/parse.ts';
import { isArticle } from '../../src/article/validate.ts';
import { checkGlossary } from '../../src/glossary/model.ts';

const content = new URL('../../content/', import.meta.url);
const dir = new URL('posts/2024-08-23-kriss-aist/', content);
const source = readFileSync(new URL('source.txt', dir), 'utf8');
const edition = JSON.parse(readFileSync(new URL('edition.json', dir), 'utf8')) as Edition;
const { terms } = checkGlossary(
  JSON.parse(readFileSync(new URL('glossary.json', content), 'utf8')),
);
const opts = { hash: 'fuzz', standIn: 's.svg', terms };
const lines = source.split('\n');

const CODES: readonly ParseErrorCode[] = [
  'empty',
  'missing-title',
  'missing-meta',
  'bad-date',
  'bad-views',
  'orphan-credit',
  'orphan-note',
  'missing-alt',
  'bad-alt',
  'unused-alt',
  'bad-edition',
];

/** One parse of an input must take less than this, even on a loaded 2-core machine. */
const BUDGET_MS = 500;

/** Spans (sentences, terms, note markers) lie inside their text; block ids are unique. */
function checkArticle(a: Article): void {
  expect(isArticle(JSON.parse(JSON.stringify(a)))).toBe(true);
  const inside = (text: string, spans: readonly { start: number; end: number }[]) => {
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(text.length);
    }
  };
  inside(a.title, a.titleSentences);
  inside(a.title, a.titleTerms);
  inside(a.subtitle, a.subtitleSentences);
  inside(a.subtitle, a.subtitleTerms);
  for (const b of a.blocks) {
    const text = b.kind === 'figure' ? b.caption : b.text;
    inside(text, b.sentences);
    inside(text, b.terms);
    if (b.kind === 'paragraph') {
      for (const r of b.noteRefs) {
        expect(text.slice(r.offset, r.offset + r.marker.length)).toBe(r.marker);
      }
    }
  }
  const ids = a.blocks.map((b) => b.id);
  expect(new Set(ids).size).toBe(ids.length);
}

/** Parses, timing the parser alone: the Article, or the ParseError it threw. Anything else
 * thrown propagates and fails the property. */
function timedParse(
  text: string,
  ed: unknown = edition,
): { ms: number; result: Article | ParseError } {
  const started = performance.now();
  try {
    const article = parseArticle(text, ed as Edition, opts);
    return { ms: performance.now() - started, result: article };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { ms: performance.now() - started, result: e };
  }
}

/** 'article' or the ParseError's code, after checking either is well-formed and was quick. */
function outcome(text: string, ed: unknown = edition): 'article' | ParseErrorCode {
  const { ms, result } = timedParse(text, ed);
  // A slow input is slow every time; a busy machine's pause is not: re-time before failing.
  if (ms >= BUDGET_MS) {
    const again = Math.min(timedParse(text, ed).ms, timedParse(text, ed).ms);
    expect(again, `parse took ${Math.round(ms)} ms, then ${Math.round(again)} ms`).toBeLessThan(
      BUDGET_MS,
    );
  }
  if (result instanceof ParseError) {
    expect(CODES).toContain(result.code);
    expect(result.message).not.toBe('');
    return result.code;
  }
  checkArticle(result);
  return 'article';
}

// Characters that mean something to the parser or are awkward in text, plus any code point and
// lone surrogate halves (a JS string may hold them even though UTF-8 files cannot).
const awkward = fc.constantFrom(
  '▲',
  'ⓒ',
  '*',
  '**',
  '-',
  '- ',
  ' -',
  '(',
  ')',
  '/',
  '(좌)',
  '(우)',
  ':',
  '：',
  ' ',
  '\t',
  '\u00a0',
  '\u3000',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\u2029',
  '\r',
  '\n',
  '\r\n',
  'Dr.',
  'NMIJ',
  'G-QuAT',
  'KRISS는',
  '가',
  '한·일',
  '.',
  '?',
  '!',
  '0',
  '9',
);
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const unit = fc.oneof(
  { weight: 3, arbitrary: awkward },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: surrogate },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);
const unicode = (maxLength: number) => fc.string({ unit, maxLength });

/** Lines shaped like the source's own (metadata, captions, credits, notes, chrome). */
const sourceLikeLine = fc.oneof(
  fc.constantFrom(...lines),
  unicode(40).map((s) => `▲ ${s}`),
  unicode(40).map((s) => `(ⓒ${s})`),
  unicode(40).map((s) => `* ${s}`),
  unicode(40).map((s) => `** ${s}`),
  unicode(40).map((s) => `- ${s} -`),
  unicode(20).map((s) => `- 작성자${s}`),
  unicode(20).map((s) => `- 작성일자${s}`),
  unicode(20).map((s) => `- 조회수${s}`),
  fc.tuple(unicode(20), unicode(20)).map(([left, right]) => `▲ (좌) ${left} / (우) ${right}`),
  unicode(80),
);

type Mutation =
  | { op: 'delete' | 'duplicate'; at: number }
  | { op: 'swap'; at: number; to: number }
  | { op: 'shuffle'; at: number; count: number; seed: number }
  | { op: 'insert'; at: number; offset: number; text: string }
  | { op: 'replace'; at: number; text: string }
  | { op: 'truncate'; at: number };

const index = fc.nat({ max: 10_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete', 'duplicate'), at: index }),
  fc.record({ op: fc.constant('swap'), at: index, to: index }),
  fc.record({
    op: fc.constant('shuffle'),
    at: index,
    count: fc.integer({ min: 2, max: 12 }),
    seed: fc.nat(),
  }),
  fc.record({ op: fc.constant('insert'), at: index, offset: index, text: unicode(12) }),
  fc.record({ op: fc.constant('replace'), at: index, text: sourceLikeLine }),
  fc.record({ op: fc.constant('truncate'), at: fc.nat({ max: source.length }) }),
);

function mutate(original: readonly string[], mutations: readonly Mutation[]): string {
  let ls = [...original];
  for (const m of mutations) {
    const n = Math.max(ls.length, 1);
    const i = m.at % n;
    switch (m.op) {
      case 'delete':
        ls.splice(i, 1);
        break;
      case 'duplicate':
        ls.splice(i, 0, ls[i] ?? '');
        break;
      case 'swap': {
        const j = m.to % n;
        [ls[i], ls[j]] = [ls[j] ?? '', ls[i] ?? ''];
        break;
      }
      case 'shuffle': {
        // A deterministic Fisher–Yates over `count` lines from `at` (seeded, so it shrinks).
        const part = ls.slice(i, i + m.count);
        let seed = m.seed;
        for (let k = part.length - 1; k > 0; k--) {
          seed = (seed * 1103515245 + 12345) % 2 ** 31;
          const r = seed % (k + 1);
          [part[k], part[r]] = [part[r] ?? '', part[k] ?? ''];
        }
        ls.splice(i, part.length, ...part);
        break;
      }
      case 'insert': {
        const line = ls[i] ?? '';
        const at = m.offset % (line.length + 1);
        ls[i] = line.slice(0, at) + m.text + line.slice(at);
        break;
      }
      case 'replace':
        ls[i] = m.text;
        break;
      case 'truncate':
        ls = ls.join('\n').slice(0, m.at).split('\n');
        break;
    }
  }
  return ls.join('\n');
}

const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

describe('parser fuzz: an Article or a ParseError, never anything else', () => {
  it('random text', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(unicode(2000), (text) => {
        outcome(text);
      }),
      { numRuns: 400 },
    );
  });

  it('random lines shaped like the source', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(sourceLikeLine, { maxLength: 40 }), lineEnd, (ls, end) => {
        outcome(ls.join(end));
      }),
      { numRuns: 400 },
    );
  });

  it(
    'the real source with lines deleted, duplicated, shuffled, edited or cut off',
    {
      timeout: 60_000,
    },
    () => {
      const seen = new Set<string>();
      fc.assert(
        fc.property(
          fc.array(mutation, { minLength: 1, maxLength: 6 }),
          lineEnd,
          (mutations, end) => {
            seen.add(outcome(mutate(lines, mutations).replace(/\n/g, end)));
          },
        ),
        { numRuns: 600 },
      );
      // The mutations reach past the header: both outcomes and several kinds of error occur.
      expect(seen).toContain('article');
      expect(seen.size).toBeGreaterThan(4);
    },
  );

  it('the real source with a damaged editorial layer', { timeout: 60_000 }, () => {
    const damaged = fc.oneof(
      fc.anything(),
      fc.record({
        id: fc.oneof(fc.constant(edition.id), fc.anything()),
        lang: fc.oneof(fc.constant(edition.lang), fc.anything()),
        titlePrefix: fc.oneof(fc.constant(edition.titlePrefix), unicode(6)),
        chrome: fc.oneof(fc.constant(edition.chrome), fc.array(unicode(6))),
        timezoneOffset: fc.oneof(
          fc.constant(edition.timezoneOffset),
          fc.stringMatching(/^[+-]\d{2}:\d{2}$/),
          unicode(6),
        ),
        photos: fc.oneof(
          fc.constant(edition.photos),
          fc.shuffledSubarray(edition.photos),
          fc.array(fc.record({ caption: unicode(20), alt: unicode(40) }), { maxLength: 3 }),
          fc.anything(),
        ),
      }),
    );
    fc.assert(
      fc.property(damaged, (ed) => {
        outcome(source, ed);
      }),
      { numRuns: 400 },
    );
  });

  it('known inputs that once were slow or odd stay fast and typed', { timeout: 60_000 }, () => {
    const header = lines.slice(0, 5).join('\n');
    const spaces = ' '.repeat(50_000);
    for (const text of [
      // Long runs of spaces where the subtitle and composite-caption patterns look.
      `${header}\n- a${spaces}b\n본문.`,
      `${header}\n- a${spaces}b -\n본문.`,
      `${header}\n▲ (좌)a${spaces}b\n본문.`,
      `${header}\n▲ (좌) a${' /'.repeat(25_000)} (우)`,
      `${header}\n${'*'.repeat(50_000)}`,
      `${header}\n- ${'- '.repeat(25_000)}`,
      '\uFEFF\uFEFF',
      '\ud800\n\udc00',
      '\u2028\u2029',
      header.replace(/\n/g, '\u2028'),
    ]) {
      outcome(text);
    }
  });
});

/** Smallest of several timed runs (after a warm-up), per character of input. */
function perChar(text: string, runs = 7): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) best = Math.min(best, timedParse(text).ms);
  return best / text.length;
}

/** Per-character time of the larger input over that of the smaller one (1 = linear). */
function growth(small: string, large: string): number {
  perChar(small, 2); // warm-up: JIT, Intl data, regex compilation
  perChar(large, 2);
  return perChar(large) / perChar(small);
}

describe('parser time grows linearly with the input', () => {
  // Header (section … subtitle) once, then the body repeated: a longer post of the same shape.
  const headerEnd = lines.findIndex((l) => l.startsWith('- ') && l.endsWith(' -')) + 1;
  const header = lines.slice(0, headerEnd);
  const body = lines.slice(headerEnd);
  const repeated = (n: number) =>
    [...header, ...Array.from({ length: n }, () => body).flat()].join('\n');

  it('10× and 40× the body', { timeout: 60_000 }, () => {
    const ten = repeated(10);
    const forty = repeated(40);
    const blocks = parseArticle(source, edition, opts).blocks.length;
    expect(parseArticle(forty, edition, opts).blocks).toHaveLength(40 * blocks);
    expect(growth(ten, forty)).toBeLessThan(3);
  });

  it('one line with a long run of spaces', { timeout: 60_000 }, () => {
    const header = lines.slice(0, 5).join('\n');
    const line = (n: number) => `${header}\n- a${' '.repeat(n)}b\n▲ (좌)a${' '.repeat(n)}b`;
    expect(growth(line(5_000), line(40_000))).toBeLessThan(3);
  });
});
