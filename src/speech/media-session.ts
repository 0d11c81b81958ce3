// Lock-screen and headset controls (Media Session), where the platform has them.

import type { SpeechEngine } from './engine.ts';

export interface MediaInfo {
  title: string;
  artist: string;
  album: string;
  artwork: { src: string; sizes: string; type: string }[];
}

/** Maps the platform's media keys to the engine; returns a function that keeps the lock screen
 * in sync with the engine's state. */
export function connectMediaSession(
  engine: SpeechEngine,
  info: MediaInfo,
): (state: SpeechEngine['state']) => void {
  const session = typeof navigator !== 'undefined' ? navigator.mediaSession : undefined;
  if (!session) return () => undefined;
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
  return (state) => {
    if (state !== 'idle' && !session.metadata) session.metadata = new MediaMetadata(info);
    session.playbackState =
      state === 'playing' ? 'playing' : state === 'paused' ? 'paused' : 'none';
  };
}
