import { describe, expect, it } from 'vitest';
import {
  clampNumeric,
  cssVariables,
  defaultSettings,
  defaultUiLang,
  NUMERIC,
  repairSettings,
  resolveTheme,
} from '../../src/reader/settings.ts';
import {
  exportSettings,
  importSettings,
  SettingsImportError,
} from '../../src/reader/settings-file.ts';

const defaults = defaultSettings(['ko-KR']);

describe('settings defaults', () => {
  it('follows the browser language on first run, Korean otherwise', () => {
    expect(defaultUiLang(['en-US', 'ko'])).toBe('en');
    expect(defaultUiLang(['ko-KR', 'en'])).toBe('ko');
    expect(defaultUiLang(['fr-FR', 'de'])).toBe('ko');
    expect(defaultUiLang(['en_GB'])).toBe('en');
  });

  it('uses a Hangul-friendly line height and a line length under 40 Hangul glyphs', () => {
    expect(defaults.lineHeight).toBeGreaterThanOrEqual(1.7);
    expect(defaults.lineHeight).toBeLessThanOrEqual(1.8);
    expect(defaults.lineLength).toBeLessThanOrEqual(40); // WCAG 1.4.8: 40 for CJK
    expect(defaults.textSize).toBe(100);
    expect(defaults.theme).toBe('system');
    expect(defaults.lineFocus).toBe(0);
  });
});

describe('clamping', () => {
  it('clamps into range and snaps to the step', () => {
    expect(clampNumeric('textSize', 500)).toBe(300);
    expect(clampNumeric('textSize', 10)).toBe(75);
    expect(clampNumeric('textSize', 152)).toBe(150);
    expect(clampNumeric('lineHeight', 1.52)).toBe(1.5);
    expect(clampNumeric('letterSpacing', 0.123)).toBe(0.12);
    expect(clampNumeric('paragraphSpacing', 2.1)).toBe(2);
    expect(clampNumeric('lineLength', '60')).toBe(60);
  });

  it('falls back to the default for anything that is not a number', () => {
    for (const bad of [NaN, Infinity, '', 'big', null, undefined, {}, [], true]) {
      expect(clampNumeric('textSize', bad)).toBe(NUMERIC.textSize.default);
    }
  });

  it('repairs a stored record field by field, never throwing', () => {
    const stored = {
      uiLang: 'en',
      textSize: 'huge',
      lineHeight: 9,
      font: 'comic-sans',
      theme: 'dark',
      lineFocus: 2,
      termExpansion: 'first',
      extra: 'ignored',
    };
    const s = repairSettings(stored, defaults);
    expect(s).toMatchObject({
      uiLang: 'en',
      textSize: 100,
      lineHeight: 2.5,
      font: 'sans',
      theme: 'dark',
      lineFocus: 0,
      termExpansion: 'first',
    });
    expect(s).not.toHaveProperty('extra');
    for (const junk of [null, 'x', 42, [], undefined])
      expect(repairSettings(junk, defaults)).toEqual(defaults);
  });
});

describe('CSS variables', () => {
  it('maps every type setting to a custom property with units', () => {
    const vars = cssVariables({
      ...defaults,
      textSize: 200,
      lineHeight: 1.5,
      letterSpacing: 0.12,
      wordSpacing: 0.16,
      paragraphSpacing: 2,
      lineLength: 60,
      font: 'serif',
      textWeight: 'bold',
    });
    expect(vars).toEqual({
      '--text-scale': '2',
      '--reader-line-height': '1.5',
      '--reader-letter-spacing': '0.12em',
      '--reader-word-spacing': '0.16em',
      '--reader-paragraph-spacing': '2em',
      '--reader-measure': '60em',
      '--reader-font': expect.stringMatching(/^'Nuri Serif'/) as string,
      '--reader-weight': '700',
    });
    expect(cssVariables(defaults)['--reader-font']).toMatch(/^'Nuri Sans'/);
    expect(cssVariables({ ...defaults, font: 'system' })['--reader-font']).toMatch(/^system-ui/);
  });

  it('resolves "follow the system" from the colour-scheme and contrast preferences', () => {
    expect(resolveTheme('system', { dark: false, moreContrast: false })).toBe('light');
    expect(resolveTheme('system', { dark: true, moreContrast: false })).toBe('dark');
    expect(resolveTheme('system', { dark: true, moreContrast: true })).toBe('contrast');
    expect(resolveTheme('sepia', { dark: true, moreContrast: true })).toBe('sepia');
  });
});

describe('export and import', () => {
  it('round-trips', () => {
    const mine = { ...defaults, textSize: 180, theme: 'sepia' as const };
    expect(importSettings(exportSettings(mine), defaults)).toEqual(mine);
  });

  it('rejects files that are not ours, with a reason', () => {
    const reason = (text: string) => {
      try {
        importSettings(text, defaults);
      } catch (e) {
        expect(e).toBeInstanceOf(SettingsImportError);
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(reason('{not json')).toBe('not-json');
    expect(reason('{"textSize": 200}')).toBe('not-settings');
    expect(reason('{"format":"nuri-reader-settings","settings":null}')).toBe('not-settings');
    expect(reason('[]')).toBe('not-settings');
  });

  it('repairs out-of-range values inside an imported file', () => {
    const text = JSON.stringify({
      format: 'nuri-reader-settings',
      version: 1,
      settings: { textSize: 999 },
    });
    expect(importSettings(text, defaults).textSize).toBe(300);
  });
});
