// Read aloud with a real voice: Debian's espeak-ng Korean voice through speech-dispatcher
// (audio goes to libao's null driver). No stand-in: this is the browser's own speechSynthesis.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchOptions } from '../../scripts/browser.mjs';
import { expectNoAxeViolations, openReader } from './helpers.ts';

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

const available = has('speech-dispatcher') && has('espeak-ng');

/** A private HOME whose speech-dispatcher speaks with espeak-ng into libao's null driver. */
function speechHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'nuri-speechd-'));
  mkdirSync(join(home, '.config', 'speech-dispatcher'), { recursive: true });
  writeFileSync(
    join(home, '.config', 'speech-dispatcher', 'speechd.conf'),
    [
      'AudioOutputMethod "libao"',
      'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"',
      'DefaultModule espeak-ng',
      'DefaultLanguage "ko"',
      '',
    ].join('\n'),
  );
  writeFileSync(join(home, '.libao'), 'default_driver=null\n');
  return home;
}

test.use({
  launchOptions: {
    ...launchOptions,
    args: [...launchOptions.args, '--enable-speech-dispatcher'],
    env: { ...process.env, HOME: available ? speechHome() : tmpdir() },
  },
});

test.describe('real voice (espeak-ng via speech-dispatcher)', () => {
  test.skip(
    !available,
    'needs Debian packages speech-dispatcher espeak-ng speech-dispatcher-espeak-ng (.ci/run installs them)',
  );

  test('"읽어 주기" speaks the first two sentences in a Korean voice and highlights them', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.addInitScript(() => {
      const w = window as unknown as { __said: string[]; __lang: string[] };
      w.__said = [];
      w.__lang = [];
      const speak = speechSynthesis.speak.bind(speechSynthesis);
      // Observe (not replace) what the app asks the real engine to say.
      speechSynthesis.speak = (u) => {
        w.__said.push(u.text);
        w.__lang.push(u.voice?.lang ?? '');
        speak(u);
      };
    });
    await openReader(page);
    const voices = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const langs = () => speechSynthesis.getVoices().map((v) => v.lang);
          if (langs().length) resolve(langs());
          speechSynthesis.addEventListener('voiceschanged', () => resolve(langs()));
          setTimeout(() => resolve(langs()), 10_000);
        }),
    );
    expect(voices.some((l) => /^ko([-_]|$)/i.test(l))).toBe(true);
    await expect(page.getByText('이 기기에는 한국어 음성이 없어')).toHaveCount(0);

    // Every sentence highlighted, in order (espeak-ng may say a sentence in well under a second).
    await page.evaluate(() => {
      const w = window as unknown as { __marked: string[] };
      w.__marked = [];
      new MutationObserver(() => {
        const now = document.querySelector('.is-reading')?.getAttribute('data-s');
        if (now && w.__marked.at(-1) !== now) w.__marked.push(now);
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
    });
    const marked = () =>
      page.evaluate(() => (window as unknown as { __marked: string[] }).__marked.slice(0, 2));
    const bar = page.getByRole('region', { name: '읽어 주기' });
    await bar.getByRole('button', { name: '읽어 주기', exact: true }).click();
    // The title's `end` event moves reading on: the second sentence is spoken and highlighted.
    await expect.poll(marked, { timeout: 60_000 }).toEqual(['title.s-1', 'subtitle.s-1']);
    await expectNoAxeViolations(page);
    const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    const langs = await page.evaluate(() => (window as unknown as { __lang: string[] }).__lang);
    expect(said[0]).toMatch(/^크리스, 일본 산업기술종합연구소/);
    expect(said[1]).toMatch(/^크리스 대표단/);
    expect(langs[0]).toMatch(/^ko([-_]|$)/i);
    await bar.getByRole('button', { name: '정지', exact: true }).click();
    await expect(page.locator('.is-reading')).toHaveCount(0);
  });
});
