// Reading-highlight colours: the presets the reader picks from, per theme (pure).
//
// Each preset keeps the text readable on the highlight (≥ 4.5:1, ≥ 7:1 in the contrast theme)
// and comes with a "ring" colour (≥ 3:1 against the page) for marks drawn on the page itself:
// the outline of a photo or byline being read and the dotted "이어 읽기" mark. The highlight
// is never colour alone: the sentence is also underlined in the text colour. Checked in
// tests/unit/marks.test.ts; forced-colours mode uses the system's Highlight colours instead.

import type { ResolvedTheme } from './settings.ts';

/** 노랑 (the default: each theme's own mark), 초록, 파랑, 분홍. */
export type MarkColour = 'yellow' | 'green' | 'blue' | 'pink';
export const MARK_COLOURS: readonly MarkColour[] = ['yellow', 'green', 'blue', 'pink'];

/** Hex colours: the highlight's background, the text on it, the ring on the page. */
export interface MarkPalette {
  bg: string;
  fg: string;
  ring: string;
}

/** The yellow row is the themes' own mark (reader.css), so the default look is unchanged. */
export const MARKS: Record<MarkColour, Record<ResolvedTheme, MarkPalette>> = {
  yellow: {
    light: { bg: '#fff0a8', fg: '#1a1a1a', ring: '#1a1a1a' },
    sepia: { bg: '#ffe08a', fg: '#2e2418', ring: '#2e2418' },
    dark: { bg: '#4a3d00', fg: '#fff6cc', ring: '#fff6cc' },
    contrast: { bg: '#ffff00', fg: '#000000', ring: '#ffff00' },
  },
  green: {
    light: { bg: '#c8f0c0', fg: '#1a1a1a', ring: '#2e7d32' },
    sepia: { bg: '#cde8b0', fg: '#2e2418', ring: '#2e7d32' },
    dark: { bg: '#1e4a24', fg: '#e6ffe6', ring: '#5fd068' },
    contrast: { bg: '#00ff66', fg: '#000000', ring: '#00ff66' },
  },
  blue: {
    light: { bg: '#cfe4ff', fg: '#1a1a1a', ring: '#1f5fbf' },
    sepia: { bg: '#c8dcf0', fg: '#2e2418', ring: '#1f5fbf' },
    dark: { bg: '#173a5e', fg: '#e6f0ff', ring: '#6aa8ff' },
    contrast: { bg: '#66ccff', fg: '#000000', ring: '#66ccff' },
  },
  pink: {
    light: { bg: '#ffd6e8', fg: '#1a1a1a', ring: '#b0306a' },
    sepia: { bg: '#f8cfd8', fg: '#2e2418', ring: '#b0306a' },
    dark: { bg: '#5a1f3c', fg: '#ffe6f0', ring: '#ff8ac0' },
    contrast: { bg: '#ff99ff', fg: '#000000', ring: '#ff99ff' },
  },
};

/** The CSS custom properties of a preset in a theme (set on the root element). */
export function markVariables(colour: MarkColour, theme: ResolvedTheme): Record<string, string> {
  const m = MARKS[colour][theme];
  return { '--mark-bg': m.bg, '--mark-fg': m.fg, '--mark-ring': m.ring };
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(n >> 16) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1–21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
