// "내 메모": every highlight of the post with its note, as Thorium lists them: the quoted text,
// its colour in words, the place ("문단 3") as a link that moves focus there, the note (edited
// in place), "읽어 주기" and "삭제" (with "삭제 취소"). A sheet like 글자 설정; Escape closes it.

import { useEffect, useState } from 'preact/hooks';
import { announce, t, uiLang } from '../app/state.ts';
import { COLOURS, MAX_NOTE, type Annotation, type Colour } from './model.ts';
import {
  colourName,
  goToHighlight,
  highlightHere,
  placeName,
  placed,
  readAloud,
  removeAnnotation,
  closeNotes,
  notesFocus,
  restoreAnnotation,
  updateAnnotation,
  type Placed,
} from './runtime.tsx';
import { notesOpen } from './state.ts';
import { ns } from './strings.ts';

const itemId = (id: string) => `note-item-${id}`;

function Item({ p, onDeleted }: { p: Placed; onDeleted: (a: Annotation) => void }) {
  const lang = uiLang.value;
  const { a, r } = p;
  const noteId = `note-text-${a.id}`;
  const colourId = `note-colour-${a.id}`;
  return (
    <li class="note-item" id={itemId(a.id)} tabIndex={-1} aria-labelledby={`${itemId(a.id)}-q`}>
      <blockquote class={`note-quote note-quote--${a.colour}`} id={`${itemId(a.id)}-q`} lang="ko">
        {a.anchor.quote}
      </blockquote>
      <p class="note-meta" lang={lang}>
        {r.status === 'lost' ? (
          <span class="note-lost">{ns.value.anchorLost}</span>
        ) : (
          <a
            href={`#${r.block}`}
            onClick={(e) => {
              e.preventDefault();
              closeNotes(false);
              goToHighlight(p);
            }}
          >
            {placeName(r.block)}
          </a>
        )}
      </p>
      <div class="note-fields" lang={lang}>
        <label for={colourId}>{ns.value.noteColour}</label>
        <select
          id={colourId}
          value={a.colour}
          onChange={(e) => void updateAnnotation(a.id, { colour: e.currentTarget.value as Colour })}
        >
          {COLOURS.map((c) => (
            <option key={c} value={c}>
              {colourName(c)}
            </option>
          ))}
        </select>
      </div>
      <div class="note-fields note-fields--text" lang={lang}>
        <label for={noteId}>{ns.value.noteLabel}</label>
        {/* Saved when the reader leaves the field (a change event), said once. */}
        <textarea
          id={noteId}
          rows={2}
          maxLength={MAX_NOTE}
          lang="ko"
          value={a.note}
          onChange={(e) => {
            const note = e.currentTarget.value;
            if (note !== a.note) {
              void updateAnnotation(a.id, { note }).then((ok) => {
                if (ok) announce(ns.value.noteSaved);
              });
            }
          }}
        />
      </div>
      <div class="note-actions" lang={lang}>
        <button type="button" class="button button--small" onClick={() => readAloud(p)}>
          {ns.value.noteRead}
        </button>
        <button
          type="button"
          class="button button--small"
          onClick={() => {
            void removeAnnotation(a.id).then((old) => old && onDeleted(old));
          }}
        >
          {ns.value.noteDelete}
        </button>
      </div>
    </li>
  );
}

/** The "내 메모" sheet (opened by the toolbar's "메모", "메모 보기" and "메모 달기"). */
export function NotesPanel() {
  const s = t.value;
  const lang = uiLang.value;
  const open = notesOpen.value;
  const items = placed.value;
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      closeNotes();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [open]);
  // Opened for one highlight: its item (or its note field) gets focus, in view.
  const focus = notesFocus.value;
  useEffect(() => {
    if (!open || !focus) return;
    requestAnimationFrame(() => {
      const el = document.getElementById(
        focus.field === 'note' ? `note-text-${focus.id}` : itemId(focus.id),
      );
      el?.scrollIntoView({ block: 'nearest' });
      el?.focus();
    });
  }, [open, focus]);
  return (
    <section
      id="notes-panel"
      class="panel notes-panel"
      hidden={!open}
      aria-labelledby="notes-title"
      lang={lang}
    >
      <div class="panel-head">
        <h2 id="notes-title" class="panel-title" tabIndex={-1}>
          {ns.value.notesTitle}
        </h2>
        <button type="button" class="button" onClick={() => closeNotes()}>
          {s.close}
        </button>
      </div>
      <div class="notes-tools">
        <button type="button" class="button button--small" onClick={() => void highlightHere()}>
          {ns.value.noteMarkHere}
        </button>
        {deleted && (
          <button
            type="button"
            class="button button--small"
            id="notes-undo"
            onClick={() => {
              void restoreAnnotation(deleted);
              setDeleted(null);
            }}
          >
            {ns.value.noteUndo}
          </button>
        )}
        <p class="panel-help">{ns.value.notesHelp}</p>
      </div>
      {items.length === 0 ? (
        <p class="notes-empty">{ns.value.notesEmpty}</p>
      ) : (
        <ol class="notes-list">
          {items.map((p) => (
            <Item
              key={p.a.id}
              p={p}
              onDeleted={(a) => {
                setDeleted(a);
                // The item is gone: focus goes to "삭제 취소", the next thing to want.
                requestAnimationFrame(() => document.getElementById('notes-undo')?.focus());
              }}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
