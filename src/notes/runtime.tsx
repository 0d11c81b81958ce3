// Highlights and notes at run time: loads the post's highlights, draws them with the CSS Custom
// Highlight API (one Highlight per colour: the text and what screen readers read stay as they
// are), follows the reader's selection for the offer in the listen bar, and the Alt+Shift+N
// shortcut. Loaded after the first paint (src/main.tsx), like read-aloud.

import { computed, effect, signal } from '@preact/signals';
import { parsePlace } from '../article/ids.ts';
import type { Article, TermRef } from '../article/model.ts';
import { offsetIn, rangeIn, textLength } from '../article/text-range.ts';
import { announce, settings, t } from '../app/state.ts';
import { currentBlockId, focusElement } from '../app/position.ts';
import { speakRange } from '../speech/lexicon.ts';
import { speechActive, speechControls, speechPlace } from '../speech/state.ts';
import type { NuriDB } from '../storage/db.ts';
import {
  corpusOf,
  makeAnchor,
  offsetOf,
  resolveAnchor,
  sentenceAnchor,
  sentenceSpans,
  type Corpus,
  type Resolved,
  type TextAnchor,
  type TextPoint,
} from './anchor.ts';
import { COLOURS, newAnnotationId, type Annotation, type Colour } from './model.ts';
import { NotesButton, NotesOffer, NotesPanel, notesApi, notesOpen } from './state.ts';
// Static, not a second lazy step: a chunk loaded from a lazy chunk would ask for the inlined
// stylesheet as a file (vite.config.ts inlines it) and fail to load.
import { NotesPanel as Panel } from './NotesPanel.tsx';
import { ns } from './strings.ts';
import { deleteAnnotation, loadAnnotations, putAnnotation, putAnnotations } from './store.ts';

export interface NotesDeps {
  article: Article;
  /** The open database, or null when storage is unavailable (highlights then last the visit). */
  db: () => NuriDB | null;
  /** Shows a storage failure to the reader (src/main.tsx reportStorage). */
  report: (e: unknown) => void;
}

export interface Placed {
  a: Annotation;
  r: Resolved;
}

let deps: NotesDeps;
let corpus: Corpus;
const list = signal<Annotation[]>([]);
/** Every highlight with where it is in the post now. */
export const placed = computed<Placed[]>(() =>
  list.value.map((a) => ({ a, r: resolveAnchor(corpus, a.anchor) })),
);
/** The colour the next highlight gets: the last one chosen (this visit), else yellow. */
export const lastColour = signal<Colour>('yellow');

/** "문단 3", "사진 2 캡션", "각주 1" for a block id. */
export function placeName(block: string): string {
  const place = parsePlace(block);
  const s = t.value;
  if (!place) return block;
  if (place.kind === 'p') return s.paragraphLink(place.n);
  if (place.kind === 'fig') return s.placeCaption(place.n);
  return s.footnote(place.n);
}

export function colourName(c: Colour): string {
  return {
    yellow: ns.value.noteYellow,
    green: ns.value.noteGreen,
    blue: ns.value.noteBlue,
    pink: ns.value.notePink,
  }[c];
}

async function save(write: (db: NuriDB) => Promise<void>): Promise<boolean> {
  const db = deps.db();
  try {
    if (!db) throw new Error('no database');
    await write(db);
    return true;
  } catch (e) {
    deps.report(e);
    announce(ns.value.notesSaveFailed);
    return false;
  }
}

/** The highlight covering corpus range [from, to) entirely, if any. */
function covering(from: number, to: number): Placed | undefined {
  return placed.value.find((p) => p.r.status !== 'lost' && p.r.from <= from && p.r.to >= to);
}

/** Adds a highlight (already there: says so and returns that one). */
export async function addHighlight(anchor: TextAnchor): Promise<Annotation | null> {
  const from = offsetOf(corpus, anchor.start) ?? 0;
  const to = offsetOf(corpus, anchor.end) ?? 0;
  const there = covering(from, to);
  if (there) {
    announce(ns.value.noteAlreadyMarked);
    return there.a;
  }
  const now = new Date().toISOString();
  const a: Annotation = {
    id: newAnnotationId(),
    articleId: deps.article.id,
    colour: lastColour.value,
    note: '',
    anchor,
    createdAt: now,
    updatedAt: now,
  };
  list.value = [...list.value, a];
  const r = resolveAnchor(corpus, anchor);
  if (await save((db) => putAnnotation(db, a))) {
    announce(ns.value.noteMarked(r.status === 'lost' ? '' : placeName(r.block)));
  }
  return a;
}

/** Changes a highlight's note or colour. */
export async function updateAnnotation(
  id: string,
  change: Partial<Pick<Annotation, 'note' | 'colour'>>,
): Promise<boolean> {
  const old = list.value.find((a) => a.id === id);
  if (!old) return false;
  const next = { ...old, ...change, updatedAt: new Date().toISOString() };
  list.value = list.value.map((a) => (a.id === id ? next : a));
  if (change.colour) lastColour.value = change.colour;
  return save((db) => putAnnotation(db, next));
}

/** Deletes a highlight; returns it for "삭제 취소". */
export async function removeAnnotation(id: string): Promise<Annotation | null> {
  const old = list.value.find((a) => a.id === id) ?? null;
  if (!old) return null;
  list.value = list.value.filter((a) => a.id !== id);
  if (await save((db) => deleteAnnotation(db, id))) announce(ns.value.noteDeleted);
  return old;
}

/** Puts a deleted highlight back where it was in the list. */
export async function restoreAnnotation(a: Annotation): Promise<void> {
  list.value = [...list.value, a].sort((x, y) => x.createdAt.localeCompare(y.createdAt));
  if (await save((db) => putAnnotation(db, a))) announce(ns.value.noteRestored);
}

/** Moves focus to a highlight in the post (its first sentence), centred on screen. */
export function goToHighlight(p: Placed): boolean {
  if (p.r.status === 'lost') return false;
  const first = sentenceSpans(corpus, p.r.from, p.r.to)[0];
  const el = first && document.querySelector<HTMLElement>(`[data-s="${CSS.escape(first.s)}"]`);
  const target = el ?? document.getElementById(p.r.block);
  return target ? focusElement(target, 'center') : false;
}

/** Reads the highlighted passage, then the note, in the reader's voice and rate. Read-aloud
 * stops first; this is one utterance of its own (the passage said as read-aloud says it). */
export function readAloud(p: Placed): void {
  if (typeof speechSynthesis === 'undefined') return;
  const parts: string[] = [];
  if (p.r.status !== 'lost') {
    const ctx = {
      glossary: new Map(deps.article.glossary.map((g) => [g.id, g])),
      said: new Set<string>(),
      sayFullFirst: settings.value.sayFullFirst,
    };
    for (const u of corpus.units) {
      const a = Math.max(p.r.from, u.base);
      const b = Math.min(p.r.to, u.base + u.text.length);
      if (b <= a) continue;
      const block = deps.article.blocks.find((x) => x.id === u.block);
      const terms: readonly TermRef[] = block?.terms ?? [];
      parts.push(speakRange(u.text, a - u.base, b - u.base, terms, ctx).say);
    }
  } else parts.push(p.a.anchor.quote);
  if (p.a.note.trim()) parts.push(ns.value.notePrefix + p.a.note);
  if (speechActive.value) speechControls.value?.stop();
  speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(parts.join('. '));
  u.lang = 'ko-KR';
  u.rate = settings.value.speechRate;
  const voice = speechSynthesis
    .getVoices()
    .find((v) => (v.voiceURI || v.name) === settings.value.voiceId);
  if (voice) u.voice = voice;
  speechSynthesis.speak(u);
}

/** The highlight whose item the panel shows focused on open (from "메모 보기", "메모 달기"). */
export const notesFocus = signal<{ id: string; field: 'item' | 'note' } | null>(null);

/** Opens "내 메모" and moves focus to its heading, or to an item (and its note field). */
export function openNotes(focus: { id: string; field: 'item' | 'note' } | null = null): void {
  notesFocus.value = focus;
  notesOpen.value = true;
  NotesPanel.value ??= Panel;
  // Without scrolling: the panel is fixed over the page, and scrolling its heading "into view"
  // would move the page (the reader's place) instead.
  requestAnimationFrame(() => {
    const heading = document.getElementById('notes-title');
    if (!focus && heading) focusElement(heading, null);
  });
}

/** Closes the panel; focus goes back to the toolbar's "메모" unless the caller moved it. */
export function closeNotes(returnFocus = true): void {
  notesOpen.value = false;
  notesFocus.value = null;
  // Back to "메모" without moving the page: the reader stays where they were.
  if (returnFocus) document.getElementById('notes-toggle')?.focus({ preventScroll: true });
}

/** The toolbar's "메모": opens or closes "내 메모". */
export function toggleNotes(): void {
  if (notesOpen.value) closeNotes();
  else openNotes();
}

// ——— The selection, in the post's terms ———

const SENTENCES = '.article-body .s[data-s]';

/** A DOM boundary as a point in a sentence; between sentences it moves into the next one
 * (start) or back into the previous one (end). */
function domPoint(node: Node, offset: number, end: boolean): TextPoint | null {
  const el = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(SENTENCES);
  if (el?.dataset.s) return { s: el.dataset.s, offset: offsetIn(el, node, offset) };
  const at = document.createRange();
  at.setStart(node, offset);
  const all = [...document.querySelectorAll<HTMLElement>(SENTENCES)];
  if (!end) {
    const next = all.find((s) => at.comparePoint(s, 0) >= 0);
    return next?.dataset.s ? { s: next.dataset.s, offset: 0 } : null;
  }
  const prev = all.reverse().find((s) => at.comparePoint(s, s.childNodes.length) <= 0);
  return prev?.dataset.s ? { s: prev.dataset.s, offset: textLength(prev) } : null;
}

export type Offer =
  | { kind: 'range'; anchor: TextAnchor }
  | { kind: 'sentence'; id: string }
  | { kind: 'inside'; id: string };

/** What the reader's selection offers now (null: nothing in the post is selected). */
export const offer = signal<Offer | null>(null);

function offerNow(): Offer | null {
  const sel = getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const body = document.querySelector('.article-body');
  if (!body || !body.contains(range.commonAncestorContainer)) return null;
  if (range.collapsed) {
    const p = domPoint(range.startContainer, range.startOffset, false);
    if (!p) return null;
    const at = offsetOf(corpus, p);
    const inside = at === null ? undefined : covering(at, at);
    return inside ? { kind: 'inside', id: inside.a.id } : { kind: 'sentence', id: p.s };
  }
  const start = domPoint(range.startContainer, range.startOffset, false);
  const end = domPoint(range.endContainer, range.endOffset, true);
  const anchor = start && end ? makeAnchor(corpus, start, end) : null;
  if (!anchor) return null;
  const from = offsetOf(corpus, anchor.start) ?? 0;
  const there = covering(from, offsetOf(corpus, anchor.end) ?? 0);
  return there ? { kind: 'inside', id: there.a.id } : { kind: 'range', anchor };
}

let clearing: ReturnType<typeof setTimeout> | undefined;
function watchSelection(): void {
  document.addEventListener('selectionchange', () => {
    const next = offerNow();
    clearTimeout(clearing);
    // A tap on the offer may collapse the selection first: keep the offer a moment.
    if (next) offer.value = next;
    else clearing = setTimeout(() => (offer.value = null), 1500);
  });
}

/** The sentence where the reader is, without a selection: the one being read aloud, else the
 * first of the focused block, else the first of the block at the top of the screen. */
function sentenceHere(): string | null {
  const spoken = speechPlace.value?.target;
  if (speechActive.value && spoken && corpus.sentences.has(spoken)) return spoken;
  const focused = document.activeElement?.closest<HTMLElement>(SENTENCES)?.dataset.s;
  if (focused) return focused;
  const block =
    document.activeElement?.closest<HTMLElement>('.article-body > [id]')?.id ?? currentBlockId();
  for (const [id, s] of corpus.sentences) if (s.block === block) return id;
  return null;
}

/** Highlights the selection, else the sentence where the reader is (Alt+Shift+N, and
 * "읽는 곳 문장에 형광펜" in the panel). */
export async function highlightHere(): Promise<Annotation | null> {
  const now = offerNow();
  if (now?.kind === 'range') return addHighlight(now.anchor);
  if (now?.kind === 'inside') {
    announce(ns.value.noteAlreadyMarked);
    return list.value.find((a) => a.id === now.id) ?? null;
  }
  const id = now?.kind === 'sentence' ? now.id : sentenceHere();
  const anchor = id ? sentenceAnchor(corpus, id) : null;
  if (!anchor) {
    announce(ns.value.noteNothingToMark);
    return null;
  }
  return addHighlight(anchor);
}

// ——— Drawing ———

function paint(): void {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (!registry || typeof Highlight === 'undefined') return;
  const byColour = new Map<Colour, Range[]>(COLOURS.map((c) => [c, []]));
  for (const { a, r } of placed.value) {
    if (r.status === 'lost') continue;
    for (const span of sentenceSpans(corpus, r.from, r.to)) {
      const el = document.querySelector(`[data-s="${CSS.escape(span.s)}"]`);
      const range = el && rangeIn(el, span.start, span.end);
      if (range) byColour.get(a.colour)?.push(range);
    }
  }
  for (const [colour, ranges] of byColour) {
    const name = `nuri-note-${colour}`;
    if (ranges.length === 0) registry.delete(name);
    else registry.set(name, new Highlight(...ranges));
  }
}

/** The offer in the listen bar: never buttons inside the text. */
function Offer() {
  const o = offer.value;
  const s = ns.value;
  if (!o) return null;
  if (o.kind === 'inside') {
    return (
      <button type="button" class="button" onClick={() => openNotes({ id: o.id, field: 'item' })}>
        {s.noteShow}
      </button>
    );
  }
  const add = async (then?: 'note') => {
    const anchor = o.kind === 'range' ? o.anchor : sentenceAnchor(corpus, o.id);
    const a = anchor && (await addHighlight(anchor));
    offer.value = null;
    getSelection()?.collapseToEnd();
    if (a && then) openNotes({ id: a.id, field: 'note' });
  };
  return (
    <>
      <button
        type="button"
        class="button"
        aria-label={`${o.kind === 'range' ? ns.value.noteMark : ns.value.noteMarkSentence}, ${colourName(lastColour.value)}`}
        onClick={() => void add()}
      >
        <span class={`swatch swatch--${lastColour.value}`} aria-hidden="true" />
        {o.kind === 'range' ? ns.value.noteMark : ns.value.noteMarkSentence}
      </button>
      <button type="button" class="button" onClick={() => void add('note')}>
        {ns.value.noteAdd}
      </button>
    </>
  );
}

/** "메모" in the toolbar: opens and closes "내 메모". */
function NotesToggle() {
  return (
    <button
      type="button"
      class="button"
      id="notes-toggle"
      aria-controls={notesOpen.value ? 'notes-panel' : undefined}
      onClick={toggleNotes}
    >
      {t.value.notes}
    </button>
  );
}

/** Starts the feature: loads the highlights, draws them, follows the selection. */
export async function startNotes(d: NotesDeps): Promise<void> {
  deps = d;
  corpus = corpusOf(d.article);
  const db = d.db();
  if (db) {
    try {
      list.value = await loadAnnotations(db, d.article.id);
    } catch (e) {
      d.report(e);
    }
  }
  effect(paint);
  // The post re-renders parts of itself (a term opened, a setting changed): draw again.
  const body = document.querySelector('.article-body');
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (body) {
    new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(paint, 50);
    }).observe(body, { childList: true, subtree: true, characterData: true });
  }
  watchSelection();
  addEventListener('keydown', (e) => {
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.code !== 'KeyN') return;
    e.preventDefault();
    void highlightHere();
  });
  notesApi.value = {
    list,
    importMany: async (more) => {
      const mine = more.filter((a) => a.articleId === d.article.id);
      const ids = new Set(mine.map((a) => a.id));
      list.value = [...list.value.filter((a) => !ids.has(a.id)), ...mine].sort((x, y) =>
        x.createdAt.localeCompare(y.createdAt),
      );
      await save((db) => putAnnotations(db, more));
    },
  };
  NotesOffer.value = Offer;
  NotesButton.value = NotesToggle;
}
