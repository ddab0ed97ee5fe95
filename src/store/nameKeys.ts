// The contacts' folded names (name_key) in bulk, for "did you mean" (src/store/lookup.ts), which
// holds a name against every other. Read from the index of names alone, as two JSON arrays: a row
// object apiece cost more than comparing the names (100,000 on a large journal).
import type { Journal } from './journal.js';

export interface NameKeys {
  ids: number[];
  keys: string[];
}

/** Every contact's folded name and id, in the order of the names. */
export function nameKeys(j: Journal): NameKeys {
  const sql = 'SELECT json_group_array(id), json_group_array(name_key) FROM (SELECT id, name_key FROM contacts ORDER BY name_key, id)';
  const row = j.stmt<[], [string, string]>(sql).raw().get();
  return { ids: JSON.parse(row?.[0] ?? '[]') as number[], keys: JSON.parse(row?.[1] ?? '[]') as string[] };
}

/** The names of these contacts, by id. */
export function namesById(j: Journal, ids: number[]): Map<number, string> {
  const rows = j.stmt<[string], [number, string]>('SELECT id, name FROM contacts WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(ids));
  return new Map(rows);
}
