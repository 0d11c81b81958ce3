// Transfer bytes by type for a list of fetched URLs: each URL is mapped back to its file in
// the served folder and measured raw, gzip (level 9) and brotli (quality 11) with node:zlib.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const TYPES = ['JS', 'CSS', 'fonts', 'HTML', 'JSON', 'images', 'other'];

export function typeOf(path) {
  const ext = extname(path).toLowerCase();
  if (ext === '.js' || ext === '.mjs') return 'JS';
  if (ext === '.css') return 'CSS';
  if (ext === '.woff2' || ext === '.woff' || ext === '.ttf') return 'fonts';
  if (ext === '.html' || ext === '') return 'HTML';
  if (ext === '.json' || ext === '.webmanifest') return 'JSON';
  if (['.svg', '.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.ico'].includes(ext)) {
    return 'images';
  }
  return 'other';
}

const cache = new Map();
function sizes(file) {
  let s = cache.get(file);
  if (!s) {
    const bytes = readFileSync(file);
    s = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }).length,
    };
    cache.set(file, s);
  }
  return s;
}

/** Maps a same-origin URL path to the file the static server sends for it. */
function fileFor(root, pathname) {
  const file = join(root, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  if (existsSync(file)) return file;
  // The server answers unknown extension-less paths with the app shell.
  return extname(pathname) ? null : join(root, 'index.html');
}

/**
 * Totals by type (and overall) for `paths` (URL paths, each counted once) served from `root`.
 * Paths with no file behind them are listed in `missing`.
 */
export function transferByType(root, paths) {
  const byType = Object.fromEntries(
    TYPES.map((t) => [t, { files: 0, raw: 0, gzip: 0, brotli: 0 }]),
  );
  const total = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  const missing = [];
  const files = [];
  for (const p of new Set(paths)) {
    const file = fileFor(root, p);
    if (!file || !existsSync(file)) {
      missing.push(p);
      continue;
    }
    const s = sizes(file);
    const t = typeOf(file);
    files.push({ path: p, type: t, ...s });
    for (const acc of [byType[t], total]) {
      acc.files++;
      acc.raw += s.raw;
      acc.gzip += s.gzip;
      acc.brotli += s.brotli;
    }
  }
  // "other" only when something fell into it.
  const shown = Object.fromEntries(
    Object.entries(byType).filter(([t, v]) => t !== 'other' || v.files > 0),
  );
  return { byType: shown, total, files, missing };
}

/** URL paths in a Workbox service worker's precache manifest (relative to the scope root). */
export function precachePaths(root, swFile = 'sw.js') {
  const file = join(root, swFile);
  if (!existsSync(file)) return [];
  const code = readFileSync(file, 'utf8');
  const urls = [...code.matchAll(/\burl\s*:\s*"([^"]+)"/g)].map((m) => m[1] ?? '');
  // The worker script and the Workbox runtime it imports come down with it.
  const runtime = [...code.matchAll(/define\(\s*\[\s*"\.\/([^"]+)"/g)].map((m) => `${m[1]}.js`);
  return [
    `/${swFile}`,
    ...runtime.map((r) => `/${r}`),
    ...urls.map((u) => `/${u.replace(/^\//, '')}`),
  ];
}
