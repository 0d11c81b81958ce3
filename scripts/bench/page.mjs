// Code the benchmark runs inside the page (serialised by Playwright, so each function must be
// self-contained), and the CDP-side settings of the measurement profile.

/**
 * Init script for every page. Records, in ms since navigation start (performance.now()):
 * - p1: `#p-1` is in the DOM; p1Frame: the first animation frame in which it has a layout box;
 *   fcp: first contentful paint; p1Visible = max(p1Frame, fcp), i.e. `#p-1` is laid out and the
 *   page has painted. (p1ElementTiming: Element Timing of its text — only when it is painted
 *   inside the viewport, so it is kept for reference only.)
 * - ready: the app has rendered over `#app` (no `data-prerendered` left, `#p-1` inside);
 *   readyFrame: the next animation frame. Stays null on pages without `#app` (the baseline).
 * - the largest contentful paint, the longest task, clicks and speak() calls.
 */
export function probe() {
  const marks = {
    p1: null,
    p1Frame: null,
    fcp: null,
    p1Visible: null,
    p1ElementTiming: null,
    ready: null,
    readyFrame: null,
    lcp: null,
    lcpCount: 0,
    lcpElement: null,
    longestTask: 0,
    speakAt: [],
    clickAt: null,
  };
  Object.defineProperty(window, '__bench', { value: marks, configurable: true });
  const settle = () => {
    if (marks.p1Visible === null && marks.p1Frame !== null && marks.fcp !== null) {
      marks.p1Visible = Math.max(marks.p1Frame, marks.fcp);
    }
  };
  const untilLaidOut = () => {
    const el = document.getElementById('p-1');
    if (el && el.getClientRects().length > 0) {
      marks.p1Frame = performance.now();
      settle();
    } else requestAnimationFrame(untilLaidOut);
  };
  const check = () => {
    if (marks.p1 === null) {
      const el = document.getElementById('p-1');
      if (el) {
        marks.p1 = performance.now();
        el.setAttribute('elementtiming', 'nuri-p1');
        requestAnimationFrame(untilLaidOut);
      }
    }
    if (marks.ready === null) {
      const app = document.getElementById('app');
      if (app && !app.hasAttribute('data-prerendered') && app.querySelector('#p-1')) {
        marks.ready = performance.now();
        requestAnimationFrame(() => {
          marks.readyFrame = performance.now();
        });
      }
    }
    return marks.p1 !== null && marks.ready !== null;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-prerendered'],
  });
  const watch = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
        type,
        buffered: true,
      });
    } catch {
      // An entry type this browser does not know: that metric stays null.
    }
  };
  watch('paint', (e) => {
    if (e.name === 'first-contentful-paint') {
      marks.fcp = e.startTime;
      settle();
    }
  });
  watch('element', (e) => {
    if (e.identifier === 'nuri-p1' && marks.p1ElementTiming === null) {
      marks.p1ElementTiming = e.renderTime || e.loadTime;
    }
  });
  watch('largest-contentful-paint', (e) => {
    marks.lcp = e.startTime;
    marks.lcpCount++;
    const el = e.element;
    marks.lcpElement = el ? `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}` : null;
  });
  watch('longtask', (e) => {
    marks.longestTask = Math.max(marks.longestTask, e.duration);
  });
  document.addEventListener(
    'click',
    (e) => {
      marks.clickAt = e.timeStamp;
    },
    { capture: true },
  );
}

/**
 * Init script: a stand-in for window.speechSynthesis (the Web Speech API boundary only) that
 * records performance.now() at each speak() call. Utterances start and then "play" until
 * cancel(); one Korean and one English voice are offered.
 */
export function speechStandIn() {
  const voices = [
    {
      voiceURI: 'bench-ko',
      name: '벤치 한국어',
      lang: 'ko-KR',
      localService: true,
      default: false,
    },
    {
      voiceURI: 'bench-en',
      name: 'Bench English',
      lang: 'en-US',
      localService: true,
      default: true,
    },
  ];
  const state = { current: null, queue: [], paused: false };
  const fire = (u, type) => {
    const ev =
      type === 'error'
        ? new SpeechSynthesisErrorEvent('error', { utterance: u, error: 'interrupted' })
        : new SpeechSynthesisEvent(type, { utterance: u });
    u.dispatchEvent(ev);
  };
  const next = () => {
    if (state.current || state.paused) return;
    const u = state.queue.shift();
    if (!u) return;
    state.current = u;
    setTimeout(() => fire(u, 'start'), 0);
  };
  const target = new EventTarget();
  const fake = {
    get speaking() {
      return state.current !== null;
    },
    get paused() {
      return state.paused;
    },
    get pending() {
      return state.queue.length > 0;
    },
    onvoiceschanged: null,
    getVoices: () => voices,
    speak(u) {
      const marks = window.__bench;
      if (marks) marks.speakAt.push(performance.now());
      state.queue.push(u);
      next();
    },
    cancel() {
      const stopped = [...(state.current ? [state.current] : []), ...state.queue.splice(0)];
      state.current = null;
      for (const u of stopped) setTimeout(() => fire(u, 'error'), 0);
    },
    pause() {
      state.paused = true;
    },
    resume() {
      state.paused = false;
      next();
    },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
  };
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
  // Only the browser makes real SpeechSynthesisVoice objects: let utterances take these.
  const chosen = new WeakMap();
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    configurable: true,
    get() {
      return chosen.get(this) ?? null;
    },
    set(v) {
      chosen.set(this, v);
    },
  });
}

/**
 * In the page: arms a measurement of the next `eventType` event on the document (its
 * timeStamp) to the first animation frame in which `changed()` is true. Resolves via
 * `window.__benchFrame` = { ms, frames } (frames: 1 = the first frame after the event).
 */
export function armFrameProbe({ eventType, kind }) {
  const root = document.documentElement;
  const term =
    kind === 'term'
      ? (document.querySelector('button.term[aria-expanded="false"]') ??
        document.querySelector('button.term'))
      : null;
  const before =
    kind === 'fontSize' ? getComputedStyle(root).fontSize : term?.getAttribute('aria-expanded');
  const changed = () =>
    kind === 'fontSize'
      ? getComputedStyle(root).fontSize !== before
      : term?.getAttribute('aria-expanded') !== before;
  window.__benchFrame = null;
  document.addEventListener(
    eventType,
    (e) => {
      const t0 = e.timeStamp;
      let frames = 0;
      const tick = () => {
        frames++;
        if (changed()) {
          window.__benchFrame = { ms: performance.now() - t0, frames };
        } else if (frames < 120) requestAnimationFrame(tick);
        else window.__benchFrame = { ms: null, frames };
      };
      requestAnimationFrame(tick);
    },
    { capture: true, once: true },
  );
  return { before, hasTarget: kind === 'fontSize' || term !== null };
}

/** Throttling profile: CPU slow-down factor and a slow network (Network.emulateNetworkConditions). */
export const PROFILE = {
  cpuSlowdown: 4,
  latencyMs: 400,
  downloadBps: 1_600_000,
  uploadBps: 750_000,
};

/** Applies the CPU (and optionally network) throttling to the page's target over CDP. */
export async function throttle(cdp, { network = true, cpu = true } = {}) {
  if (cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PROFILE.latencyMs,
      downloadThroughput: PROFILE.downloadBps / 8,
      uploadThroughput: PROFILE.uploadBps / 8,
    });
  }
}

/** Removes all throttling. */
export async function unthrottle(cdp) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
}
