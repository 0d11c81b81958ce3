// The highlight that follows the voice: the sentence (and word) being read, kept in view.
// Loaded with the read-aloud code (src/speech/controller.ts), not with the first paint.

import { useEffect } from 'preact/hooks';
import { rootOf } from '../article/ids.ts';
import { rangeIn } from '../article/text-range.ts';
import { setting } from '../app/state.ts';
import { focusLineAt } from '../reader/LineFocus.tsx';
import { speechActive, speechPlace, spokenWord } from './state.ts';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Marks what is being read and keeps it in view, without moving keyboard focus. */
export function SpeechHighlight() {
  const place = speechPlace.value;
  const active = speechActive.value;
  const mode = setting('highlight').value;
  const lineFocus = setting('lineFocus').value;
  const word = spokenWord.value;
  useEffect(() => {
    if (!active || !place) return;
    const el = targetOf(place.target);
    if (!el) return;
    if (mode !== 'off') el.classList.add('is-reading');
    // Read but not shown (a photo or footnote the reader hid): nothing to scroll to.
    if (el.getClientRects().length === 0) return () => el.classList.remove('is-reading');
    const r = el.getBoundingClientRect();
    // The docked listen bar covers the bottom of the screen.
    const bar = document.querySelector('.listen-bar')?.getBoundingClientRect().top ?? innerHeight;
    if (r.top < 0 || r.bottom > Math.min(innerHeight, bar)) {
      el.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    }
    if (lineFocus > 0) requestAnimationFrame(() => focusLineAt(el));
    return () => el.classList.remove('is-reading');
  }, [place, active, mode, lineFocus]);

  // Not being read but where reading goes on (a saved place after a reload, or after stop):
  // a quiet mark, so "이어 읽기" visibly means "from here".
  useEffect(() => {
    if (active || !place || mode === 'off') return;
    const el = targetOf(place.target);
    if (!el) return;
    el.classList.add('is-resume');
    return () => el.classList.remove('is-resume');
  }, [place, active, mode]);

  useEffect(() => {
    const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
    if (!registry) return;
    registry.delete('nuri-word');
    if (!word || !active || mode !== 'word') return;
    const el = document.querySelector(`[data-s="${CSS.escape(word.target)}"]`);
    const range = el && rangeIn(el, word.start, word.end);
    if (range) registry.set('nuri-word', new Highlight(range));
  }, [word, active, mode]);
  return null;
}

/** The sentence (`[data-s]`) or element (photo, byline) an item highlights. */
const targetOf = (target: string): Element | null =>
  document.querySelector(`[data-s="${CSS.escape(target)}"]`) ??
  document.getElementById(target) ??
  // A photo description hidden from view: the photo it describes.
  document.getElementById(rootOf(target));
