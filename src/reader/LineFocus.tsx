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

/** Puts the band on an element (e.g. the sentence being read). */
export function focusLineAt(el: Element): void {
  const rect = el.getBoundingClientRect();
  rulerY.value = rect.top + Math.min(rect.height, lineHeightPx()) / 2;
}

export function LineFocus() {
  const lines = setting('lineFocus').value;
  useEffect(() => {
    if (lines === 0) return;
    const onMove = (e: PointerEvent) => {
      if (e.pointerType === 'mouse') rulerY.value = e.clientY;
    };
    const onTap = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') rulerY.value = e.clientY;
    };
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp'))
        return;
      // Alt+↓ opens a select: that stays the select's, not the ruler's.
      if (e.target instanceof HTMLSelectElement) return;
      e.preventDefault();
      const step = lineHeightPx() * (e.key === 'ArrowDown' ? 1 : -1);
      const y = (rulerY.value ?? innerHeight / 3) + step;
      // Past the edge, scroll the text under the band instead of moving off screen.
      if (y < lineHeightPx() || y > innerHeight - lineHeightPx()) scrollBy(0, step);
      else rulerY.value = y;
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
