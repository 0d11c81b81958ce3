// The listen bar: read-aloud controls and options (the highlight is in Highlight.tsx).

import { signal } from '@preact/signals';
import { Fragment, type ComponentChildren } from 'preact';
import { parsePlace } from '../article/ids.ts';
import { useEffect, useRef } from 'preact/hooks';
import { announce, t } from '../app/state.ts';
import { selectedBlockId } from '../app/position.ts';
import { NotesOffer } from '../notes/state.ts';
import type { Settings } from '../reader/settings.ts';
import type { ListenOptions as Options } from './ListenOptions.tsx';
import {
  activeVoice,
  barExtras,
  speechPlace,
  listenedThisSession,
  noVoiceNotice,
  speechBroken,
  speechControls,
  speechProblem,
  speechState,
  speechSupported,
  voiceSummary,
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

/** "읽어 주기" was pressed before the read-aloud code was in: it plays once it is. */
const pendingPlay = signal(false);
/** The post's block that holds the reader's text selection: "여기서부터 읽기" is offered for it
 * in the bar (never as buttons inside the text). */
const selectedBlock = signal<string | null>(null);
let clearSelected: ReturnType<typeof setTimeout> | undefined;
function watchSelection(): () => void {
  const onChange = () => {
    const id = selectedBlockId();
    clearTimeout(clearSelected);
    // A tap on the bar's button may collapse the selection first: keep the offer a moment.
    if (id) selectedBlock.value = id;
    else clearSelected = setTimeout(() => (selectedBlock.value = null), 1500);
  };
  document.addEventListener('selectionchange', onChange);
  return () => document.removeEventListener('selectionchange', onChange);
}

/** "문단 3", "사진 2", "각주 1" for a block id. */
function blockName(id: string): string {
  const place = parsePlace(id);
  const strings = t.value;
  if (!place || place.credit) return id;
  if (place.kind === 'p') return strings.paragraphLink(place.n);
  if (place.kind === 'fig') return strings.figureLabel(place.n);
  return strings.footnote(place.n);
}

/** A menu path from the strings ("설정 > 손쉬운 사용 > …"): the steps read as a list, the arrows
 * are only seen (a screen reader would say "greater than"). */
function menuPath(line: string) {
  return line.split(' > ').map((step, k) => (
    <Fragment key={k}>
      {k > 0 && (
        <>
          <span aria-hidden="true"> › </span>
          <span class="sr-only">, </span>
        </>
      )}
      {step}
    </Fragment>
  ));
}

/** How to add a Korean voice, per system: folded, so the bar stays one line tall until asked. */
function VoiceHelp() {
  const s = t.value;
  const lines = [
    s.voiceHowAndroid,
    s.voiceHowIos,
    s.voiceHowWindows,
    s.voiceHowMac,
    s.voiceHowLinux,
  ];
  return (
    <details class="voice-help">
      <summary>{s.voiceHowTitle}</summary>
      <ul>
        {lines.map((line) => (
          <li key={line}>{menuPath(line)}</li>
        ))}
      </ul>
    </details>
  );
}

/**
 * The read-aloud controls. Before the first play only what works now is shown ("읽어 주기" and
 * "읽기 설정"); stop, previous and next appear while reading is on. Nothing is shown disabled:
 * a screen reader would read every disabled button before the post.
 */
export function ListenBar(props: {
  change: (patch: Partial<Settings>) => void;
  /** The app's own tools shown at the end of the bar (글자 설정), in reach anywhere. */
  tools?: ComponentChildren;
}) {
  const strings = t.value;
  const primaryRef = useRef<HTMLButtonElement>(null);
  const barRef = useRef<HTMLElement>(null);
  // Its height keeps the sentence being read out from under it (scroll-padding in reader.css).
  useEffect(() => {
    const bar = barRef.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      document.documentElement.style.setProperty('--listen-bar-height', `${bar.offsetHeight}px`);
    });
    observer.observe(bar);
    return () => observer.disconnect();
  }, [barRef.current]);
  useEffect(watchSelection, []);
  // Escape in the options closes them; focus goes back to their button.
  useEffect(() => {
    if (!optionsOpen.value) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (
        !(e.target instanceof Node) ||
        !document.getElementById('listen-options')?.contains(e.target)
      )
        return;
      e.preventDefault();
      optionsOpen.value = false;
      document.getElementById('listen-options-toggle')?.focus();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [optionsOpen.value]);
  const state = speechState.value;
  const c = speechControls.value;
  const fromHere = selectedBlock.value;
  const extras = barExtras.value;
  useEffect(() => {
    if (c && pendingPlay.value) {
      pendingPlay.value = false;
      c.toggle();
    }
  }, [c]);
  // Reading ended while focus was on a control that has now gone: keep it in the bar.
  useEffect(() => {
    if (state === 'idle' && document.activeElement === document.body && barHadFocus) {
      primaryRef.current?.focus();
    }
  }, [state]);
  if (!speechSupported) {
    return (
      <div class="listen-bar">
        <div class="listen-controls">{props.tools}</div>
      </div>
    );
  }
  if (speechBroken.value) {
    return (
      <section class="listen-bar" aria-label={strings.listen}>
        <div class="listen-controls">{props.tools}</div>
        <p class="notice notice--warning">{strings.noVoices}</p>
      </section>
    );
  }
  const place = speechPlace.value;
  const { korean, any } = voiceSummary.value;
  const noVoice = voicesSettled.value && !any;
  const primary =
    state === 'playing'
      ? strings.listenPause
      : state === 'paused' || place
        ? strings.listenResume
        : strings.listenPlay;
  const voice = activeVoice.value;
  // Waiting for the voices to load: only the (busy) play button and the message.
  const waiting = state === 'waiting';
  const on = state === 'playing' || state === 'paused';
  const noVoiceSaid = noVoiceNotice.value;
  const tried = listenedThisSession.value || noVoiceSaid;
  const docked =
    on || waiting || optionsOpen.value || place !== null || noVoiceSaid || fromHere !== null;
  return (
    <section
      ref={barRef}
      class={`listen-bar${docked ? ' listen-bar--on' : ''}`}
      aria-label={strings.listen}
      onFocusCapture={() => (barHadFocus = true)}
      onBlurCapture={() => (barHadFocus = false)}
    >
      <div class="listen-controls">
        {extras && <extras.Where />}
        <button
          ref={primaryRef}
          type="button"
          class="button button--primary"
          aria-busy={pendingPlay.value || waiting || undefined}
          onClick={() => {
            if (noVoice) {
              noVoiceNotice.value = true;
              announce(strings.noVoicesHere);
            } else if (c) c.toggle();
            else pendingPlay.value = true;
          }}
        >
          <span aria-hidden="true">{state === 'playing' ? '❚❚ ' : '▶ '}</span>
          {primary}
        </button>
        {fromHere && c && !noVoice && (
          <button
            type="button"
            class="button"
            aria-label={`${strings.readFromHere}, ${blockName(fromHere)}`}
            onClick={() => {
              c.playFrom(fromHere);
              selectedBlock.value = null;
            }}
          >
            {strings.readFromHere}
          </button>
        )}
        {extras && !noVoice && <extras.Selection />}
        {/* "형광펜" / "메모 달기" / "메모 보기" for the selection (src/notes/runtime.tsx). */}
        {fromHere !== null && NotesOffer.value && <NotesOffer.value />}
        {state === 'idle' && place && c && (
          <button
            type="button"
            class="button"
            onClick={() => {
              c.playFromStart();
              // This button goes away once reading starts: keep the focus in the bar.
              primaryRef.current?.focus();
            }}
          >
            {strings.listenFromStart}
          </button>
        )}
        {on && c && (
          <>
            <button type="button" class="button" onClick={() => c.prev()}>
              {strings.listenPrev}
            </button>
            <button type="button" class="button" onClick={() => c.next()}>
              {strings.listenNext}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                c.stop();
                // Stop goes away with reading: the focus goes to "이어 읽기", not to the top.
                primaryRef.current?.focus();
              }}
            >
              {strings.listenStop}
            </button>
          </>
        )}
        {/* Opens its options and moves focus into them, like 글자 설정 (no aria-expanded: Orca
            switches to focus mode on any focusable control that has it). */}
        <button
          type="button"
          class="button"
          id="listen-options-toggle"
          aria-controls={optionsOpen.value && ListenOptions.value ? 'listen-options' : undefined}
          onClick={() => {
            optionsOpen.value = !optionsOpen.value;
            if (!optionsOpen.value) return;
            const focusFirst = () =>
              requestAnimationFrame(() => document.getElementById('set-speechRate')?.focus());
            if (ListenOptions.value) focusFirst();
            else void loadListenOptions().then(focusFirst);
          }}
        >
          {strings.listenOptions}
        </button>
        {props.tools}
      </div>
      {waiting && <p class="notice">{strings.speechLoadingVoices}</p>}
      {speechProblem.value === 'stalled' && state !== 'playing' && (
        <p class="notice notice--warning">{strings.speechStalled}</p>
      )}
      {noVoiceSaid && !any && (
        <div class="notice notice--warning">
          <p>{strings.noVoicesHere}</p>
          <VoiceHelp />
        </div>
      )}
      {tried && any && !korean && (
        <div class="notice notice--warning">
          <p>{strings.noKoreanVoice}</p>
          <VoiceHelp />
        </div>
      )}
      {tried && voice && !voice.localService && <p class="notice">{strings.voiceNeedsNetwork}</p>}
      {ListenOptions.value && (
        <ListenOptions.value open={optionsOpen.value} change={props.change} />
      )}
    </section>
  );
}

let barHadFocus = false;
