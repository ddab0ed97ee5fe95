// Settings kept in the journal (so they travel with it): cadence, today's window and limit.
import { RelError } from '../errors.js';
import { formatDuration, parseDuration } from '../domain/duration.js';
import { DEFAULT_CADENCE } from '../domain/rhythm.js';
import type { Journal } from './journal.js';
import { rhythmMoved } from './rhythm.js';

export const SETTING_DEFAULTS = { cadence: DEFAULT_CADENCE, days: '14', limit: '10' } as const;
export type SettingKey = keyof typeof SETTING_DEFAULTS;

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_DEFAULTS, key);
}

/** The value in its stored form, or an error saying what is allowed (rel config set, rel doctor). */
export function checkSettingValue(key: SettingKey, value: string): string {
  if (key === 'cadence') return formatDuration(parseDuration(value, 'cadence'));
  const range = key === 'days' ? ' from 1 to 366' : ', 1 or more';
  const count = /^\d{1,9}$/.test(value.trim()) ? Number(value) : NaN;
  if (!(count >= 1 && (key !== 'days' || count <= 366))) throw new RelError(`${key} must be a whole number${range}, got "${value}"`);
  return String(count);
}

export function getSetting(j: Journal, key: SettingKey): string {
  return j.stmt<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key)?.value ?? SETTING_DEFAULTS[key];
}

export function allSettings(j: Journal): Record<SettingKey, string> {
  const stored = new Map(j.stmt<[], { key: string; value: string }>('SELECT key, value FROM settings').all().map((r) => [r.key, r.value]));
  const result = { ...SETTING_DEFAULTS } as Record<SettingKey, string>;
  for (const key of Object.keys(SETTING_DEFAULTS) as SettingKey[]) result[key] = stored.get(key) ?? SETTING_DEFAULTS[key];
  return result;
}

export function setSetting(j: Journal, key: SettingKey, value: string): void {
  j.stmt('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  if (key === 'cadence') rhythmMoved(j, 'everyone', 'stored'); // the default cadence: anyone may be on it
}

export function tagCadences(j: Journal): Map<string, string> {
  return new Map(j.stmt<[], { tag: string; cadence: string }>('SELECT tag, cadence FROM tags').all().map((r) => [r.tag, r.cadence]));
}

export function setTagCadence(j: Journal, tag: string, cadence: string | null): void {
  if (cadence === null) j.stmt('DELETE FROM tags WHERE tag = ?').run(tag);
  else j.stmt('INSERT INTO tags (tag, cadence) VALUES (?, ?) ON CONFLICT (tag) DO UPDATE SET cadence = excluded.cadence').run(tag, cadence);
  rhythmMoved(j, j.stmt<[string], { id: number }>('SELECT contact_id AS id FROM contact_tags WHERE tag = ?').all(tag).map((r) => r.id), 'stored');
}
