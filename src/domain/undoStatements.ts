// Reading the undo history (migrations/*_undo_log.sql) for a person: what `rel rm --purge` needs to
// know which changes could bring them back, and which of the changes' own words name them.
// The statements are rel's own, in three forms, values written by SQLite's quote():
//   INSERT INTO t (a, b) VALUES (1, 'x')   UPDATE t SET a = 1, b = 'x' WHERE c = 2 AND d = 'y'
//   DELETE FROM t WHERE c = 2 AND d = 'y'  DELETE FROM t WHERE c > 2 (the people an import added)

import { normalizeName } from './names.js';

/** The columns that hold a contact's id, in any table; a contact's own id is `contacts.id`. */
const PERSON_COLUMNS = new Set(['contact_id', 'other_id', 'referred_by']);

/** Texts (and blobs, X'..') emptied, so that no comma, `=` or word inside one is read as SQL. */
function withoutTexts(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'/g, "''");
}

/** `a = 1` pairs, as a list of [column, value]. */
function pairs(list: string, separator: string): Array<[string, string]> | undefined {
  const out: Array<[string, string]> = [];
  for (const part of list.split(separator)) {
    const m = /^\s*(\w+) (=|>) (.+?)\s*$/.exec(part);
    if (!m) return undefined;
    if (m[2] === '=') out.push([m[1]!, m[3]!]);
  }
  return out;
}

/** Every column compared, set or given a value in the statement, with the value as written. */
function columnValues(sql: string): { table: string; values: Array<[string, string]> } | undefined {
  const plain = withoutTexts(sql);
  let m = /^INSERT INTO (\w+) \(([^)]*)\) VALUES \((.*)\)$/s.exec(plain);
  if (m) {
    const columns = m[2]!.split(',').map((c) => c.trim());
    const values = m[3]!.split(',').map((v) => v.trim());
    if (columns.length !== values.length) return undefined;
    return { table: m[1]!, values: columns.map((c, i) => [c, values[i]!]) };
  }
  m = /^UPDATE (\w+) SET (.*) WHERE (.*)$/s.exec(plain);
  if (m) {
    const set = pairs(m[2]!, ',');
    const where = pairs(m[3]!, ' AND ');
    return set && where && { table: m[1]!, values: [...set, ...where] };
  }
  m = /^DELETE FROM (\w+) WHERE (.*)$/s.exec(plain);
  if (m) {
    const where = pairs(m[2]!, ' AND ');
    return where && { table: m[1]!, values: where };
  }
  return undefined;
}

/**
 * The ids of the contacts an undo statement names: whose row it puts back, changes or deletes,
 * and whom that row points at (a referrer, the other of a relation). Undefined when the statement
 * is not in a form rel writes: the caller must then assume it names anyone.
 */
export function peopleNamedBy(sql: string): number[] | undefined {
  const read = columnValues(sql);
  if (read === undefined) return undefined;
  const ids = new Set<number>();
  for (const [column, value] of read.values) {
    if (!PERSON_COLUMNS.has(column) && !(read.table === 'contacts' && column === 'id')) continue;
    if (/^-?\d+$/.test(value)) ids.add(Number(value));
  }
  return [...ids];
}

/** Whether an undo statement could bring back, or point at, the contact `id`. */
export function namesPerson(sql: string, id: number): boolean {
  return peopleNamedBy(sql)?.includes(id) ?? true;
}

/**
 * Whether a change's description, the command's own words ("relate Ada Lane — daughter of Jane
 * Doe"), mentions one of a person's names, as names match: ignoring case and accents.
 */
export function mentionsName(description: string, names: readonly string[]): boolean {
  const text = normalizeName(description);
  return names.some((name) => {
    const key = normalizeName(name);
    return key !== '' && text.includes(key);
  });
}
