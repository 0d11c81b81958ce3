// The voices offered in the picker (loaded with the listening options, not the first paint).

import { computed } from '@preact/signals';
import { voices } from './state.ts';
import { isKorean, sortVoices } from './voices.ts';

/** The voices offered in the picker: every Korean voice, then a short list of others (the
 * default and English ones). Some systems list thousands (espeak-ng has ~70 per language). */
export const voiceChoices = computed(() => {
  const list = sortVoices(voices.value);
  const korean = list.filter((v) => isKorean(v.lang)).slice(0, 100);
  const other = list
    .filter((v) => !isKorean(v.lang) && (v.isDefault || /^en(-|$)/.test(v.lang)))
    .slice(0, 30);
  return { korean, other, any: list.length > 0 };
});
