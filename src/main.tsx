// Boot: open storage, load settings and the article (IndexedDB first), render, register the worker.

import { render } from 'preact';
import { articleMeta } from 'virtual:article-meta';
import type { Article } from './article/model.ts';
import { isArticle } from './article/validate.ts';
import { App, loadSettingsPanel, type AppActions } from './app/App.tsx';
import { effect } from '@preact/signals';
import {
  announce,
  ensureStrings,
  load,
  offlineReady,
  offlineSaveFailed,
  offlineToast,
  settings,
  storageProblem,
  t,
  uiLang,
  update,
} from './app/state.ts';
import {
  currentBlockId,
  focusElement,
  freezePosition,
  restorePosition,
  trackReadingPosition,
} from './app/position.ts';
import { loadListenOptions } from './speech/ListenBar.tsx';
import { RESUME_KEY, speechBroken, speechState, speechSupported } from './speech/state.ts';
import type { PwaControl } from './pwa/register.ts';
import { applyToDocument, watchSystemTheme } from './reader/apply.ts';
import { defaultSettings, NUMERIC, repairSettings, type Settings } from './reader/settings.ts';
import { openDatabase, type NuriDB } from './storage/db.ts';
import { StorageFailure, toStorageFailure } from './storage/errors.ts';
import {
  loadArticle,
  loadProgress,
  loadSettings,
  saveProgress,
  saveSettings,
} from './storage/repo.ts';
import './styles/fonts/fonts.css';
import './styles/reader.css';

let db: NuriDB | null = null;
let pwa: PwaControl | null = null;
let swReady = false;
let articleStored = false;

/** The article this build ships: the copy embedded in index.html when it is there and
 * matches, else the content file (both precached). */
async function fetchArticle(): Promise<Article> {
  try {
    const embedded = document.getElementById('nuri-article')?.textContent;
    const data: unknown = embedded ? JSON.parse(embedded) : null;
    if (isArticle(data) && data.hash === articleMeta.hash) return data;
  } catch {
    // A damaged copy: fetch the file instead.
  }
  const res = await fetch(import.meta.env.BASE_URL + articleMeta.url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const data: unknown = await res.json();
  if (!isArticle(data)) throw new Error('article data has the wrong shape');
  return data;
}

function reportStorage(e: unknown): void {
  const failure = e instanceof StorageFailure ? e : toStorageFailure(e);
  storageProblem.value = failure.kind;
  console.warn('[nuri] storage:', failure.kind, failure.cause ?? '');
}

function applySettings(next: Settings): void {
  settings.value = next;
  applyToDocument(next);
  // English strings load on demand; the page's language and title follow once they are in.
  void ensureStrings(next.uiLang);
}
effect(() => {
  document.documentElement.lang = uiLang.value;
  const state = load.value;
  document.title = `${state.phase === 'ready' ? state.article.title + ' — ' : ''}${t.value.appName}`;
});

/** A worker controlled this page from its start: offline reading was set up on an earlier
 * visit, and saying so again on every start would only be noise. */
const controlledAtStart =
  'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;

function maybeOfflineReady(): void {
  if (swReady && articleStored && !offlineReady.value) {
    offlineReady.value = true;
    if (!controlledAtStart) {
      announce(t.value.offlineReady, 'background');
      offlineToast.value = true;
      setTimeout(() => (offlineToast.value = false), 8000);
    }
    // Installed and everything stored: ask the browser to keep it (it decides).
    if (matchMedia('(display-mode: standalone)').matches) requestPersistence();
  }
}
/** Asks the browser to keep the stored post (its code loads only when asked). */
function requestPersistence(): void {
  void import('./storage/persist.ts').then((m) => m.requestPersistence());
}
addEventListener('appinstalled', requestPersistence);

async function loadContent(): Promise<void> {
  load.value = { phase: 'loading' };
  try {
    let article: Article;
    if (db) {
      const result = await loadArticle(db, articleMeta, fetchArticle);
      article = result.article;
      if (result.storeError) reportStorage(result.storeError);
      else articleStored = true;
    } else {
      article = await fetchArticle();
    }
    load.value = { phase: 'ready', article };
    applySettings(settings.value);
    maybeOfflineReady();
  } catch (e) {
    console.warn('[nuri] article load failed:', e);
    load.value = { phase: 'failed', reason: navigator.onLine ? 'error' : 'offline' };
  }
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
let unsaved: Settings | null = null;
function flushSettings(): void {
  clearTimeout(saveTimer);
  if (unsaved && db) saveSettings(db, unsaved).catch(reportStorage);
  unsaved = null;
}
/** Settings apply at once; the write to IndexedDB waits for a slider to come to rest, or for the
 * page to be hidden or left (a reload or a swipe away right after a change keeps it). */
function saveSettingsSoon(next: Settings): void {
  clearTimeout(saveTimer);
  unsaved = next;
  saveTimer = setTimeout(flushSettings, 250);
}
addEventListener('pagehide', flushSettings);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushSettings();
});

const actions: AppActions = {
  changeSettings: (patch) => {
    const next = repairSettings({ ...settings.value, ...patch }, settings.value);
    applySettings(next);
    saveSettingsSoon(next);
    // A slider sends a burst of changes; a choice is one change, written at once.
    if (!Object.keys(patch).every((k) => k in NUMERIC || k === 'speechRate')) flushSettings();
  },
  resetTypeSettings: () => {
    const d = defaultSettings(navigator.languages);
    const s = settings.value;
    // Type and look go back to defaults; language and view options stay as the reader set them.
    actions.changeSettings({
      ...d,
      uiLang: s.uiLang,
      showParagraphNumbers: s.showParagraphNumbers,
      showPhotoDescriptions: s.showPhotoDescriptions,
      termExpansion: s.termExpansion,
      termEveryParagraph: s.termEveryParagraph,
      // Read-aloud choices are not "type": they stay too.
      speechRate: s.speechRate,
      voiceId: s.voiceId,
      highlight: s.highlight,
      readPhotoDescriptions: s.readPhotoDescriptions,
      readFootnotes: s.readFootnotes,
      sayFullFirst: s.sayFullFirst,
      singleKeyShortcuts: s.singleKeyShortcuts,
    });
    announce(t.value.resetDone);
  },
  applyUpdate: () => {
    // Taken before anything else happens, so the reload lands where the reader was.
    const blockId = freezePosition();
    // Listening goes on at the same sentence after the reload (its id is already saved).
    if (speechState.value === 'playing') sessionStorage.setItem(RESUME_KEY, '1');
    const save =
      db && blockId ? saveProgress(db, articleMeta.id, { readingBlockId: blockId }) : null;
    void (save ?? Promise.resolve()).catch(reportStorage).finally(() => {
      if (update.value === 'waiting' && pwa) pwa.applyUpdate();
      else location.reload();
    });
  },
  dismissUpdate: () => {
    update.value = 'none';
    // The notice's buttons go with it: focus goes to where the reader is reading, without
    // scrolling, rather than to the top of the page.
    const here = currentBlockId();
    const target = here ? document.getElementById(here) : null;
    if (target) focusElement(target, null);
  },
  retryLoad: () => {
    void loadContent();
  },
};

/** Resolves after the browser has painted the next frame (or soon, in a hidden tab, which
 * paints no frames). */
const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });

async function boot(): Promise<void> {
  // The post is already in the HTML: let the browser paint it before the app's own work.
  if (document.getElementById('app')?.dataset.prerendered !== undefined) await afterNextPaint();
  const defaults = defaultSettings(navigator.languages);
  try {
    db = await openDatabase({
      onVersionChange: () => {
        db = null;
        storageProblem.value = 'closed';
      },
    });
  } catch (e) {
    reportStorage(e);
  }
  applySettings(db ? await loadSettings(db, defaults) : defaults);
  watchSystemTheme();

  const root = document.getElementById('app');
  if (!root) return;
  await Promise.all([loadContent(), ensureStrings(settings.value.uiLang).catch(() => undefined)]);
  try {
    // The build put the first screen into the HTML; render() takes over those same nodes.
    render(<App actions={actions} />, root);
  } finally {
    delete root.dataset.prerendered;
  }
  // Fetch the settings panel's code while the reader is reading, so it opens at once.
  const preload = () => void Promise.all([loadSettingsPanel(), loadListenOptions()]);
  if ('requestIdleCallback' in window) requestIdleCallback(preload);
  else setTimeout(preload, 1500);

  if (load.value.phase === 'ready') {
    const progress = db ? await loadProgress(db, articleMeta.id) : null;
    restorePosition(progress?.readingBlockId ?? null);
    const last = load.value.article.blocks.at(-1)?.id;
    trackReadingPosition((blockId) => {
      if (db) saveProgress(db, articleMeta.id, { readingBlockId: blockId }).catch(reportStorage);
      // Read to the end once: worth keeping for next time.
      if (blockId === last) requestPersistence();
    });
    if (speechSupported) void startReadAloud(load.value.article, progress?.listeningSentenceId);
    void startNotes(load.value.article);
  }

  // The worker's helper (workbox-window) is not needed for the first paint: it loads after.
  const { registerServiceWorker } = await import('./pwa/register.ts');
  pwa = registerServiceWorker(import.meta.env.BASE_URL + 'sw.js', {
    onReady() {
      swReady = true;
      offlineSaveFailed.value = false;
      maybeOfflineReady();
    },
    onInstallFailed() {
      if (offlineSaveFailed.value) return; // said once; retries stay quiet
      offlineSaveFailed.value = true;
      announce(t.value.offlineSaveFailed, 'background');
    },
    onWaiting() {
      update.value = 'waiting';
      announce(t.value.updateAvailable, 'background');
    },
    onControllingElsewhere() {
      update.value = 'applied-elsewhere';
    },
    beforeReload: () => Promise.resolve(),
  });
}

/** Read-aloud loads after the first paint (precached, so quick offline). Whatever goes wrong
 * there, reading, offline use and updates go on; the listen bar says it cannot read aloud. */
async function startReadAloud(article: Article, savedId: string | null | undefined) {
  try {
    const resumeNow = sessionStorage.getItem(RESUME_KEY) === '1';
    sessionStorage.removeItem(RESUME_KEY);
    const { startSpeech } = await import('./speech/controller.ts');
    startSpeech({
      article,
      savedId: savedId ?? null,
      resumeNow,
      save: (id) => {
        if (db) saveProgress(db, articleMeta.id, { listeningSentenceId: id }).catch(reportStorage);
      },
    });
  } catch (e) {
    console.warn('[nuri] read aloud could not start:', e);
    speechBroken.value = true;
  }
}

/** Highlights and notes load after the first paint too; a failure leaves reading as it is. */
async function startNotes(article: Article) {
  try {
    const { startNotes } = await import('./notes/runtime.tsx');
    await startNotes({ article, db: () => db, report: reportStorage });
  } catch (e) {
    console.warn('[nuri] highlights could not start:', e);
  }
}

void boot();
