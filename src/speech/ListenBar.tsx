// The listen bar: read-aloud controls and options, and the highlight that follows the voice.

import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { setting, t, uiLang } from '../app/state.ts';
import { focusLineAt } from '../reader/LineFocus.tsx';
import type { Settings } from '../reader/settings.ts';
import type { ListenOptions as Options } from './ListenOptions.tsx';
import {
  activeVoice,
  speechActive,
  speechPlace,
  listenedThisSession,
  speechBroken,
  speechControls,
  speechState,
  speechSupported,
  spokenWord,
  voiceChoices,
  voicesSettled,
} from './state.ts';

const optionsOpen = signal(false);
/** The options' code loads on first use (or when the browser is idle). */
const ListenOptions = signal<typeof Options | null>(null);
export function loadListenOptions(): Promise<void> {
  return import('./ListenOptions.tsx').then((m) => {
    ListenOptions.value = m.ListenOptions;
  });
}

export function ListenBar(props: { change: (patch: Partial<Settings>) => void }) {
  const strings = t.value;
  const primaryRef = useRef<HTMLButtonElement>(null);
  if (!speechSupported || speechBroken.value) {
    return (
      <section class="listen-bar" aria-label={strings.listen}>
        <p class="notice notice--warning">{strings.noVoices}</p>
      </section>
    );
  }
  const state = speechState.value;
  const place = speechPlace.value;
  const { korean, any } = voiceChoices.value;
  // With no voice at all nothing would be heard: say so instead of pretending to play.
  const c = voicesSettled.value && !any ? null : speechControls.value;
  const primary =
    state === 'playing'
      ? strings.listenPause
      : state === 'paused' || place
        ? strings.listenResume
        : strings.listenPlay;
  const voice = activeVoice.value;
  return (
    <section class="listen-bar" aria-label={strings.listen}>
      <div class="listen-controls">
        <button
          ref={primaryRef}
          type="button"
          class="button button--primary"
          disabled={!c}
          onClick={() => c?.toggle()}
        >
          <span aria-hidden="true">{state === 'playing' ? '❚❚ ' : '▶ '}</span>
          {primary}
        </button>
        {state === 'idle' && place && (
          <button
            type="button"
            class="button"
            disabled={!c}
            onClick={() => {
              c?.playFromStart();
              // This button goes away once reading starts: keep the focus in the bar.
              primaryRef.current?.focus();
            }}
          >
            {strings.listenFromStart}
          </button>
        )}
        <button
          type="button"
          class="button"
          disabled={!c || state === 'idle'}
          onClick={() => {
            c?.stop();
            // Stop disables itself: the focus goes to "이어 읽기", not to the page's top.
            primaryRef.current?.focus();
          }}
        >
          {strings.listenStop}
        </button>
        <button type="button" class="button" disabled={!c || !place} onClick={() => c?.prev()}>
          {strings.listenPrev}
        </button>
        <button type="button" class="button" disabled={!c || !place} onClick={() => c?.next()}>
          {strings.listenNext}
        </button>
        <button
          type="button"
          class="button"
          aria-expanded={optionsOpen.value}
          aria-controls="listen-options"
          onClick={() => {
            optionsOpen.value = !optionsOpen.value;
            if (!ListenOptions.value) void loadListenOptions();
          }}
        >
          {strings.listenOptions}
        </button>
      </div>
      {voicesSettled.value && !any && <p class="notice notice--warning">{strings.noVoices}</p>}
      {any && korean.length === 0 && <p class="notice notice--warning">{strings.noKoreanVoice}</p>}
      {voice && !voice.localService && <p class="notice">{strings.voiceNeedsNetwork}</p>}
      {ListenOptions.value && (
        <ListenOptions.value open={optionsOpen.value} change={props.change} />
      )}
    </section>
  );
}

/** "여기서부터 읽기" for a block, shown while read-aloud is on. */
export function ReadFromHere(props: { blockId: string; which: string }) {
  const strings = t.value;
  // Shown from the first "읽어 주기" on, and then kept: a button that vanishes under the
  // keyboard focus (when reading stops) would drop the reader at the top of the page.
  if (!listenedThisSession.value) return null;
  return (
    <button
      type="button"
      class="read-here"
      lang={uiLang.value}
      aria-label={`${strings.readFromHere}, ${props.which}`}
      onClick={() => speechControls.value?.playFrom(props.blockId)}
    >
      <span aria-hidden="true">▶ </span>
      {strings.readFromHere}
    </button>
  );
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Marks what is being read and keeps it in view, without moving keyboard focus. */
export function SpeechHighlight() {
  const place = speechPlace.value;
  const active = speechActive.value;
  const mode = setting('highlight').value;
  const lineFocus = setting('lineFocus').value;
  const word = spokenWord.value;
  useEffect(() => {
    if (!active || !place) return;
    const el =
      document.querySelector(`[data-s="${CSS.escape(place.target)}"]`) ??
      document.getElementById(place.target);
    if (!el) return;
    if (mode !== 'off') el.classList.add('is-reading');
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > innerHeight) {
      el.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    }
    if (lineFocus > 0) requestAnimationFrame(() => focusLineAt(el));
    return () => el.classList.remove('is-reading');
  }, [place, active, mode, lineFocus]);

  useEffect(() => {
    const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
    if (!registry) return;
    registry.delete('nuri-word');
    if (!word || !active || mode !== 'word') return;
    const el = document.querySelector(`[data-s="${CSS.escape(word.target)}"]`);
    const range = el && rangeIn(el, word.start, word.end);
    if (range) registry.set('nuri-word', new Highlight(range));
  }, [word, active, mode]);
  return null;
}

/** A DOM range over displayed-text offsets of a sentence (skipping inserted expansions). */
function rangeIn(root: Element, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('.term-exp, .sr-only, [aria-hidden="true"]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.textContent?.length ?? 0;
    if (!started && start < at + len) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= at + len) {
      range.setEnd(node, end - at);
      return range;
    }
    at += len;
  }
  return null;
}
