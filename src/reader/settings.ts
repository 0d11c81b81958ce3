// Reader settings: schema, defaults and repair of anything stored or typed (pure).

export type UiLang = 'ko' | 'en';

export interface Settings {
  /** Language of the interface around the article (the article stays Korean). */
  uiLang: UiLang;
  /** Show each paragraph's reference number (a link to #p-N). */
  showParagraphNumbers: boolean;
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
  return { uiLang: defaultUiLang(languages), showParagraphNumbers: false };
}

/** Keeps every valid field of `raw`, replacing missing or invalid ones with defaults. */
export function repairSettings(raw: unknown, defaults: Settings): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    uiLang: r.uiLang === 'ko' || r.uiLang === 'en' ? r.uiLang : defaults.uiLang,
    showParagraphNumbers:
      typeof r.showParagraphNumbers === 'boolean'
        ? r.showParagraphNumbers
        : defaults.showParagraphNumbers,
  };
}
