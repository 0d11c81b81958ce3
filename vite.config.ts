// Build: Preact app + content step + the root manifest.webmanifest + a Workbox service worker.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer, defineConfig, minifySync, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { buildArticle, contentPlugin } from './scripts/content-plugin.ts';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/** Serves and emits ./manifest.webmanifest as is: the root file is the manifest's single source. */
function manifestPlugin(): Plugin {
  const read = () => {
    const text = readFileSync(resolve(root, 'manifest.webmanifest'), 'utf8');
    JSON.parse(text); // fail the build on invalid JSON
    return text;
  };
  return {
    name: 'nuri-manifest',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: read() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/manifest.webmanifest') return next();
        res.setHeader('Content-Type', 'application/manifest+json');
        res.end(read());
      });
    },
  };
}

/** The dev server injects CSS as inline <style> elements, which index.html's strict
 * Content-Security-Policy forbids: leave the policy out there. The build always keeps it. */
function devCspPlugin(): Plugin {
  return {
    name: 'nuri-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

/** Puts src/boot.js and the app's stylesheet into index.html, so the first paint waits for no
 * second round trip, and allows exactly those two by their sha256 hashes in the page's
 * Content-Security-Policy (still no 'unsafe-inline'). */
function inlineFirstPaintPlugin(): Plugin {
  const sha256 = (text: string) =>
    `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const allow = (html: string, directive: string, source: string) => {
    const next = html.replace(
      /(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*)/,
      (meta) => meta.replace(`${directive} 'self'`, () => `${directive} 'self' ${source}`),
    );
    if (next === html) throw new Error(`index.html: no "${directive} 'self'" in its CSP <meta>`);
    return next;
  };
  return {
    name: 'nuri-inline-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const source = readFileSync(resolve(root, 'src/boot.js'), 'utf8');
        const min = minifySync('boot.js', source, { compress: true, mangle: true });
        if (min.errors.length) throw new Error(`boot.js: ${min.errors[0]?.message}`);
        const boot = min.code.trim();
        const bootTag = /<script src="[^"]*src\/boot\.js"[^>]*><\/script>/;
        if (!bootTag.test(html) || /<\/script/i.test(boot))
          throw new Error('boot.js: cannot inline');
        html = allow(html, 'script-src', sha256(boot)).replace(
          bootTag,
          () => `<script>${boot}</script>`,
        );

        const link = /<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/.exec(html);
        const href = link?.[1] ?? '';
        // The href carries the build's base path: match the bundle's file by its name.
        const fileName = Object.keys(ctx.bundle ?? {}).find((name) => href.endsWith(`/${name}`));
        const asset = fileName ? ctx.bundle?.[fileName] : undefined;
        if (!link || !fileName || asset?.type !== 'asset') throw new Error('stylesheet: not found');
        // No chunk may load it by itself (a CSS preload of a deleted file would fail).
        for (const chunk of Object.values(ctx.bundle ?? {})) {
          if (chunk.type === 'chunk' && chunk.code.includes(fileName)) {
            throw new Error(`stylesheet: ${chunk.fileName} refers to ${fileName}`);
          }
        }
        const css = (
          typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source)
        ).trim();
        if (/<\/style/i.test(css)) throw new Error('stylesheet: cannot inline');
        delete ctx.bundle?.[fileName]; // served inside index.html only
        return allow(html, 'style-src', sha256(css)).replace(
          link[0],
          () => `<style>${css}</style>`,
        );
      },
    },
  };
}

const POST_ID = '2024-08-23-kriss-aist';
const define = { __BUILD_ID__: JSON.stringify(process.env.NURI_BUILD_ID ?? pkg.version) };

/** Puts the app's first screen (the article with default settings) into index.html at build
 * time: the post paints from the HTML alone, and reads without JavaScript. The app then takes
 * over the same DOM. Until it does, `data-prerendered` keeps taps off controls with no handler. */
function prerenderPlugin(): Plugin {
  return {
    name: 'nuri-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          configFile: false,
          root,
          logLevel: 'error',
          appType: 'custom',
          define,
          server: { middlewareMode: true, hmr: false, ws: false },
          plugins: [preact(), contentPlugin({ postId: POST_ID })],
        });
        try {
          const mod = (await server.ssrLoadModule('/src/prerender.tsx')) as {
            prerender: (a: unknown) => string;
          };
          const { article, json } = buildArticle(root, POST_ID);
          const markup = mod.prerender(article);
          if (/\sstyle="/.test(markup)) throw new Error('prerender: inline style breaks the CSP');
          // The article's data rides along as a JSON data block (never executed, so the CSP's
          // script-src does not apply): the first visit needs no second request for it.
          const data = json.replace(/</g, '\\u003c');
          return html.replace(
            '<div id="app"></div>',
            () =>
              `<div id="app" data-prerendered="">${markup}</div>\n    <script type="application/json" id="nuri-article">${data}</script>`,
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}

/** Subsets the self-hosted fonts before the build (cached: it skips when nothing changed). */
function fontsPlugin(): Plugin {
  const run = () =>
    execFileSync(process.execPath, [resolve(root, 'scripts/build-fonts.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
  return { name: 'nuri-fonts', config: () => void run() };
}

export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  define,
  build: {
    target: 'es2022',
    // No preload helper in the first-load script: the lazily loaded parts (read-aloud, the
    // sheets) are precached by the service worker, and fetching a chunk's own imports one step
    // later costs nothing measurable, where the helper costs ~1.2 KB gzip on every first load.
    modulePreload: false,
    outDir: process.env.NURI_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
  plugins: [
    fontsPlugin(),
    preact(),
    contentPlugin({ postId: POST_ID }),
    prerenderPlugin(),
    inlineFirstPaintPlugin(),
    manifestPlugin(),
    devCspPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,png,woff2,webmanifest,wav}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Safe with a prompt: a first install has nothing to replace, and an update only
        // activates after the reader presses "새로 고침".
        clientsClaim: true,
      },
    }),
  ],
});
