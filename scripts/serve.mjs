// `npm start` / `npm run serve`: serve the production build on 127.0.0.1 and print the URL.
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

const root = process.env.NURI_OUT_DIR ?? 'dist';
if (!existsSync(`${root}/index.html`)) {
  console.error(`No build in ${root}/. Run "npm run build" first (or "npm start", which builds).`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
const server = await startStaticServer({ root, port });
console.log(`Nuri Reader is being served at ${server.url}`);
console.log('Press Ctrl+C to stop.');
