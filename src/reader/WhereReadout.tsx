// "Where am I": paragraph n of N, the share read and, while listening, the time left. Shown in
// the docked listen bar as plain text (reachable in a screen reader's browse mode, never a live
// region, so scrolling is not announced); Alt+Shift+W announces it on demand. Loaded with the
// read-aloud code (src/speech/controller.ts), not with the first paint.

import { computed, signal } from '@preact/signals';
import { toolStrings } from '../app/i18n-tools.ts';
import type { Article } from '../article/model.ts';
import { announce, setting } from '../app/state.ts';
import { speechPlace, speechState } from '../speech/state.ts';
import {
  measureBlocks,
  minutesLeft,
  placeFromLayout,
  placeOfBlock,
  positionAt,
  secondsToSay,
  sentenceOffsets,
  type BlockMeasure,
  type Place,
} from './position-math.ts';

let blocks: BlockMeasure[] = [];
let offsets = new Map<string, number>();
/** The place the screen shows (the block at the top of the reading area). */
const scrolled = signal<Place>({ index: -1, within: 0 });
/** Characters of the reading script still to be said from the current sentence on; set by the
 * read-aloud code on every sentence (null when nothing is being read). */
export const charsLeft = signal<number | null>(null);

const listening = computed(() => speechState.value === 'playing' || speechState.value === 'paused');

/** While listening, the place of the sentence being read; else the place on screen. */
const position = computed(() => {
  const place = speechPlace.value;
  const at =
    listening.value && place
      ? placeOfBlock(blocks, place.blockId, offsets.get(place.id) ?? 0)
      : scrolled.value;
  return positionAt(blocks, at);
});

/** Minutes left at the current rate while listening (0: under a minute); null otherwise. */
const minutes = computed(() => {
  const chars = charsLeft.value;
  if (!listening.value || chars === null) return null;
  return minutesLeft(secondsToSay(chars, setting('speechRate').value));
});

/** Measures where the screen is (rAF-throttled on scroll and resize: one layout read of the
 * body's blocks per frame at most). Call once, with the article shown. */
export function startWhere(article: Article): void {
  blocks = measureBlocks(article);
  offsets = sentenceOffsets(article);
  let frame = 0;
  const measure = () => {
    frame = 0;
    scrolled.value = measurePlace();
  };
  const soon = () => {
    frame ||= requestAnimationFrame(measure);
  };
  addEventListener('scroll', soon, { passive: true });
  addEventListener('resize', soon);
  measure();
}

function measurePlace(): Place {
  const extents = blocks.map((b) => {
    const r = document.getElementById(b.id)?.getBoundingClientRect();
    return { top: r?.top ?? 0, bottom: r?.bottom ?? 0 };
  });
  const last = extents.at(-1);
  // The end of the post is on screen after scrolling: it cannot reach the top, so it is read.
  const atEnd = scrollY > 0 && last !== undefined && last.bottom <= innerHeight;
  return placeFromLayout(extents, 1, atEnd);
}

/** The position as a sentence, e.g. "전체 14문단 중 3번째 문단, 25% 읽음, 약 3분 남음". */
export function whereSaid(): string {
  const s = toolStrings.value;
  const p = position.value;
  const m = minutes.value;
  return `${s.whereSaid(p.paragraph, p.paragraphs, p.percent)}${m === null ? '' : `, ${s.timeLeft(m)}`}`;
}

/** Alt+Shift+W: says where the reader is, through the polite live region. */
export function announceWhere(): void {
  scrolled.value = measurePlace();
  announce(whereSaid());
}

/** The readout: short text for the eye ("문단 3/14 · 25% · 약 3분 남음"), a sentence for screen
 * readers (no "/" or "·" read as symbol names). */
export function WhereReadout() {
  const s = toolStrings.value;
  const p = position.value;
  const m = minutes.value;
  // At the headline there is nothing to say yet, and before the post a screen reader would
  // hear "제목, 0% 읽음" on every visit: the readout appears once the reader is in the body
  // (Alt+Shift+W answers anywhere).
  if (p.paragraph === 0 && m === null) return null;
  return (
    <p class="where" data-testid="where">
      <span aria-hidden="true">
        {s.wherePlace(p.paragraph, p.paragraphs)} · {p.percent}%
        {m !== null && ` · ${s.timeLeft(m)}`}
      </span>
      <span class="sr-only">{whereSaid()}</span>
    </p>
  );
}
