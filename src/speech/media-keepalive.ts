// Silent media while read-aloud speaks, so the platform treats the page as playing media: lock-
// screen and notification controls appear and headset keys reach the Media Session handlers.
//
// Speech synthesis is not media to any platform; only a playing media element is (Chrome's
// media notification on Android and Global Media Controls on the desktop, the "Now Playing"
// controls of iOS and macOS). The element loops a same-origin file of silent samples at normal
// volume (public/audio/silence.wav, precached): muted or volume-0 media is not treated as
// playing media, and a data: or blob: URL would need the Content-Security-Policy widened.

/** What the keep-alive needs of an `<audio>` element (a fake one in unit tests). */
export interface KeepaliveAudio {
  src: string;
  loop: boolean;
  preload: string;
  readonly paused: boolean;
  play(): Promise<void> | undefined;
  pause(): void;
  removeAttribute(name: string): void;
  load(): void;
}

/** Started, paused and stopped with speech; the engine never sees it. */
export interface MediaKeepalive {
  /** Plays (or plays again, if the platform paused it). Call from the user's gesture the first
   * time: iOS and Chrome play media only after one. Refusal is silent: speech goes on. */
  start(): void;
  pause(): void;
  /** Pauses and lets go of the file, so the platform ends the media session. */
  stop(): void;
}

/** `create` makes the element on the first start (nothing is loaded before reading starts). */
export function mediaKeepalive(create: () => KeepaliveAudio, src: string): MediaKeepalive {
  let audio: KeepaliveAudio | null = null;
  let loaded = false;
  return {
    start() {
      audio ??= create();
      if (!loaded) {
        audio.loop = true;
        audio.preload = 'auto';
        audio.src = src;
        loaded = true;
      }
      if (!audio.paused) return;
      // Rejected without a gesture (NotAllowedError) or when a pause comes first (AbortError):
      // either way reading goes on, only without the platform's controls.
      audio.play()?.catch(() => undefined);
    },
    pause() {
      if (audio && !audio.paused) audio.pause();
    },
    stop() {
      if (!audio || !loaded) return;
      audio.pause();
      audio.removeAttribute('src');
      audio.load();
      loaded = false;
    },
  };
}

/** The keep-alive over a real `<audio>` element, kept in the document (some Android versions
 * are reported to suspend pages whose only media is detached); without controls it is not
 * rendered and not in the accessibility tree. */
export function browserKeepalive(src: string): MediaKeepalive {
  return mediaKeepalive(() => {
    const audio = document.createElement('audio');
    audio.className = 'media-keepalive';
    audio.setAttribute('aria-hidden', 'true');
    document.body.append(audio);
    return audio;
  }, src);
}
