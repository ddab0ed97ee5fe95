// The people the journal no longer holds but the undo history still does: deleted by rel rm, or
// merged into someone (rel merge deletes the second). rel undo can bring them back, so their rows
// are still in the file; rel rm NAME --purge finds them here to erase those rows for good, and a
// name that finds no one living says when they were deleted (lookup.ts's notFound, rel add).
import { localDay } from '../domain/calendar.js';
import type { Deletion } from '../domain/deletions.js';
import { matchContact, normalizeName, type NamedContact } from '../domain/names.js';
import { AmbiguousNameError } from '../errors.js';
import type { Journal } from './journal.js';

export interface DeletedPerson {
  id: number;
  /** Their name as the history last saw it. */
  name: string;
}

type DeletedContact = NamedContact & { changeId: number };

/** Everyone whose contact row a change of the undo history deleted and who is not in the journal now, in id order, with the change that last deleted them. */
function deletedPeople(j: Journal): DeletedContact[] {
  return j
    .stmt<[], { id: number; name: string; changeId: number }>(
      `SELECT l.contact_id AS id, l.label AS name, l.change_id AS changeId FROM undo_log l
       WHERE l.tbl = 'contacts' AND l.op = 'delete' AND l.label IS NOT NULL
         AND l.seq = (SELECT max(seq) FROM undo_log m WHERE m.tbl = 'contacts' AND m.op = 'delete' AND m.contact_id = l.contact_id)
         AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.id = l.contact_id)
       ORDER BY l.contact_id`,
    )
    .all()
    .map((p) => ({ ...p, aliases: [], emails: [], phones: [] }));
}

/**
 * The one deleted person `query` names (their #id or their name, read as for anyone: exact, the
 * start of a name or a word, a part of it); undefined when it names none. Several: refused as an
 * ambiguous name is.
 */
export function deletedPersonNamed(j: Journal, query: string): DeletedPerson | undefined {
  const match = matchContact(query, deletedPeople(j));
  if (match.status === 'ambiguous') throw new AmbiguousNameError(query, match.candidates, match.whole);
  return match.status === 'found' ? { id: match.contact.id, name: match.contact.name } : undefined;
}

/** When and how the one deleted person `query` names (as deletedPersonNamed) was deleted; undefined when it names none, or several. */
export function deletionNamed(j: Journal, query: string): Deletion | undefined {
  const match = matchContact(query, deletedPeople(j));
  return match.status === 'found' ? deletionOf(j, match.contact) : undefined;
}

/**
 * Whether anyone ever left the journal: ids are never reused (migration 0007), so while the highest
 * id ever given is as many as there are people, no one was deleted, merged away, or added and taken
 * back. From that id and the count of people kept for rel stats (0027): no row of contacts or of
 * the undo history is read, where a history of large changes holds 100,000 rows to go through.
 */
function anyoneEverLeft(j: Journal): boolean {
  const highest = "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'contacts'), 0)";
  return j.stmt<[], { left: number }>(`SELECT ${highest} > coalesce((SELECT sum(people) FROM counts_statuses), 0) AS left`).get()!.left === 1;
}

/**
 * The deletion of the last one deleted whose name is `name` (folded, as names match exactly);
 * undefined when no one deleted had it. The undo history is read only when someone ever left.
 */
export function deletionOfName(j: Journal, name: string): Deletion | undefined {
  if (!anyoneEverLeft(j)) return undefined;
  const key = normalizeName(name);
  const namesakes = deletedPeople(j).filter((p) => normalizeName(p.name) === key);
  const last = namesakes.reduce<DeletedContact | undefined>((newest, p) => (newest === undefined || p.changeId > newest.changeId ? p : newest), undefined);
  return last === undefined ? undefined : deletionOf(j, last);
}

function deletionOf(j: Journal, person: DeletedContact): Deletion {
  const change = j
    .stmt<[number], { madeAt: string; description: string | null; newer: number }>(
      'SELECT made_at AS madeAt, description, (SELECT count(*) FROM undo_changes n WHERE n.id > c.id) AS newer FROM undo_changes c WHERE c.id = ?',
    )
    .get(person.changeId)!;
  return { id: person.id, name: person.name, day: localDay(new Date(change.madeAt)), description: change.description, newer: change.newer };
}
