// The read-aloud engine: a queue of sentences over a SpeechPort. It never touches the DOM, the
// window or the global timers (a TimerPort is passed in); it reports "now reading item i" and
// its state, and the view does the rest.

import { MIN_PIECE, pieceCap, piecesOf, splitClauses, watchdogMs, type Piece } from './pieces.ts';
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

/** One-shot timers for the watchdog: setTimeout/clearTimeout in the browser, a fake clock in
 * tests. The engine never touches the global timers. */
export interface TimerPort {
  /** Calls `callback` once after `ms` milliseconds; returns a handle for clear(). */
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** 'waiting': play was pressed while the voices are still loading; reading starts when they
 * arrive (see setVoiceStatus). */
export type EngineState = 'idle' | 'waiting' | 'playing' | 'paused';

/** Whether there is a voice to speak with. 'loading': the platform has not listed its voices
 * yet (play waits); 'ready'; 'none': the device has none (play reports 'no-voice'). */
export type VoiceStatus = 'loading' | 'ready' | 'none';

export interface EngineEvents {
  state: (state: EngineState) => void;
  /** The item being read changed (null when reading stops or ends). */
  item: (item: SpeechItem | null, index: number) => void;
  /** The voice reported a word: offsets in the item's whole `say` (not in the piece spoken). */
  boundary: (item: SpeechItem, charIndex: number, charLength: number) => void;
  /** Reading reached the end of the script. */
  finished: () => void;
  /** Reading stopped (paused) because of an error: 'stalled' (the voice stopped answering and
   * saying it again in shorter pieces did not help), 'no-voice' (play on a device with no
   * voice), or the platform's SpeechSynthesisErrorEvent.error ('not-allowed', …). */
  error: (error: string) => void;
}

export interface EngineOptions {
  /** Timers for the watchdog; without them a stalled utterance is not noticed. */
  timer?: TimerPort;
}

/**
 * Reads a script of items, each as a sequence of utterances ("pieces"): one per language chunk
 * (item.chunks), a long chunk cut at clause boundaries (pieces.ts). An English chunk is said by
 * `englishVoice` when there is one, else by the main voice (a Korean voice reads it as best it
 * can). Boundaries are reported in the item's whole `say`; the item ends after its last piece.
 *
 * A restart (new rate, a voice the reader picked, resuming after a cut-off) says the current
 * piece again, not the whole item; moving (next, prev, seek, play) starts an item at its start.
 *
 * Watchdog: each utterance must end (or fail) within watchdogMs(its length, rate), counted from
 * speak() and again from its `start` event (some platforms start late). If it does not, the
 * engine cancels it and says it again cut in half (down to MIN_PIECE characters); a piece that
 * short gets one more try, then reading pauses with the error 'stalled'.
 */
export class SpeechEngine {
  private items: SpeechItem[] = [];
  private i = 0;
  private st: EngineState = 'idle';
  /** Bumped on every speak and cancel: events from an older utterance are ignored. */
  private token = 0;
  /** The current piece was cut off (pause on a platform that cannot pause, rate change). */
  private restartOnResume = false;
  /** The current item's pieces; null until it is first spoken (it then starts afresh). */
  private pieces: Piece[] | null = null;
  private p = 0;
  /** Stalls of a piece already at the shortest length. */
  private stalls = 0;
  private watchdog: unknown = null;
  private voiceStatus: VoiceStatus = 'ready';
  rate = 1;
  /** The main voice (null: the platform's default for `lang`). */
  voiceId: string | null = null;
  lang = 'ko-KR';
  /** The voice for 'en' chunks (lang e.g. "en-US"); null: the main voice reads them. */
  englishVoice: { id: string; lang: string } | null = null;

  constructor(
    private readonly port: SpeechPort,
    private readonly on: Partial<EngineEvents> = {},
    private readonly options: EngineOptions = {},
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
  /** Characters still to say, from the current item (counted whole) to the end of the script:
   * the basis of "time left" (src/reader/position-math.ts). */
  get charsLeft(): number {
    let sum = 0;
    for (let k = this.i; k < this.items.length; k++) sum += this.items[k]?.say.length ?? 0;
    return sum;
  }

  /** Replaces the script, keeping the place (same item id) when it still exists. */
  load(items: SpeechItem[]): void {
    const old = this.current;
    this.items = items;
    const kept = old ? items.findIndex((it) => it.id === old.id) : -1;
    this.i = kept >= 0 ? kept : Math.min(this.i, Math.max(0, items.length - 1));
    // The same words keep their pieces (a paused utterance may still be going on).
    if (kept < 0 || items[kept]?.say !== old?.say) this.pieces = null;
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
    this.pieces = null;
    if (this.st === 'playing') this.speakCurrent();
    else {
      this.restartOnResume = true;
      this.on.item?.(this.current, this.i);
    }
  }

  /** Starts reading at `index` (default: where it is), at the start of that item. Call from a
   * user gesture: iOS only speaks after one, and this speaks synchronously — unless the voices
   * are still loading: then the state is 'waiting' and reading starts when they arrive. */
  play(index = this.i): void {
    if (this.items.length === 0) return;
    this.i = Math.min(Math.max(0, index), this.items.length - 1);
    this.pieces = null;
    const was = this.st;
    if (was !== 'playing' && this.voiceStatus === 'loading') return this.setState('waiting');
    if (was !== 'playing' && this.voiceStatus === 'none') {
      if (was === 'waiting') this.setState('idle');
      this.on.error?.('no-voice');
      return;
    }
    // Speak first, tell the listeners after: the voice starts before any re-rendering work.
    this.st = 'playing';
    this.speakCurrent();
    if (was !== 'playing') this.on.state?.('playing');
  }

  pause(): void {
    if (this.st === 'waiting') return this.setState('idle');
    if (this.st !== 'playing') return;
    this.disarm();
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
    else {
      this.port.resume();
      const piece = this.pieces?.[this.p];
      if (piece) this.arm(piece);
    }
  }

  /** Play/pause. While waiting for voices it does nothing (a second press keeps waiting). */
  toggle(): void {
    if (this.st === 'playing') this.pause();
    else if (this.st !== 'waiting') this.resume();
  }

  stop(): void {
    this.token++;
    this.disarm();
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

  /** Sets the main voice. `restart` (default true): say the current piece again with it — only
   * for a voice the reader picked; an automatic change (voices arriving late, the list
   * changing) passes false and applies from the next utterance. */
  setVoice(voiceId: string | null, options: { restart?: boolean } = {}): void {
    if (voiceId === this.voiceId) return;
    this.voiceId = voiceId;
    if (options.restart ?? true) this.restartCurrent();
  }

  /** Sets the voice for English chunks; applies from the next utterance, never restarts. */
  setEnglishVoice(voice: { id: string; lang: string } | null): void {
    this.englishVoice = voice;
  }

  /** Tells the engine whether voices are there. A play that waits for them ('waiting') starts
   * on 'ready', or reports 'no-voice' and goes idle on 'none'. */
  setVoiceStatus(status: VoiceStatus): void {
    this.voiceStatus = status;
    if (this.st !== 'waiting') return;
    if (status === 'ready') {
      this.st = 'playing';
      this.speakCurrent();
      this.on.state?.('playing');
    } else if (status === 'none') {
      this.setState('idle');
      this.on.error?.('no-voice');
    }
  }

  private step(delta: number): void {
    const to = this.i + delta;
    if (to < 0 || to >= this.items.length) return;
    this.i = to;
    this.pieces = null;
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

  /** A new rate or voice applies at once: the current piece is said again with it. */
  private restartCurrent(): void {
    if (this.st === 'playing') this.speakCurrent();
    else if (this.st === 'paused') {
      this.token++;
      this.port.cancel();
      this.restartOnResume = true;
    }
  }

  /** Says the current item from its current piece (from its start when not begun). */
  private speakCurrent(): void {
    const item = this.current;
    if (!item) return;
    const cap = pieceCap(this.rate);
    if (!this.pieces) {
      this.pieces = piecesOf(item.say, item.chunks, cap);
      this.p = 0;
      this.stalls = 0;
    } else this.recut(item, cap);
    this.restartOnResume = false;
    const piece = this.pieces[this.p];
    if (!piece) {
      // Nothing to say (a blank item): go on.
      this.token++;
      this.itemDone();
      return;
    }
    this.speakPiece(item, piece);
    this.on.item?.(item, this.i);
  }

  /** Cuts the current piece further when it is longer than `cap`. */
  private recut(item: SpeechItem, cap: number): void {
    const piece = this.pieces?.[this.p];
    if (!this.pieces || !piece || piece.end - piece.start <= cap) return;
    const parts = splitClauses(item.say, piece.start, piece.end, cap);
    this.pieces.splice(this.p, 1, ...parts.map((r) => ({ ...r, lang: piece.lang })));
  }

  private speakPiece(item: SpeechItem, piece: Piece): void {
    const token = ++this.token;
    // cancel() first: a queued or paused utterance must not be said after this one.
    this.port.cancel();
    const live = () => token === this.token;
    const english = piece.lang === 'en' ? this.englishVoice : null;
    this.port.speak(
      item.say.slice(piece.start, piece.end),
      english
        ? { lang: english.lang, voiceId: english.id, rate: this.rate }
        : { lang: this.lang, voiceId: this.voiceId, rate: this.rate },
      {
        // Some platforms start late: the watchdog counts from the real start too.
        onStart: () => {
          if (live() && this.st === 'playing') this.arm(piece);
        },
        onEnd: () => {
          if (!live() || this.st === 'idle') return;
          this.disarm();
          this.stalls = 0;
          if (this.pieces && this.p + 1 < this.pieces.length) {
            this.p++;
            const next = this.pieces[this.p];
            if (this.st === 'playing' && next) this.speakPiece(item, next);
            else {
              // Paused just as the piece ended: resuming says the next one.
              this.token++;
              this.restartOnResume = true;
            }
          } else this.itemDone();
        },
        onError: (error) => {
          // Our own cancel() bumps the token first, so its events are not live.
          if (!live()) return;
          this.token++;
          this.disarm();
          this.restartOnResume = true;
          this.setState('paused');
          // Cut off from outside (another tab, the system, a screen reader): just paused.
          if (error !== 'interrupted' && error !== 'canceled') this.on.error?.(error);
        },
        onBoundary: (charIndex, charLength) => {
          if (live()) this.on.boundary?.(item, piece.start + charIndex, charLength);
        },
      },
    );
    this.arm(piece);
  }

  /** The current item has been said: on to the next, or the end. */
  private itemDone(): void {
    this.pieces = null;
    if (this.i + 1 < this.items.length) {
      this.i++;
      if (this.st === 'playing') this.speakCurrent();
      else {
        // Paused just as the sentence ended: resuming starts the next one.
        this.token++;
        this.restartOnResume = true;
        this.on.item?.(this.current, this.i);
      }
    } else {
      this.token++;
      this.disarm();
      this.i = 0;
      this.setState('idle');
      this.on.item?.(null, this.i);
      this.on.finished?.();
    }
  }

  private arm(piece: Piece): void {
    const timer = this.options.timer;
    if (!timer) return;
    this.disarm();
    const token = this.token;
    this.watchdog = timer.set(
      () => {
        this.watchdog = null;
        if (token === this.token && this.st === 'playing') this.stalled();
      },
      watchdogMs(piece.end - piece.start, this.rate),
    );
  }

  private disarm(): void {
    if (this.watchdog === null) return;
    this.options.timer?.clear(this.watchdog);
    this.watchdog = null;
  }

  /** The utterance neither ended nor failed in time: say it again in shorter pieces. */
  private stalled(): void {
    const item = this.current;
    const piece = this.pieces?.[this.p];
    if (!item || !this.pieces || !piece) return;
    this.token++;
    this.port.cancel();
    const length = piece.end - piece.start;
    if (length > MIN_PIECE) {
      this.recut(item, Math.max(MIN_PIECE, Math.ceil(length / 2)));
    } else if (this.stalls++ > 0) {
      this.stalls = 0;
      this.restartOnResume = true;
      this.setState('paused');
      this.on.error?.('stalled');
      return;
    }
    const again = this.pieces[this.p];
    if (again) this.speakPiece(item, again);
  }

  private setState(state: EngineState): void {
    if (state === this.st) return;
    this.st = state;
    this.on.state?.(state);
  }
}
