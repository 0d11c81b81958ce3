// `npm test`: every check in order — typecheck, lint + format, unit tests, production build,
// size budgets (scripts/check-size.mjs), browser tests, the screen-reader test. Runs them all even after a failure, then
// prints one line "N passed, N failed" (test cases plus one per whole-step check) and exits
// non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
rmSync('.tmp/summary.txt', { force: true });
const npx = (args, env = {}) => ({ cmd: 'npx', args, env });
let passed = 0;
let failed = 0;
const report = [];

function run(name, { cmd, args, env }) {
  console.log(`\n━━ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function step(name, command) {
  const ok = run(name, command);
  if (ok) passed++;
  else failed++;
  report.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  return ok;
}

/** Runs a test suite and counts its test cases from the runner's JSON report. */
function suite(name, command, jsonFile, count) {
  rmSync(jsonFile, { force: true });
  const ok = run(name, command);
  let counts = { passed: 0, failed: 0 };
  if (existsSync(jsonFile)) counts = count(JSON.parse(readFileSync(jsonFile, 'utf8')));
  // A runner that failed without reporting a failing test (crash, config error) counts once.
  if (!ok && counts.failed === 0) counts.failed = 1;
  passed += counts.passed;
  failed += counts.failed;
  report.push(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${counts.passed} passed, ${counts.failed} failed`);
}

step('typecheck', npx(['tsc', '--noEmit', '-p', 'tsconfig.json']));
step('pure core: no DOM, no Node', npx(['tsc', '--noEmit', '-p', 'tsconfig.core.json']));
step('lint', npx(['eslint', '.', '--max-warnings', '0']));
step('format', npx(['prettier', '--check', '.', '--log-level', 'warn']));

suite(
  'unit tests',
  npx([
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=.tmp/vitest.json',
  ]),
  '.tmp/vitest.json',
  (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests }),
);

const browserOk = step('browser available', {
  cmd: 'node',
  args: ['scripts/ensure-browser.mjs'],
  env: {},
});
const built = step('production build', { cmd: 'npm', args: ['run', 'build', '--silent'], env: {} });
if (built) {
  step('size budgets', { cmd: 'node', args: ['scripts/check-size.mjs'], env: {} });
} else {
  failed++;
  report.push('FAIL size budgets: not run (no build)');
}
if (browserOk && built) {
  suite(
    'browser tests',
    npx(['playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: '.tmp/playwright.json',
    }),
    '.tmp/playwright.json',
    (j) => ({
      passed: j.stats.expected + j.stats.flaky,
      failed: j.stats.unexpected,
    }),
  );
} else {
  failed++;
  report.push('FAIL browser tests: not run (no browser or no build)');
}

// A real screen reader (Orca) on the production build: tests/sr/run.mjs.
if (built) {
  suite(
    'screen reader',
    { cmd: 'node', args: ['tests/sr/run.mjs'], env: {} },
    '.tmp/sr.json',
    (j) => ({ passed: j.passed, failed: j.failed }),
  );
} else {
  failed++;
  report.push('FAIL screen reader: not run (no build)');
}

console.log(`\n━━ Summary\n${report.join('\n')}`);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('.tmp/summary.txt', summary + '\n');
console.log(summary);
process.exit(failed === 0 ? 0 : 1);
