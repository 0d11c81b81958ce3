// Read-aloud state as signals: the controller writes them, the listen bar and the article read them.

import { signal } from '@preact/signals';
import type { EngineState } from './engine.ts';
import type { VoiceInfo } from './voices.ts';

export const speechSupported = typeof window !== 'undefined' && 'speechSynthesis' in window;
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
/** The controller is running (the article is loaded and the engine built). */
export const speechReady = signal(false);
