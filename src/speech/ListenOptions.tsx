// Read-aloud options (rate, voice, highlight, what is read, shortcuts); loaded on first use.

import { settings, t } from '../app/state.ts';
import { toolStrings } from '../app/i18n-tools.ts';
import {
  HIGHLIGHT_MODES,
  SPEECH_RATE,
  clampRate,
  type HighlightMode,
  type Settings,
} from '../reader/settings.ts';
import { voiceChoices } from './voice-choices.ts';

export function ListenOptions(props: {
  open: boolean;
  change: (patch: Partial<Settings>) => void;
}) {
  const strings = { ...t.value, ...toolStrings.value };
  const s = settings.value;
  const { korean, other } = voiceChoices.value;
  const highlightLabel: Record<HighlightMode, string> = {
    sentence: strings.highlightSentence,
    word: strings.highlightWord,
    off: strings.highlightOff,
  };
  return (
    <div id="listen-options" class="listen-options" hidden={!props.open}>
      <div class="field field--range">
        <label for="set-speechRate">{strings.speechRate}</label>
        <input
          id="set-speechRate"
          type="range"
          min={SPEECH_RATE.min}
          max={SPEECH_RATE.max}
          step={SPEECH_RATE.step}
          value={s.speechRate}
          aria-valuetext={strings.speechRateValue(s.speechRate)}
          onInput={(e) => props.change({ speechRate: clampRate(e.currentTarget.value) })}
        />
        <output for="set-speechRate" aria-hidden="true">
          {strings.speechRateValue(s.speechRate)}
        </output>
      </div>
      <label class="field">
        <span>{strings.voice}</span>
        <select
          value={s.voiceId ?? ''}
          onChange={(e) => props.change({ voiceId: e.currentTarget.value || null })}
        >
          <option value="">{strings.voiceAuto}</option>
          {[
            [strings.voiceKorean, korean],
            [strings.voiceOther, other],
          ].map(([label, group]) =>
            typeof label === 'string' && Array.isArray(group) && group.length > 0 ? (
              <optgroup key={label} label={label}>
                {group.map((v) => (
                  <option key={v.id} value={v.id}>
                    {`${v.name} (${v.lang})${v.localService ? '' : strings.voiceNetwork}`}
                  </option>
                ))}
              </optgroup>
            ) : null,
          )}
        </select>
      </label>
      <fieldset class="field-group">
        <legend>{strings.highlight}</legend>
        {HIGHLIGHT_MODES.map((mode) => (
          <label key={mode} class="field field--check">
            <input
              type="radio"
              name="highlight"
              value={mode}
              checked={s.highlight === mode}
              onChange={() => props.change({ highlight: mode })}
            />
            {highlightLabel[mode]}
          </label>
        ))}
      </fieldset>
      {(
        [
          ['readPhotoDescriptions', strings.readPhotoDescriptions],
          ['readFootnotes', strings.readFootnotes],
          ['sayFullFirst', strings.sayFullFirst],
          ['singleKeyShortcuts', strings.singleKeyShortcuts],
        ] as const
      ).map(([key, label]) => (
        <label key={key} class="field field--check">
          <input
            type="checkbox"
            checked={s[key]}
            onChange={(e) => props.change({ [key]: e.currentTarget.checked })}
          />
          {label}
        </label>
      ))}
      <p class="panel-help">{strings.shortcutsHelp}</p>
    </div>
  );
}
