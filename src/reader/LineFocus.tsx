// Line focus (a reading ruler): dims everything but a band of 1, 3 or 5 lines. The band follows
// the mouse, a tap, Alt+↑/Alt+↓, and the sentence being read aloud.

import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { setting } from '../app/state.ts';

/** Centre of the band in viewport pixels; null until first placed. */
export const rulerY = signal<number | null>(null);

function lineHeightPx(): number {
  const p = document.querySelector('.para');
  const lh = p ? parseFloat(getComputedStyle(p).lineHeight) : NaN;
  return Number.isFinite(lh) ? lh : 28;
}

/** The text position under a point (where the browser has caretPositionFromPoint; elsewhere
 * the band stays where the pointer put it). */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Partial<Pick<Document, 'caretPositionFromPoint'>>;
  if (typeof doc.caretPositionFromPoint !== 'function') return null;
  const p = doc.caretPositionFromPoint(x, y);
  return p ? { node: p.offsetNode, offset: p.offset } : null;
}

/** The vertical centre of the text line at viewport height `y`, if a line of text is there:
 * the centre of a character's box on that line, which is the centre of its line box (half the
 * leading goes above the glyphs, half below). The band then covers whole lines, not halves. */
function lineCentreAt(y: number): number | null {
  const main = document.getElementById('main');
  const col = (main?.querySelector('.article') ?? main)?.getBoundingClientRect();
  if (!col) return null;
  const caret = caretAt(col.left + col.width / 2, y);
  const node = caret?.node;
  if (!caret || !(node instanceof Text) || !node.length) return null;
  const at = Math.min(caret.offset, node.length - 1);
  const probe = document.createRange();
  probe.setStart(node, at);
  probe.setEnd(node, at + 1);
  const r = probe.getClientRects()[0];
  if (!r) return null;
  const centre = (r.top + r.bottom) / 2;
  return Math.abs(centre - y) <= lineHeightPx() / 2 + 1 ? centre : null;
}

/** `y` moved onto the nearest text line, searching in `direction` (or both ways) for up to a
 * line and a half (the gap between paragraphs). */
function snap(y: number, direction: 1 | -1 | 0 = 0): number {
  const lh = lineHeightPx();
  for (let d = 0; d <= lh * 1.5; d += 2) {
    for (const sign of direction === 0 ? [1, -1] : [direction]) {
      const c = lineCentreAt(y + sign * d);
      if (c !== null) return c;
    }
  }
  return y;
}

/** Puts the band on an element (e.g. the sentence being read): on its first line. */
export function focusLineAt(el: Element): void {
  const first = el.getClientRects()[0] ?? el.getBoundingClientRect();
  rulerY.value = snap((first.top + first.bottom) / 2);
}

export function LineFocus() {
  const lines = setting('lineFocus').value;
  useEffect(() => {
    if (lines === 0) return;
    // First placed a third of the way down, on a line of text.
    rulerY.value ??= snap(innerHeight / 3);
    const onMove = (e: PointerEvent) => {
      if (e.pointerType === 'mouse') rulerY.value = snap(e.clientY);
    };
    const onTap = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') rulerY.value = snap(e.clientY);
    };
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp'))
        return;
      // Alt+↓ opens a select: that stays the select's, not the ruler's.
      if (e.target instanceof HTMLSelectElement) return;
      e.preventDefault();
      const down = e.key === 'ArrowDown';
      const step = lineHeightPx() * (down ? 1 : -1);
      const y = (rulerY.value ?? innerHeight / 3) + step;
      // Past the edge, scroll the text under the band instead of moving off screen.
      if (y < lineHeightPx() || y > innerHeight - lineHeightPx()) scrollBy(0, step);
      else rulerY.value = snap(y, down ? 1 : -1);
    };
    addEventListener('pointermove', onMove, { passive: true });
    addEventListener('pointerdown', onTap, { passive: true });
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('pointermove', onMove);
      removeEventListener('pointerdown', onTap);
      removeEventListener('keydown', onKey);
    };
  }, [lines]);

  if (lines === 0) return null;
  const band = lines * lineHeightPx();
  const centre = rulerY.value ?? innerHeight / 3;
  const top = Math.max(0, centre - band / 2);
  return (
    <div class="line-focus" aria-hidden="true" data-lines={lines}>
      <div class="line-focus-shade" style={{ top: 0, height: `${top}px` }} />
      <div class="line-focus-shade" style={{ top: `${top + band}px`, bottom: 0 }} />
    </div>
  );
}
