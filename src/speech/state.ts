// Read-aloud state as signals: the controller writes them, the listen bar and the article read them.

import { signal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import type { EngineState } from './engine.ts';
import type { VoiceInfo } from './voices.ts';

/** At build time (prerender) there is no window: render the bar as supported, with its buttons
 * disabled until the app takes over. */
export const speechSupported = typeof window === 'undefined' || 'speechSynthesis' in window;
export const speechState = signal<EngineState>('idle');
/** What is being read (or where reading will go on): ids for the highlight and the position. */
export const speechPlace = signal<{ id: string; target: string; blockId: string } | null>(null);
/** True while `speechPlace` is being spoken (or paused in), not just remembered. */
export const speechActive = signal(false);
export const voices = signal<VoiceInfo[]>([]);
/** Voices have had time to arrive (they come late on most platforms). */
export const voicesSettled = signal(false);
/** The voice the engine uses now. */
export const activeVoice = signal<VoiceInfo | null>(null);
/** The voice's last word boundary, as displayed-text offsets inside the current sentence. */
export const spokenWord = signal<{ target: string; start: number; end: number } | null>(null);
/** What the listen bar and the article can ask of read-aloud. */
export interface SpeechControls {
  toggle: () => void;
  playFromStart: () => void;
  playFrom: (blockId: string) => void;
  /** Reads the text selected in the post, then stops (the place to resume is kept). */
  readSelection: () => void;
  stop: () => void;
  next: () => void;
  prev: () => void;
}

/** Listening has started at least once in this session ("여기서부터 읽기" buttons stay from then). */
export const listenedThisSession = signal(false);

/** Play found no voice on the device (pressed after the voices settled, or waited in vain):
 * the bar says so, with how to add one. */
export const noVoiceNotice = signal(false);

/** Reading stopped because the voice stopped answering (the engine's 'stalled' error); cleared
 * when reading plays again. */
export const speechProblem = signal<'stalled' | null>(null);

/** Read-aloud failed to start (e.g. a browser without Intl.Segmenter). */
export const speechBroken = signal(false);

/** Set once the read-aloud code is loaded and its engine built (it loads after first paint). */
export const speechControls = signal<SpeechControls | null>(null);

/** sessionStorage key: read-aloud was playing when the reader accepted an update. */
export const RESUME_KEY = 'nuri-resume-listening';

/** What the listen bar needs to know of the voices (set by the read-aloud code with the list):
 * whether there is any voice, and any Korean one. */
export const voiceSummary = signal({ any: false, korean: false });

/** The highlight that follows the voice; set by the read-aloud code when it has loaded. */
export const speechHighlight = signal<FunctionComponent | null>(null);

/** Parts of the listen bar that load with the read-aloud code: the position readout (first in
 * the bar) and "선택 부분 읽기" (offered while text is selected in the post). */
export const barExtras = signal<{ Where: FunctionComponent; Selection: FunctionComponent } | null>(
  null,
);
