// The search index's rows, and the index of names' (migrations/0029_name_trigrams.sql), for the
// people a change adds in bulk (an import, a restore): the triggers
// (migrations/0016_search_bulk_people.sql) leave them out as they are written, and this writes
// them all at the end of the change, in one statement each and in rowid order, which FTS5 takes
// without flushing what it holds at every row.
import type { Journal } from './journal.js';

/** Writes the index rows of every person above `after` (undo_current.new_people_after). Inside the change, before its commit. */
export function indexPeopleAddedInBulk(j: Journal, after: bigint): void {
  j.stmt(
    `INSERT INTO search_index (rowid, body, folded, phone_key, kind, ref_id, contact_id)
     SELECT row_id, body, folded, phone_key, kind, ref_id, contact_id FROM search_entries WHERE contact_id > ? ORDER BY row_id`,
  ).run(after);
  j.stmt('INSERT INTO name_trigrams (rowid, name_key) SELECT id, name_key FROM contacts WHERE id > ? ORDER BY id').run(after);
}
