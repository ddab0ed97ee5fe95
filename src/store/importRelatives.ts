// Whom the names of relatives an import reads can be, for the planner's name rules
// (importRelations.ts: the one person of a name, else the one whose name it is with middle names
// left out, and a related person by a name they had before a rename). A large file reads
// everyone's names at once; a few records look up only these, and must find the same people.
import { byNameWithoutMiddle, withoutMiddleNames } from '../domain/nameWords.js';
import { normalizeName } from '../domain/names.js';
import type { ImportedContact } from '../domain/records.js';
import type { Relation } from '../domain/relations.js';
import { namedByKey } from './contacts.js';
import type { Journal } from './journal.js';

/** The folded names the records give their relatives. */
export function relativeNames(records: readonly ImportedContact[]): string[] {
  return records.flatMap((record) => (record.relations ?? []).map((r) => normalizeName(r.name ?? '')));
}

/** Everyone the names may be: of that name, else with middle names in it (the planner needs their names and relations). */
export function ownersOfRelatives(nameOwners: ReadonlyMap<string, readonly number[]>, names: readonly string[]): number[] {
  let fuller: Map<string, number[]> | undefined; // made only for a name nobody has: it reads every name
  return names.flatMap((name) => nameOwners.get(name) ?? (fuller ??= byNameWithoutMiddle(nameOwners, Object.is)).get(name) ?? []);
}

// The names and aliases starting with a word: where a name with middle names can be.
const STARTING_WITH = `SELECT id, name_key FROM contacts WHERE name_key >= @from AND name_key < @to
  UNION SELECT contact_id, alias_key FROM contact_aliases WHERE alias_key >= @from AND alias_key < @to ORDER BY 1`;

/**
 * Adds to `owners` (looked up by keys) whoever has each name, or it with middle names in it, as
 * everyOwner's read of everyone has them: each such name with all its owners, lowest id first.
 */
export function addOwnersByKeys(j: Journal, owners: Map<string, number[]>, names: Iterable<string>): void {
  for (const name of new Set(names)) {
    if (name === '') continue;
    if (!owners.has(name)) {
      const ids = namedByKey(j, name).map((c) => c.id);
      if (ids.length > 0) owners.set(name, ids);
    }
    // A space sorts just before "!": the range is the names whose first word is the name's.
    const first = name.split(' ')[0]!;
    const rows = j.stmt<[{ from: string; to: string }], [number, string]>(STARTING_WITH).raw().all({ from: `${first} `, to: `${first}!` });
    const found = new Map<string, number[]>();
    for (const [id, key] of rows) if (!owners.has(key) && withoutMiddleNames(key) === name) found.set(key, [...(found.get(key) ?? []), id]);
    for (const [key, ids] of found) owners.set(key, ids);
  }
}

/** The names relations of the journal keep for someone who was nobody in it then. */
export const keptNames = (relations: readonly Relation[]): string[] => relations.flatMap((r) => (r.other.id === null ? [normalizeName(r.other.name)] : []));

/**
 * The names the people of these relations went by before they were renamed, folded, by id: the
 * undo history keeps the name a contact had in each of its entries (a rename's, the old one).
 * One read of the history (a scan: 0.1-0.4 s for 200,000 entries), which holds the last changes
 * only: an older rename is not known.
 */
export function formerNamesOf(j: Journal, relations: readonly Relation[]): Map<number, string[]> {
  const current = new Map<number, string>();
  for (const { contact, other } of relations) {
    current.set(contact.id, normalizeName(contact.name));
    if (other.id !== null) current.set(other.id, normalizeName(other.name));
  }
  const former = new Map<number, string[]>();
  if (current.size === 0) return former;
  const labels = j.stmt<[string], [number, string]>(
    "SELECT DISTINCT contact_id, label FROM undo_log WHERE tbl = 'contacts' AND label IS NOT NULL AND contact_id IN (SELECT value FROM json_each(?))",
  );
  for (const [id, label] of labels.raw().iterate(JSON.stringify([...current.keys()]))) {
    const now = current.get(id);
    const key = normalizeName(label);
    if (now === undefined || key === now) continue;
    const names = former.get(id) ?? [];
    if (!names.includes(key)) former.set(id, [...names, key]);
  }
  return former;
}
