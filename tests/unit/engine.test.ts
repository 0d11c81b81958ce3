// The speech engine over a fake port and a fake clock: language chunks, long sentences in
// pieces, the watchdog, and voices that arrive late or change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SpeechEngine,
  type SpeechPort,
  type TimerPort,
  type UtteranceHandlers,
} from '../../src/speech/engine.ts';
import {
  MIN_PIECE,
  pieceCap,
  piecesOf,
  splitClauses,
  watchdogMs,
} from '../../src/speech/pieces.ts';
import { oneChunk, type SpeechChunk, type SpeechItem } from '../../src/speech/script.ts';
import { pickEnglishVoice, type VoiceInfo } from '../../src/speech/voices.ts';

/** A clock whose timers run only when the test moves time on. */
class FakeClock implements TimerPort {
  now = 0;
  private next = 0;
  private timers = new Map<number, { at: number; run: () => void }>();
  set(run: () => void, ms: number): number {
    this.timers.set(++this.next, { at: this.now + ms, run });
    return this.next;
  }
  clear(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.timers]
        .filter(([, t]) => t.at <= until)
        .sort((a, b) => a[1].at - b[1].at);
      const first = due[0];
      if (!first) break;
      this.timers.delete(first[0]);
      this.now = first[1].at;
      first[1].run();
    }
    this.now = until;
  }
}

interface Said {
  text: string;
  lang: string;
  voiceId: string | null;
  rate: number;
}

/** A port that records utterances; the test starts and ends them (or never does). */
class FakePort implements SpeechPort {
  canPause = true;
  said: Said[] = [];
  cancels = 0;
  private h: UtteranceHandlers | null = null;
  voices = () => [];
  speak(
    text: string,
    o: { lang: string; voiceId: string | null; rate: number },
    h: UtteranceHandlers,
  ) {
    this.said.push({ text, lang: o.lang, voiceId: o.voiceId, rate: o.rate });
    this.h = h;
  }
  cancel() {
    this.cancels++;
    const h = this.h;
    this.h = null;
    h?.onError('interrupted');
  }
  pause() {}
  resume() {}
  start() {
    this.h?.onStart();
  }
  boundary(charIndex: number, charLength: number) {
    this.h?.onBoundary(charIndex, charLength);
  }
  end() {
    const h = this.h;
    this.h = null;
    h?.onEnd();
  }
  get texts() {
    return this.said.map((s) => s.text);
  }
}

const item = (id: string, say: string, chunks: SpeechChunk[] = oneChunk(say)): SpeechItem => ({
  id,
  blockId: id.split('.')[0] ?? id,
  target: id,
  say,
  spans: [],
  chunks,
});

const setup = (items: SpeechItem[]) => {
  const port = new FakePort();
  const clock = new FakeClock();
  const events: string[] = [];
  const boundaries: [string, number, number][] = [];
  const engine = new SpeechEngine(
    port,
    {
      state: (s) => events.push(`state:${s}`),
      item: (it) => events.push(`item:${it?.id ?? 'none'}`),
      finished: () => events.push('finished'),
      error: (e) => events.push(`error:${e}`),
      boundary: (it, i, n) => boundaries.push([it.id, i, n]),
    },
    { timer: clock },
  );
  engine.voiceId = 'ko';
  engine.load(items);
  return { port, clock, engine, events, boundaries };
};

/** A 150-character Korean sentence with clause boundaries (commas and connective endings). */
const LONG =
  '한국표준과학연구원은 일본 산업기술종합연구소와 측정표준 분야의 협력을 넓히기로 하고, ' +
  '양자기술과 인공지능 분야에서 공동 연구를 시작하며 연구자 교류를 늘리기로 했는데 ' +
  '이번 회의에서는 인증표준물질 개발과 디지털 전환에 관한 발표가 이어졌다.';

describe('clause-sized pieces', () => {
  it('derives the cap and the watchdog bound from the rate', () => {
    expect(pieceCap(1)).toBe(96);
    expect(pieceCap(0.5)).toBe(48);
    expect(pieceCap(2)).toBe(192);
    expect(pieceCap(0.1)).toBe(MIN_PIECE);
    expect(watchdogMs(96, 1)).toBe(30_000); // 12 s expected × 2.5
    expect(watchdogMs(10, 1)).toBe(5_000); // never under 5 s
    expect(watchdogMs(96, 2)).toBe(15_000);
  });

  it('keeps a short stretch whole', () => {
    expect(splitClauses('짧은 문장.', 0, 6, 96)).toEqual([{ start: 0, end: 6 }]);
  });

  it('cuts a long sentence after a comma or a connective ending, each piece under the cap', () => {
    const parts = splitClauses(LONG, 0, LONG.length, 60).map((r) => LONG.slice(r.start, r.end));
    expect(parts.join('')).toBe(LONG);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(60);
    expect(parts[0]).toMatch(/하고, $/);
    expect(parts[1]).toMatch(/(시작하며|했는데) $/);
  });

  it('falls back to the last space, then to the cap; "1,000" is not a clause boundary', () => {
    const words = '가나다라 마바사아 자차카타 파하가나 다라마바';
    const parts = splitClauses(words, 0, words.length, 12).map((r) => words.slice(r.start, r.end));
    expect(parts).toEqual(['가나다라 마바사아 ', '자차카타 파하가나 ', '다라마바']);
    expect(splitClauses('가'.repeat(25), 0, 25, 10).map((r) => r.end - r.start)).toEqual([
      10, 10, 5,
    ]);
    const money = '총 1,000원의 예산으로 연구를 진행했다';
    const cut = splitClauses(money, 0, money.length, 14).map((r) => money.slice(r.start, r.end));
    expect(cut.some((p) => p.endsWith('1,'))).toBe(false);
  });

  it('always covers the text in order, every piece within the cap (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('가', '고', '며', ' ', ',', 'a', '😀'), maxLength: 300 }),
        fc.integer({ min: MIN_PIECE, max: 120 }),
        (text, cap) => {
          const parts = splitClauses(text, 0, text.length, cap);
          expect(parts.map((r) => text.slice(r.start, r.end)).join('')).toBe(text);
          for (const r of parts) {
            expect(r.end - r.start).toBeLessThanOrEqual(cap);
            expect(r.end).toBeGreaterThan(r.start);
          }
        },
      ),
    );
  });

  it('cuts each language chunk on its own and drops blank pieces', () => {
    const say = '양자 Quantum-AI 분야';
    const chunks: SpeechChunk[] = [
      { start: 0, end: 3, lang: 'ko' },
      { start: 3, end: 14, lang: 'en' },
      { start: 14, end: 17, lang: 'ko' },
    ];
    expect(piecesOf(say, chunks, 96)).toEqual(chunks);
    expect(piecesOf('가 ', [...oneChunk('가'), { start: 1, end: 2, lang: 'en' }], 96)).toEqual([
      { start: 0, end: 1, lang: 'ko' },
    ]);
  });
});

describe('the engine speaks chunks and pieces', () => {
  const say = '크리스와 Quantum-AI 분야에서 협력한다';
  const chunks: SpeechChunk[] = [
    { start: 0, end: 5, lang: 'ko' },
    { start: 5, end: 16, lang: 'en' },
    { start: 16, end: say.length, lang: 'ko' },
  ];

  it('chunks in two languages: the English voice for English, offsets in the whole sentence', () => {
    const { port, engine, events, boundaries } = setup([
      item('p-1.s-1', say, chunks),
      item('p-1.s-2', '다음'),
    ]);
    engine.setEnglishVoice({ id: 'en', lang: 'en-GB' });
    engine.play();
    port.boundary(0, 4);
    port.end();
    port.boundary(0, 7); // "Quantum" in the English piece
    port.end();
    port.boundary(3, 4); // "에서"… in the last piece
    port.end();
    expect(port.said.map((s) => [s.text, s.lang, s.voiceId])).toEqual([
      ['크리스와 ', 'ko-KR', 'ko'],
      ['Quantum-AI ', 'en-GB', 'en'],
      ['분야에서 협력한다', 'ko-KR', 'ko'],
      ['다음', 'ko-KR', 'ko'],
    ]);
    expect(boundaries).toEqual([
      ['p-1.s-1', 0, 4],
      ['p-1.s-1', 5, 7],
      ['p-1.s-1', 19, 4],
    ]);
    // One item event per sentence, the next only after the last chunk.
    expect(events.filter((e) => e.startsWith('item:'))).toEqual(['item:p-1.s-1', 'item:p-1.s-2']);
  });

  it('without an English voice the Korean voice reads the English chunk', () => {
    const { port, engine } = setup([item('p-1.s-1', say, chunks)]);
    engine.play();
    port.end();
    expect(port.said[1]).toMatchObject({ text: 'Quantum-AI ', lang: 'ko-KR', voiceId: 'ko' });
  });

  it('a long sentence is said in clause-sized pieces; boundaries stay in the sentence', () => {
    const { port, engine, events, boundaries } = setup([
      item('p-2.s-1', LONG),
      item('p-2.s-2', '끝'),
    ]);
    engine.play();
    const pieces: string[] = [];
    while (port.said.length > pieces.length && port.said.at(-1)?.text !== '끝') {
      pieces.push(port.said.at(-1)?.text ?? '');
      port.boundary(1, 2);
      port.end();
    }
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(LONG);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(pieceCap(1));
    let at = 0;
    pieces.forEach((p, k) => {
      expect(boundaries[k]).toEqual(['p-2.s-1', at + 1, 2]);
      at += p.length;
    });
    expect(events.filter((e) => e.startsWith('item:'))).toEqual(['item:p-2.s-1', 'item:p-2.s-2']);
  });

  it('a new rate says the current piece again (not the whole sentence), cut to the new cap', () => {
    const { port, engine } = setup([item('p-2.s-1', LONG)]);
    engine.play();
    port.end();
    const second = port.said[1]?.text ?? '';
    engine.setRate(0.5);
    expect(port.said[2]?.rate).toBe(0.5);
    expect(second.startsWith(port.said[2]?.text ?? '-')).toBe(true);
    expect(port.said[2]?.text.length).toBeLessThanOrEqual(pieceCap(0.5));
  });

  it('pause and resume between pieces go on with the next piece', () => {
    const { port, engine } = setup([item('p-1.s-1', say, chunks)]);
    port.canPause = false;
    engine.play();
    port.end();
    engine.pause();
    engine.resume();
    expect(port.texts).toEqual(['크리스와 ', 'Quantum-AI ', 'Quantum-AI ']);
  });
});

describe('the watchdog', () => {
  it('an utterance whose end never comes is said again in shorter pieces; reading goes on', () => {
    const { port, clock, engine, events } = setup([
      item('p-2.s-1', LONG),
      item('p-2.s-2', '다음 문장'),
    ]);
    engine.play();
    const first = port.said[0]?.text ?? '';
    port.start();
    clock.advance(watchdogMs(first.length, 1) - 1);
    expect(port.said).toHaveLength(1); // not yet
    clock.advance(1); // the `end` event was dropped
    const retry = port.said[1]?.text ?? '';
    expect(retry.length).toBeLessThanOrEqual(Math.ceil(first.length / 2));
    expect(first.startsWith(retry)).toBe(true);
    // From here the voice behaves: the rest of the sentence, then the next one.
    let said = retry;
    while (said.length < LONG.length) {
      port.end();
      said += port.said.at(-1)?.text ?? '';
    }
    expect(said).toBe(LONG);
    port.end();
    expect(port.said.at(-1)?.text).toBe('다음 문장');
    expect(engine.state).toBe('playing');
    expect(events.some((e) => e.startsWith('error:'))).toBe(false);
  });

  it('an utterance that never starts is noticed too; a late start restarts the count', () => {
    const { port, clock, engine } = setup([item('p-1.s-1', '짧은 문장')]);
    engine.play();
    clock.advance(4000);
    port.start(); // started late: a fresh 5 s from here
    clock.advance(4000);
    expect(port.said).toHaveLength(1);
    clock.advance(1000);
    expect(port.said).toHaveLength(2); // stalled: said again
  });

  it('stalling again on a piece at the shortest length stops reading with a message', () => {
    const { port, clock, engine, events } = setup([
      item('p-1.s-1', '짧은 문장'),
      item('p-1.s-2', '다음'),
    ]);
    engine.play();
    clock.advance(5000);
    clock.advance(5000);
    expect(port.texts).toEqual(['짧은 문장', '짧은 문장']);
    expect(engine.state).toBe('paused');
    expect(events).toContain('error:stalled');
    // Nothing more happens while paused; 이어 읽기 tries the sentence again.
    clock.advance(60_000);
    expect(port.said).toHaveLength(2);
    engine.resume();
    expect(port.texts.at(-1)).toBe('짧은 문장');
  });

  it('is quiet while paused and after stop', () => {
    const { port, clock, engine, events } = setup([item('p-1.s-1', '짧은 문장')]);
    engine.play();
    engine.pause();
    clock.advance(60_000);
    engine.resume();
    port.end();
    engine.play();
    engine.stop();
    clock.advance(60_000);
    expect(port.said).toHaveLength(2);
    expect(events.some((e) => e.startsWith('error:'))).toBe(false);
  });
});

describe('voices and the engine', () => {
  it('voices late: play waits, then speaks once with the voice that arrived', () => {
    const { port, engine, events } = setup([item('title.s-1', '제목'), item('p-1.s-1', '본문')]);
    engine.voiceId = null;
    engine.setVoiceStatus('loading');
    engine.play();
    expect(engine.state).toBe('waiting');
    expect(port.said).toHaveLength(0);
    // The list arrives: the voice is set without a restart, then reading starts.
    engine.setVoice('ko', { restart: false });
    engine.setVoiceStatus('ready');
    expect(port.said.map((s) => [s.text, s.voiceId])).toEqual([['제목', 'ko']]);
    expect(events.filter((e) => e.startsWith('state:'))).toEqual([
      'state:waiting',
      'state:playing',
    ]);
  });

  it('voices that never come: the wait ends with "no-voice", nothing is said', () => {
    const { port, engine, events } = setup([item('title.s-1', '제목')]);
    engine.setVoiceStatus('loading');
    engine.play();
    engine.toggle(); // a second press keeps waiting
    expect(engine.state).toBe('waiting');
    engine.setVoiceStatus('none');
    expect(engine.state).toBe('idle');
    expect(events).toContain('error:no-voice');
    engine.play();
    expect(port.said).toHaveLength(0);
  });

  it('the list changing mid-sentence does not restart it; the new voice says the next one', () => {
    const { port, engine } = setup([item('p-1.s-1', '하나'), item('p-1.s-2', '둘')]);
    engine.play();
    engine.setVoice('ko-2', { restart: false });
    engine.setEnglishVoice({ id: 'en', lang: 'en-US' });
    expect(port.said).toHaveLength(1);
    port.end();
    expect(port.said.map((s) => [s.text, s.voiceId])).toEqual([
      ['하나', 'ko'],
      ['둘', 'ko-2'],
    ]);
  });

  it('a voice the reader picks says the current sentence again with it', () => {
    const { port, engine } = setup([item('p-1.s-1', '하나')]);
    engine.play();
    engine.setVoice('picked');
    expect(port.said.map((s) => [s.text, s.voiceId])).toEqual([
      ['하나', 'ko'],
      ['하나', 'picked'],
    ]);
  });

  it('picks an on-device English voice, en-US or en-GB first', () => {
    const v = (id: string, lang: string, localService = true, isDefault = false): VoiceInfo => ({
      id,
      name: id,
      lang,
      localService,
      isDefault,
    });
    expect(
      pickEnglishVoice([
        v('ko', 'ko-KR'),
        v('net-us', 'en-US', false),
        v('in', 'en-IN'),
        v('gb', 'en-GB'),
      ])?.id,
    ).toBe('gb');
    expect(pickEnglishVoice([v('net', 'en-US', false), v('au', 'en-AU')])?.id).toBe('au');
    expect(pickEnglishVoice([v('ko', 'ko-KR')])).toBeNull();
  });
});
