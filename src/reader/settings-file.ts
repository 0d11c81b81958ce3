// "설정 내보내기 / 가져오기": the settings file format (pure). Kept apart from the schema so its
// code loads with the settings panel, not with the first paint.
// Version 1: { format, version: 1, settings }.
// Version 2: + annotations (highlights and notes, src/notes/model.ts). Version 1 files import
// with no annotations.

import { repairAnnotation, type Annotation } from '../notes/model.ts';
import { repairSettings, type Settings } from './settings.ts';

/** The file format for "설정 내보내기 / 가져오기". */
export const EXPORT_FORMAT = 'nuri-reader-settings';
export const EXPORT_VERSION = 2;

export function exportSettings(s: Settings, annotations: readonly Annotation[] = []): string {
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: EXPORT_VERSION, settings: s, annotations },
    null,
    2,
  );
}

export class SettingsImportError extends Error {
  override name = 'SettingsImportError';
}

/** Parses an exported file (any version): the settings, repaired, and the well-formed
 * annotations (none in a version 1 file; damaged ones are skipped). Throws SettingsImportError
 * ('not-json', 'not-settings') for anything else. */
export function importFile(
  text: string,
  defaults: Settings,
): { settings: Settings; annotations: Annotation[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SettingsImportError('not-json');
  }
  const d = data as { format?: unknown; settings?: unknown; annotations?: unknown } | null;
  if (typeof d !== 'object' || d === null || d.format !== EXPORT_FORMAT) {
    throw new SettingsImportError('not-settings');
  }
  if (typeof d.settings !== 'object' || d.settings === null) {
    throw new SettingsImportError('not-settings');
  }
  const annotations = Array.isArray(d.annotations)
    ? d.annotations.map(repairAnnotation).filter((a): a is Annotation => a !== null)
    : [];
  return { settings: repairSettings(d.settings, defaults), annotations };
}

/** The settings of an exported file; see importFile. */
export function importSettings(text: string, defaults: Settings): Settings {
  return importFile(text, defaults).settings;
}
