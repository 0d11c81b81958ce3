#!/usr/bin/env node
// npm run --silent say -- "TEXT"      (or text on standard input)
// Prints one JSON object per sentence: {"id","text","spoken","chunks"} — what read-aloud says,
// computed by the app's own code. --full-first: say each acronym's meaning at its first mention.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const sayFullFirst = args.includes('--full-first');
const words = args.filter((a) => a !== '--full-first');
const input = words.length > 0 ? words.join(' ') : readFileSync(0, 'utf8');
if (input.trim() === '') {
  console.error('say: no text. Usage: npm run --silent say -- "TEXT"  (or pipe text in)');
  process.exit(2);
}
const { module } = await runnerImport(resolve(root, 'scripts/say-text.ts'), {
  configFile: false,
  logLevel: 'silent',
});
for (const sentence of module.sayText(input, root, { sayFullFirst })) {
  process.stdout.write(`${JSON.stringify(sentence)}\n`);
}
