// Voices: language tags as platforms report them, and which voice to use (pure).

export interface VoiceInfo {
  /** voiceURI: the stable id saved in settings. */
  id: string;
  name: string;
  /** Normalised BCP 47 tag, e.g. "ko-KR" (Android says "ko_KR", some browsers "kor"). */
  lang: string;
  /** False when the voice needs a network connection. */
  localService: boolean;
  isDefault: boolean;
}

const ISO639_2: Record<string, string> = { kor: 'ko', eng: 'en', jpn: 'ja' };

export function normaliseLang(tag: string): string {
  const [primary = '', ...rest] = tag.trim().replace(/_/g, '-').split('-');
  const base = ISO639_2[primary.toLowerCase()] ?? primary.toLowerCase();
  const region = rest.map((r) => (r.length === 2 ? r.toUpperCase() : r));
  return [base, ...region].join('-');
}

/** Korean, and not Konkani ("kok") or anything else starting with "ko". */
export const isKorean = (lang: string): boolean => /^ko(-|$)/i.test(normaliseLang(lang));

/** Korean voices first (on-device before network), then the rest by language and name. */
export function sortVoices(voices: readonly VoiceInfo[]): VoiceInfo[] {
  const rank = (v: VoiceInfo) => (isKorean(v.lang) ? 0 : 1) * 2 + (v.localService ? 0 : 1);
  return [...voices].sort(
    (a, b) => rank(a) - rank(b) || a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name),
  );
}

/** The saved voice if it still exists, else the best Korean voice, else the default, else any. */
export function pickVoice(voices: readonly VoiceInfo[], savedId: string | null): VoiceInfo | null {
  if (savedId) {
    const saved = voices.find((v) => v.id === savedId);
    if (saved) return saved;
  }
  const korean = sortVoices(voices.filter((v) => isKorean(v.lang)));
  return korean[0] ?? voices.find((v) => v.isDefault) ?? voices[0] ?? null;
}

/** English, any region ("en", "en-US", "en-GB", …). */
export const isEnglish = (lang: string): boolean => /^en(-|$)/i.test(normaliseLang(lang));

/** The voice for English stretches of a Korean text: on-device before network (no delay, works
 * offline), then en-US and en-GB before other regions, then the platform default, then by name.
 * Null when the device has no English voice (the Korean voice then reads English). */
export function pickEnglishVoice(voices: readonly VoiceInfo[]): VoiceInfo | null {
  const region = (v: VoiceInfo) => (/^en-(US|GB)$/.test(v.lang) ? 0 : 1);
  const english = voices.filter((v) => isEnglish(v.lang));
  english.sort(
    (a, b) =>
      Number(!a.localService) - Number(!b.localService) ||
      region(a) - region(b) ||
      Number(!a.isDefault) - Number(!b.isDefault) ||
      a.name.localeCompare(b.name),
  );
  return english[0] ?? null;
}
