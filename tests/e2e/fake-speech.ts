// A scripted speechSynthesis stand-in for deterministic read-aloud tests. It replaces only the
// Web Speech API boundary (window.speechSynthesis); the app's own code runs unchanged.
// Utterances "play" until the test calls finish(); every call is logged.
import type { Page } from '@playwright/test';

export interface SpokenLog {
  text: string;
  lang: string;
  rate: number;
  voice: string | null;
}

export interface FakeSpeechOptions {
  /** Voices to offer: "ko" (a Korean and an English voice), "en-only", or "none". */
  voices?: 'ko' | 'en-only' | 'none';
  /** Fire word boundary events (most real engines on Linux never do). */
  boundaries?: boolean;
  /** The voice list is empty until this many ms after the page starts, then `voiceschanged`
   * fires (Chrome and Android list voices late). */
  voicesAfter?: number;
}

export async function installFakeSpeech(
  page: Page,
  options: FakeSpeechOptions = {},
): Promise<void> {
  await page.addInitScript((opts: FakeSpeechOptions) => {
    const voiceList = {
      ko: [
        {
          voiceURI: 'test-ko',
          name: '테스트 한국어',
          lang: 'ko_KR',
          localService: true,
          default: false,
        },
        {
          voiceURI: 'test-en',
          name: 'Test English',
          lang: 'en-US',
          localService: true,
          default: true,
        },
      ],
      'en-only': [
        {
          voiceURI: 'test-en',
          name: 'Test English',
          lang: 'en-US',
          localService: true,
          default: true,
        },
      ],
      none: [],
    }[opts.voices ?? 'ko'];
    const log: { text: string; lang: string; rate: number; voice: string | null }[] = [];
    let current: SpeechSynthesisUtterance | null = null;
    const queue: SpeechSynthesisUtterance[] = [];
    const state = { speaking: false, paused: false, pending: false };
    const target = new EventTarget();
    let voicesIn = !opts.voicesAfter;
    if (opts.voicesAfter) {
      setTimeout(() => {
        voicesIn = true;
        target.dispatchEvent(new Event('voiceschanged'));
      }, opts.voicesAfter);
    }
    const fire = (
      u: SpeechSynthesisUtterance,
      type: string,
      extra: Record<string, unknown> = {},
    ) => {
      const ev =
        type === 'error'
          ? new SpeechSynthesisErrorEvent('error', { utterance: u, error: extra.error as never })
          : new SpeechSynthesisEvent(type, { utterance: u, ...extra });
      u.dispatchEvent(ev);
    };
    const startNext = () => {
      if (current || state.paused) return;
      const u = queue.shift();
      if (!u) {
        state.speaking = false;
        return;
      }
      current = u;
      state.speaking = true;
      log.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.voiceURI ?? null });
      setTimeout(() => {
        fire(u, 'start');
        if (opts.boundaries) fire(u, 'boundary', { name: 'word', charIndex: 0, charLength: 2 });
      }, 0);
    };
    const fake = {
      get speaking() {
        return state.speaking;
      },
      get paused() {
        return state.paused;
      },
      get pending() {
        return queue.length > 0;
      },
      onvoiceschanged: null,
      getVoices: () => (voicesIn ? voiceList : []) as unknown as SpeechSynthesisVoice[],
      speak(u: SpeechSynthesisUtterance) {
        queue.push(u);
        startNext();
      },
      cancel() {
        const stopped = [...(current ? [current] : []), ...queue.splice(0)];
        current = null;
        state.speaking = false;
        for (const u of stopped) setTimeout(() => fire(u, 'error', { error: 'interrupted' }), 0);
      },
      pause() {
        state.paused = true;
      },
      resume() {
        state.paused = false;
        startNext();
      },
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
      dispatchEvent: target.dispatchEvent.bind(target),
    };
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    // Only the browser can make real SpeechSynthesisVoice objects: let utterances take ours.
    const voices = new WeakMap<SpeechSynthesisUtterance, SpeechSynthesisVoice | null>();
    Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
      configurable: true,
      get(this: SpeechSynthesisUtterance) {
        return voices.get(this) ?? null;
      },
      set(this: SpeechSynthesisUtterance, v: SpeechSynthesisVoice | null) {
        voices.set(this, v);
      },
    });
    (window as unknown as { __speech: unknown }).__speech = {
      log,
      get current() {
        return current?.text ?? null;
      },
      get paused() {
        return state.paused;
      },
      /** The voice reaches the end of the current utterance. */
      finish() {
        const u = current;
        if (!u || state.paused) return false;
        current = null;
        fire(u, 'end');
        startNext();
        return true;
      },
    };
  }, options);
}

type SpeechHandle = {
  log: SpokenLog[];
  current: string | null;
  paused: boolean;
  finish: () => boolean;
};

export const spoken = (page: Page): Promise<SpokenLog[]> =>
  page.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.log);

export const nowSaying = (page: Page): Promise<string | null> =>
  page.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.current);

export const fakePaused = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.paused);

/** Ends the utterance being said; the app then speaks the next one. */
export const finishUtterance = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.finish());
