// Synthetic posts k× the real one (the body of source.txt repeated k times, with the editorial
// photo list repeated to match), and Node-side timings of the real parser and sentence
// segmenter on them. The TypeScript sources are loaded through Vite's module runner.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';
import { median } from './stats.mjs';

const POST = '2024-08-23-kriss-aist';

async function load(file) {
  const { module } = await runnerImport(resolve(file), { configFile: false, logLevel: 'silent' });
  return module;
}

/** The source and edition of the real post, plus the glossary terms the build marks. */
export function readPost(root = '.') {
  const dir = join(root, 'content', 'posts', POST);
  return {
    source: readFileSync(join(dir, 'source.txt'), 'utf8'),
    edition: JSON.parse(readFileSync(join(dir, 'edition.json'), 'utf8')),
    terms: JSON.parse(readFileSync(join(root, 'content', 'glossary.json'), 'utf8')).terms,
  };
}

/** The post with its body (everything between the subtitle line and the site chrome) × k. */
export function syntheticPost({ source, edition }, k) {
  const lines = source.split(/\r\n|\r|\n/);
  const subtitle = lines.findIndex((l) => /^-\s+\S.*\s+-$/.test(l.trim()));
  if (subtitle < 0) throw new Error('source.txt: no subtitle line found');
  let end = lines.findIndex(
    (l, i) => i > subtitle && edition.chrome.some((c) => l.trim().startsWith(c)),
  );
  if (end < 0) end = lines.length;
  const body = lines.slice(subtitle + 1, end);
  const text = [
    ...lines.slice(0, subtitle + 1),
    ...Array.from({ length: k }, () => body).flat(),
    ...lines.slice(end),
  ].join('\n');
  const photos = Array.from({ length: k }, () => edition.photos).flat();
  return { source: text, edition: { ...edition, photos } };
}

/** Every text the segmenter sees when the article is built: title, subtitle and each block. */
function texts(article) {
  const out = [
    [article.title, 'title'],
    [article.subtitle, 'subtitle'],
  ];
  for (const b of article.blocks) out.push([b.kind === 'figure' ? b.caption : b.text, b.id]);
  return out;
}

/**
 * Parse and segmentation times (ms, median of `runs` after one warm-up) for posts k× the real
 * one; returns the synthetic articles too (with the real id and hash, ready to be stored).
 */
export async function timeParsing({ factors, runs, hash, standIn }) {
  const { parseArticle } = await load('src/article/parse.ts');
  const { segmentSentences } = await load('src/speech/segment.ts');
  const post = readPost();
  const results = [];
  const articles = new Map();
  for (const k of factors) {
    const { source, edition } = syntheticPost(post, k);
    const parse = () => parseArticle(source, edition, { hash, standIn, terms: post.terms });
    let article = parse(); // warm-up
    const parseMs = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      article = parse();
      parseMs.push(performance.now() - t0);
    }
    const all = texts(article);
    const segment = () => {
      let n = 0;
      for (const [text, id] of all) n += segmentSentences(text, id).length;
      return n;
    };
    const sentences = segment(); // warm-up
    const segmentMs = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      segment();
      segmentMs.push(performance.now() - t0);
    }
    const json = JSON.stringify(article);
    articles.set(k, article);
    results.push({
      factor: k,
      sourceChars: source.length,
      blocks: article.blocks.length,
      paragraphs: article.blocks.filter((b) => b.kind === 'paragraph').length,
      sentences,
      jsonBytes: Buffer.byteLength(json),
      parseMs: median(parseMs),
      segmentMs: median(segmentMs),
      parseSamples: parseMs,
      segmentSamples: segmentMs,
    });
  }
  return { results, articles };
}
