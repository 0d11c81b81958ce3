// Reader settings: schema, defaults and repair of anything stored or typed (pure).

export type UiLang = 'ko' | 'en';
/** Which acronyms start expanded: none (on demand), the first of each term, or all. */
export type TermExpansion = 'none' | 'first' | 'all';
export const TERM_EXPANSIONS: readonly TermExpansion[] = ['none', 'first', 'all'];

export interface Settings {
  /** Language of the interface around the article (the article stays Korean). */
  uiLang: UiLang;
  /** Show each paragraph's reference number (a link to #p-N). */
  showParagraphNumbers: boolean;
  termExpansion: TermExpansion;
  /** Show each photo's description as visible text under it. */
  showPhotoDescriptions: boolean;
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
    showPhotoDescriptions: false,
  };
}

/** Keeps every valid field of `raw`, replacing missing or invalid ones with defaults. */
export function repairSettings(raw: unknown, defaults: Settings): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const bool = (key: 'showParagraphNumbers' | 'showPhotoDescriptions') => {
    const v = r[key];
    return typeof v === 'boolean' ? v : defaults[key];
  };
  return {
    uiLang: r.uiLang === 'ko' || r.uiLang === 'en' ? r.uiLang : defaults.uiLang,
    showParagraphNumbers: bool('showParagraphNumbers'),
    termExpansion: TERM_EXPANSIONS.find((m) => m === r.termExpansion) ?? defaults.termExpansion,
    showPhotoDescriptions: bool('showPhotoDescriptions'),
  };
}
