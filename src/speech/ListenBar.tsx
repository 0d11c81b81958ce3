// The listen bar: read-aloud controls and options, and the highlight that follows the voice.

import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { settings, t } from '../app/state.ts';
import { focusLineAt } from '../reader/LineFocus.tsx';
import {
  HIGHLIGHT_MODES,
  SPEECH_RATE,
  clampRate,
  type HighlightMode,
  type Settings,
} from '../reader/settings.ts';
import { speech } from './controller.ts';
import {
  activeVoice,
  speechActive,
  speechPlace,
  speechReady,
  speechState,
  speechSupported,
  spokenWord,
  voices,
  voicesSettled,
} from './state.ts';
import { isKorean, sortVoices } from './voices.ts';

const optionsOpen = signal(false);

export function ListenBar(props: { change: (patch: Partial<Settings>) => void }) {
  const strings = t.value;
  const s = settings.value;
  if (!speechSupported) {
    return (
      <section class="listen-bar" aria-label={strings.listen}>
        <p class="notice notice--warning">{strings.noVoices}</p>
      </section>
    );
  }
  const state = speechState.value;
  const place = speechPlace.value;
  const c = speechReady.value ? speech() : null;
  const primary =
    state === 'playing'
      ? strings.listenPause
      : state === 'paused' || place
        ? strings.listenResume
        : strings.listenPlay;
  const list = sortVoices(voices.value);
  const korean = list.filter((v) => isKorean(v.lang));
  const other = list.filter((v) => !isKorean(v.lang));
  const voice = activeVoice.value;
  const highlightLabel: Record<HighlightMode, string> = {
    sentence: strings.highlightSentence,
    word: strings.highlightWord,
    off: strings.highlightOff,
  };
  return (
    <section class="listen-bar" aria-label={strings.listen}>
      <div class="listen-controls">
        <button
          type="button"
          class="button button--primary"
          disabled={!c}
          onClick={() => c?.toggle()}
        >
          <span aria-hidden="true">{state === 'playing' ? '❚❚ ' : '▶ '}</span>
          {primary}
        </button>
        {state === 'idle' && place && (
          <button type="button" class="button" disabled={!c} onClick={() => c?.playFromStart()}>
            {strings.listenFromStart}
          </button>
        )}
        <button
          type="button"
          class="button"
          disabled={!c || state === 'idle'}
          onClick={() => c?.stop()}
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
          onClick={() => (optionsOpen.value = !optionsOpen.value)}
        >
          {strings.listenOptions}
        </button>
      </div>
      {voicesSettled.value && list.length === 0 && (
        <p class="notice notice--warning">{strings.noVoices}</p>
      )}
      {list.length > 0 && korean.length === 0 && (
        <p class="notice notice--warning">{strings.noKoreanVoice}</p>
      )}
      {voice && !voice.localService && <p class="notice">{strings.voiceNeedsNetwork}</p>}
      <div id="listen-options" class="listen-options" hidden={!optionsOpen.value}>
        <div class="field field--range">
          <label for="set-speechRate">{strings.speechRate}</label>
          <input
            id="set-speechRate"
            type="range"
            min={SPEECH_RATE.min}
            max={SPEECH_RATE.max}
            step={SPEECH_RATE.step}
            value={s.speechRate}
            aria-valuetext={strings.speechRateValue(s.speechRate)}
            onInput={(e) => props.change({ speechRate: clampRate(e.currentTarget.value) })}
          />
          <output for="set-speechRate" aria-hidden="true">
            {strings.speechRateValue(s.speechRate)}
          </output>
        </div>
        <label class="field">
          <span>{strings.voice}</span>
          <select
            value={s.voiceId ?? ''}
            onChange={(e) => props.change({ voiceId: e.currentTarget.value || null })}
          >
            <option value="">{strings.voiceAuto}</option>
            {[
              [strings.voiceKorean, korean],
              [strings.voiceOther, other],
            ].map(([label, group]) =>
              typeof label === 'string' && Array.isArray(group) && group.length > 0 ? (
                <optgroup key={label} label={label}>
                  {group.map((v) => (
                    <option key={v.id} value={v.id}>
                      {`${v.name} (${v.lang})${v.localService ? '' : strings.voiceNetwork}`}
                    </option>
                  ))}
                </optgroup>
              ) : null,
            )}
          </select>
        </label>
        <fieldset class="field-group">
          <legend>{strings.highlight}</legend>
          {HIGHLIGHT_MODES.map((mode) => (
            <label key={mode} class="field field--check">
              <input
                type="radio"
                name="highlight"
                value={mode}
                checked={s.highlight === mode}
                onChange={() => props.change({ highlight: mode })}
              />
              {highlightLabel[mode]}
            </label>
          ))}
        </fieldset>
        {(
          [
            ['readPhotoDescriptions', strings.readPhotoDescriptions],
            ['readFootnotes', strings.readFootnotes],
            ['sayFullFirst', strings.sayFullFirst],
            ['singleKeyShortcuts', strings.singleKeyShortcuts],
          ] as const
        ).map(([key, label]) => (
          <label key={key} class="field field--check">
            <input
              type="checkbox"
              checked={s[key]}
              onChange={(e) => props.change({ [key]: e.currentTarget.checked })}
            />
            {label}
          </label>
        ))}
        <p class="panel-help">{strings.shortcutsHelp}</p>
      </div>
    </section>
  );
}

/** "여기서부터 읽기" for a block, shown while read-aloud is on. */
export function ReadFromHere(props: { blockId: string; which: string }) {
  const strings = t.value;
  if (speechState.value === 'idle') return null;
  return (
    <button
      type="button"
      class="read-here"
      lang={settings.value.uiLang}
      onClick={() => speech()?.playFrom(props.blockId)}
    >
      <span aria-hidden="true">▶ </span>
      {strings.readFromHere}
      <span class="sr-only">{`, ${props.which}`}</span>
    </button>
  );
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Marks what is being read and keeps it in view, without moving keyboard focus. */
export function SpeechHighlight() {
  const place = speechPlace.value;
  const active = speechActive.value;
  const mode = settings.value.highlight;
  const lineFocus = settings.value.lineFocus;
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
