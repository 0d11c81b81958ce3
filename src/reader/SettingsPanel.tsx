// "글자 설정": type, font, theme, reading aids and view options, applied live and saved.

import { announce, settings, t, uiLang } from '../app/state.ts';
import { toolStrings } from '../app/i18n-tools.ts';
import { languageNames } from '../app/i18n.ts';
import {
  clampNumeric,
  FONTS,
  LINE_FOCUS,
  MARK_COLOURS,
  NUMERIC,
  TEXT_WEIGHTS,
  THEMES,
  type FontChoice,
  type MarkColour,
  type NumericKey,
  type Settings,
  type TermExpansion,
  type TextWeight,
  type ThemeChoice,
  type UiLang,
} from './settings.ts';
import { exportSettings, importFile, SettingsImportError } from './settings-file.ts';
import type { ComponentChildren } from 'preact';
import { notesApi } from '../notes/state.ts';
import { useEffect, useState } from 'preact/hooks';
import { requestPersistence, storageStatus, type StorageStatus } from '../storage/persist.ts';

export interface SettingsActions {
  changeSettings: (patch: Partial<Settings>) => void;
  resetTypeSettings: () => void;
}

/** Settings are small; highlights and notes (file version 2) can add up. */
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

function Range(props: {
  k: NumericKey;
  label: string;
  format: (v: number) => string;
  onChange: (patch: Partial<Settings>) => void;
}) {
  const spec = NUMERIC[props.k];
  const value = settings.value[props.k];
  const id = `set-${props.k}`;
  return (
    <div class="field field--range">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="range"
        min={spec.min}
        max={spec.max}
        step={spec.step}
        value={value}
        aria-valuetext={props.format(value)}
        onInput={(e) => props.onChange({ [props.k]: clampNumeric(props.k, e.currentTarget.value) })}
      />
      <output for={id} aria-hidden="true">
        {props.format(value)}
      </output>
    </div>
  );
}

/** A view setting that is on or off, labelled by the string of the same name. */
function Check(props: {
  k:
    | 'showParagraphNumbers'
    | 'showPhotoDescriptions'
    | 'termEveryParagraph'
    | 'hidePhotos'
    | 'hideFootnotes';
  onChange: (patch: Partial<Settings>) => void;
  describedBy?: string;
}) {
  return (
    <label class="field field--check">
      <input
        type="checkbox"
        aria-describedby={props.describedBy}
        checked={settings.value[props.k]}
        onChange={(e) => props.onChange({ [props.k]: e.currentTarget.checked })}
      />
      <span>{t.value[props.k]}</span>
    </label>
  );
}

function Choice<T extends string | number>(props: {
  name: string;
  legend: string;
  options: readonly T[];
  label: (v: T) => string;
  value: T;
  onChange: (v: T) => void;
  /** Something shown before each option's label (hidden from screen readers). */
  swatch?: (v: T) => ComponentChildren;
}) {
  return (
    <fieldset class="field-group">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label class="field field--check" key={option}>
          <input
            type="radio"
            name={props.name}
            value={option}
            checked={props.value === option}
            onChange={() => props.onChange(option)}
          />
          {props.swatch?.(option)}
          <span>{props.label(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** A sample of a highlight colour in the theme in use (colours in reader.css). */
const MarkSwatch = ({ colour }: { colour: MarkColour }) => (
  <span class="mark-swatch" data-mark={colour} aria-hidden="true">
    가
  </span>
);

/**
 * The settings sheet: docked at the bottom of a phone's screen (the post stays visible above it,
 * so each change is seen as it happens) or at the side of a wide one. Closes by its buttons at
 * top and bottom and by Escape; `onClose` returns focus to what opened it.
 */
export function SettingsPanel({
  open,
  actions,
  onClose,
}: {
  open: boolean;
  actions: SettingsActions;
  onClose: () => void;
}) {
  const strings = { ...t.value, ...toolStrings.value };
  const s = settings.value;
  const change = actions.changeSettings;
  const [importMessage, setImportMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const em = (v: number) => `${v}em`;
  // Escape closes the sheet from wherever focus is (an open term takes Escape first).
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      onClose();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [open, onClose]);

  const fontLabel: Record<FontChoice, string> = {
    sans: strings.fontSans,
    serif: strings.fontSerif,
    system: strings.fontSystem,
  };
  const themeLabel: Record<ThemeChoice, string> = {
    system: strings.themeSystem,
    light: strings.themeLight,
    sepia: strings.themeSepia,
    dark: strings.themeDark,
    contrast: strings.themeContrast,
  };
  const weightLabel: Record<TextWeight, string> = {
    normal: strings.weightNormal,
    bold: strings.weightBold,
  };
  const markLabel: Record<MarkColour, string> = {
    yellow: strings.markYellow,
    green: strings.markGreen,
    blue: strings.markBlue,
    pink: strings.markPink,
  };
  const termLabel: Record<TermExpansion, string> = {
    none: strings.termExpansionNone,
    first: strings.termExpansionFirst,
    all: strings.termExpansionAll,
  };

  const report = (text: string, ok: boolean) => {
    setImportMessage({ text, ok });
    announce(text);
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return report(strings.importTooBig, false);
    try {
      const imported = importFile(await file.text(), s);
      change(imported.settings);
      // Highlights and notes (file version 2) join the reader's own; same id: the file's wins.
      if (imported.annotations.length > 0) await notesApi.value?.importMany(imported.annotations);
      report(strings.importDone, true);
    } catch (e) {
      const notJson = e instanceof SettingsImportError && e.message === 'not-json';
      report(notJson ? strings.importNotJson : strings.importNotSettings, false);
    }
  };

  const onExport = () => {
    const url = URL.createObjectURL(
      new Blob([exportSettings(s, notesApi.value?.list.value ?? [])], {
        type: 'application/json',
      }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = 'nuri-reader-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section id="settings-panel" class="panel" hidden={!open} aria-labelledby="settings-title">
      <div class="panel-head">
        <h2 id="settings-title" class="panel-title">
          {strings.settings}
        </h2>
        <button type="button" class="button" onClick={onClose}>
          {strings.close}
        </button>
      </div>
      <div class="panel-group" role="group" aria-label={strings.typeSection}>
        <Range k="textSize" label={strings.textSize} format={(v) => `${v}%`} onChange={change} />
        <Range k="lineHeight" label={strings.lineHeight} format={String} onChange={change} />
        <Range k="letterSpacing" label={strings.letterSpacing} format={em} onChange={change} />
        <Range k="wordSpacing" label={strings.wordSpacing} format={em} onChange={change} />
        <Range
          k="paragraphSpacing"
          label={strings.paragraphSpacing}
          format={em}
          onChange={change}
        />
        <Range
          k="lineLength"
          label={strings.lineLength}
          format={strings.lineLengthValue}
          onChange={change}
        />
      </div>
      <Choice
        name="font"
        legend={strings.font}
        options={FONTS}
        label={(v) => fontLabel[v]}
        value={s.font}
        onChange={(font) => change({ font })}
      />
      <Choice
        name="text-weight"
        legend={strings.textWeight}
        options={TEXT_WEIGHTS}
        label={(v) => weightLabel[v]}
        value={s.textWeight}
        onChange={(textWeight) => change({ textWeight })}
      />
      <Choice
        name="theme"
        legend={strings.theme}
        options={THEMES}
        label={(v) => themeLabel[v]}
        value={s.theme}
        onChange={(theme) => change({ theme })}
      />
      <Choice
        name="mark-colour"
        legend={strings.markColour}
        options={MARK_COLOURS}
        label={(v) => markLabel[v]}
        value={s.markColour}
        onChange={(markColour) => change({ markColour })}
        swatch={(v) => <MarkSwatch colour={v} />}
      />
      <p class="panel-help" id="line-focus-help">
        {strings.lineFocusHelp}
      </p>
      <Choice
        name="line-focus"
        legend={strings.lineFocus}
        options={LINE_FOCUS}
        label={(v) => (v === 0 ? strings.lineFocusOff : strings.lineFocusLines(v))}
        value={s.lineFocus}
        onChange={(lineFocus) => change({ lineFocus })}
      />
      <div class="panel-group" role="group" aria-label={strings.viewSection}>
        <label class="field">
          <span>{strings.uiLanguage}</span>
          <select
            value={s.uiLang}
            onChange={(e) => change({ uiLang: e.currentTarget.value as UiLang })}
          >
            {(Object.keys(languageNames) as UiLang[]).map((code) => (
              <option key={code} value={code} lang={code}>
                {languageNames[code]}
              </option>
            ))}
          </select>
        </label>
        <Check k="showParagraphNumbers" onChange={change} />
        <Check k="showPhotoDescriptions" onChange={change} />
        <Check k="hidePhotos" onChange={change} describedBy="hide-help" />
        <Check k="hideFootnotes" onChange={change} describedBy="hide-help" />
        <p class="panel-help" id="hide-help">
          {strings.hideHelp}
        </p>
      </div>
      <Choice
        name="term-expansion"
        legend={strings.termExpansion}
        options={['none', 'first', 'all'] as const}
        label={(v) => termLabel[v]}
        value={s.termExpansion}
        onChange={(termExpansion) => change({ termExpansion })}
      />
      <Check k="termEveryParagraph" onChange={change} />
      <div class="panel-actions">
        <button type="button" class="button" onClick={actions.resetTypeSettings}>
          {strings.reset}
        </button>
        <button type="button" class="button" onClick={onExport}>
          {strings.exportSettings}
        </button>
        <label class="button file-button">
          {strings.importSettings}
          <input
            type="file"
            accept="application/json,.json"
            class="sr-only"
            onChange={(e) => void onImport(e.currentTarget)}
          />
        </label>
      </div>
      {importMessage && (
        <p class={`notice ${importMessage.ok ? '' : 'notice--warning'}`}>{importMessage.text}</p>
      )}
      <OfflineStorage open={open} />
      <div class="panel-foot">
        <button type="button" class="button button--primary" onClick={onClose}>
          {strings.close}
        </button>
      </div>
    </section>
  );
}

/** "오프라인 저장": whether the browser promised to keep the post, and how much is stored. */
function OfflineStorage({ open }: { open: boolean }) {
  const strings = { ...t.value, ...toolStrings.value };
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const refresh = () => void storageStatus().then(setStatus);
  useEffect(() => {
    if (open) refresh();
  }, [open]);
  const lang = uiLang.value === 'ko' ? 'ko-KR' : 'en';
  // SI units, as Intl writes them ("648 kB", "10.2 GB").
  const size = (bytes: number) => {
    const [unit, per] =
      bytes >= 1e9
        ? (['gigabyte', 1e9] as const)
        : bytes >= 1e6
          ? (['megabyte', 1e6] as const)
          : (['kilobyte', 1e3] as const);
    return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(
      bytes / per,
    );
  };
  const ask = async () => {
    const granted = await requestPersistence(true);
    announce(granted ? strings.persistGranted : strings.persistRefused);
    refresh();
  };
  return (
    <section class="panel-group storage-info" aria-labelledby="storage-title">
      <h3 id="storage-title" class="panel-subtitle">
        {strings.offlineStorage}
      </h3>
      {status && (
        <dl class="storage-facts">
          <div>
            <dt>{strings.persistState}</dt>
            <dd>
              {status.persisted === null
                ? strings.unknown
                : status.persisted
                  ? strings.persistOn
                  : strings.persistOff}
            </dd>
          </div>
          <div>
            <dt>{strings.storageUsed}</dt>
            <dd>
              {status.usage === null
                ? strings.unknown
                : status.quota
                  ? strings.storageOf(size(status.usage), size(status.quota))
                  : size(status.usage)}
            </dd>
          </div>
        </dl>
      )}
      {status?.persisted === false && (
        <button type="button" class="button" onClick={() => void ask()}>
          {strings.persistAsk}
        </button>
      )}
    </section>
  );
}
