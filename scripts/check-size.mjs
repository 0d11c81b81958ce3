// `npm run size`: byte budgets over a production build (dist/, or $NURI_OUT_DIR, or argv[2]).
// Deterministic: sizes of files on disk, gzip at level 9. 1 KB = 1024 bytes.
//   first-load JS  ≤ 26.5 KB gzip — the scripts index.html loads or holds inline, plus every chunk
//                                 they preload or import statically (lazy chunks not counted)
//   CSS            ≤ 10 KB gzip — the stylesheets index.html links or holds inline
//   default font   ≤ 100 KB raw — the nuri-sans-*.woff2 files in assets/ (the UI's default face)
// Prints a table and exits 1 when any budget is exceeded (or the build is missing).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

const KB = 1024;

export const BUDGETS = {
  // 25 KB until the screen-reader and phone work (one control per term, glossary navigation,
  // docked read-aloud): the first screen needs that code. Measured 25.3 KB. 26.5 KB since the
  // reader essentials (issue 14: the find trigger and Ctrl+F, the notes and position slots) and
  // English phrases marked lang="en" (WCAG 3.1.2); everything else of those features, and the
  // strings of every lazily loaded tool, load on first use. Measured 26.1 KB.
  firstLoadJsGzip: 26.5 * KB,
  cssGzip: 10 * KB,
  defaultFontRaw: 100 * KB,
};

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Attribute value of `name` in one HTML start tag, or null. */
function attr(tag, name) {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/** Maps a URL found in the build (absolute, or relative to `fromFile`) to a file in `dir`. */
function fileFor(dir, url, fromFile) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null; // other origin
  const path = url.split(/[?#]/)[0] ?? '';
  if (!path.startsWith('/')) return join(dirname(fromFile), path);
  // An absolute path: strip the build's base path (BASE_PATH) segment by segment.
  const parts = path.split('/').filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const candidate = join(dir, ...parts.slice(i));
    if (existsSync(candidate)) return candidate;
  }
  return join(dir, ...parts);
}

/** Specifiers a module imports statically (import … from, import '…', export … from). */
export function staticImports(code) {
  const out = [];
  for (const node of parseAst(code).body) {
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportAllDeclaration' ||
        node.type === 'ExportNamedDeclaration') &&
      node.source &&
      typeof node.source.value === 'string'
    ) {
      out.push(node.source.value);
    }
  }
  return out;
}

/**
 * What the first load of index.html fetches: scripts (with their static import graph) and
 * stylesheets, as absolute file paths inside `dir`; and the scripts and styles it holds inline
 * (data blocks such as `type="application/json"` are not code and are not counted).
 */
export function firstLoadFiles(dir) {
  const indexFile = join(dir, 'index.html');
  const html = readFileSync(indexFile, 'utf8');
  const scripts = [];
  const styles = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src !== null) scripts.push({ url: src, module: attr(tag, 'type') === 'module' });
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (href === null) continue;
    if (rel.includes('modulepreload')) scripts.push({ url: href, module: true });
    if (rel.includes('stylesheet')) styles.push(href);
  }

  const js = new Set();
  const queue = [];
  for (const s of scripts) {
    const file = fileFor(dir, s.url, indexFile);
    if (!file || js.has(file)) continue;
    js.add(file);
    if (s.module) queue.push(file);
  }
  while (queue.length) {
    const file = queue.shift();
    if (!file || !existsSync(file)) continue;
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue; // bare: not a build file
      const dep = fileFor(dir, spec, file);
      if (!dep || js.has(dep)) continue;
      js.add(dep);
      queue.push(dep);
    }
  }
  const css = styles.map((u) => fileFor(dir, u, indexFile)).filter((f) => f !== null);
  const inlineJs = [];
  for (const [, open, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = (attr(open, 'type') ?? '').toLowerCase();
    if (attr(open, 'src') === null && ['', 'module', 'text/javascript'].includes(type)) {
      inlineJs.push(body);
    }
  }
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
  return { js: [...js], css: [...new Set(css)], inlineJs, inlineCss };
}

/** Measures every budgeted quantity of the build in `dir`. */
export function measureSizes(dir) {
  const root = resolve(dir);
  const { js, css, inlineJs, inlineCss } = firstLoadFiles(root);
  const missing = [...js, ...css].filter((f) => !existsSync(f));
  const entry = (file) => {
    const bytes = readFileSync(file);
    return {
      file: relative(root, file).split('\\').join(posix.sep),
      raw: bytes.length,
      gzip: gzipSize(bytes),
    };
  };
  const inline = (kind) => (text, i, all) => {
    const bytes = Buffer.from(text, 'utf8');
    const n = all.length > 1 ? ` ${i + 1}` : '';
    return { file: `index.html inline <${kind}>${n}`, raw: bytes.length, gzip: gzipSize(bytes) };
  };
  const jsFiles = [
    ...inlineJs.map(inline('script')),
    ...js.filter((f) => existsSync(f)).map(entry),
  ];
  const cssFiles = [
    ...inlineCss.map(inline('style')),
    ...css.filter((f) => existsSync(f)).map(entry),
  ];
  const assets = join(root, 'assets');
  const fontFiles = existsSync(assets)
    ? readdirSync(assets)
        .filter((n) => n.startsWith('nuri-sans-') && n.endsWith('.woff2'))
        .sort()
        .map((n) => entry(join(assets, n)))
    : [];
  const sum = (files, key) => files.reduce((n, f) => n + f[key], 0);
  const checks = [
    {
      name: 'first-load JS (gzip)',
      value: sum(jsFiles, 'gzip'),
      budget: BUDGETS.firstLoadJsGzip,
      files: jsFiles,
      key: 'gzip',
    },
    {
      name: 'CSS (gzip)',
      value: sum(cssFiles, 'gzip'),
      budget: BUDGETS.cssGzip,
      files: cssFiles,
      key: 'gzip',
    },
    {
      name: 'default font nuri-sans-* (raw)',
      value: sum(fontFiles, 'raw'),
      budget: BUDGETS.defaultFontRaw,
      files: fontFiles,
      key: 'raw',
    },
  ];
  const problems = missing.map((f) => `referenced but missing: ${relative(root, f)}`);
  if (jsFiles.length === 0) problems.push('index.html loads no script');
  if (fontFiles.length === 0) problems.push('no assets/nuri-sans-*.woff2 in the build');
  return { dir: root, checks, problems };
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;

export function formatSizeTable({ checks }) {
  const rows = [['budget', 'measured', 'limit', 'bytes', '']];
  for (const c of checks) {
    rows.push([
      c.name,
      kb(c.value),
      kb(c.budget),
      String(c.value),
      c.value <= c.budget ? 'ok' : 'OVER',
    ]);
    for (const f of c.files) rows.push([`  ${f.file}`, kb(f[c.key]), '', String(f[c.key]), '']);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function main() {
  const dir = process.argv[2] ?? process.env.NURI_OUT_DIR ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`No build in ${dir}/ (index.html missing). Run "npm run build" first.`);
    process.exit(1);
  }
  const result = measureSizes(dir);
  console.log(
    `Size budgets for ${relative(process.cwd(), result.dir) || '.'}/ (1 KB = 1024 B, gzip -9)`,
  );
  console.log(formatSizeTable(result));
  for (const p of result.problems) console.error(`error: ${p}`);
  const over = result.checks.filter((c) => c.value > c.budget);
  for (const c of over) {
    console.error(`error: ${c.name} is ${kb(c.value)}, over its ${kb(c.budget)} budget`);
  }
  process.exit(over.length || result.problems.length ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
