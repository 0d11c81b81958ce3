// App state as signals: services write them, components read them.

import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Article } from '../article/model.ts';
import { koStrings, type Strings } from './i18n.ts';
import { defaultSettings, type Settings, type UiLang } from '../reader/settings.ts';
import type { StorageFailureKind } from '../storage/errors.ts';

export type LoadState =
  | { phase: 'loading' }
  | { phase: 'ready'; article: Article }
  | { phase: 'failed'; reason: 'offline' | 'error' };

export const load = signal<LoadState>({ phase: 'loading' });
export const settings = signal<Settings>(defaultSettings());
const perKey = new Map<keyof Settings, ReadonlySignal<unknown>>();
/** One setting as its own signal: a component that reads it re-renders only when that setting
 * changes, not on every slider step of another (the article has hundreds of such components). */
export function setting<K extends keyof Settings>(key: K): ReadonlySignal<Settings[K]> {
  let one = perKey.get(key);
  if (!one) {
    one = computed(() => settings.value[key]);
    perKey.set(key, one);
  }
  return one as ReadonlySignal<Settings[K]>;
}
/** The interface strings loaded so far (Korean always; English once chosen). */
const loadedStrings = signal<Partial<Record<UiLang, Strings>>>({ ko: koStrings });
/** The language the interface is shown in now (the chosen one once its strings are in). */
export const uiLang = computed<UiLang>(() =>
  loadedStrings.value[settings.value.uiLang] ? settings.value.uiLang : 'ko',
);
export const t = computed(() => loadedStrings.value[uiLang.value] ?? koStrings);

/** Loads a language's strings (English is a separate chunk, precached for offline use). */
export async function ensureStrings(lang: UiLang): Promise<void> {
  if (loadedStrings.value[lang]) return;
  const { en } = await import('./i18n-en.ts');
  loadedStrings.value = { ...loadedStrings.value, en };
}

/** Terms the reader opened or closed by hand, by occurrence id; overrides the mode. */
export const termOverrides = signal<ReadonlyMap<string, boolean>>(new Map());

/** Set once everything needed to read offline is in place. */
export const offlineReady = signal(false);
/** A short-lived visual note that saving for offline use just finished (the live region says
 * it to screen readers; the note itself is hidden from them, so it is never read as page text). */
export const offlineToast = signal(false);
/** The first offline install failed (connection dropped); it is retried when back online. */
export const offlineSaveFailed = signal(false);
export type UpdateState = 'none' | 'waiting' | 'applied-elsewhere';
export const update = signal<UpdateState>('none');
/** The latest storage problem worth telling the reader about. */
export const storageProblem = signal<StorageFailureKind | 'closed' | null>(null);

/** Text for the single polite live region; each change is announced once. */
export const announcement = signal('');
/** Waiting messages: the reader's own actions first, then news from the background. */
const waiting: { action: string | null; background: string | null } = {
  action: null,
  background: null,
};
let holding = false;
/** Announces `text` politely. A message stays at least a second before the next replaces it
 * (so "available offline" arriving just after "stopped" doesn't swallow it). Of the messages
 * that arrive meanwhile, the latest about the reader's own action is read first, then the
 * latest background news (offline, updates), which never displaces an action's message; older
 * ones of each kind are dropped, so a stale state is never read out late. */
export function announce(text: string, kind: 'action' | 'background' = 'action'): void {
  waiting[kind] = text;
  if (!holding) showNext();
}
let clearing: ReturnType<typeof setTimeout> | undefined;
function showNext(): void {
  const kind = waiting.action !== null ? 'action' : 'background';
  const text = waiting[kind];
  waiting[kind] = null;
  if (text === null) {
    holding = false;
    // Said is said: an old message left in the region would be read again as page text by a
    // screen reader reading to the end ("상태 표시줄 오프라인에서 읽을 수 있음").
    clearing = setTimeout(() => {
      if (!holding) announcement.value = '';
    }, 5000);
    return;
  }
  holding = true;
  clearTimeout(clearing);
  // Emptied first, then filled in a later task: a repeated message is announced again (a change
  // undone within one task is no change to the accessibility tree).
  announcement.value = '';
  setTimeout(() => (announcement.value = text), 100);
  setTimeout(showNext, 1000);
}
