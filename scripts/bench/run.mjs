// `npm run bench`: builds the production app (into .tmp/bench/app, so dist/ is left alone) and a
// bare static baseline of the same post, serves them one after the other from one static
// server on 127.0.0.1, measures both in Chromium and writes bench/results/latest.{json,md}.
//
//   BENCH_RUNS=5                 iterations per measurement (medians are reported)
//   BENCH_PORT=4300              port of the static server
//   BENCH_SKIP_BUILD=1           reuse an existing build in the work folder
//   BENCH_WORK=.tmp/bench        work folder (app build, baseline)
//   BENCH_RESULTS=bench/results  where latest.json and latest.md go
//
// Targets are reported as pass/miss; the command fails only when the benchmark itself breaks.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, devices, expect } from '@playwright/test';
import { launchOptions } from '../browser.mjs';
import { measureSizes } from '../check-size.mjs';
import { startStaticServer } from '../static-server.mjs';
import { readBuiltArticle, writeBaseline } from './baseline.mjs';
import { PROFILE, armFrameProbe, probe, speechStandIn, throttle, unthrottle } from './page.mjs';
import { writeResults } from './report.mjs';
import { median, ratio, round } from './stats.mjs';
import { timeParsing } from './synthetic.mjs';
import { precachePaths, transferByType } from './transfer.mjs';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5) || 5);
const PORT = Number(process.env.BENCH_PORT ?? 4300);
const WORK = resolve(process.env.BENCH_WORK ?? '.tmp/bench');
const APP = join(WORK, 'app');
const BASELINE = join(WORK, 'baseline');
const FACTORS = [1, 10, 100];
const MB = 1024 * 1024;

const started = Date.now();
const loadBefore = loadavg();
/** 1-minute load average at each step, to tell when other processes competed for the CPU. */
const loadByStep = [];
const log = (msg) => {
  const at = Math.round((Date.now() - started) / 1000);
  loadByStep.push({
    step: msg,
    atSeconds: at,
    loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
  });
  console.log(`[bench ${at}s] ${msg}`);
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const notes = [];

// ── Build ────────────────────────────────────────────────────────────────────────────────
if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(join(APP, 'index.html'))) {
  log(`reusing the build in ${APP}`);
} else {
  log(`building the production app (vite build → ${APP})`);
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NURI_OUT_DIR: APP },
  });
  if (built.status !== 0) {
    console.error('bench: the production build failed');
    process.exit(1);
  }
}
writeBaseline(APP, BASELINE);
const { article } = readBuiltArticle(APP);
log(`baseline written to ${BASELINE}`);

// ── Node-side: size budgets, parse and segmentation scaling ──────────────────────────────
const sizes = measureSizes(APP);
log(`parse/segment timings for ${FACTORS.join('×, ')}× posts`);
const parsing = await timeParsing({
  factors: FACTORS,
  runs: Math.max(RUNS, 5),
  hash: article.hash,
  standIn: 'photos/stand-in.svg',
});

// ── Browser ──────────────────────────────────────────────────────────────────────────────
const server = await startStaticServer({ root: APP, port: PORT });
const browser = await chromium.launch(launchOptions);
const chromiumVersion = browser.version();
const phone = devices['Pixel 7'];
const contextOptions = {
  viewport: phone.viewport,
  screen: phone.screen,
  deviceScaleFactor: phone.deviceScaleFactor,
  isMobile: phone.isMobile,
  hasTouch: phone.hasTouch,
  locale: 'ko-KR',
  timezoneId: 'Asia/Seoul',
};
const sites = { app: APP, baseline: BASELINE };

async function open(site, { speech = false } = {}) {
  server.setRoot(sites[site]);
  const context = await browser.newContext(contextOptions);
  await context.addInitScript(probe);
  if (speech) await context.addInitScript(speechStandIn);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/** Waits until `#p-1` is shown and, on the app, the app has rendered over `#app`. */
async function waitForP1(page, timeout = 60_000) {
  await page.waitForFunction(
    () => {
      const b = /** @type {any} */ (window).__bench;
      if (!b || b.p1Visible === null) return false;
      return document.getElementById('app') === null || b.readyFrame !== null;
    },
    null,
    { timeout, polling: 50 },
  );
}

/** Waits until no new LCP candidate has come for a second (at most 10 s). */
async function settleLcp(page) {
  let last = -1;
  let since = Date.now();
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    const n = await page.evaluate(() => /** @type {any} */ (window).__bench.lcpCount);
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (n > 0 && Date.now() - since >= 1000) break;
    await sleep(200);
  }
}

const marks = (page) =>
  page.evaluate(() => {
    const b = /** @type {any} */ (window).__bench;
    return {
      fcp: b.fcp,
      lcp: b.lcp,
      lcpElement: b.lcpElement,
      p1: b.p1,
      p1Frame: b.p1Frame,
      p1Visible: b.p1Visible,
      p1ElementTiming: b.p1ElementTiming,
      ready: b.ready,
      readyFrame: b.readyFrame,
      longestTask: b.longestTask,
      controlledByWorker: Boolean(navigator.serviceWorker?.controller),
    };
  });

/** One measured navigation: to `#p-1` shown and the app rendered, then LCP settled. */
async function measureLoad(page, { lcp = true } = {}) {
  await page.goto(server.url, { waitUntil: 'commit', timeout: 60_000 });
  await waitForP1(page);
  if (lcp) await settleLcp(page);
  return marks(page);
}

/** First visit of the app, until the service worker controls it and the post is stored. */
async function installApp(page) {
  await page.goto(server.url, { waitUntil: 'commit' });
  await waitForP1(page);
  await page.waitForFunction(
    async () => {
      await navigator.serviceWorker.ready; // active: the precache is complete
      if (!navigator.serviceWorker.controller) return false;
      // Only look into the app's database once the app has made it (opening a missing one
      // would create it empty).
      const dbs = await indexedDB.databases();
      if (!dbs.some((d) => d.name === 'nuri-reader')) return false;
      return new Promise((resolve) => {
        const req = indexedDB.open('nuri-reader');
        req.onerror = () => resolve(false);
        req.onsuccess = () => {
          const db = req.result;
          try {
            const count = db.transaction('articles').objectStore('articles').count();
            count.onsuccess = () => resolve(count.result > 0);
            count.onerror = () => resolve(false);
          } catch {
            resolve(false);
          } finally {
            db.close();
          }
        };
      });
    },
    null,
    { timeout: 60_000, polling: 250 },
  );
}

/** Runs `fn` RUNS times; failures are recorded, not thrown. */
async function repeat(name, fn) {
  const samples = [];
  const errors = [];
  for (let i = 0; i < RUNS; i++) {
    try {
      samples.push(await fn(i));
    } catch (e) {
      errors.push(String(e instanceof Error ? e.message.split('\n')[0] : e));
    }
  }
  if (errors.length) notes.push(`${name}: ${errors.length} of ${RUNS} runs failed (${errors[0]})`);
  return samples;
}

const pick = (samples, key) => samples.map((s) => s?.[key]).filter((v) => typeof v === 'number');
const med = (samples, key) => round(median(pick(samples, key)));

// Cold load: empty cache, no worker; CPU 4× slower and a slow network.
log(`cold load × ${RUNS} (app and baseline, interleaved)`);
const cold = { app: [], baseline: [] };
for (let i = 0; i < RUNS; i++) {
  for (const site of ['app', 'baseline']) {
    const { context, page, cdp } = await open(site);
    try {
      await throttle(cdp);
      cold[site].push(await measureLoad(page));
    } catch (e) {
      notes.push(`cold ${site} run ${i + 1} failed: ${String(e).split('\n')[0]}`);
    } finally {
      await context.close();
    }
  }
}

// Warm start: app from its service worker (after one load and one reload), baseline from a
// warm HTTP cache; measured under the same profile, to `#p-1` shown (and the app rendered).
log(`warm start × ${RUNS}`);
const warm = {
  app: await repeat('warm app', async () => {
    const { context, page, cdp } = await open('app');
    try {
      await installApp(page);
      await page.reload({ waitUntil: 'commit' });
      await waitForP1(page);
      await throttle(cdp);
      return await measureLoad(page, { lcp: false });
    } finally {
      await context.close();
    }
  }),
  baseline: await repeat('warm baseline', async () => {
    const { context, page, cdp } = await open('baseline');
    try {
      await page.goto(server.url, { waitUntil: 'load' });
      await waitForP1(page);
      await throttle(cdp);
      return await measureLoad(page, { lcp: false });
    } finally {
      await context.close();
    }
  }),
};

// Offline start: the app with the browser offline after the worker installed (CPU 4×).
log(`offline start × ${RUNS}`);
const offline = await repeat('offline app', async () => {
  const { context, page, cdp } = await open('app');
  try {
    await installApp(page);
    await page.reload({ waitUntil: 'commit' });
    await waitForP1(page);
    await context.setOffline(true);
    await throttle(cdp, { network: false });
    return await measureLoad(page, { lcp: false });
  } finally {
    await context.close();
  }
});

// Transfer: what the first visit fetches (page) and what the worker precaches.
log('transfer bytes');
async function fetched(site) {
  const { context, page } = await open(site);
  const pagePaths = [];
  const workerPaths = [];
  const origin = new URL(server.url).origin;
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin === origin) pagePaths.push(u.pathname);
  });
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (r.serviceWorker() && u.origin === origin) workerPaths.push(u.pathname);
  });
  try {
    if (site === 'app') await installApp(page);
    else {
      await page.goto(server.url, { waitUntil: 'load' });
      await waitForP1(page);
    }
    await page.waitForLoadState('networkidle');
    await sleep(2000); // lazily loaded chunks (requestIdleCallback) come after first paint
    return { pagePaths, workerPaths };
  } finally {
    await context.close();
  }
}
let transfer = null;
try {
  const app = await fetched('app');
  const base = await fetched('baseline');
  const precache = precachePaths(APP);
  transfer = {
    app: {
      page: transferByType(APP, app.pagePaths),
      precache: transferByType(APP, precache),
      firstVisit: transferByType(APP, [...app.pagePaths, ...precache]),
      workerRequestsSeen: new Set(app.workerPaths).size,
    },
    baseline: { page: transferByType(BASELINE, base.pagePaths) },
  };
} catch (e) {
  notes.push(`transfer: failed (${String(e).split('\n')[0]})`);
}

// Interactions (app only, after install; CPU 1× and 4×): press to speak, settings, glossary.
log(`interactions × ${RUNS} at CPU 1× and 4×`);
const listenRegion = (page) => page.getByRole('region', { name: '읽어 주기' });
async function playButton(page) {
  const inRegion = listenRegion(page).getByRole('button', { name: /^(읽어 주기|이어 읽기)$/ });
  if ((await inRegion.count()) > 0) return inRegion.first();
  const any = page.getByRole('button', { name: /^(읽어 주기|이어 읽기)$/ });
  return (await any.count()) > 0 ? any.first() : null;
}
async function stopButton(page) {
  const b = listenRegion(page).getByRole('button', { name: '정지', exact: true });
  return (await b.count()) > 0 ? b.first() : null;
}
async function frameProbe(page, kind, eventType, act) {
  const armed = await page.evaluate(armFrameProbe, { eventType, kind });
  if (!armed.hasTarget) return null;
  await act();
  await page.waitForFunction(() => /** @type {any} */ (window).__benchFrame !== null, null, {
    timeout: 10_000,
    polling: 50,
  });
  return page.evaluate(() => /** @type {any} */ (window).__benchFrame);
}

let speakMissing = false;
/** Press to speak, one glossary term, three "글자 크기" steps — on a freshly opened page. */
async function interact(page) {
  const out = { speakMs: null, termMs: null, termFrames: null, settings: [] };
  const play = await playButton(page);
  if (play) {
    await expect(play).toBeEnabled({ timeout: 15_000 });
    await page.evaluate(() => {
      /** @type {any} */ (window).__bench.speakAt.length = 0;
    });
    await play.click();
    await page.waitForFunction(() => /** @type {any} */ (window).__bench.speakAt.length > 0, null, {
      timeout: 10_000,
      polling: 50,
    });
    out.speakMs = await page.evaluate(() => {
      const b = /** @type {any} */ (window).__bench;
      return b.speakAt[0] - b.clickAt;
    });
    const stop = await stopButton(page);
    if (stop) await stop.click();
  } else speakMissing = true;

  const term = page.locator('button.term[aria-expanded="false"]');
  const target = (await term.count()) > 0 ? term.first() : page.locator('button.term').first();
  const t = await frameProbe(page, 'term', 'click', () => target.click());
  if (t) {
    out.termMs = t.ms;
    out.termFrames = t.frames;
  }

  const toggle = page.getByRole('button', { name: '글자 설정', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const slider = page.getByRole('slider', { name: '글자 크기' });
  await slider.waitFor({ timeout: 15_000 });
  await slider.focus();
  for (let k = 0; k < 3; k++) {
    const s = await frameProbe(page, 'fontSize', 'keydown', () =>
      page.keyboard.press('ArrowRight'),
    );
    if (s) out.settings.push(s);
  }
  return out;
}
// Each CPU level gets its own freshly installed app, so both see a first press of "읽어 주기".
const interactions = { cpu1: [], cpu4: [] };
for (const cpu of /** @type {const} */ (['cpu1', 'cpu4'])) {
  interactions[cpu] = await repeat(`interactions (${cpu})`, async () => {
    const { context, page, cdp } = await open('app', { speech: true });
    try {
      await installApp(page);
      await page.reload({ waitUntil: 'commit' });
      await waitForP1(page);
      if (cpu === 'cpu4') await throttle(cdp, { network: false });
      await page.waitForLoadState('load');
      return await interact(page);
    } finally {
      await context.close();
    }
  });
}
if (speakMissing) notes.push('press-to-speak: no "읽어 주기" button was found');

// Memory and storage (app only, unthrottled): heap after GC.
log('memory');
let memory = null;
try {
  const { context, page, cdp } = await open('app', { speech: true });
  try {
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const h = await cdp.send('Runtime.getHeapUsage');
      return h.usedSize;
    };
    await installApp(page);
    await page.reload({ waitUntil: 'commit' });
    await waitForP1(page);
    await page.waitForLoadState('networkidle');
    await sleep(2000);
    const afterLoad = await heap();
    const storage = await page.evaluate(async () => {
      const e = /** @type {any} */ (await navigator.storage.estimate());
      return { usage: e.usage ?? null, quota: e.quota ?? null, details: e.usageDetails ?? null };
    });
    let afterPlayStop = null;
    let afterFirstPlayStop = null;
    const play = await playButton(page);
    const stop = await stopButton(page);
    if (play && stop) {
      await expect(play).toBeEnabled({ timeout: 15_000 });
      for (let i = 0; i < 10; i++) {
        const before = await page.evaluate(
          () => /** @type {any} */ (window).__bench.speakAt.length,
        );
        await (await playButton(page))?.click();
        await page.waitForFunction(
          (n) => /** @type {any} */ (window).__bench.speakAt.length > n,
          before,
          { timeout: 10_000, polling: 50 },
        );
        await stop.click();
        await expect(stop).toBeDisabled();
        if (i === 0) afterFirstPlayStop = await heap();
      }
      afterPlayStop = await heap();
    } else notes.push('memory: no "읽어 주기"/"정지" buttons, play/stop cycles skipped');
    // Every panel: text settings (banner) and the listening options (listen bar).
    const toggles = [
      page.getByRole('banner').getByRole('button', { name: '글자 설정', exact: true }),
      listenRegion(page).getByRole('button', { name: '읽기 설정', exact: true }),
    ];
    const beforePanel = await heap();
    let afterFirstPanel = null;
    for (let i = 0; i < 10; i++) {
      for (const toggle of toggles) {
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      }
      if (i === 0) afterFirstPanel = await heap();
    }
    const afterPanel = await heap();
    memory = {
      afterLoad,
      afterFirstPlayStop,
      afterPlayStop,
      beforePanel,
      afterFirstPanel,
      afterPanel,
      storage,
    };
  } finally {
    await context.close();
  }
} catch (e) {
  notes.push(`memory: failed (${String(e).split('\n')[0]})`);
}

// Scaling in the app: k× posts stored in IndexedDB (same id and hash, so the app renders the
// stored record), then a warm start from the worker under CPU 4×: navigation → `#p-1`.
const RENDER_RUNS = Math.min(RUNS, 3); // the 100× post is slow to open under CPU 4×
log(`render scaling (${FACTORS.join('×, ')}×) × ${RENDER_RUNS}`);
const renderScaling = [];
for (const k of FACTORS) {
  const synthetic = parsing.articles.get(k);
  const { context, page, cdp } = await open('app');
  try {
    await installApp(page);
    await page.evaluate(
      async ({ record }) => {
        const db = await new Promise((resolve, reject) => {
          const req = indexedDB.open('nuri-reader');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(new Error(String(req.error)));
        });
        await new Promise((resolve, reject) => {
          const tx = db.transaction('articles', 'readwrite');
          tx.objectStore('articles').put({ ...record, storedAt: new Date().toISOString() });
          tx.oncomplete = () => resolve(undefined);
          tx.onerror = () => reject(new Error(String(tx.error)));
        });
        db.close();
      },
      { record: synthetic },
    );
    await page.reload({ waitUntil: 'commit' });
    await waitForP1(page);
    const paragraphs = await page.evaluate(
      () => [...document.querySelectorAll('[id^="p-"]')].filter((e) => /^p-\d+$/.test(e.id)).length,
    );
    const expected = synthetic.blocks.filter((b) => b.kind === 'paragraph').length;
    if (paragraphs !== expected) {
      notes.push(
        `render ${k}×: the app showed ${paragraphs} paragraphs, not the stored record's ${expected}`,
      );
    }
    await throttle(cdp, { network: false });
    const samples = [];
    for (let i = 0; i < RENDER_RUNS; i++) samples.push(await measureLoad(page, { lcp: false }));
    renderScaling.push({
      factor: k,
      paragraphsRendered: paragraphs,
      readyMs: med(samples, 'ready'),
      readyFrameMs: med(samples, 'readyFrame'),
      longestTaskMs: med(samples, 'longestTask'),
      samples,
    });
  } catch (e) {
    renderScaling.push({ factor: k, error: String(e).split('\n')[0] });
    notes.push(`render ${k}×: failed (${String(e).split('\n')[0]})`);
  } finally {
    await unthrottle(cdp).catch(() => {});
    await context.close();
  }
}

await browser.close();
await server.close();

for (const [name, samples] of [
  ['warm start', warm.app],
  ['offline start', offline],
]) {
  const stray = samples.filter((x) => !x.controlledByWorker).length;
  if (stray) notes.push(`${name}: ${stray} app run(s) were not controlled by the service worker`);
}

// ── Results ──────────────────────────────────────────────────────────────────────────────
const summary = {
  cold: {
    app: {
      fcp: med(cold.app, 'fcp'),
      lcp: med(cold.app, 'lcp'),
      p1: med(cold.app, 'p1Visible'),
      ready: med(cold.app, 'readyFrame'),
    },
    baseline: {
      fcp: med(cold.baseline, 'fcp'),
      lcp: med(cold.baseline, 'lcp'),
      p1: med(cold.baseline, 'p1Visible'),
    },
    lcpElements: {
      app: [...new Set(cold.app.map((s) => s.lcpElement))],
      baseline: [...new Set(cold.baseline.map((s) => s.lcpElement))],
    },
  },
  warm: {
    app: med(warm.app, 'p1Visible'),
    appReady: med(warm.app, 'readyFrame'),
    baseline: med(warm.baseline, 'p1Visible'),
  },
  offline: { app: med(offline, 'p1Visible'), appReady: med(offline, 'readyFrame') },
  interactions: Object.fromEntries(
    Object.entries(interactions).map(([cpu, runs]) => {
      const settings = runs.flatMap((r) => r.settings);
      return [
        cpu,
        {
          pressToSpeakMs: speakMissing ? null : med(runs, 'speakMs'),
          settings: {
            ms: round(median(settings.map((x) => x.ms))),
            framesWorst: settings.length ? Math.max(...settings.map((x) => x.frames)) : null,
            samples: settings.length,
          },
          glossary: {
            ms: med(runs, 'termMs'),
            framesWorst: pick(runs, 'termFrames').length
              ? Math.max(...pick(runs, 'termFrames'))
              : null,
          },
        },
      ];
    }),
  ),
};
summary.cold.ratio = { fcp: ratio(summary.cold.app.fcp, summary.cold.baseline.fcp) };
summary.cold.ratio.lcp = ratio(summary.cold.app.lcp, summary.cold.baseline.lcp);
summary.warm.ratio = ratio(summary.warm.app, summary.warm.baseline);

const pass = (ok) => (ok === null ? 'n/a' : ok ? 'pass' : 'miss');
const known = (...vs) => vs.every((v) => typeof v === 'number');
const FRAME_MS = 1000 / 60;
const i4 = summary.interactions.cpu4;
const lcpRatio = summary.cold.ratio.lcp;
const warmRatio = summary.warm.ratio;
const targets = [
  {
    name: 'cold LCP ≤ 1.2× baseline',
    measured: known(lcpRatio) ? `${lcpRatio}×` : null,
    status: pass(known(lcpRatio) ? lcpRatio <= 1.2 : null),
  },
  {
    name: 'warm start ≤ 1.3× baseline',
    measured: known(warmRatio) ? `${warmRatio}×` : null,
    status: pass(known(warmRatio) ? warmRatio <= 1.3 : null),
  },
  {
    name: 'press-to-speak ≤ 50 ms (CPU 4×)',
    measured: known(i4.pressToSpeakMs) ? `${i4.pressToSpeakMs} ms` : null,
    status: pass(known(i4.pressToSpeakMs) ? i4.pressToSpeakMs <= 50 : null),
  },
  {
    // Within one frame: the new style is in the first frame after the key press, and that frame
    // starts no later than one 60 Hz frame (16.7 ms) after it (median).
    name: 'settings change within one frame (CPU 4×)',
    measured: known(i4.settings.framesWorst, i4.settings.ms)
      ? `first frame after the key in ${i4.settings.framesWorst === 1 ? 'all' : 'not all'} of ${i4.settings.samples} presses; that frame came ${i4.settings.ms} ms after the key`
      : null,
    status: pass(
      known(i4.settings.framesWorst, i4.settings.ms)
        ? i4.settings.framesWorst <= 1 && i4.settings.ms <= FRAME_MS
        : null,
    ),
  },
  {
    name: 'heap ≤ 8 MB after load',
    measured: memory ? `${round(memory.afterLoad / MB, 2)} MB` : null,
    status: pass(memory ? memory.afterLoad <= 8 * MB : null),
  },
];

const cpu = cpus()[0];
const loadEnd = loadavg();
log('writing results');
// The benchmark itself keeps about 1–2 processes busy; more than that means others ran too.
const cores = cpus().length;
const busy = loadByStep.filter((e) => e.loadAverage1m > cores + 1.5);
if ((loadBefore[0] ?? 0) > cores / 2 || busy.length) {
  notes.push(
    `The machine was not idle: the 1-minute load average was ${round(loadBefore[0] ?? 0, 1)} on ${cores} cores before the run` +
      (busy.length
        ? ` and rose to ${Math.max(...busy.map((e) => e.loadAverage1m))} during it (above ${cores + 1.5} when these steps began: ${busy.map((e) => `“${e.step}”`).join(', ')})`
        : '') +
      '; other processes competed for the CPU there, so those times carry extra noise.',
  );
}
const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpu?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: round(totalmem() / 1024 ** 3, 1),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: {
      start: loadBefore.map((v) => round(v, 2)),
      end: loadEnd.map((v) => round(v, 2)),
    },
  },
  runs: RUNS,
  profile: {
    ...PROFILE,
    device: 'Pixel 7 viewport (412×839, DPR 2.625, mobile, touch), locale ko-KR',
    server: 'scripts/static-server.mjs on 127.0.0.1 (text sent with gzip, as a real host would)',
  },
  summary,
  targets,
  sizes: {
    checks: sizes.checks.map(({ name, value, budget, files, key }) => ({
      name,
      value,
      budget,
      key,
      files,
    })),
    problems: sizes.problems,
  },
  transfer,
  memory,
  scaling: {
    renderRuns: RENDER_RUNS,
    parse: parsing.results,
    render: renderScaling,
  },
  samples: { cold, warm, offline, interactions },
  notes: [...new Set(notes)],
};
const files = await writeResults(results, process.env.BENCH_RESULTS ?? 'bench/results');
log(`done: ${files.join(', ')}`);
for (const t of targets) console.log(`  ${t.status.padEnd(4)} ${t.name}: ${t.measured ?? '—'}`);
