// Makes sure a Chromium is there for the browser tests: Debian's `chromium` (installed with
// apt when we are root), $CHROMIUM_PATH, or Playwright's own browser. Otherwise says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser.mjs';

function playwrightOwn() {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

let path = chromiumPath() ?? playwrightOwn();
if (!path) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chromium not found: installing Debian packages chromium and fonts-noto-cjk…');
    execFileSync(
      'sh',
      [
        '-c',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk',
      ],
      {
        stdio: 'inherit',
      },
    );
    path = chromiumPath();
  }
}
if (!path) {
  console.error(`No Chromium for the browser tests. Provide one of:
  - Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk
  - any Chromium or Chrome binary: export CHROMIUM_PATH=/path/to/chrome
  - Playwright's own build: npx playwright install chromium`);
  process.exit(1);
}
console.log(`Browser tests use ${path}`);
