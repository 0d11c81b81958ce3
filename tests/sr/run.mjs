// `npm run test:sr`: the post read by a real screen reader — Orca on Chromium, on a virtual
// display, speaking Korean through speech-dispatcher and espeak-ng — and what it said checked.
// Each scenario gets a fresh browser profile and screen-reader session (tests/sr/harness/) and
// is tried at most twice. Needs a production build in dist/ (or $NURI_OUT_DIR).
//
// Writes .tmp/sr.json ({ passed, failed, skipped, scenarios }) and transcripts to .tmp/sr/.
// Without Orca installed it skips with a message, except under CI, where that is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from '../../scripts/static-server.mjs';
import {
  normalize,
  parseTranscript,
  passagesHeard,
  postText,
  repeatedPassages,
} from './transcript.mjs';

const here = new URL('.', import.meta.url).pathname;
const harness = join(here, 'harness');
const root = process.env.NURI_OUT_DIR ?? 'dist';
const outDir = '.tmp/sr';
const SR_DIR = join(process.env.TMPDIR ?? '/tmp', `nuri-sr-test-${process.pid}`);
mkdirSync(outDir, { recursive: true });

function writeReport(report) {
  writeFileSync('.tmp/sr.json', JSON.stringify(report, null, 2) + '\n');
}

const missing = [
  'orca',
  'Xvfb',
  'xdotool',
  'speech-dispatcher',
  'pulseaudio',
  'dbus-launch',
].filter((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status !== 0);
if (missing.length > 0) {
  const msg = `screen-reader test: ${missing.join(', ')} not installed; run tests/sr/harness/install.sh as root (Debian).`;
  if (process.env.CI) {
    console.error(msg);
    writeReport({ passed: 0, failed: 1, skipped: 0, scenarios: [] });
    process.exit(1);
  }
  console.log(`${msg} Skipped.`);
  writeReport({ passed: 0, failed: 0, skipped: 3, scenarios: [] });
  process.exit(0);
}
if (!existsSync(join(root, 'index.html'))) {
  console.error(`screen-reader test: no build in ${root}/ (run npm run build first)`);
  writeReport({ passed: 0, failed: 1, skipped: 0, scenarios: [] });
  process.exit(1);
}
const contentDir = join(root, 'content');
const articleFile = readdirSync(contentDir).find((f) => f.endsWith('.json'));
if (!articleFile) throw new Error(`no article JSON in ${contentDir}`);
const article = JSON.parse(readFileSync(join(contentDir, articleFile), 'utf8'));
const post = postText(article);

const env = { ...process.env, SR_DIR };
const sh = (script, args, timeout = 120_000) =>
  spawnSync('bash', [join(harness, script), ...args], { env, encoding: 'utf8', timeout });

/** Presses keys, `delay` seconds after each, and returns what Orca said (keys.sh format). */
function keys(delay, ...names) {
  const r = sh('keys.sh', ['-d', String(delay), ...names], 60_000 + names.length * delay * 1000);
  return r.stdout ?? '';
}

/** A fresh session on the app, then one reload: a later visit, controlled by the worker. */
function startSession(url) {
  sh('session.sh', ['stop']);
  rmSync(SR_DIR, { recursive: true, force: true });
  const r = sh('session.sh', ['start', url], 180_000);
  if (r.status !== 0) throw new Error(`session did not start: ${r.stderr}`);
  // Let the worker install and the post be stored, then come back as a returning reader.
  spawnSync('sleep', ['10']);
  keys(8, 'F5');
}

const clock = () => new Date().toTimeString().slice(0, 8);

const scenarios = [
  {
    name: '40 lines from the top: each passage of the post once, no "clickable"',
    run() {
      const transcript = keys(1.5, 'Escape', 'ctrl+Home', ...Array(40).fill('Down'));
      const presses = parseTranscript(transcript);
      const problems = [];
      const all = presses.flatMap((p) => p.lines);
      const clickable = all.filter((l) => /clickable/i.test(l));
      if (clickable.length) problems.push(`"clickable" said ${clickable.length} times`);
      for (const r of repeatedPassages(presses, post)) {
        problems.push(
          `said ${r.heard}× (the post has it ${r.inPost}×): "${r.passage.slice(0, 60)}"`,
        );
      }
      const heard = passagesHeard(presses, post);
      // The reader got into the post: its first paragraph's opening words were heard.
      const p1 = normalize(article.blocks.find((b) => b.kind === 'paragraph').text).slice(0, 10);
      if (!all.some((l) => normalize(l).includes(p1))) problems.push(`never reached "${p1}"`);
      if (heard.length < 15) problems.push(`only ${heard.length} passages of the post heard`);
      return { transcript, problems };
    },
  },
  {
    name: 'Enter on the first acronym speaks its meaning; browse mode stays',
    run() {
      const first = article.glossary.find((g) => g.id === 'kriss') ?? article.glossary[0];
      let transcript = keys(1.5, 'Escape', 'ctrl+Home');
      const problems = [];
      let found = false;
      // Tab until the reader is on the first acronym (a handful of controls come first).
      for (let i = 0; i < 12 && !found; i++) {
        const said = keys(2.5, 'Tab');
        transcript += said;
        found = said.includes(`${first.term} 링크`);
      }
      if (!found) problems.push(`Tab never reached the "${first.term}" term`);
      const afterTab = transcript.split(`${first.term} 링크`).at(-1) ?? '';
      if (/Focus mode|포커스 모드/.test(afterTab))
        problems.push('focus mode after Tab onto the term');
      const opened = keys(4, 'Return');
      transcript += opened;
      if (!opened.includes(first.ko.expansion)) {
        problems.push(
          `Enter did not speak "${first.ko.expansion}": ${opened.replace(/\s+/g, ' ')}`,
        );
      }
      const closed = keys(3, 'Return');
      transcript += closed;
      if (!/접힘|collapsed/.test(closed)) problems.push('second Enter did not say it collapsed');
      return { transcript, problems };
    },
  },
  {
    name: 'say all from the top reaches the title within 30 s',
    run() {
      let transcript = keys(2, 'Escape', 'ctrl+Home');
      const from = clock();
      const start = Date.now();
      transcript += keys(35, 'KP_Add');
      const spoken = spawnSync('python3', [join(harness, 'speech-log.py'), SR_DIR, from], {
        encoding: 'utf8',
      }).stdout;
      transcript += `\n[speech log from ${from}]\n${spoken}`;
      const titleStart = normalize(article.title).slice(0, 12);
      const line = spoken.split('\n').find((l) => normalize(l).includes(titleStart));
      const problems = [];
      if (!line)
        problems.push(`the title was not reached in ${Math.round((Date.now() - start) / 1000)} s`);
      else {
        const [h, m, s] = line.slice(0, 8).split(':').map(Number);
        const [h0, m0, s0] = from.split(':').map(Number);
        const secs = h * 3600 + m * 60 + s - (h0 * 3600 + m0 * 60 + s0);
        transcript += `\n[title reached after ${secs} s]\n`;
        if (secs > 30) problems.push(`the title came after ${secs} s`);
      }
      return { transcript, problems };
    },
  },
];

const server = await startStaticServer({ root, port: Number(process.env.SR_PORT ?? 4391) });
const results = [];
try {
  for (const [i, scenario] of scenarios.entries()) {
    let outcome = { transcript: '', problems: ['not run'] };
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        startSession(server.url);
        outcome = scenario.run();
      } catch (e) {
        outcome = { transcript: '', problems: [String(e)] };
      } finally {
        sh('session.sh', ['stop']);
      }
      writeFileSync(join(outDir, `scenario-${i + 1}-try-${attempt}.txt`), outcome.transcript);
      if (outcome.problems.length === 0) break;
      console.log(`  retrying "${scenario.name}": ${outcome.problems.join('; ')}`);
    }
    const ok = outcome.problems.length === 0;
    console.log(`${ok ? '  ✓' : '  ✘'} ${scenario.name}`);
    for (const p of outcome.problems) console.log(`      ${p}`);
    results.push({ name: scenario.name, ok, problems: outcome.problems });
  }
} finally {
  await server.close();
  rmSync(SR_DIR, { recursive: true, force: true });
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
writeReport({ passed, failed, skipped: 0, scenarios: results });
console.log(`screen reader: ${passed} passed, ${failed} failed (transcripts in ${outDir}/)`);
process.exit(failed === 0 ? 0 : 1);
