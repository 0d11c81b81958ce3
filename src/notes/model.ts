// Highlights and notes: the stored record and its repair (pure). One record per highlight, in
// the IndexedDB store `annotations` (src/storage/db.ts) and in the settings file.

import { isKnownId } from '../article/ids.ts';
import type { TextAnchor, TextPoint } from './anchor.ts';

/** Highlight colours, in the order offered. Each is drawn per theme in reader.css
 * (`::highlight(nuri-note-<colour>)`) with its own underline style, so colour is not the only cue. */
export const COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;
export type Colour = (typeof COLOURS)[number];

export interface Annotation {
  /** Random id (crypto.randomUUID or similar); unique across devices for import. */
  id: string;
  articleId: string;
  colour: Colour;
  /** The reader's note; '' for a highlight without one. At most MAX_NOTE characters. */
  note: string;
  anchor: TextAnchor;
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
}

export const MAX_NOTE = 4000;
const MAX_QUOTE = 10_000;

const str = (v: unknown, max: number): string | null =>
  typeof v === 'string' && v.length <= max ? v : null;

function point(v: unknown): TextPoint | null {
  const r = v as { s?: unknown; offset?: unknown } | null;
  if (typeof r !== 'object' || r === null) return null;
  if (typeof r.s !== 'string' || !isKnownId(r.s)) return null;
  if (typeof r.offset !== 'number' || !Number.isInteger(r.offset) || r.offset < 0) return null;
  return { s: r.s, offset: r.offset };
}

/** A well-formed annotation from anything read back (storage, an imported file), or null.
 * An unknown colour becomes yellow and an overlong note is cut; a record without a usable
 * anchor or id is dropped. */
export function repairAnnotation(raw: unknown): Annotation | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const id = str(r.id, 100);
  const articleId = str(r.articleId, 200);
  const a = r.anchor as Record<string, unknown> | null | undefined;
  if (!id || !articleId || typeof a !== 'object' || a === null) return null;
  const start = point(a.start);
  const end = point(a.end);
  const quote = str(a.quote, MAX_QUOTE);
  if (!start || !end || !quote) return null;
  const colour = COLOURS.find((c) => c === r.colour) ?? 'yellow';
  const time = (v: unknown) =>
    typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : new Date(0).toISOString();
  return {
    id,
    articleId,
    colour,
    note: typeof r.note === 'string' ? r.note.slice(0, MAX_NOTE) : '',
    anchor: {
      start,
      end,
      quote,
      prefix: str(a.prefix, 1000) ?? '',
      suffix: str(a.suffix, 1000) ?? '',
    },
    createdAt: time(r.createdAt),
    updatedAt: time(r.updatedAt),
  };
}

/** A new id: random where the platform has it. */
export function newAnnotationId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
