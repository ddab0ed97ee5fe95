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

/**
 * Takes the names of every person above `after` out of the index of names at once, before the undo
 * of a change that added them in bulk deletes them. One by one, with FTS5's secure-delete, each
 * name costs some 60 us (6 s for the 100,000 of an import); without it the deletes leave markers,
 * and 'optimize' then writes the index anew without them, the pages it frees zeroed by PRAGMA
 * secure_delete, so no trace of the names is left either way. The deletes of the people then find
 * nothing left to take out.
 */
export function unindexNamesAddedInBulk(j: Journal, after: number): void {
  j.stmt("INSERT INTO name_trigrams (name_trigrams, rank) VALUES ('secure-delete', 0)").run();
  j.stmt('DELETE FROM name_trigrams WHERE rowid > ?').run(after);
  j.stmt("INSERT INTO name_trigrams (name_trigrams) VALUES ('optimize')").run();
  j.stmt("INSERT INTO name_trigrams (name_trigrams, rank) VALUES ('secure-delete', 1)").run();
}
