// Settings kept in the journal (so they travel with it): cadence, today's window and limit.
import { SETTING_DEFAULTS, type SettingKey } from '../domain/settings.js';
import type { Journal } from './journal.js';
import { rhythmMoved } from './rhythm.js';

// The keys and their rules live in the domain; re-exported for the store's callers.
export { checkSettingValue, isSettingKey, SETTING_DEFAULTS, type SettingKey } from '../domain/settings.js';

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

/** How many people carry each tag, and how many of them are archived (rel list --tag leaves those out). */
export interface TagPeople {
  people: number;
  archived: number;
}

// Everyone with each tag (or with one), from the index of tags alone; the archived among them, from
// the index of archived ids (migration 0017) and each one's tags. Joined to contacts, every tagged
// person's row was read for its archived flag: 78 ms on a large journal (80,000 tags), against 5.
// A tag's row names a contact (foreign keys are on; rel doctor names any row that does not).
const PEOPLE_BY_TAG = (one: boolean) => `SELECT tag, count(*) AS people FROM contact_tags INDEXED BY contact_tags_tag ${one ? 'WHERE tag = @tag' : ''} GROUP BY tag`;
const ARCHIVED_BY_TAG = (one: boolean) => `SELECT t.tag, count(*) AS archived
  FROM contacts a INDEXED BY contacts_archived CROSS JOIN contact_tags t ON t.contact_id = a.id WHERE a.archived = 1 ${one ? 'AND t.tag = @tag' : ''} GROUP BY t.tag`;

/** The people of every tag, or of `only` that one. */
export function tagPeople(j: Journal, only?: string): Map<string, TagPeople> {
  const one = only !== undefined;
  const archived = new Map(j.stmt<[{ tag?: string }], { tag: string; archived: number }>(ARCHIVED_BY_TAG(one)).all({ tag: only }).map((r) => [r.tag, r.archived]));
  const people = j.stmt<[{ tag?: string }], { tag: string; people: number }>(PEOPLE_BY_TAG(one)).all({ tag: only });
  return new Map(people.map((r) => [r.tag, { people: r.people, archived: archived.get(r.tag) ?? 0 }]));
}

export function setTagCadence(j: Journal, tag: string, cadence: string | null): void {
  if (cadence === null) j.stmt('DELETE FROM tags WHERE tag = ?').run(tag);
  else j.stmt('INSERT INTO tags (tag, cadence) VALUES (?, ?) ON CONFLICT (tag) DO UPDATE SET cadence = excluded.cadence').run(tag, cadence);
  rhythmMoved(j, j.stmt<[string], { id: number }>('SELECT contact_id AS id FROM contact_tags WHERE tag = ?').all(tag).map((r) => r.id), 'stored');
}
