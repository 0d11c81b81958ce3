// What ships to the browser: text is segmented and matched at build time only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

test('the browser never segments text: no Intl.Segmenter in any shipped script', () => {
  const dir = join('dist', 'assets');
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const segmenting = scripts.filter((f) =>
    readFileSync(join(dir, f), 'utf8').includes('Segmenter'),
  );
  expect(segmenting).toEqual([]);
});
