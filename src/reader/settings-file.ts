// "설정 내보내기 / 가져오기": the settings file format (pure). Kept apart from the schema so its
// code loads with the settings panel, not with the first paint.

import { repairSettings, type Settings } from './settings.ts';

/** The file format for "설정 내보내기 / 가져오기". */
export const EXPORT_FORMAT = 'nuri-reader-settings';

export function exportSettings(s: Settings): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings: s }, null, 2);
}

export class SettingsImportError extends Error {
  override name = 'SettingsImportError';
}

/** Parses an exported settings file; throws SettingsImportError for anything else. */
export function importSettings(text: string, defaults: Settings): Settings {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SettingsImportError('not-json');
  }
  const d = data as { format?: unknown; settings?: unknown } | null;
  if (typeof d !== 'object' || d === null || d.format !== EXPORT_FORMAT) {
    throw new SettingsImportError('not-settings');
  }
  if (typeof d.settings !== 'object' || d.settings === null) {
    throw new SettingsImportError('not-settings');
  }
  return repairSettings(d.settings, defaults);
}
