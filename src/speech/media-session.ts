// Lock-screen, notification and headset controls (Media Session), where the platform has them.
// The platform routes them to a page only while it plays media: a silent keep-alive element
// (media-keepalive.ts) plays exactly while speech does.

import { rootOf } from '../article/ids.ts';
import type { Article } from '../article/model.ts';
import type { EngineState, SpeechEngine } from './engine.ts';
import type { MediaKeepalive } from './media-keepalive.ts';

export interface MediaInfo {
  title: string;
  /** Shown under the title when no place is known yet. */
  artist: string;
  album: string;
  artwork: { src: string; sizes: string; type: string }[];
}

/** Estimated seconds of speech: where the current item starts, and the whole script. */
export interface MediaTime {
  position: number;
  duration: number;
}

export interface MediaSync {
  /** Follows the engine: media plays while speech plays (and while it waits for voices, to
   * keep the user's gesture), pauses with it, and is let go when reading stops or ends. */
  state(state: EngineState): void;
  /** The item being read changed: its place ("문단 3/21") goes under the title on the lock
   * screen, and the estimated time to the position bar. */
  place(label: string, time?: MediaTime): void;
}

/** Characters of Korean speech per second at rate 1 (spaces and punctuation included), as
 * measured roughly with the Android and Windows Korean voices; only an estimate. */
export const CHARS_PER_SECOND = 7;

/** Estimated time in seconds at `rate`: before item `index`, and for all of `lengths` (the
 * length of what each item says). */
export function speechTime(lengths: readonly number[], index: number, rate: number): MediaTime {
  const cps = CHARS_PER_SECOND * (rate > 0 ? rate : 1);
  let before = 0;
  let all = 0;
  lengths.forEach((n, i) => {
    if (i < index) before += n;
    all += n;
  });
  return { position: before / cps, duration: all / cps };
}

/** For each block (and photo) id: the number of the last paragraph at or before it, 0 before
 * the first paragraph (the headline, subtitle and byline). */
export function paragraphNumbers(article: Pick<Article, 'blocks'>): {
  of: (blockId: string) => number;
  total: number;
} {
  const map = new Map<string, number>();
  let last = 0;
  let total = 0;
  for (const b of article.blocks) {
    if (b.kind === 'paragraph') last = ++total;
    map.set(b.id, last);
    if (b.kind === 'figure') for (const p of b.photos) map.set(p.id, last);
  }
  return { of: (id) => map.get(rootOf(id)) ?? 0, total };
}

/** Maps the platform's media keys to the engine and keeps the lock screen in step with it. */
export function connectMediaSession(
  engine: SpeechEngine,
  info: MediaInfo,
  keepalive: MediaKeepalive,
): MediaSync {
  const session = typeof navigator !== 'undefined' ? navigator.mediaSession : undefined;
  if (!session) return { state: () => undefined, place: () => undefined };
  const handlers: [MediaSessionAction, () => void][] = [
    ['play', () => engine.resume()],
    ['pause', () => engine.pause()],
    ['stop', () => engine.stop()],
    ['previoustrack', () => engine.prev()],
    ['nexttrack', () => engine.next()],
  ];
  for (const [action, run] of handlers) {
    try {
      session.setActionHandler(action, run);
    } catch {
      // An action this platform does not know: the others still work.
    }
  }
  let artist = info.artist;
  let time: MediaTime | undefined;
  const show = () => {
    session.metadata = new MediaMetadata({ ...info, artist });
    if (!time || !('setPositionState' in session)) return;
    try {
      session.setPositionState({
        duration: time.duration,
        position: Math.min(time.position, time.duration),
        playbackRate: 1,
      });
    } catch {
      // A duration of 0 (an empty script) or an old implementation: no position bar.
    }
  };
  return {
    state(state) {
      if (state === 'playing' || state === 'waiting') keepalive.start();
      else if (state === 'paused') keepalive.pause();
      else keepalive.stop();
      if (state === 'idle') {
        session.metadata = null;
        session.playbackState = 'none';
        return;
      }
      if (!session.metadata) show();
      session.playbackState = state === 'paused' ? 'paused' : 'playing';
    },
    place(label, at) {
      artist = label;
      time = at;
      // Speech moved on while playing: the platform may have paused the silent media (another
      // app took the audio focus); play it again so the controls stay.
      if (engine.state === 'playing') keepalive.start();
      if (engine.state !== 'idle') show();
    },
  };
}
