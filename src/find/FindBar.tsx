// The find bar: a search field, "n / m", previous / next and close. Every match is marked with
// the CSS Custom Highlight API (the page's text is never rewrapped), the current one distinctly;
// the current one is scrolled into the part of the screen the bars leave free. Loaded on first
// use (src/find/open.ts).

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { toolStrings } from '../app/i18n-tools.ts';
import type { Article } from '../article/model.ts';
import { announce, setting, settings, t, termOverrides, uiLang } from '../app/state.ts';
import { findBlocks, findMatches } from './match.ts';
import { findOpen } from './open.ts';
import { rangesFor } from './ranges.ts';

const ALL = 'nuri-find';
const CURRENT = 'nuri-find-current';
/** How long typing must pause before the result is announced. */
const ANNOUNCE_DELAY_MS = 500;

const registry = (): HighlightRegistry | undefined =>
  typeof CSS !== 'undefined' ? CSS.highlights : undefined;

/** The part of the screen no bar covers: below the find bar, above the docked listen bar and
 * update notice. */
function freeArea(bar: Element | null): { top: number; bottom: number } {
  let bottom = innerHeight;
  for (const el of document.querySelectorAll('.listen-bar, .update-notice')) {
    const r = el.getBoundingClientRect();
    if (r.height > 0) bottom = Math.min(bottom, r.top);
  }
  return { top: Math.max(0, bar?.getBoundingClientRect().bottom ?? 0), bottom };
}

/** Scrolls `range` to the middle of the free area unless it is inside it already. */
function reveal(range: Range, bar: Element | null): void {
  const r = range.getBoundingClientRect();
  const { top, bottom } = freeArea(bar);
  const margin = 8;
  if (r.top >= top + margin && r.bottom <= bottom - margin) return;
  scrollBy({ top: r.top - (top + (bottom - top - r.height) / 2), behavior: 'instant' });
}

export function FindBar({ article }: { article: Article }) {
  const strings = { ...t.value, ...toolStrings.value };
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ ranges: Range[]; index: number }>({
    ranges: [],
    index: -1,
  });
  const input = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const showDescriptions = setting('showPhotoDescriptions').value;
  const blocks = useMemo(
    () => findBlocks(article, { photoDescriptions: showDescriptions }),
    [article, showDescriptions],
  );
  const matches = useMemo(
    () => findMatches(query, blocks, article.glossary),
    [query, blocks, article],
  );
  const status = (n: number, index: number) =>
    n > 0 ? strings.findPosition(index + 1, n) : strings.findNone;

  // Where focus was when find opened (read at the first render, before the field takes it):
  // it goes back there on close.
  const [returnTo] = useState(() => document.activeElement);
  useEffect(() => input.current?.focus(), []);

  // Settings and opened terms change the text on the page (expansions, paragraph numbers):
  // ranges are made again.
  const look = settings.value;
  const opened = termOverrides.value;
  useEffect(() => {
    const ranges = rangesFor(matches, blocks);
    // From where the reader is: the first match not above the free area (else the first).
    const { top } = freeArea(bar.current);
    const next = ranges.findIndex((r) => r.getBoundingClientRect().bottom > top);
    setFound({ ranges, index: ranges.length ? Math.max(0, next) : -1 });
    if (!query.trim()) return;
    const timer = setTimeout(
      () => announce(status(ranges.length, Math.max(0, next))),
      ANNOUNCE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [matches, blocks, look, opened]);

  useEffect(() => {
    const reg = registry();
    const current = found.ranges[found.index];
    if (reg) {
      reg.set(ALL, new Highlight(...found.ranges));
      const mark = new Highlight(...(current ? [current] : []));
      mark.priority = 1;
      reg.set(CURRENT, mark);
    }
    if (current) reveal(current, bar.current);
  }, [found]);

  // Closing clears every mark.
  useEffect(
    () => () => {
      registry()?.delete(ALL);
      registry()?.delete(CURRENT);
    },
    [],
  );

  const go = (step: number) => {
    const n = found.ranges.length;
    if (n === 0) return;
    const index = (found.index + step + n) % n;
    setFound({ ranges: found.ranges, index });
    announce(status(n, index));
  };

  /** Closes; the current match is left selected (as a browser's find does), so reading on —
   * or "read aloud" — starts there. */
  const close = () => {
    const current = found.ranges[found.index];
    const selection = getSelection();
    if (current && selection) {
      selection.removeAllRanges();
      selection.addRange(current);
    }
    findOpen.value = false;
    if (returnTo instanceof HTMLElement && returnTo.isConnected && returnTo !== document.body) {
      returnTo.focus();
    }
  };

  // F3 / Shift+F3 and Ctrl+G / Shift+Ctrl+G (Cmd on a Mac) move while the bar is open; Escape
  // in the bar closes it.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && e.target instanceof Node && bar.current?.contains(e.target)) {
        e.preventDefault();
        close();
        return;
      }
      const g = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'g';
      if (e.key !== 'F3' && !g) return;
      e.preventDefault();
      go(e.shiftKey ? -1 : 1);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  const n = found.ranges.length;
  const lang = uiLang.value;
  return (
    <div class="find-bar" role="search" aria-label={strings.findInPost} lang={lang} ref={bar}>
      <label for="find-input" class="find-label">
        {strings.find}
      </label>
      <input
        id="find-input"
        class="find-input"
        type="search"
        ref={input}
        value={query}
        lang="ko"
        autocomplete="off"
        spellcheck={false}
        enterKeyHint="search"
        aria-describedby="find-count"
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter: next; Shift+Enter: previous (not while a Hangul syllable is being composed).
          if (e.key !== 'Enter' || e.isComposing) return;
          e.preventDefault();
          go(e.shiftKey ? -1 : 1);
        }}
      />
      <span id="find-count" class="find-count">
        {query.trim() !== '' && (
          <>
            <span aria-hidden="true">{n > 0 ? `${found.index + 1} / ${n}` : strings.findNone}</span>
            <span class="sr-only">{status(n, found.index)}</span>
          </>
        )}
      </span>
      <span class="find-actions">
        <button
          type="button"
          class="button find-button find-prev"
          aria-label={strings.findPrevious}
          disabled={n === 0}
          onClick={() => go(-1)}
        />
        <button
          type="button"
          class="button find-button find-next"
          aria-label={strings.findNext}
          disabled={n === 0}
          onClick={() => go(1)}
        />
        <button
          type="button"
          class="button find-button find-close"
          aria-label={strings.findClose}
          onClick={close}
        />
      </span>
    </div>
  );
}
