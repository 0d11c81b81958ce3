// The read-aloud engine: a queue of sentences over a SpeechPort. It never touches the DOM; it
// reports "now reading item i" and its state, and the view does the rest.

import type { SpeechItem } from './script.ts';
import type { VoiceInfo } from './voices.ts';

export interface UtteranceHandlers {
  onStart: () => void;
  onEnd: () => void;
  onError: (error: string) => void;
  onBoundary: (charIndex: number, charLength: number) => void;
}

/** The boundary to the platform's speech synthesis (speechSynthesis in the browser). */
export interface SpeechPort {
  voices(): VoiceInfo[];
  speak(
    text: string,
    options: { lang: string; voiceId: string | null; rate: number },
    handlers: UtteranceHandlers,
  ): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  /** False where pause() is known to be unreliable (Android): pausing then stops the sentence
   * and resuming says it again from its start. */
  readonly canPause: boolean;
}

export type EngineState = 'idle' | 'playing' | 'paused';

export interface EngineEvents {
  state: (state: EngineState) => void;
  /** The item being read changed (null when reading stops or ends). */
  item: (item: SpeechItem | null, index: number) => void;
  /** The voice reported a word: offsets in the item's `say`. */
  boundary: (item: SpeechItem, charIndex: number, charLength: number) => void;
  /** Reading reached the end of the script. */
  finished: () => void;
  error: (error: string) => void;
}

export class SpeechEngine {
  private items: SpeechItem[] = [];
  private i = 0;
  private st: EngineState = 'idle';
  /** Bumped on every speak and cancel: events from an older utterance are ignored. */
  private token = 0;
  /** The current sentence was cut off (pause on a platform that cannot pause, rate change). */
  private restartOnResume = false;
  rate = 1;
  voiceId: string | null = null;
  lang = 'ko-KR';

  constructor(
    private readonly port: SpeechPort,
    private readonly on: Partial<EngineEvents> = {},
  ) {}

  get state(): EngineState {
    return this.st;
  }
  get index(): number {
    return this.i;
  }
  get current(): SpeechItem | null {
    return this.items[this.i] ?? null;
  }
  get length(): number {
    return this.items.length;
  }

  /** Replaces the script, keeping the place (same item id) when it still exists. */
  load(items: SpeechItem[]): void {
    const id = this.current?.id;
    this.items = items;
    const kept = id ? items.findIndex((it) => it.id === id) : -1;
    this.i = kept >= 0 ? kept : Math.min(this.i, Math.max(0, items.length - 1));
    if (this.st === 'playing') this.speakCurrent();
    else if (kept < 0 && this.st === 'paused') {
      // The sentence paused in is gone (e.g. footnotes turned off): go on from the new place.
      this.token++;
      this.port.cancel();
      this.restartOnResume = true;
      this.on.item?.(this.current, this.i);
    }
  }

  /** Moves to an item without speaking (e.g. a saved listening position). */
  seek(index: number): void {
    if (index < 0 || index >= this.items.length) return;
    this.i = index;
    if (this.st === 'playing') this.speakCurrent();
    else {
      this.restartOnResume = true;
      this.on.item?.(this.current, this.i);
    }
  }

  /** Starts reading at `index` (default: where it is). Call from a user gesture: iOS only
   * speaks after one, and this speaks synchronously. */
  play(index = this.i): void {
    if (this.items.length === 0) return;
    this.i = Math.min(Math.max(0, index), this.items.length - 1);
    // Speak first, tell the listeners after: the voice starts before any re-rendering work.
    const was = this.st;
    this.st = 'playing';
    this.speakCurrent();
    if (was !== 'playing') this.on.state?.('playing');
  }

  pause(): void {
    if (this.st !== 'playing') return;
    if (this.port.canPause) this.port.pause();
    else {
      this.token++;
      this.port.cancel();
      this.restartOnResume = true;
    }
    this.setState('paused');
  }

  resume(): void {
    if (this.st === 'idle') return this.play();
    if (this.st !== 'paused') return;
    this.setState('playing');
    if (this.restartOnResume) this.speakCurrent();
    else this.port.resume();
  }

  toggle(): void {
    if (this.st === 'playing') this.pause();
    else this.resume();
  }

  stop(): void {
    this.token++;
    this.port.cancel();
    this.restartOnResume = false;
    if (this.st !== 'idle') this.setState('idle');
    this.on.item?.(null, this.i);
  }

  next(): void {
    this.step(1);
  }

  prev(): void {
    this.step(-1);
  }

  setRate(rate: number): void {
    if (rate === this.rate) return;
    this.rate = rate;
    this.restartCurrent();
  }

  setVoice(voiceId: string | null): void {
    if (voiceId === this.voiceId) return;
    this.voiceId = voiceId;
    this.restartCurrent();
  }

  private step(delta: number): void {
    const to = this.i + delta;
    if (to < 0 || to >= this.items.length) return;
    this.i = to;
    if (this.st === 'playing') this.speakCurrent();
    else {
      // Paused or stopped: move the place; reading goes on from there.
      if (this.st === 'paused') {
        this.token++;
        this.port.cancel();
      }
      this.restartOnResume = true;
      this.on.item?.(this.current, this.i);
    }
  }

  /** A new rate or voice applies at once: the sentence is said again with it. */
  private restartCurrent(): void {
    if (this.st === 'playing') this.speakCurrent();
    else if (this.st === 'paused') {
      this.token++;
      this.port.cancel();
      this.restartOnResume = true;
    }
  }

  private speakCurrent(): void {
    const item = this.current;
    if (!item) return;
    const token = ++this.token;
    this.restartOnResume = false;
    // cancel() first: a queued or paused utterance must not be said after this one.
    this.port.cancel();
    const live = () => token === this.token;
    this.port.speak(
      item.say,
      { lang: this.lang, voiceId: this.voiceId, rate: this.rate },
      {
        onStart: () => undefined,
        onEnd: () => {
          if (!live() || this.st === 'idle') return;
          if (this.i + 1 < this.items.length) {
            this.i++;
            if (this.st === 'playing') this.speakCurrent();
            else {
              // Paused just as the sentence ended: resuming starts the next one.
              this.restartOnResume = true;
              this.on.item?.(this.current, this.i);
            }
          } else {
            this.token++;
            this.i = 0;
            this.setState('idle');
            this.on.item?.(null, this.i);
            this.on.finished?.();
          }
        },
        onError: (error) => {
          // Our own cancel() bumps the token first, so its events are not live.
          if (!live()) return;
          this.token++;
          this.restartOnResume = true;
          this.setState('paused');
          // Cut off from outside (another tab, the system, a screen reader): just paused.
          if (error !== 'interrupted' && error !== 'canceled') this.on.error?.(error);
        },
        onBoundary: (charIndex, charLength) => {
          if (live()) this.on.boundary?.(item, charIndex, charLength);
        },
      },
    );
    this.on.item?.(item, this.i);
  }

  private setState(state: EngineState): void {
    if (state === this.st) return;
    this.st = state;
    this.on.state?.(state);
  }
}
