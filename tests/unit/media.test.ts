// Lock screen and headset: the silent keep-alive media follows speech exactly, and the Media
// Session shows the post's title and the place being read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SpeechEngine, type SpeechPort, type UtteranceHandlers } from '../../src/speech/engine.ts';
import { mediaKeepalive, type KeepaliveAudio } from '../../src/speech/media-keepalive.ts';
import {
  connectMediaSession,
  paragraphNumbers,
  speechTime,
  CHARS_PER_SECOND,
} from '../../src/speech/media-session.ts';
import { oneChunk, type SpeechItem } from '../../src/speech/script.ts';

/** An <audio> element that plays when told to, or refuses (no user gesture). */
class FakeAudio implements KeepaliveAudio {
  src = '';
  loop = false;
  preload = '';
  paused = true;
  plays = 0;
  loads = 0;
  constructor(private refuse = false) {}
  play(): Promise<void> {
    this.plays++;
    if (this.refuse) return Promise.reject(new DOMException('no gesture', 'NotAllowedError'));
    this.paused = false;
    return Promise.resolve();
  }
  pause(): void {
    this.paused = true;
  }
  removeAttribute(name: string): void {
    if (name === 'src') this.src = '';
  }
  load(): void {
    this.loads++;
  }
}

describe('media keep-alive', () => {
  it('creates nothing until reading starts, then loops the silent file', () => {
    const audio = new FakeAudio();
    const make = vi.fn(() => audio);
    const k = mediaKeepalive(make, '/audio/silence.wav');
    k.pause();
    k.stop();
    expect(make).not.toHaveBeenCalled();
    k.start();
    expect(make).toHaveBeenCalledOnce();
    expect(audio).toMatchObject({ src: '/audio/silence.wav', loop: true, paused: false });
  });

  it('pauses, plays again, and lets go of the file on stop', () => {
    const audio = new FakeAudio();
    const k = mediaKeepalive(() => audio, '/s.wav');
    k.start();
    k.start();
    expect(audio.plays).toBe(1);
    k.pause();
    expect(audio.paused).toBe(true);
    k.start();
    expect(audio.paused).toBe(false);
    k.stop();
    expect(audio).toMatchObject({ paused: true, src: '' });
    expect(audio.loads).toBe(1);
    k.start();
    expect(audio).toMatchObject({ paused: false, src: '/s.wav' });
  });

  it('plays again if the platform paused it behind our back', () => {
    const audio = new FakeAudio();
    const k = mediaKeepalive(() => audio, '/s.wav');
    k.start();
    audio.pause(); // e.g. another app took the audio focus
    k.start();
    expect(audio.paused).toBe(false);
  });

  it('a refused play is silent (speech goes on without the controls)', async () => {
    const audio = new FakeAudio(true);
    const k = mediaKeepalive(() => audio, '/s.wav');
    expect(() => k.start()).not.toThrow();
    await Promise.resolve();
    expect(audio.paused).toBe(true);
  });
});

const item = (id: string, say: string): SpeechItem => ({
  id,
  blockId: id.split('.')[0] ?? id,
  target: id,
  say,
  spans: [],
  chunks: oneChunk(say),
});

class Port implements SpeechPort {
  canPause = true;
  handlers: UtteranceHandlers[] = [];
  voices = () => [];
  speak(_t: string, _o: unknown, h: UtteranceHandlers) {
    this.handlers.push(h);
  }
  cancel() {}
  pause() {}
  resume() {}
}

describe('Media Session', () => {
  afterEach(() => vi.unstubAllGlobals());

  function setup() {
    const session = {
      metadata: null as null | Record<string, unknown>,
      playbackState: 'none',
      actions: {} as Record<string, () => void>,
      positions: [] as unknown[],
      setActionHandler(a: string, h: () => void) {
        this.actions[a] = h;
      },
      setPositionState(p: unknown) {
        this.positions.push(p);
      },
    };
    vi.stubGlobal('navigator', { mediaSession: session });
    // new MediaMetadata(init) gives an object with init's fields.
    vi.stubGlobal('MediaMetadata', function (init: Record<string, unknown>) {
      return { ...init };
    });
    const audio = new FakeAudio();
    const port = new Port();
    let sync: ReturnType<typeof connectMediaSession> | null = null;
    const engine = new SpeechEngine(port, {
      state: (s) => sync?.state(s),
      item: (it, i) => it && sync?.place(`문단 ${i + 1}/3`, speechTime([7, 14, 7], i, 1)),
    });
    engine.load([item('p-1.s-1', '가'), item('p-2.s-1', '나'), item('p-3.s-1', '다')]);
    sync = connectMediaSession(
      engine,
      { title: '제목', artist: '홍보실', album: '누리 리더', artwork: [] },
      mediaKeepalive(() => audio, '/s.wav'),
    );
    return { session, audio, engine, port };
  }

  it('media plays exactly while speech plays, and never when idle', () => {
    const { session, audio, engine, port } = setup();
    expect(audio.paused).toBe(true);
    engine.play();
    expect(audio.paused).toBe(false);
    expect(session.playbackState).toBe('playing');
    engine.pause();
    expect(audio.paused).toBe(true);
    expect(session.playbackState).toBe('paused');
    engine.resume();
    expect(audio.paused).toBe(false);
    engine.stop();
    expect(audio).toMatchObject({ paused: true, src: '' });
    expect(session.playbackState).toBe('none');
    expect(session.metadata).toBeNull();
    // To the end: the media goes with the last sentence.
    engine.play(2);
    expect(audio.paused).toBe(false);
    port.handlers.at(-1)?.onEnd();
    expect(engine.state).toBe('idle');
    expect(audio.paused).toBe(true);
  });

  it('lock-screen and headset keys drive the engine', () => {
    const { session, engine } = setup();
    engine.play();
    session.actions.pause?.();
    expect(engine.state).toBe('paused');
    session.actions.play?.();
    expect(engine.state).toBe('playing');
    session.actions.nexttrack?.();
    expect(engine.index).toBe(1);
    session.actions.previoustrack?.();
    expect(engine.index).toBe(0);
    session.actions.stop?.();
    expect(engine.state).toBe('idle');
  });

  it('shows the title and the place, with an estimated position', () => {
    const { session, engine } = setup();
    engine.play(1);
    expect(session.metadata).toMatchObject({ title: '제목', artist: '문단 2/3' });
    expect(session.positions.at(-1)).toEqual({ duration: 4, position: 1, playbackRate: 1 });
    engine.next();
    expect(session.metadata).toMatchObject({ artist: '문단 3/3' });
  });
});

describe('position on the lock screen', () => {
  it('estimates seconds from the length of what is said and the rate', () => {
    expect(speechTime([CHARS_PER_SECOND, CHARS_PER_SECOND * 3], 1, 1)).toEqual({
      position: 1,
      duration: 4,
    });
    expect(speechTime([CHARS_PER_SECOND * 2], 0, 2)).toEqual({ position: 0, duration: 1 });
  });

  it('numbers paragraphs; captions, photos and footnotes take the paragraph before them', () => {
    const p = paragraphNumbers({
      blocks: [
        { kind: 'paragraph', id: 'p-1' },
        { kind: 'figure', id: 'fig-1', photos: [{ id: 'photo-1' }] },
        { kind: 'paragraph', id: 'p-2' },
        { kind: 'note', id: 'note-1' },
      ],
    } as never);
    expect(p.total).toBe(2);
    expect(p.of('title')).toBe(0);
    expect(p.of('fig-1')).toBe(1);
    expect(p.of('photo-1.desc')).toBe(1);
    expect(p.of('p-2')).toBe(2);
    expect(p.of('note-1')).toBe(2);
  });
});
