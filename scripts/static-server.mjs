// A small static file server for the production build (npm start, e2e tests, benchmarks).
// Serves one folder at a time; `setRoot` swaps it, which is how tests ship "the next version".
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

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
 * The app's Content-Security-Policy, the same as the <meta> in index.html plus what only a
 * header can say: `frame-ancestors 'none'` (a <meta> policy ignores it). Hosts should send it.
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
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    });
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
