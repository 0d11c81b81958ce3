// A small static file server for the production build (npm start, e2e tests, benchmarks).
// Serves one folder at a time; `setRoot` swaps it, which is how tests ship "the next version".
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The Content-Security-Policy of the source index.html plus what only a header can say:
 * `frame-ancestors 'none'` (a <meta> policy ignores it). A build adds the hashes of its inline
 * boot script and stylesheet to its own <meta>; `policyFor` sends that one.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Values derived from a file, kept until the file changes (its mtime).
 * @template T
 */
function cacheByMtime() {
  /** @type {Map<string, { mtimeMs: number, value: T }>} */
  const entries = new Map();
  /** @param {string} key @param {number} mtimeMs @param {() => T} make @returns {T} */
  return (key, mtimeMs, make) => {
    const known = entries.get(key);
    if (known?.mtimeMs === mtimeMs) return known.value;
    const value = make();
    entries.set(key, { mtimeMs, value });
    return value;
  };
}

/** @type {(key: string, mtimeMs: number, make: () => string) => string} */
const policies = cacheByMtime();

/**
 * The policy for the build in `dir`: its index.html's <meta> policy (which the build completes
 * with the hashes of its inline boot script and stylesheet) plus `frame-ancestors 'none'`.
 * Falls back to CONTENT_SECURITY_POLICY when the page has no such <meta>.
 */
export function policyFor(dir) {
  const file = join(dir, 'index.html');
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return CONTENT_SECURITY_POLICY;
  return policies(file, stat.mtimeMs, () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(
      readFileSync(file, 'utf8'),
    )?.[1];
    return meta ? `${meta}; frame-ancestors 'none'` : CONTENT_SECURITY_POLICY;
  });
}

// Text is sent compressed, as any real host does (brotli when the browser offers it, else gzip);
// fonts and PNGs are compressed already.
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;
/** @param {string | string[] | undefined} accepted */
function pickEncoding(accepted) {
  // Codings the client accepts (q=0 means "not this one").
  const offered = String(accepted ?? '')
    .split(',')
    .map((e) => e.trim().split(/\s*;\s*/))
    .filter(([, ...params]) => !params.some((p) => /^q=0(\.0*)?$/.test(p)))
    .map(([coding]) => coding);
  if (offered.includes('br')) return 'br';
  if (offered.includes('gzip')) return 'gzip';
  return null;
}
/** @type {(key: string, mtimeMs: number, make: () => Buffer) => Buffer} */
const compressedFiles = cacheByMtime();
/** @param {string} file @param {number} mtimeMs @param {'br' | 'gzip'} encoding */
function compressed(file, mtimeMs, encoding) {
  return compressedFiles(`${encoding}:${file}`, mtimeMs, () => {
    const raw = readFileSync(file);
    return encoding === 'br' ? brotliCompressSync(raw) : gzipSync(raw, { level: 9 });
  });
}

/** @param {{ root: string, port?: number, host?: string }} options */
export function startStaticServer({ root, port = 0, host = '127.0.0.1' }) {
  let base = resolve(root);
  /** @type {((path: string) => boolean) | null} */
  let dropWhen = null;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (dropWhen?.(path)) {
      // A connection that drops mid-request: the browser sees a network error, as on a
      // flaky mobile link (tests only; `npm start` never sets this).
      req.socket.destroy();
      return;
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    let stat = statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      file = join(file, 'index.html');
      stat = statSync(file, { throwIfNoEntry: false });
    }
    if (!stat) {
      // An unknown path inside the app (e.g. a deep link) gets the app shell.
      const isPage = !extname(path);
      if (!isPage) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      file = join(base, 'index.html');
      stat = statSync(file, { throwIfNoEntry: false });
      if (!stat) {
        res.writeHead(404).end();
        return;
      }
    }
    const immutable = path.startsWith('/assets/') || /\.[0-9a-f]{16}\.json$/.test(path);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': policyFor(base),
      Vary: 'Accept-Encoding',
    };
    const encoding = COMPRESSIBLE.test(type) ? pickEncoding(req.headers['accept-encoding']) : null;
    if (encoding) {
      const body = compressed(file, stat.mtimeMs, encoding);
      res.writeHead(200, {
        ...headers,
        'Content-Encoding': encoding,
        'Content-Length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': stat.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((done) => {
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      done({
        url: `http://${host}:${actualPort}/`,
        setRoot(next) {
          base = resolve(next);
        },
        dropRequests(predicate) {
          dropWhen = predicate;
        },
        close: () => new Promise((closed) => server.close(() => closed(undefined))),
      });
    });
  });
}
