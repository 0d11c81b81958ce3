// The benchmark's baseline: the same post as one bare static HTML page — no JavaScript, no
// stylesheet, no web font (the browser's default font) — generated from the built article JSON
// (shape: `Article` in src/article/model.ts), with the same stand-in images under photos/.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const esc = (s) =>
  String(s)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** The built article JSON in `<appDir>/content/`: its path and parsed value. */
export function readBuiltArticle(appDir) {
  const dir = join(appDir, 'content');
  const name = readdirSync(dir).find((n) => n.endsWith('.json'));
  if (!name) throw new Error(`no article JSON in ${dir}`);
  const file = join(dir, name);
  return { file, url: `content/${name}`, article: JSON.parse(readFileSync(file, 'utf8')) };
}

/** The post as static HTML, with the app's block ids (`p-1`, `fig-1`, `note-1`). */
export function baselineHtml(article) {
  const published = String(article.published);
  const shown = published.slice(0, 16).replace('T', ' ');
  const body = article.blocks.map((b) => {
    if (b.kind === 'paragraph') return `<p id="${esc(b.id)}">${esc(b.text)}</p>`;
    if (b.kind === 'note') {
      return `<p id="${esc(b.id)}"><small>${esc(b.marker)} ${esc(b.text)}</small></p>`;
    }
    const photos = b.photos
      .map(
        (p) =>
          `<img src="${esc(p.src)}" alt="${esc(p.alt)}" width="320" height="240" decoding="async">`,
      )
      .join('\n');
    const credit = b.credit ? ` <small>(${esc(b.credit)})</small>` : '';
    return `<figure id="${esc(b.id)}">\n${photos}\n<figcaption>▲ ${esc(b.caption)}${credit}</figcaption>\n</figure>`;
  });
  return `<!doctype html>
<html lang="${esc(article.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(article.title)}</title>
</head>
<body>
<main>
<article>
<h1>${esc(article.title)}</h1>
<p>${esc(article.section)} · ${esc(article.author)} · <time datetime="${esc(published)}">${esc(shown)}</time> · 조회수 ${esc(article.views)}</p>
<p><strong>${esc(article.subtitle)}</strong></p>
${body.join('\n')}
</article>
</main>
</body>
</html>
`;
}

/** Writes the baseline site (index.html + photos/) for the build in `appDir` into `outDir`. */
export function writeBaseline(appDir, outDir) {
  const { article } = readBuiltArticle(appDir);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'photos'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), baselineHtml(article));
  const images = new Set(
    article.blocks.flatMap((b) => (b.kind === 'figure' ? b.photos.map((p) => p.src) : [])),
  );
  for (const src of images) {
    mkdirSync(join(outDir, src, '..'), { recursive: true });
    copyFileSync(join(appDir, src), join(outDir, src));
  }
  return { outDir, article };
}
