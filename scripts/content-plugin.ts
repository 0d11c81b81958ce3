// Build step: content/ (verbatim source + editorial layer) → a hashed Article JSON asset.
// The app learns the asset's URL and hash from the virtual module `virtual:article-meta`,
// so the article itself stays out of the JavaScript bundle and is precached as data.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { Article, Edition } from '../src/article/model.ts';
import { ARTICLE_SCHEMA_VERSION } from '../src/article/model.ts';
import { parseArticle } from '../src/article/parse.ts';
import { checkGlossaryCoverage } from '../src/glossary/coverage.ts';
import { checkGlossary } from '../src/glossary/model.ts';

const VIRTUAL_ID = 'virtual:article-meta';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export interface BuiltArticle {
  article: Article;
  json: string;
  fileName: string;
}

/** Reads and parses one post; throws (failing the build) on any content error. */
export function buildArticle(root: string, postId: string): BuiltArticle {
  const dir = join(root, 'content', 'posts', postId);
  const source = readFileSync(join(dir, 'source.txt'), 'utf8');
  const editionText = readFileSync(join(dir, 'edition.json'), 'utf8');
  const edition = JSON.parse(editionText) as Edition;
  const glossaryText = readFileSync(join(root, 'content', 'glossary.json'), 'utf8');
  const glossary = checkGlossary(JSON.parse(glossaryText));
  const hash = createHash('sha256')
    .update(`${ARTICLE_SCHEMA_VERSION}\n${source}\n${editionText}\n${glossaryText}`)
    .digest('hex')
    .slice(0, 16);
  const article = parseArticle(source, edition, {
    hash,
    standIn: 'photos/stand-in.svg',
    terms: glossary.terms,
  });
  checkGlossaryCoverage(article, glossary.terms);
  const json = JSON.stringify(article);
  return { article, json, fileName: `content/${postId}.${hash}.json` };
}

export function contentPlugin(options: { postId: string }): Plugin {
  let root = process.cwd();
  let built: BuiltArticle | undefined;
  const load = (): BuiltArticle => (built ??= buildArticle(root, options.postId));

  return {
    name: 'nuri-content',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      built = undefined;
      load(); // fail fast: a content error stops the build here
      this.addWatchFile(join(root, 'content', 'posts', options.postId, 'source.txt'));
      this.addWatchFile(join(root, 'content', 'posts', options.postId, 'edition.json'));
      this.addWatchFile(join(root, 'content', 'glossary.json'));
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const { article, fileName } = load();
      const meta = { id: article.id, hash: article.hash, url: fileName, title: article.title };
      return `export const articleMeta = ${JSON.stringify(meta)};`;
    },
    generateBundle() {
      const { json, fileName } = load();
      this.emitFile({ type: 'asset', fileName, source: json });
    },
    configureServer(server) {
      server.middlewares.use((req, res, nextMiddleware) => {
        const { json, fileName } = load();
        if (req.url?.split('?')[0] === `/${fileName}`) {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(json);
          return;
        }
        nextMiddleware();
      });
    },
  };
}
