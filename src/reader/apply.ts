// Applies settings to the document: CSS variables and theme on <html>, kept in step with the
// system's colour-scheme and contrast preferences when the theme follows the system.

import { keepingPlace } from '../app/position.ts';
import { cssVariables, resolveTheme, type ResolvedTheme, type Settings } from './settings.ts';

/** Mirrors the look into localStorage so src/boot.js can paint the right background
 * before any module loads (IndexedDB is asynchronous; this is only a hint). */
const LOOK_KEY = 'nuri-look';

const queries = {
  dark: '(prefers-color-scheme: dark)',
  moreContrast: '(prefers-contrast: more)',
} as const;

function systemPrefs(): { dark: boolean; moreContrast: boolean } {
  return {
    dark: matchMedia(queries.dark).matches,
    moreContrast: matchMedia(queries.moreContrast).matches,
  };
}

let current: Settings | null = null;

export function applyToDocument(s: Settings): ResolvedTheme {
  current = s;
  const root = document.documentElement;
  keepingPlace(() => {
    for (const [name, value] of Object.entries(cssVariables(s))) {
      root.style.setProperty(name, value);
    }
    root.dataset.font = s.font;
    root.dataset.mark = s.markColour;
    // Decluttering: hidden by CSS (display: none), so gone for screen readers too.
    root.toggleAttribute('data-hide-photos', s.hidePhotos);
    root.toggleAttribute('data-hide-notes', s.hideFootnotes);
  });
  const theme = resolveTheme(s.theme, systemPrefs());
  root.dataset.theme = theme;
  // The browser's own bar (Android, installed app) takes the colour of the app's top bar.
  const surface = getComputedStyle(root).getPropertyValue('--surface').trim();
  if (surface) document.querySelector('meta[name="theme-color"]')?.setAttribute('content', surface);
  try {
    localStorage.setItem(
      LOOK_KEY,
      JSON.stringify({
        theme,
        textSize: s.textSize,
        bold: s.textWeight === 'bold',
        hidePhotos: s.hidePhotos,
        hideNotes: s.hideFootnotes,
      }),
    );
  } catch {
    // Storage may be off; the hint is optional.
  }
  return theme;
}

/** Re-applies when the system preference changes and the reader follows the system. */
export function watchSystemTheme(): void {
  for (const q of Object.values(queries)) {
    matchMedia(q).addEventListener('change', () => {
      if (current?.theme === 'system') applyToDocument(current);
    });
  }
}
