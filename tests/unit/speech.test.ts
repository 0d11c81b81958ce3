import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../scripts/content-plugin.ts';
import { SpeechEngine, type SpeechPort, type UtteranceHandlers } from '../../src/speech/engine.ts';
import { speakRange, textRangeOf, type SpeakContext } from '../../src/speech/lexicon.ts';
import { buildScript, indexOf, oneChunk, type SpeechItem } from '../../src/speech/script.ts';
import { segmentSentences } from '../../src/speech/segment.ts';
import {
  isKorean,
  normaliseLang,
  pickVoice,
  sortVoices,
  type VoiceInfo,
} from '../../src/speech/voices.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { article } = buildArticle(root, '2024-08-23-kriss-aist');
const glossary = new Map(article.glossary.map((g) => [g.id, g]));
const ctx = (sayFullFirst = false): SpeakContext => ({ glossary, said: new Set(), sayFullFirst });
const all = { photoDescriptions: true, footnotes: true, sayFullFirst: false };

describe('segmentation for read-aloud', () => {
  it('splits Korean sentences and keeps "Dr. Takashi Usuda" in one sentence', () => {
    const text =
      '7월 30일 오전, NMIJ 기관장인 Dr. Takashi Usuda의 환영사로 시작했다. 이후 발표가 이어졌다.';
    const s = segmentSentences(text, 'p-9');
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual([
      '7월 30일 오전, NMIJ 기관장인 Dr. Takashi Usuda의 환영사로 시작했다.',
      '이후 발표가 이어졌다.',
    ]);
    expect(s.map((x) => x.id)).toEqual(['p-9.s-1', 'p-9.s-2']);
  });
});

describe('speech text (display text unchanged)', () => {
  it('says every acronym as the glossary says it', () => {
    const said = (text: string) => {
      const terms = article.glossary.flatMap((g) =>
        g.forms.flatMap((form) => {
          const out = [];
          for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
            out.push({ termId: g.id, start: i, end: i + form.length });
          }
          return out;
        }),
      );
      return speakRange(text, 0, text.length, terms, ctx()).say;
    };
    expect(said('KRISS, 일본 산업기술종합연구소(AIST)와')).toBe(
      '크리스, 일본 산업기술종합연구소(에이아이에스티)와',
    );
    expect(said('qNMR을 활용한 인증표준물질(CRM) 개발')).toBe(
      '큐엔엠알을 활용한 인증표준물질(씨알엠) 개발',
    );
    expect(said('업무협약(MOU)을 수정 갱신하며 G-QuAT와의')).toBe(
      '업무협약(엠오유)을 수정 갱신하며 지쿼트와의',
    );
    expect(said('디지털 전환(DX)과 AI 분야')).toBe('디지털 전환(디엑스)과 에이아이 분야');
  });

  it('can say the full expansion the first time only', () => {
    const c = ctx(true);
    const text = 'KRISS와 KRISS';
    const terms = [
      { termId: 'kriss', start: 0, end: 5 },
      { termId: 'kriss', start: 7, end: 12 },
    ];
    expect(speakRange(text, 0, text.length, terms, c).say).toBe(
      '한국표준과학연구원, 크리스와 크리스',
    );
  });

  it('maps a spoken word back to the displayed text', () => {
    const text = 'KRISS는 좋다';
    const spoken = speakRange(text, 0, text.length, [{ termId: 'kriss', start: 0, end: 5 }], ctx());
    expect(spoken.say).toBe('크리스는 좋다');
    expect(textRangeOf(spoken.spans, 0, 4)).toEqual({ start: 0, end: 6 }); // "크리스는" → "KRISS는"
    expect(textRangeOf(spoken.spans, 5, 7)).toEqual({ start: 7, end: 9 }); // "좋다" → "좋다"
  });
});

describe('the reading script', () => {
  const script = buildScript(article, all);
  const ids = script.map((s) => s.id);

  it('reads the title, subtitle and byline, then the body in order', () => {
    expect(ids.slice(0, 3)).toEqual(['title.s-1', 'subtitle.s-1', 'byline']);
    expect(script[0]?.say).toBe(
      '크리스, 일본 산업기술종합연구소(에이아이에스티)와 측정표준 및 양자기술 분야 협력 확대',
    );
    expect(script[2]?.say).toBe('홍보실 작성, 이천이십사년 팔월 이십삼일 오후 세 시 사십칠분');
    expect(script[3]).toMatchObject({
      id: 'fig-1.s-1',
      say: '사진: 제십구차 한일 측정표준대표기관장회의 단체사진',
    });
    expect(script[4]?.say.startsWith('사진 설명: ')).toBe(true);
    expect(script[4]?.target).toBe('photo-1.desc.s-1');
  });

  it('reads a footnote right after the paragraph that points to it, once', () => {
    const lastOfP1 = ids.findLastIndex((id) => id.startsWith('p-1.'));
    expect(script[lastOfP1 + 1]?.say.startsWith('각주: 엔엠아이제이')).toBe(true);
    const noteIds = ids.filter((id) => id.startsWith('note-'));
    expect(new Set(noteIds).size).toBe(noteIds.length);
    expect(noteIds.length).toBeGreaterThanOrEqual(2);
  });

  it('says the pair caption as left and right photos', () => {
    const pair = script.find((s) => s.say.includes('왼쪽, '));
    expect(pair?.say).toMatch(/^사진: 왼쪽, 크리스 .*\. 오른쪽, 지쿼트 랩투어 진행 모습$/);
    expect(script.filter((s) => s.say.startsWith('왼쪽 사진 설명: '))).toHaveLength(1);
    expect(script.filter((s) => s.say.startsWith('오른쪽 사진 설명: '))).toHaveLength(1);
  });

  it('can skip photo descriptions and footnotes', () => {
    const bare = buildScript(article, { ...all, photoDescriptions: false, footnotes: false });
    expect(bare.some((s) => s.say.startsWith('사진 설명'))).toBe(false);
    expect(bare.some((s) => s.id.startsWith('note-'))).toBe(false);
    expect(bare.length).toBeLessThan(script.length);
  });

  it('never says a symbol or a Latin acronym the glossary covers', () => {
    for (const item of script) {
      expect(item.say).not.toMatch(/[▲ⓒ*·‘’]/);
      expect(item.say).not.toMatch(/\b(KRISS|AIST|NMIJ|G-QuAT|qNMR|DX|CRM|MOU)\b/);
    }
  });

  it('keeps every utterance short (Chrome cuts long ones off)', () => {
    expect(Math.max(...script.map((s) => s.say.length))).toBeLessThan(400);
  });

  it('finds a saved sentence, or its block when the sentence is gone', () => {
    expect(indexOf(script, 'p-2.s-1')).toBe(ids.indexOf('p-2.s-1'));
    expect(indexOf(script, 'p-2.s-99')).toBe(ids.indexOf('p-2.s-1'));
    expect(indexOf(script, 'nowhere')).toBe(-1);
  });
});

describe('voices', () => {
  const v = (id: string, lang: string, localService = true, isDefault = false): VoiceInfo => ({
    id,
    name: id,
    lang: normaliseLang(lang),
    localService,
    isDefault,
  });

  it('normalises platform language tags', () => {
    expect(normaliseLang('ko_KR')).toBe('ko-KR');
    expect(normaliseLang('kor')).toBe('ko');
    expect(normaliseLang('en-us')).toBe('en-US');
    expect(isKorean('ko_KR')).toBe(true);
    expect(isKorean('kor')).toBe(true);
    expect(isKorean('kok')).toBe(false); // Konkani
  });

  it('picks the saved voice, else a local Korean voice, else the default', () => {
    const list = [v('en', 'en-US', true, true), v('ko-net', 'ko-KR', false), v('ko', 'ko_KR')];
    expect(pickVoice(list, 'en')?.id).toBe('en');
    expect(pickVoice(list, 'gone')?.id).toBe('ko');
    expect(pickVoice(list, null)?.id).toBe('ko');
    expect(pickVoice([v('en', 'en-US', true, true), v('fr', 'fr-FR')], null)?.id).toBe('en');
    expect(pickVoice([], null)).toBeNull();
    expect(sortVoices(list).map((x) => x.id)).toEqual(['ko', 'ko-net', 'en']);
  });
});

/** A speech port that records calls; the test ends utterances by hand. */
class FakePort implements SpeechPort {
  canPause = true;
  said: { text: string; rate: number; voiceId: string | null }[] = [];
  calls: string[] = [];
  private handlers: UtteranceHandlers | null = null;
  voices = () => [];
  speak(text: string, o: { rate: number; voiceId: string | null }, h: UtteranceHandlers) {
    this.said.push({ text, rate: o.rate, voiceId: o.voiceId });
    this.handlers = h;
  }
  cancel() {
    this.calls.push('cancel');
    const h = this.handlers;
    this.handlers = null;
    h?.onError('interrupted');
  }
  pause() {
    this.calls.push('pause');
  }
  resume() {
    this.calls.push('resume');
  }
  end() {
    const h = this.handlers;
    this.handlers = null;
    h?.onEnd();
  }
  /** An `end` that arrives late, from an utterance already cancelled. */
  staleEnd(h: UtteranceHandlers) {
    h.onEnd();
  }
  get live() {
    return this.handlers;
  }
}

const items = (n: number): SpeechItem[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `p-${i + 1}.s-1`,
    blockId: `p-${i + 1}`,
    target: `p-${i + 1}.s-1`,
    say: `문장 ${i + 1}`,
    spans: [],
    chunks: oneChunk(`문장 ${i + 1}`),
  }));

describe('the speech engine', () => {
  const setup = (n = 3) => {
    const port = new FakePort();
    const events: string[] = [];
    const engine = new SpeechEngine(port, {
      state: (s) => events.push(`state:${s}`),
      item: (it) => events.push(`item:${it?.id ?? 'none'}`),
      finished: () => events.push('finished'),
      error: (e) => events.push(`error:${e}`),
    });
    engine.load(items(n));
    return { port, engine, events };
  };

  it('reads one utterance per sentence, in order, to the end', () => {
    const { port, engine, events } = setup(3);
    engine.play();
    port.end();
    port.end();
    port.end();
    expect(port.said.map((s) => s.text)).toEqual(['문장 1', '문장 2', '문장 3']);
    expect(engine.state).toBe('idle');
    expect(events).toContain('finished');
  });

  it('pauses and resumes with the platform, or restarts the sentence where it cannot pause', () => {
    const { port, engine } = setup();
    engine.play();
    engine.pause();
    expect(engine.state).toBe('paused');
    engine.resume();
    expect(port.calls).toContain('resume');
    expect(port.said).toHaveLength(1);

    const android = setup();
    android.port.canPause = false;
    android.engine.play();
    android.engine.pause();
    android.engine.resume();
    expect(android.port.said.map((s) => s.text)).toEqual(['문장 1', '문장 1']);
  });

  it('ignores a late end from a cancelled utterance', () => {
    const { port, engine } = setup();
    engine.play();
    const first = port.live;
    engine.next();
    if (first) port.staleEnd(first);
    expect(port.said.map((s) => s.text)).toEqual(['문장 1', '문장 2']);
    expect(engine.index).toBe(1);
  });

  it('moves by sentence while playing and while paused', () => {
    const { port, engine } = setup(3);
    engine.play();
    engine.next();
    engine.next();
    engine.next(); // already at the last: stays
    engine.prev();
    expect(port.said.map((s) => s.text)).toEqual(['문장 1', '문장 2', '문장 3', '문장 2']);
    engine.pause();
    engine.prev();
    expect(port.said).toHaveLength(4);
    engine.resume();
    expect(port.said.at(-1)?.text).toBe('문장 1');
  });

  it('applies a new rate and voice at once by saying the sentence again', () => {
    const { port, engine } = setup();
    engine.play();
    engine.setRate(1.5);
    engine.setVoice('ko');
    expect(port.said.map((s) => [s.text, s.rate, s.voiceId])).toEqual([
      ['문장 1', 1, null],
      ['문장 1', 1.5, null],
      ['문장 1', 1.5, 'ko'],
    ]);
  });

  it('stops, keeping the place; a voice error pauses and reports', () => {
    const { port, engine, events } = setup();
    engine.seek(1);
    engine.play();
    engine.stop();
    expect(engine.state).toBe('idle');
    expect(engine.index).toBe(1);
    engine.play();
    port.live?.onError('not-allowed');
    expect(engine.state).toBe('paused');
    expect(events).toContain('error:not-allowed');
    engine.resume();
    expect(port.said.at(-1)?.text).toBe('문장 2');
  });

  it('a sentence that ends while paused: resuming starts the next one', () => {
    const { port, engine } = setup(3);
    engine.play();
    const h = port.live;
    engine.pause();
    h?.onEnd();
    engine.resume();
    expect(port.said.map((x) => x.text)).toEqual(['문장 1', '문장 2']);
    expect(engine.state).toBe('playing');
  });

  it('speech cut off from outside (another tab, the system) counts as a pause', () => {
    const { port, engine, events } = setup(3);
    engine.play();
    port.live?.onError('interrupted');
    expect(engine.state).toBe('paused');
    expect(events.some((e) => e.startsWith('error:'))).toBe(false);
    engine.resume();
    expect(port.said.map((x) => x.text)).toEqual(['문장 1', '문장 1']);
  });

  it('when the sentence paused in disappears, resuming goes on from the new place', () => {
    const { port, engine } = setup(3);
    engine.seek(2);
    engine.play();
    engine.pause();
    engine.load(items(2));
    engine.resume();
    expect(port.said.at(-1)?.text).toBe('문장 2');
  });

  it('keeps its place when the script is rebuilt', () => {
    const { engine } = setup(3);
    engine.seek(2);
    engine.load(items(5));
    expect(engine.current?.id).toBe('p-3.s-1');
  });
});
