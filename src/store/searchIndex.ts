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
 * Before the undo of a change that added people in bulk deletes them: when they are many, takes
 * their names out of the index of names at once. One by one, with FTS5's secure-delete, each name
 * costs some 60 us (6 s for the 100,000 of an import); without it the deletes leave markers, and
 * 'optimize' then writes the index anew without them, the pages it frees zeroed by PRAGMA
 * secure_delete, so no trace of the names is left either way. Writing the index anew costs some
 * 0.8 us a name it holds (77 ms on a large journal), so it pays past one name in 80 of the
 * journal's; the undo of a few people's import deletes them one by one. The deletes of the people
 * then find nothing left to take out.
 */
export function unindexNamesAddedInBulk(j: Journal, after: number): void {
  const { added, everyone } = j.stmt<[number], { added: number; everyone: number }>('SELECT (SELECT count(*) FROM contacts WHERE id > ?) AS added, (SELECT count(*) FROM contacts) AS everyone').get(after)!;
  if (added * REWRITES_PER_DELETE <= everyone) return;
  j.stmt("INSERT INTO name_trigrams (name_trigrams, rank) VALUES ('secure-delete', 0)").run();
  j.stmt('DELETE FROM name_trigrams WHERE rowid > ?').run(after);
  j.stmt("INSERT INTO name_trigrams (name_trigrams) VALUES ('optimize')").run();
  j.stmt("INSERT INTO name_trigrams (name_trigrams, rank) VALUES ('secure-delete', 1)").run();
}

/** How many names the index can be written anew with for the cost of one secure delete (60 us against 0.8). */
const REWRITES_PER_DELETE = 80;
