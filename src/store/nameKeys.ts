// The contacts' folded names (name_key) in bulk, for the checks that hold a name against every
// other: the same-person check of a new contact (src/store/samePerson.ts) and "did you mean"
// (src/store/lookup.ts). Read from the index of names alone, as two JSON arrays: a row object
// apiece cost more than comparing the names (100,000 on a large journal).
import type { Journal } from './journal.js';

export interface NameKeys {
  ids: number[];
  keys: string[];
}

/** Every contact's folded name and id, in the order of the names; only names of a length within `lengths` when given. */
export function nameKeys(j: Journal, lengths: [number, number] = [0, Number.MAX_SAFE_INTEGER]): NameKeys {
  const sql = `SELECT json_group_array(id), json_group_array(name_key) FROM (
    SELECT id, name_key FROM contacts WHERE length(name_key) BETWEEN ? AND ? ORDER BY name_key, id)`;
  const row = j.stmt<[number, number], [string, string]>(sql).raw().get(...lengths);
  return { ids: JSON.parse(row?.[0] ?? '[]') as number[], keys: JSON.parse(row?.[1] ?? '[]') as string[] };
}

/** The names of these contacts, by id. */
export function namesById(j: Journal, ids: number[]): Map<number, string> {
  const rows = j.stmt<[string], [number, string]>('SELECT id, name FROM contacts WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(ids));
  return new Map(rows);
}
