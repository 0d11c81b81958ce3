// The app shell: skip link, banner with reading tools, the article, status and update notices.

import { effect, signal } from '@preact/signals';
import { ArticleView } from '../article/ArticleView.tsx';
import { GlossaryList } from '../glossary/GlossaryList.tsx';
import { glossaryShortcut, openGlossary } from '../glossary/origin.ts';
import { FindBar, findOpen, findShortcut, openFind } from '../find/open.ts';
import { useEffect, useRef } from 'preact/hooks';
import { focusElement } from './position.ts';
import type { LineFocus as LineFocusType } from '../reader/LineFocus.tsx';
import type { SettingsActions, SettingsPanel as Panel } from '../reader/SettingsPanel.tsx';
import { ListenBar } from '../speech/ListenBar.tsx';
import { speechHighlight } from '../speech/state.ts';
import { NotesButton, NotesPanel } from '../notes/state.ts';
import {
  announcement,
  load,
  offlineReady,
  offlineSaveFailed,
  offlineToast,
  setting,
  storageProblem,
  uiLang,
  t,
  update,
} from './state.ts';

const panelOpen = signal(false);
/** The reading ruler's code loads when the reader turns it on (or had it on). */
const LineFocus = signal<typeof LineFocusType | null>(null);
effect(() => {
  if (setting('lineFocus').value > 0 && !LineFocus.peek()) {
    void import('../reader/LineFocus.tsx').then((m) => (LineFocus.value = m.LineFocus));
  }
});
/** The settings panel's code loads on first use (or when the browser is idle), not at start. */
const SettingsPanel = signal<typeof Panel | null>(null);
export function loadSettingsPanel(): Promise<void> {
  return import('../reader/SettingsPanel.tsx').then((m) => {
    SettingsPanel.value = m.SettingsPanel;
  });
}

/** Opens the settings sheet and moves focus into it (its heading). */
function openPanel(): void {
  panelOpen.value = true;
  // Without scrolling: the sheet opens at its top, and scrolling its heading (in the sticky
  // head) "into view" would slide the first setting's label under that head.
  const focusHeading = () =>
    requestAnimationFrame(() => {
      const heading = document.getElementById('settings-title');
      if (heading) focusElement(heading, null);
    });
  if (SettingsPanel.value) focusHeading();
  else void loadSettingsPanel().then(focusHeading);
}

/** "글자 설정": opens and closes the settings sheet (no aria-expanded: it moves focus into the
 * sheet, and Orca switches to focus mode on any control that has it). */
function SettingsToggle() {
  return (
    <button
      type="button"
      class="button"
      id="settings-toggle"
      aria-controls={panelOpen.value ? 'settings-panel' : undefined}
      onClick={() => {
        if (panelOpen.value) closePanel();
        else openPanel();
      }}
    >
      {t.value.settings}
    </button>
  );
}

/** Closes the sheet; focus goes back to the button that opened it. */
function closePanel(): void {
  panelOpen.value = false;
  document.getElementById('settings-toggle')?.focus();
}

export interface AppActions extends SettingsActions {
  applyUpdate: () => void;
  dismissUpdate: () => void;
  retryLoad: () => void;
}

export function App({ actions }: { actions: AppActions }) {
  const strings = t.value;
  const state = load.value;
  const Highlight = speechHighlight.value;
  useEffect(glossaryShortcut, []);
  useEffect(findShortcut, []);
  return (
    <>
      {/* To the headline: focus on a heading is read as one short line, where focus on <main>
          would be read as its whole text. */}
      <a class="skip-link" href={state.phase === 'ready' ? '#article-title' : '#main'}>
        {strings.skipToArticle}
      </a>
      <header class="banner">
        <p class="app-name">{strings.appName}</p>
        <nav class="toolbar" aria-label={strings.toolbar}>
          {/* Once the post is here, 글자 설정 sits in the bar at the bottom: in reach anywhere
              in the post, next to the sheet it opens. */}
          {state.phase !== 'ready' && <SettingsToggle />}
          {state.phase === 'ready' && (
            <a
              class="button button--link"
              href="#glossary"
              onClick={(e) => {
                e.preventDefault();
                openGlossary();
              }}
            >
              {strings.glossary}
            </a>
          )}
          {/* "메모" (내 메모), from src/notes/runtime.tsx once it has loaded. */}
          {state.phase === 'ready' && NotesButton.value && <NotesButton.value />}
          {state.phase === 'ready' && (
            <button type="button" class="button" aria-keyshortcuts="Control+F" onClick={openFind}>
              {strings.find}
            </button>
          )}
        </nav>
        {/* Floats over the page for a few seconds (nothing moves); screen readers hear it once
            from the live region, not as page text on every pass. */}
        {offlineToast.value && (
          <p class="offline-badge" aria-hidden="true">
            ✓ {strings.offlineReady}
          </p>
        )}
        {/* Where the badge will be once saving works: the article below does not move twice. */}
        {offlineSaveFailed.value && !offlineReady.value && (
          <p class="offline-save-failed" data-testid="offline-save-notice">
            {strings.offlineSaveFailed}
          </p>
        )}
        {SettingsPanel.value && (
          <SettingsPanel.value open={panelOpen.value} actions={actions} onClose={closePanel} />
        )}
        {NotesPanel.value && <NotesPanel.value />}
        {state.phase === 'ready' && (
          <ListenBar change={actions.changeSettings} tools={<SettingsToggle />} />
        )}
      </header>
      {state.phase === 'ready' && findOpen.value && FindBar.value && (
        <FindBar.value article={state.article} />
      )}
      <main id="main">
        <StorageNotice />
        {state.phase === 'ready' && (
          <>
            <ArticleView article={state.article} />
            <GlossaryList article={state.article} />
          </>
        )}
        {state.phase === 'loading' && <p class="loading">{strings.loading}</p>}
        {state.phase === 'failed' && (
          <div class="load-failed">
            <p>{state.reason === 'offline' ? strings.offlineFirstVisit : strings.loadFailed}</p>
            <button type="button" class="button" onClick={actions.retryLoad}>
              {strings.retry}
            </button>
          </div>
        )}
      </main>
      <footer class="site-footer">
        <p>{strings.footer}</p>
        <p class="version">{strings.version(__BUILD_ID__)}</p>
        <div
          class="sr-only"
          role="status"
          aria-live="polite"
          aria-atomic="true"
          lang={uiLang.value}
        >
          {announcement.value}
        </div>
      </footer>
      <UpdateNotice actions={actions} />
      {LineFocus.value && <LineFocus.value />}
      {Highlight && <Highlight />}
    </>
  );
}

function StorageNotice() {
  const strings = t.value;
  const problem = storageProblem.value;
  if (!problem) return null;
  const text = {
    unavailable: strings.storageUnavailable,
    blocked: strings.storageBlocked,
    quota: strings.storageQuota,
    corrupt: strings.storageOther,
    unknown: strings.storageOther,
    closed: strings.storageClosedForUpdate,
  }[problem];
  return (
    <p class="notice notice--warning" data-testid="storage-notice">
      {text}
    </p>
  );
}

function UpdateNotice({ actions }: { actions: AppActions }) {
  const strings = t.value;
  const ref = useRef<HTMLElement>(null);
  // The docked listen bar sits above the notice, not under it.
  useEffect(() => {
    const el = ref.current;
    const root = document.documentElement.style;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      root.setProperty('--dock-offset', `${el.offsetHeight}px`),
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.removeProperty('--dock-offset');
    };
  }, [update.value]);
  if (update.value === 'none') return null;
  return (
    <section class="update-notice" aria-labelledby="update-title" ref={ref}>
      <p id="update-title">
        {update.value === 'waiting' ? strings.updateAvailable : strings.updateAppliedElsewhere}
      </p>
      <div class="update-actions">
        <button type="button" class="button button--primary" onClick={actions.applyUpdate}>
          {strings.updateReload}
        </button>
        <button type="button" class="button" onClick={actions.dismissUpdate}>
          {strings.updateLater}
        </button>
      </div>
    </section>
  );
}
