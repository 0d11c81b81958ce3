// 글자 굵기, 읽는 곳 표시 색, 사진·각주 숨기기: defaults, repair, export/import, and the contrast
// of every highlight colour in every theme.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cssVariables,
  defaultSettings,
  MARK_COLOURS,
  repairSettings,
  type ResolvedTheme,
} from '../../src/reader/settings.ts';
import { exportSettings, importSettings } from '../../src/reader/settings-file.ts';

const defaults = defaultSettings(['ko-KR']);
const THEMES: ResolvedTheme[] = ['light', 'sepia', 'dark', 'contrast'];

/** The themes' colours as reader.css declares them. */
const css = readFileSync(new URL('../../src/styles/reader.css', import.meta.url), 'utf8');
function themeVar(theme: ResolvedTheme, name: string): string {
  const block = new RegExp(`\\[data-theme='${theme}'\\] \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
  const value = new RegExp(`${name}:\\s*(#[0-9a-f]{6})`).exec(block)?.[1];
  if (!value) throw new Error(`${name} not found for ${theme}`);
  return value;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(n >> 16) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/** WCAG 2 contrast ratio (1–21). */
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** A preset's colours in a theme, as reader.css declares them. */
const mark = (colour: string, theme: ResolvedTheme) => ({
  bg: themeVar(theme, `--mark-${colour}-bg`),
  fg: themeVar(theme, `--mark-${colour}-fg`),
  ring: themeVar(theme, `--mark-${colour}-ring`),
});

describe('visual options: defaults and repair', () => {
  it('defaults to regular text, the theme’s own (yellow) highlight, nothing hidden', () => {
    expect(defaults).toMatchObject({
      textWeight: 'normal',
      markColour: 'yellow',
      hidePhotos: false,
      hideFootnotes: false,
    });
    expect(cssVariables(defaults)['--reader-weight']).toBe('400');
    expect(cssVariables({ ...defaults, textWeight: 'bold' })['--reader-weight']).toBe('700');
  });

  it('keeps valid values and repairs anything else', () => {
    const ok = { textWeight: 'bold', markColour: 'pink', hidePhotos: true, hideFootnotes: true };
    expect(repairSettings(ok, defaults)).toMatchObject(ok);
    const bad = repairSettings(
      { textWeight: 900, markColour: 'red', hidePhotos: 'yes', hideFootnotes: 1 },
      defaults,
    );
    expect(bad).toMatchObject({
      textWeight: 'normal',
      markColour: 'yellow',
      hidePhotos: false,
      hideFootnotes: false,
    });
  });

  it('travels in the settings file', () => {
    const s = {
      ...defaults,
      textWeight: 'bold' as const,
      markColour: 'blue' as const,
      hidePhotos: true,
      hideFootnotes: true,
    };
    expect(importSettings(exportSettings(s), defaults)).toEqual(s);
  });
});

describe('reading-highlight colours', () => {
  for (const theme of THEMES) {
    const page = themeVar(theme, '--bg');
    // The contrast theme promises 7:1 for text; the others 4.5:1 (WCAG 1.4.3).
    const textMin = theme === 'contrast' ? 7 : 4.5;
    for (const colour of MARK_COLOURS) {
      const m = mark(colour, theme);
      it(`${colour} in ${theme}: text ${textMin}:1 on it, its ring 3:1 on the page`, () => {
        expect(contrast(m.fg, m.bg)).toBeGreaterThanOrEqual(textMin);
        // The ring outlines a photo being read and marks where reading goes on (WCAG 1.4.11).
        expect(contrast(m.ring, page)).toBeGreaterThanOrEqual(3);
        // The underline is drawn in the text colour, so the highlight is never colour alone.
        expect(contrast(m.fg, m.bg)).toBeGreaterThanOrEqual(3);
      });
    }
  }

  it('in the contrast theme every highlight also stands out 3:1 from the page', () => {
    // Elsewhere a tint that met 3:1 against the page would cost the text its contrast (a 3:1
    // yellow on white is olive): there the underline and the ring carry the mark.
    for (const colour of MARK_COLOURS) {
      expect(contrast(mark(colour, 'contrast').bg, themeVar('contrast', '--bg'))).toBeGreaterThan(
        3,
      );
    }
  });

  it('each preset is wired to the highlight through data-mark', () => {
    for (const colour of MARK_COLOURS) {
      for (const part of ['bg', 'fg', 'ring']) {
        expect(css).toContain(`--mark-${part}: var(--mark-${colour}-${part});`);
      }
      expect(css).toContain(`[data-mark='${colour}']`);
    }
  });

  it('forced colours use the system highlight colours', () => {
    expect(css).toMatch(
      /@media \(forced-colors: active\) \{\s*\.is-reading \{[^}]*background: Highlight;[^}]*color: HighlightText;/,
    );
  });
});
