// The people the journal no longer holds but the undo history still does: deleted by rel rm, or
// merged into someone (rel merge deletes the second). rel undo can bring them back, so their rows
// are still in the file; rel rm NAME --purge finds them here to erase those rows for good.
import { matchContact, type NamedContact } from '../domain/names.js';
import { AmbiguousNameError } from '../errors.js';
import type { Journal } from './journal.js';

export interface DeletedPerson {
  id: number;
  /** Their name as the history last saw it. */
  name: string;
}

/** Everyone whose contact row a change of the undo history deleted and who is not in the journal now, in id order. */
function deletedPeople(j: Journal): NamedContact[] {
  return j
    .stmt<[], { id: number; name: string }>(
      `SELECT l.contact_id AS id, l.label AS name FROM undo_log l
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
  if (match.status === 'ambiguous') throw new AmbiguousNameError(query, match.candidates);
  return match.status === 'found' ? { id: match.contact.id, name: match.contact.name } : undefined;
}
