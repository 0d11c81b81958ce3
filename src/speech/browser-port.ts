// The SpeechPort over the Web Speech API, with its platform traps handled in one place.

import type { SpeechPort, UtteranceHandlers } from './engine.ts';
import { normaliseLang, type VoiceInfo } from './voices.ts';

export interface BrowserSpeech extends SpeechPort {
  /** Calls back whenever the list of voices changes (voices arrive late on most platforms). */
  watchVoices(callback: (voices: VoiceInfo[]) => void): void;
}

export function browserSpeech(synth: SpeechSynthesis): BrowserSpeech {
  const raw = () => synth.getVoices();
  const info = (v: SpeechSynthesisVoice): VoiceInfo => ({
    id: v.voiceURI || v.name,
    name: v.name,
    lang: normaliseLang(v.lang),
    localService: v.localService,
    isDefault: v.default,
  });
  // Chrome drops events of an utterance nobody references: keep each one until it is done.
  const live = new Set<SpeechSynthesisUtterance>();
  return {
    // Android's pause() is unreliable (it often stops for good); everywhere else it works.
    canPause: !/Android/i.test(navigator.userAgent),
    voices: () => raw().map(info),
    watchVoices(callback) {
      let last = '';
      const check = () => {
        const list = raw().map(info);
        const key = list.map((v) => v.id).join('\n');
        if (key !== last) {
          last = key;
          callback(list);
        }
      };
      synth.addEventListener('voiceschanged', check);
      // Some engines never fire voiceschanged: ask a few times while the app starts.
      let tries = 0;
      const poll = setInterval(() => {
        check();
        if (++tries >= 12) clearInterval(poll);
      }, 250);
      check();
    },
    speak(text, options, handlers: UtteranceHandlers) {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = options.lang;
      u.rate = options.rate;
      const voice = options.voiceId
        ? raw().find((v) => (v.voiceURI || v.name) === options.voiceId)
        : undefined;
      if (voice) u.voice = voice;
      const done = () => live.delete(u);
      u.onstart = () => handlers.onStart();
      u.onend = () => {
        done();
        handlers.onEnd();
      };
      u.onerror = (e) => {
        done();
        handlers.onError(e.error);
      };
      u.onboundary = (e) => {
        if (e.name === 'word') handlers.onBoundary(e.charIndex, e.charLength);
      };
      live.add(u);
      synth.speak(u);
      // A paused synthesiser queues new utterances silently: make sure it talks.
      if (synth.paused) synth.resume();
    },
    cancel: () => synth.cancel(),
    pause: () => synth.pause(),
    resume: () => synth.resume(),
  };
}
