// Wires the engine to the app: the script from the article and settings, the saved listening
// position, voices, lock-screen controls, the screen wake lock and keyboard shortcuts.

import { computed, effect, untracked } from '@preact/signals';
import { toolStrings } from '../app/i18n-tools.ts';
import type { Article } from '../article/model.ts';
import { announce, setting, settings, t } from '../app/state.ts';
import { whereTheReaderIs } from '../app/position.ts';
import { browserSpeech, type BrowserSpeech } from './browser-port.ts';
import { SpeechEngine, type SpeechPort, type TimerPort } from './engine.ts';
import { textRangeOf } from './lexicon.ts';
import { browserKeepalive } from './media-keepalive.ts';
import { connectMediaSession, paragraphNumbers, speechTime } from './media-session.ts';
import { buildScript, indexOf, type SpeechItem } from './script.ts';
import { SpeechHighlight } from './Highlight.tsx';
import { ReadSelection, selectedPoints } from './ReadSelection.tsx';
import { selectionScript } from './selection.ts';
import { announceWhere, charsLeft, startWhere, WhereReadout } from '../reader/WhereReadout.tsx';
import {
  activeVoice,
  barExtras,
  listenedThisSession,
  noVoiceNotice,
  speechActive,
  speechPlace,
  speechProblem,
  speechState,
  speechControls,
  speechHighlight,
  type SpeechControls,
  spokenWord,
  voices,
  voicesSettled,
  voiceSummary,
} from './state.ts';
import { isKorean, pickEnglishVoice, pickVoice, type VoiceInfo } from './voices.ts';

export interface SpeechDeps {
  article: Article;
  /** The sentence id saved last time, if any. */
  savedId: string | null;
  /** Keep the listening position (null when the reading ran to the end). */
  save: (id: string | null) => void;
  /** Reading was going on when the page reloaded for an update: go on by itself. */
  resumeNow: boolean;
  port?: SpeechPort & Partial<Pick<BrowserSpeech, 'watchVoices'>>;
}

/** How long voices may take to arrive before "this device has no voice" (ms). Chrome lists
 * them within ~1 s of load, Android's engines within 2–3 s; a play pressed before waits. */
const VOICES_WAIT_MS = 3000;

const browserTimer: TimerPort = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function startSpeech(deps: SpeechDeps): SpeechControls {
  const port = deps.port ?? browserSpeech(window.speechSynthesis);
  const strings = () => ({ ...t.value, ...toolStrings.value });
  /** Reading a selection ("선택 부분 읽기"): the place to go back to when it ends. Meanwhile
   * nothing is saved as the listening position. */
  let selection: { before: typeof speechPlace.value; index: number } | null = null;
  const engine = new SpeechEngine(
    port,
    {
      state: (state) => {
        speechState.value = state;
        if (state === 'playing') {
          listenedThisSession.value = true;
          speechProblem.value = null;
          noVoiceNotice.value = false;
        }
        media.state(state);
        void holdWakeLock(state === 'playing');
        if (state === 'playing') announce(strings().speechPlaying);
        else if (state === 'paused') announce(strings().speechPaused);
        else if (state === 'waiting') announce(strings().speechLoadingVoices);
      },
      item: (item, index) => {
        spokenWord.value = null;
        charsLeft.value = item ? engine.charsLeft : null;
        if (item) {
          speechPlace.value = { id: item.id, target: item.target, blockId: item.blockId };
          if (!selection) deps.save(item.id);
          showOnLockScreen(item.blockId, index);
        } else {
          // Stopped: forget the highlight but keep the place for "이어 읽기".
          const place = engine.current ?? null;
          speechPlace.value = place && {
            id: place.id,
            target: place.target,
            blockId: place.blockId,
          };
        }
        speechActive.value = item !== null && engine.state !== 'idle';
      },
      boundary: (item, charIndex, charLength) => {
        // Some voices report no length: the word then runs to the next space.
        const rest = item.say.slice(charIndex).search(/\s|$/);
        const range = textRangeOf(item.spans, charIndex, charIndex + (charLength || rest || 1));
        if (range) spokenWord.value = { target: item.target, ...range };
      },
      finished: () => {
        if (selection) return endSelection();
        deps.save(null);
        speechPlace.value = null;
        announce(strings().speechFinished);
      },
      error: (error) => {
        if (error === 'no-voice') {
          noVoiceNotice.value = true;
          announce(strings().noVoicesHere);
        } else if (error === 'stalled') {
          speechProblem.value = 'stalled';
          announce(strings().speechStalled);
        } else
          announce(error === 'not-allowed' ? strings().speechNeedsTap : strings().speechFailed);
      },
    },
    { timer: browserTimer },
  );

  const media = connectMediaSession(
    engine,
    {
      title: deps.article.title,
      artist: `${deps.article.section} · ${deps.article.author}`,
      album: '누리 리더',
      artwork: [
        {
          src: `${import.meta.env.BASE_URL}icons/icon-192.png`,
          sizes: '192x192',
          type: 'image/png',
        },
        {
          src: `${import.meta.env.BASE_URL}icons/icon-512.png`,
          sizes: '512x512',
          type: 'image/png',
        },
      ],
    },
    browserKeepalive(`${import.meta.env.BASE_URL}audio/silence.wav`),
  );
  const paragraphs = paragraphNumbers(deps.article);
  /** The lock screen shows where reading is ("문단 3/21") and an estimated time bar. */
  function showOnLockScreen(blockId: string, index: number) {
    const n = paragraphs.of(blockId);
    // In the article's language, like the title beside it and the spoken labels.
    const label = n > 0 ? `문단 ${n}/${paragraphs.total}` : '제목';
    const lengths = script.map((it) => it.say.length);
    media.place(label, speechTime(lengths, index, engine.rate));
  }

  // The script follows the settings that shape it; rate and voice apply to the next word said.
  // Only the settings that change what is said rebuild the script (a rebuild while playing
  // says the current sentence again).
  const scriptKey = computed(() => {
    const s = settings.value;
    return `${s.readPhotoDescriptions}|${s.readFootnotes}|${s.sayFullFirst}`;
  });
  let script: SpeechItem[] = [];
  effect(() => {
    // While a selection is read, the whole script is loaded again when it ends.
    if (scriptKey.value && !untracked(() => selection)) {
      engine.load((script = untracked(currentScript)));
    }
  });
  engine.rate = settings.value.speechRate;
  // A rate slider sends a burst of values: apply the one it comes to rest on.
  let rateTimer: ReturnType<typeof setTimeout> | undefined;
  effect(() => {
    const rate = setting('speechRate').value;
    clearTimeout(rateTimer);
    rateTimer = setTimeout(() => engine.setRate(rate), 300);
  });
  // Only a voice the reader picks says the current sentence again; voices arriving late or the
  // list changing apply from the next utterance (a restart there would repeat what was said).
  let chosen = untracked(() => setting('voiceId').value);
  effect(() => {
    const list = voices.value;
    const wanted = setting('voiceId').value;
    const readerPicked = wanted !== chosen;
    chosen = wanted;
    const voice = pickVoice(list, wanted);
    activeVoice.value = voice;
    engine.lang = voice && !isKorean(voice.lang) ? voice.lang : 'ko-KR';
    engine.setVoice(voice?.id ?? null, { restart: readerPicked });
    const english = pickEnglishVoice(list);
    engine.setEnglishVoice(english && { id: english.id, lang: english.lang });
    // A play pressed before the list arrives waits for it (then starts with the right voice).
    engine.setVoiceStatus(list.length > 0 ? 'ready' : voicesSettled.value ? 'none' : 'loading');
  });

  // The listen bar's summary follows the list.
  effect(() => {
    const list = voices.value;
    voiceSummary.value = { any: list.length > 0, korean: list.some((v) => isKorean(v.lang)) };
  });
  const gotVoices = (list: VoiceInfo[]) => {
    voices.value = list;
    if (list.length > 0) voicesSettled.value = true;
  };
  if (port.watchVoices) port.watchVoices(gotVoices);
  else gotVoices(port.voices());
  setTimeout(() => (voicesSettled.value = true), VOICES_WAIT_MS);

  function currentScript() {
    const s = settings.value;
    return buildScript(deps.article, {
      photoDescriptions: s.readPhotoDescriptions,
      footnotes: s.readFootnotes,
      sayFullFirst: s.sayFullFirst,
    });
  }
  if (deps.savedId) {
    const place = indexOf(currentScript(), deps.savedId);
    if (place >= 0) engine.seek(place);
  }

  /** The selection has been read (or reading it stopped): back to the whole script, idle, at
   * the place reading was at before. */
  function endSelection(): void {
    const was = selection;
    if (!was) return;
    engine.load(currentScript());
    engine.seek(was.index);
    selection = null;
    speechPlace.value = was.before;
    speechActive.value = false;
  }
  /** Playing from a place in the post ends a selection reading first (the place is not kept). */
  function leaveSelection(): void {
    if (!selection) return;
    engine.stop();
    selection = null;
    engine.load(currentScript());
  }

  const api: SpeechControls = {
    toggle: () => {
      // A first play starts where the reader is, not at the headline.
      const from = engine.state === 'idle' && !speechPlace.value ? whereTheReaderIs() : null;
      const at = from ? indexOf(currentScript(), from) : -1;
      if (at >= 0) engine.play(at);
      else engine.toggle();
    },
    playFromStart: () => {
      leaveSelection();
      engine.play(0);
    },
    playFrom: (blockId) => {
      leaveSelection();
      const at = indexOf(currentScript(), blockId);
      if (at >= 0) engine.play(at);
    },
    readSelection: () => {
      const points = selectedPoints();
      const items = points
        ? selectionScript(deps.article, points.from, points.to, settings.value.sayFullFirst)
        : [];
      if (items.length === 0) return;
      selection ??= { before: speechPlace.value, index: engine.index };
      if (engine.state !== 'idle') engine.stop();
      engine.load(items);
      engine.play(0);
    },
    stop: () => {
      engine.stop();
      endSelection();
      announce(strings().speechStopped);
    },
    next: () => engine.next(),
    prev: () => engine.prev(),
  };
  installShortcuts(api);
  startWhere(deps.article);
  barExtras.value = { Where: WhereReadout, Selection: ReadSelection };
  if (deps.resumeNow) engine.play();
  speechControls.value = api;
  speechHighlight.value = SpeechHighlight;
  return api;
}

let wakeLock: WakeLockSentinel | null = null;
let requesting = false;
let wantWakeLock = false;
/** Keeps the screen on while reading aloud, where the browser allows it. */
async function holdWakeLock(want: boolean): Promise<void> {
  wantWakeLock = want;
  if (!want) {
    const held = wakeLock;
    wakeLock = null;
    await held?.release().catch(() => undefined);
    return;
  }
  if (wakeLock || requesting || !('wakeLock' in navigator)) return;
  if (document.visibilityState !== 'visible') return;
  requesting = true;
  try {
    const sentinel = await navigator.wakeLock.request('screen');
    // Paused or stopped while the request was pending: let go at once.
    if (!wantWakeLock) await sentinel.release();
    else {
      wakeLock = sentinel;
      sentinel.addEventListener('release', () => {
        if (wakeLock === sentinel) wakeLock = null;
      });
    }
  } catch {
    // Refused (battery saver, permissions policy): reading goes on without it.
  } finally {
    requesting = false;
  }
}
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && wantWakeLock) void holdWakeLock(true);
  });
}

/** Inputs that take no typed text: shortcuts work while they have focus (a slider, a box). */
const NOT_TYPED = new Set([
  'range',
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'color',
  'file',
]);

/** Focus is somewhere the reader types (a text field, an editable area): keys are theirs. */
const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable ||
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && !NOT_TYPED.has(el.type)));

/** Alt+Shift+P play/pause, Alt+Shift+←/→ previous/next sentence, Alt+Shift+W where am I (Orca
 * leaves W to the page); K/J/L only when turned on.
 * Matched by physical key (`code`), so they work with the Korean keyboard layout too. */
function installShortcuts(api: SpeechControls): void {
  addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.isComposing || typing(e.target)) return;
    let run: (() => void) | null = null;
    if (e.altKey && e.shiftKey) {
      if (e.code === 'KeyP') run = api.toggle;
      else if (e.code === 'ArrowLeft') run = api.prev;
      else if (e.code === 'ArrowRight') run = api.next;
      else if (e.code === 'KeyW') run = announceWhere;
    } else if (!e.altKey && !e.shiftKey && !e.repeat && settings.value.singleKeyShortcuts) {
      if (e.code === 'KeyK') run = api.toggle;
      else if (e.code === 'KeyJ') run = api.prev;
      else if (e.code === 'KeyL') run = api.next;
    }
    if (!run) return;
    e.preventDefault();
    run();
  });
}
