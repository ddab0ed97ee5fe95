// Names found by how they start, through the indexes of folded names (name_key, alias_key): the
// lookup of a name's start (lookup.ts) and the names shell completion offers.
import { normalizeName } from '../domain/names.js';
import type { Journal } from './journal.js';

/**
 * A folded key (name_key, alias_key) that starts with @from, as a range of its index: every key
 * starting with p sorts between p and p followed by the highest code point.
 */
export const keyStartsWith = (column: string): string => `${column} >= @from AND ${column} < @from || char(1114111)`;

/**
 * Names whose name or alias starts with `prefix` (ignoring case and accents), for shell completion.
 * Two index range scans on name_key and alias_key (keyStartsWith). A name's key is its folding
 * (name_key), whichever way it was found, so the first names of all are among the first of each
 * scan: each stops at `limit` (a Tab with nothing typed read all 100,000 names of a large journal).
 * With nothing typed every name is found by itself: the aliases, each a jump to its person's page
 * to be put in order (77 ms of 5,000 on a large journal), are not read.
 */
export function namesStartingWith(j: Journal, prefix: string, limit: number): string[] {
  const from = normalizeName(prefix);
  if (from === '') {
    const sql = 'SELECT DISTINCT name, name_key FROM contacts ORDER BY name_key, name LIMIT @limit';
    return j.stmt<{ limit: number }, { name: string }>(sql).all({ limit }).map((r) => r.name);
  }
  return j
    .stmt<{ from: string; limit: number }, { name: string }>(
      `SELECT name FROM (
         SELECT * FROM (SELECT DISTINCT name, name_key FROM contacts WHERE ${keyStartsWith('name_key')}
           ORDER BY name_key, name LIMIT @limit)
         UNION
         SELECT * FROM (SELECT DISTINCT c.name, c.name_key FROM contact_aliases a JOIN contacts c ON c.id = a.contact_id
           WHERE ${keyStartsWith('a.alias_key')} ORDER BY c.name_key, c.name LIMIT @limit)
       ) GROUP BY name ORDER BY min(name_key), name LIMIT @limit`,
    )
    .all({ from, limit })
    .map((r) => r.name);
}
