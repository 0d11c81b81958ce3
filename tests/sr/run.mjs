// `npm run test:sr`: the post read by a real screen reader — Orca on Chromium, on a virtual
// display, speaking Korean through speech-dispatcher and espeak-ng — and what it said checked.
// Each scenario gets a fresh browser profile and screen-reader session (tests/sr/harness/) and
// is tried at most twice. Needs a production build in dist/ (or $NURI_OUT_DIR).
//
// Writes .tmp/sr.json ({ passed, failed, skipped, scenarios }) and transcripts to .tmp/sr/.
// Without Orca installed it skips with a message, except under CI, where that is a failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

const debugLog = () => join(SR_DIR, 'orca-debug.out');
const speechLog = () => join(SR_DIR, 'spd-log', 'speech-dispatcher.log');
const sleep = (seconds) => spawnSync('sleep', [String(seconds)]);

/** Every text Orca sent to the speech engine so far, in order (speech-dispatcher's log is
 * written as it happens; Orca's own debug log is flushed late, one event behind). */
function spokenSoFar() {
  if (!existsSync(speechLog())) return [];
  const out = [];
  for (const line of readFileSync(speechLog(), 'utf8').split('\n')) {
    const m = /speechd:\s+Incoming text: \|(.*)$/.exec(line);
    if (!m?.[1]) continue;
    const text = m[1]
      .replace(/<mark name="[^"]*"\/>/g, '')
      .replace(/<\/?speak>\|?/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .trim();
    if (text) out.push(text);
  }
  return out;
}

/**
 * Presses each key and waits until Orca has gone quiet (nothing new sent to speech for `quiet`
 * seconds, at most 12), so what it said is put under the key that caused it. Returns the
 * transcript in keys.sh format ("[KEY]" then one indented line per utterance).
 */
function keys(quiet, ...names) {
  let out = '';
  for (const name of names) {
    const from = spokenSoFar().length;
    sh('keys.sh', ['-d', '0.2', name]);
    const start = Date.now();
    let last = from;
    let still = Date.now();
    while (Date.now() - start < 12_000) {
      sleep(0.3);
      const now = spokenSoFar().length;
      if (now !== last) {
        last = now;
        still = Date.now();
      } else if (Date.now() - still >= quiet * 1000 && Date.now() - start > 800) break;
    }
    const said = spokenSoFar().slice(from);
    out += `[${name}]\n${said.map((l) => `    ${l}\n`).join('')}`;
  }
  return out;
}

/** Orca's own log lines (for what it does not send to speech, e.g. "Focus mode"). */
const debugLines = () =>
  existsSync(debugLog()) ? readFileSync(debugLog(), 'utf8').split('\n') : [];

/** A fresh session on the app, then one reload: a later visit, controlled by the worker. */
function startSession(url) {
  sh('session.sh', ['stop']);
  rmSync(SR_DIR, { recursive: true, force: true });
  const r = sh('session.sh', ['start', url], 180_000);
  if (r.status !== 0) throw new Error(`session did not start: ${r.stderr}`);
  // Let the worker install and the post be stored, then come back as a returning reader.
  sleep(8);
  keys(2.5, 'F5');
}

const scenarios = [
  {
    name: '40 lines from the top: each passage of the post once, no "clickable"',
    run() {
      const debugFrom = debugLines().length;
      let transcript = keys(0.9, 'Escape', 'ctrl+Home', ...Array(40).fill('Down'));
      sleep(2);
      // Orca's own log has every string it spoke (late, but complete; the speech engine's log
      // may lose one cut short): the repeats are counted over both.
      const orcaSaid = debugLines()
        .slice(debugFrom)
        .map((l) => /SPEECH OUTPUT: '(.*)'\s*(\{.*\})?\s*$/.exec(l)?.[1] ?? '')
        .filter((l) => l.trim());
      transcript += `[Orca's debug log]\n${orcaSaid.map((l) => `    ${l}\n`).join('')}`;
      const presses = [...parseTranscript(transcript).filter((p) => !p.key.startsWith('Orca'))];
      const problems = [];
      const orcaHeard = passagesHeard([{ index: 0, lines: orcaSaid }], post);
      if (orcaHeard.length < 15)
        problems.push(`Orca's log holds only ${orcaHeard.length} passages`);
      for (const r of repeatedPassages([{ index: 0, lines: orcaSaid }], post)) {
        problems.push(
          `Orca said ${r.heard}× (the post has it ${r.inPost}×): "${r.passage.slice(0, 60)}"`,
        );
      }
      if (orcaSaid.some((l) => /clickable/i.test(l))) problems.push('Orca said "clickable"');
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
      let debugFrom = 0;
      // Tab until the reader is on the first acronym (a handful of controls come first).
      for (let i = 0; i < 12 && !found; i++) {
        debugFrom = debugLines().length;
        const said = keys(1.5, 'Tab');
        transcript += said;
        found = said.includes(`${first.term} 링크`);
      }
      if (!found) problems.push(`Tab never reached the "${first.term}" term`);
      const opened = keys(2, 'Return');
      transcript += opened;
      if (!opened.includes(first.ko.expansion)) {
        problems.push(
          `Enter did not speak "${first.ko.expansion}": ${opened.replace(/\s+/g, ' ')}`,
        );
      }
      const closed = keys(2, 'Return');
      transcript += closed;
      if (!/접힘|collapsed/.test(closed)) problems.push('second Enter did not say it collapsed');
      // On the term, Orca stays in browse mode (arrow keys keep reading).
      sleep(1);
      const segment = debugLines().slice(debugFrom);
      const onTerm = segment.findLastIndex((l) => l.includes(`SPEECH OUTPUT: '${first.term} 링크`));
      if (segment.slice(onTerm + 1).some((l) => l.includes("SPEECH OUTPUT: 'Focus mode"))) {
        problems.push('Orca switched to focus mode on the term');
      }
      return { transcript, problems };
    },
  },
  {
    name: 'say all from the top reaches the title within 30 s',
    run() {
      let transcript = keys(1.5, 'Escape', 'ctrl+Home');
      const from = spokenSoFar().length;
      const titleStart = normalize(article.title).slice(0, 12);
      sh('keys.sh', ['-d', '0.2', 'KP_Add']);
      const start = Date.now();
      let secs = null;
      while (Date.now() - start < 40_000) {
        sleep(0.5);
        if (
          spokenSoFar()
            .slice(from)
            .some((l) => normalize(l).includes(titleStart))
        ) {
          secs = Math.round((Date.now() - start) / 100) / 10;
          break;
        }
      }
      keys(1, 'Control_L'); // stops say all
      transcript += `[KP_Add]\n${spokenSoFar()
        .slice(from)
        .map((l) => `    ${l}\n`)
        .join('')}`;
      const problems = [];
      if (secs === null) problems.push('say all did not reach the title within 40 s');
      else {
        transcript += `[title reached after ${secs} s]\n`;
        if (secs > 30) problems.push(`say all reached the title after ${secs} s`);
      }
      return { transcript, problems };
    },
  },
];

// The server runs in its own process: the harness is driven with spawnSync, which blocks this
// process's event loop (an in-process server would not answer the browser meanwhile).
const port = Number(process.env.SR_PORT ?? 4391);
const serverProcess = spawn('node', ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(port), NURI_OUT_DIR: root },
  stdio: 'ignore',
});
const server = {
  url: `http://127.0.0.1:${port}/`,
  close: () => serverProcess.kill(),
};
for (let i = 0; i < 50; i++) {
  const ok = await fetch(server.url).then(
    (r) => r.ok,
    () => false,
  );
  if (ok) break;
  await new Promise((r) => setTimeout(r, 200));
}
const results = [];
try {
  for (const [i, scenario] of scenarios.entries()) {
    // SR_ONLY=2 runs the second scenario alone (while working on it).
    if (process.env.SR_ONLY && Number(process.env.SR_ONLY) !== i + 1) continue;
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
  server.close();
  rmSync(SR_DIR, { recursive: true, force: true });
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
writeReport({ passed, failed, skipped: 0, scenarios: results });
console.log(`screen reader: ${passed} passed, ${failed} failed (transcripts in ${outDir}/)`);
process.exit(failed === 0 ? 0 : 1);
