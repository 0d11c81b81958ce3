// The built app under its Content-Security-Policy: no violation and no request to another
// origin, whatever the reader does — online, and offline after a reload.
import { createHash } from 'node:crypto';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { installFakeSpeech } from './fake-speech.ts';
import { openReader, openSettings, selectText, waitUntilOfflineReady } from './helpers.ts';

const VIOLATIONS = '__nuriCspViolations';

interface Watch {
  /** Every request URL the page or its service worker made (data: and blob: left out). */
  requests: Set<string>;
  /** Every violation reported so far (this document's events are gathered first), by event
   * and by the browser's console. */
  violations(): Promise<string[]>;
}

/** Starts watching before the first navigation: call it first in a test. */
async function watchSecurity(page: Page, context: BrowserContext): Promise<Watch> {
  await page.addInitScript((key: string) => {
    const list: string[] = [];
    (window as unknown as Record<string, string[]>)[key] = list;
    document.addEventListener('securitypolicyviolation', (e) => {
      list.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  }, VIOLATIONS);
  const requests = new Set<string>();
  const record = (url: string) => {
    if (!/^(data|blob):/.test(url)) requests.add(url);
  };
  // The context also sees the service worker's own requests (precache, update checks).
  page.on('request', (r) => record(r.url()));
  context.on('request', (r) => record(r.url()));
  // A document's event list is lost on reload; the console keeps every "Refused to …".
  const logged: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) logged.push(`console: ${m.text()}`);
  });
  const events: string[] = [];
  const collect = async () => {
    // Violation events are queued as tasks: let them arrive.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    events.push(
      ...(await page.evaluate(
        (key) => (window as unknown as Record<string, string[] | undefined>)[key]?.splice(0) ?? [],
        VIOLATIONS,
      )),
    );
  };
  return {
    requests,
    async violations() {
      await collect();
      return [...events, ...logged];
    },
  };
}

/** Reload, first gathering what the old document reported. */
async function reloadKeeping(page: Page, watch: Watch): Promise<void> {
  await watch.violations();
  await page.reload();
}

function foreign(requests: Set<string>, origin: string): string[] {
  return [...requests].filter((url) => new URL(url).origin !== origin);
}

test('the served page allows inline code only by hash, and sends the policy as a header', async ({
  request,
}) => {
  const res = await request.get('/');
  expect(res.ok()).toBe(true);
  const header = res.headers()['content-security-policy'] ?? '';
  expect(header).toContain("frame-ancestors 'none'");
  const html = await res.text();
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  expect(meta).toBeDefined();
  expect(header).toBe(`${meta ?? ''}; frame-ancestors 'none'`);
  expect(meta).not.toMatch(/unsafe-|\*|https?:/);
  const sources = (name: string) =>
    (meta ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find((d) => d[0] === name)
      ?.slice(1) ?? [];
  const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  // The boot script and the stylesheet are inline for a fast first paint: each is allowed by
  // its own hash and nothing else inline is. The article's JSON data block is never executed.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  const inlineScripts: string[] = [];
  for (const [tag, attrs = '', body = ''] of scripts) {
    if (/\stype="application\/json"/.test(attrs)) {
      expect(() => JSON.parse(body) as unknown, 'data block').not.toThrow();
    } else if (/\ssrc=/.test(attrs)) {
      expect(body.trim(), tag.slice(0, 80)).toBe('');
    } else {
      inlineScripts.push(body);
    }
  }
  expect(inlineScripts).toHaveLength(1);
  expect(sources('script-src')).toEqual(["'self'", ...inlineScripts.map(sha256)]);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
  expect(styles).toHaveLength(1);
  expect(sources('style-src')).toEqual(["'self'", ...styles.map(sha256)]);
  expect(html).not.toMatch(/\sstyle\s*=/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
});

test('the policy is in force: injected inline script and style are refused', async ({
  page,
  context,
}) => {
  const watch = await watchSecurity(page, context);
  await openReader(page);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.injected = "yes";';
    document.head.append(script);
    const style = document.createElement('style');
    style.textContent = ':root { --nuri-injected: yes; }';
    document.head.append(style);
    return {
      script: document.documentElement.dataset.injected ?? null,
      style: getComputedStyle(document.documentElement).getPropertyValue('--nuri-injected'),
    };
  });
  expect(ran).toEqual({ script: null, style: '' });
  // The watcher sees them: the zero in the next test is not a blind spot.
  const seen = await watch.violations();
  expect(seen.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(seen.some((v) => v.startsWith('style-src'))).toBe(true);
});

test('reading, settings, glossary, read aloud and offline reload: no violation, no other origin', async ({
  page,
  context,
}) => {
  const watch = await watchSecurity(page, context);
  await installFakeSpeech(page);
  await openReader(page);
  const origin = new URL(page.url()).origin;

  await openSettings(page);
  for (const [label, theme] of [
    ['밝게', 'light'],
    ['세피아', 'sepia'],
    ['어둡게', 'dark'],
    ['고대비', 'contrast'],
  ] as const) {
    await page.getByLabel(label, { exact: true }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  }
  const size = page.getByRole('slider', { name: '글자 크기' });
  await size.fill('150');
  await expect(size).toHaveAttribute('aria-valuetext', '150%');
  await size.focus();
  await page.keyboard.press('ArrowRight');
  await expect(size).toHaveAttribute('aria-valuetext', '155%');

  const term = page.locator('article a.term').first();
  await term.click();
  await expect(term).toHaveAttribute('aria-expanded', 'true');

  await page.getByRole('banner').getByRole('link', { name: '용어 사전', exact: true }).click();
  await expect(page.locator('#glossary-title')).toBeFocused();

  // The settings sheet closes (Escape), uncovering the read-aloud button.
  await page.keyboard.press('Escape');
  await expect(page.locator('#settings-panel')).toBeHidden();

  // Read aloud (scripted voice): play, next sentence, the options, pause, "여기서부터 읽기".
  const bar = page.getByRole('region', { name: '읽어 주기' });
  await bar.getByRole('button', { name: '읽어 주기', exact: true }).click();
  await expect(page.locator('.is-reading')).toHaveAttribute('data-s', 'title.s-1');
  await bar.getByRole('button', { name: '다음 문장', exact: true }).click();
  await bar.getByRole('button', { name: '읽기 설정', exact: true }).click();
  await page.getByRole('slider', { name: '읽기 속도' }).fill('1.5');
  await selectText(page, '#p-2');
  await bar.getByRole('button', { name: '여기서부터 읽기, 문단 2' }).click();
  await expect(page.locator('.is-reading')).toHaveAttribute('data-s', 'p-2.s-1');
  await bar.getByRole('button', { name: '일시 정지', exact: true }).click();
  // (The new rate may land while paused: the sentence is then said again on resume.)
  await expect(bar.getByRole('button', { name: '이어 읽기', exact: true })).toBeVisible();
  await expect(page.locator('.is-reading')).toHaveAttribute('data-s', 'p-2.s-1');

  await waitUntilOfflineReady(page);
  await context.setOffline(true);
  await reloadKeeping(page, watch);
  await expect(page.locator('h1')).toHaveText(/^KRISS, 일본 산업기술종합연구소/);
  await expect(page.locator('.para')).toHaveCount(8);
  // The stored settings came back under the policy too (boot.js, then the app).
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await openSettings(page);
  await expect(page.getByRole('slider', { name: '글자 크기' })).toHaveAttribute(
    'aria-valuetext',
    '155%',
  );

  expect(await watch.violations()).toEqual([]);
  expect(watch.requests.size).toBeGreaterThan(0);
  expect(foreign(watch.requests, origin)).toEqual([]);
});
