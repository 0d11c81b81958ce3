// Reader settings: schema, defaults, validation and clamping, CSS-variable mapping (pure).

export type UiLang = 'ko' | 'en';
/** Which acronyms start expanded: none (on demand), the first of each term, or all. */
export type TermExpansion = 'none' | 'first' | 'all';
export const TERM_EXPANSIONS: readonly TermExpansion[] = ['none', 'first', 'all'];
/** Self-hosted Korean sans (default), self-hosted Korean serif, or the device's own font. */
export type FontChoice = 'sans' | 'serif' | 'system';
export const FONTS: readonly FontChoice[] = ['sans', 'serif', 'system'];
export type ThemeChoice = 'system' | 'light' | 'sepia' | 'dark' | 'contrast';
export const THEMES: readonly ThemeChoice[] = ['system', 'light', 'sepia', 'dark', 'contrast'];
/** Reading ruler: how many lines stay bright (0 = off). */
export type LineFocus = 0 | 1 | 3 | 5;
export const LINE_FOCUS: readonly LineFocus[] = [0, 1, 3, 5];

/** The weight of the article's text: regular (400) or bold (700); both faces ship. */
export type TextWeight = 'normal' | 'bold';
export const TEXT_WEIGHTS: readonly TextWeight[] = ['normal', 'bold'];

/** The reading highlight's colour: 노랑 (each theme's own mark), 초록, 파랑, 분홍; the colours
 * per theme are in reader.css. */
export type MarkColour = 'yellow' | 'green' | 'blue' | 'pink';
export const MARK_COLOURS: readonly MarkColour[] = ['yellow', 'green', 'blue', 'pink'];

/** What read-aloud highlights: the sentence, the word (when the voice reports words), nothing. */
export type HighlightMode = 'sentence' | 'word' | 'off';
export const HIGHLIGHT_MODES: readonly HighlightMode[] = ['sentence', 'word', 'off'];
export const SPEECH_RATE = { min: 0.5, max: 2, step: 0.1, default: 1 } as const;

/** The numeric type settings, each with its range, step and default. */
export const NUMERIC = {
  /** Percent of the reader's own browser/OS text size. */
  textSize: { min: 75, max: 300, step: 5, default: 100 },
  lineHeight: { min: 1.2, max: 2.5, step: 0.05, default: 1.75 },
  /** em */
  letterSpacing: { min: 0, max: 0.2, step: 0.01, default: 0 },
  /** em */
  wordSpacing: { min: 0, max: 0.5, step: 0.02, default: 0 },
  /** em */
  paragraphSpacing: { min: 0.5, max: 3, step: 0.25, default: 1.25 },
  /** Characters (Hangul syllables, about 1 em each) per line. */
  lineLength: { min: 25, max: 80, step: 1, default: 36 },
} as const;
export type NumericKey = keyof typeof NUMERIC;

export interface Settings {
  /** Language of the interface around the article (the article stays Korean). */
  uiLang: UiLang;
  /** Show each paragraph's reference number (a link to #p-N). */
  showParagraphNumbers: boolean;
  termExpansion: TermExpansion;
  /** An acronym is a control at its first occurrence in each paragraph, not only at its first
   * in the post (more help, more interruptions for screen-reader users). */
  termEveryParagraph: boolean;
  /** Show each photo's description as visible text in its stand-in (on by default: the
   * original photos are not included, so the description is what there is to see). */
  showPhotoDescriptions: boolean;
  textSize: number;
  lineHeight: number;
  letterSpacing: number;
  wordSpacing: number;
  paragraphSpacing: number;
  lineLength: number;
  font: FontChoice;
  theme: ThemeChoice;
  lineFocus: LineFocus;
  textWeight: TextWeight;
  /** The reading highlight's colour; yellow is each theme's own. */
  markColour: MarkColour;
  /** Hide the photos (stand-ins, captions, credits) from view and from screen readers;
   * read-aloud still follows readPhotoDescriptions. */
  hidePhotos: boolean;
  /** Hide the footnotes and their markers from view and from screen readers; read-aloud
   * still follows readFootnotes. */
  hideFootnotes: boolean;
  /** Read-aloud: rate 0.5–2.0, the chosen voice (voiceURI, null = best Korean voice). */
  speechRate: number;
  voiceId: string | null;
  highlight: HighlightMode;
  readPhotoDescriptions: boolean;
  readFootnotes: boolean;
  /** Say an acronym's full expansion the first time it is read. */
  sayFullFirst: boolean;
  /** Single-key shortcuts (k, j, l) for read-aloud; off by default (WCAG 2.1.4). */
  singleKeyShortcuts: boolean;
}

/** Korean unless the browser's preferred language list puts English before Korean. */
export function defaultUiLang(languages: readonly string[]): UiLang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'ko') return 'ko';
    if (base === 'en') return 'en';
  }
  return 'ko';
}

export function defaultSettings(languages: readonly string[] = []): Settings {
  return {
    uiLang: defaultUiLang(languages),
    showParagraphNumbers: false,
    termExpansion: 'none',
    termEveryParagraph: false,
    showPhotoDescriptions: true,
    textSize: NUMERIC.textSize.default,
    lineHeight: NUMERIC.lineHeight.default,
    letterSpacing: NUMERIC.letterSpacing.default,
    wordSpacing: NUMERIC.wordSpacing.default,
    paragraphSpacing: NUMERIC.paragraphSpacing.default,
    lineLength: NUMERIC.lineLength.default,
    font: 'sans',
    theme: 'system',
    lineFocus: 0,
    textWeight: 'normal',
    markColour: 'yellow',
    hidePhotos: false,
    hideFootnotes: false,
    speechRate: SPEECH_RATE.default,
    voiceId: null,
    highlight: 'sentence',
    readPhotoDescriptions: true,
    readFootnotes: true,
    sayFullFirst: false,
    singleKeyShortcuts: false,
  };
}

/** A speech rate clamped to 0.5–2.0 in steps of 0.1; anything else gives the fallback. */
export function clampRate(value: unknown, fallback: number = SPEECH_RATE.default): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return fallback;
  const c = Math.min(SPEECH_RATE.max, Math.max(SPEECH_RATE.min, n));
  return Math.round(c * 10) / 10;
}

/** A finite number (or numeric string) clamped into range and snapped to the step;
 * anything else gives the default. */
export function clampNumeric(key: NumericKey, value: unknown, fallback?: number): number {
  const spec = NUMERIC[key];
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return fallback ?? spec.default;
  const clamped = Math.min(spec.max, Math.max(spec.min, n));
  const snapped = spec.min + Math.round((clamped - spec.min) / spec.step) * spec.step;
  return Number(Math.min(spec.max, snapped).toFixed(4));
}

const oneOf = <T>(list: readonly T[], v: unknown, fallback: T): T =>
  list.find((x) => x === v) ?? fallback;

/** Keeps every valid field of `raw`, replacing missing or invalid ones with defaults. */
export function repairSettings(raw: unknown, defaults: Settings): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const bool = (
    key:
      | 'showParagraphNumbers'
      | 'showPhotoDescriptions'
      | 'termEveryParagraph'
      | 'readPhotoDescriptions'
      | 'readFootnotes'
      | 'sayFullFirst'
      | 'singleKeyShortcuts'
      | 'hidePhotos'
      | 'hideFootnotes',
  ) => {
    const v = r[key];
    return typeof v === 'boolean' ? v : defaults[key];
  };
  const num = (key: NumericKey) => clampNumeric(key, r[key], defaults[key]);
  return {
    uiLang: oneOf<UiLang>(['ko', 'en'], r.uiLang, defaults.uiLang),
    showParagraphNumbers: bool('showParagraphNumbers'),
    termExpansion: oneOf(TERM_EXPANSIONS, r.termExpansion, defaults.termExpansion),
    termEveryParagraph: bool('termEveryParagraph'),
    showPhotoDescriptions: bool('showPhotoDescriptions'),
    textSize: num('textSize'),
    lineHeight: num('lineHeight'),
    letterSpacing: num('letterSpacing'),
    wordSpacing: num('wordSpacing'),
    paragraphSpacing: num('paragraphSpacing'),
    lineLength: num('lineLength'),
    font: oneOf(FONTS, r.font, defaults.font),
    theme: oneOf(THEMES, r.theme, defaults.theme),
    lineFocus: oneOf(LINE_FOCUS, r.lineFocus, defaults.lineFocus),
    textWeight: oneOf(TEXT_WEIGHTS, r.textWeight, defaults.textWeight),
    markColour: oneOf(MARK_COLOURS, r.markColour, defaults.markColour),
    hidePhotos: bool('hidePhotos'),
    hideFootnotes: bool('hideFootnotes'),
    speechRate: clampRate(r.speechRate, defaults.speechRate),
    voiceId:
      typeof r.voiceId === 'string' && r.voiceId.length > 0 && r.voiceId.length < 500
        ? r.voiceId
        : r.voiceId === null
          ? null
          : defaults.voiceId,
    highlight: oneOf(HIGHLIGHT_MODES, r.highlight, defaults.highlight),
    readPhotoDescriptions: bool('readPhotoDescriptions'),
    readFootnotes: bool('readFootnotes'),
    sayFullFirst: bool('sayFullFirst'),
    singleKeyShortcuts: bool('singleKeyShortcuts'),
  };
}

const FONT_STACKS: Record<FontChoice, string> = {
  sans: "'Nuri Sans', system-ui, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', sans-serif",
  serif: "'Nuri Serif', 'AppleMyungjo', 'Batang', 'Noto Serif KR', serif",
  system:
    "system-ui, -apple-system, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', sans-serif",
};

/** The CSS custom properties that carry the type settings (set on the root element). */
export function cssVariables(s: Settings): Record<string, string> {
  return {
    '--text-scale': String(s.textSize / 100),
    '--reader-line-height': String(s.lineHeight),
    '--reader-letter-spacing': `${s.letterSpacing}em`,
    '--reader-word-spacing': `${s.wordSpacing}em`,
    '--reader-paragraph-spacing': `${s.paragraphSpacing}em`,
    '--reader-measure': `${s.lineLength}em`,
    '--reader-font': FONT_STACKS[s.font],
    '--reader-weight': s.textWeight === 'bold' ? '700' : '400',
  };
}

export type ResolvedTheme = Exclude<ThemeChoice, 'system'>;

/** "Follow the system": more contrast wins, then dark, else light. */
export function resolveTheme(
  choice: ThemeChoice,
  system: { dark: boolean; moreContrast: boolean },
): ResolvedTheme {
  if (choice !== 'system') return choice;
  if (system.moreContrast) return 'contrast';
  return system.dark ? 'dark' : 'light';
}
