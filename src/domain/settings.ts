// The settings kept in the journal, by name, and what each accepts. Pure, so the command line can
// offer the keys as choices and rel doctor can check stored values without loading the store.
import { ValueError } from '../errors.js';
import { formatDuration, parseDuration } from './duration.js';
import { DEFAULT_CADENCE } from './rhythm.js';
import type { SettingKey } from './settingKeys.js';

export { SETTING_KEYS, type SettingKey } from './settingKeys.js';
export const SETTING_DEFAULTS = { cadence: DEFAULT_CADENCE, days: '14', limit: '10', backups: '7' } as const satisfies Record<SettingKey, string>;

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_DEFAULTS, key);
}

/** How many days rel today looks ahead, the setting and its --days alike: 0 is today alone. */
export const DAYS_AHEAD = { least: 0, most: 366 } as const;

/** The value in its stored form, or a ValueError saying what is allowed (rel config set, rel doctor). */
export function checkSettingValue(key: SettingKey, value: string): string {
  if (key === 'cadence') return formatDuration(parseDuration(value, 'cadence'));
  const { least, most } = key === 'days' ? DAYS_AHEAD : { least: 1, most: Infinity };
  const range = key === 'days' ? ` from ${least} to ${most}` : `, ${least} or more`;
  const count = /^\d{1,9}$/.test(value.trim()) ? Number(value) : NaN;
  if (!(count >= least && count <= most)) throw new ValueError(`${key} must be a whole number${range}, got "${value}"`);
  return String(count);
}

/** A number setting read back from the journal, or undefined when it does not read as one. */
function readCount(key: 'days' | 'limit' | 'backups', value: string): number | undefined {
  try {
    return Number(checkSettingValue(key, value));
  } catch (error) {
    if (!(error instanceof ValueError)) throw error;
    return undefined;
  }
}

/**
 * How many daily backups to keep: an unreadable stored value (only a hand-edited journal has one,
 * and rel doctor names it) keeps the default number, so that it cannot block every write, the one
 * that fixes it (rel config set backups 7) included.
 */
export function backupsKept(value: string): number {
  return readCount('backups', value) ?? Number(SETTING_DEFAULTS.backups);
}

/** A number setting read back from the journal; a damaged value is the journal's problem (exit 1). */
export function storedCount(key: 'days' | 'limit', value: string): number {
  const count = readCount(key, value);
  if (count === undefined) throw new ValueError(`the ${key} setting in the journal is "${value}", not a whole number; fix it with rel config set ${key} ${SETTING_DEFAULTS[key]}`);
  return count;
}
