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
 * The undo of a change that added people in bulk (`replay`, which deletes them), with the full-text
 * indexes' deletes made cheap when they are many. FTS5's secure-delete takes a deleted row's words
 * out of the index at once, rewriting the postings of each: some 60 us a name in the index of
 * names and 0.9 ms a row in the search index of a large journal (46 us on a journal of 10,000
 * people), where the rows of an import of 100,000 people number 600,000. Without it a delete leaves
 * a marker, and 'optimize' then writes the index anew without what the markers delete, the pages it
 * frees zeroed by PRAGMA secure_delete: no trace is left either way. Writing the index anew costs
 * about 0.8 us a name it holds and 0.4 us a search row (77 and 570 ms on a large journal), so an
 * index is written anew only past the deletes that cost as much: more than one name in 80, more
 * than 1,000 search rows. The undo of a few people's import deletes them one by one.
 */
export function undoingPeopleAddedInBulk(j: Journal, after: number, replay: () => void): void {
  const many = manyRowsOf(j, after);
  const rewritten = (['name_trigrams', 'search_index'] as const).filter((index) => many[index]);
  for (const index of rewritten) j.stmt(`INSERT INTO ${index} (${index}, rank) VALUES ('secure-delete', 0)`).run();
  replay();
  for (const index of rewritten) {
    j.stmt(`INSERT INTO ${index} (${index}) VALUES ('optimize')`).run();
    j.stmt(`INSERT INTO ${index} (${index}, rank) VALUES ('secure-delete', 1)`).run();
  }
}

/**
 * Whether the rows of the people above `after` are many enough, in each index, to write it anew
 * rather than delete them securely. The search rows are counted by FTS5's table of sizes, a row
 * each by rowid: a range of rowids on search_index itself reads every row of the index.
 */
function manyRowsOf(j: Journal, after: number): { name_trigrams: boolean; search_index: boolean } {
  const { added, everyone, searchRows } = j
    .stmt<[number, number, number], { added: number; everyone: number; searchRows: number }>(
      `SELECT (SELECT count(*) FROM contacts WHERE id > ?) AS added, (SELECT count(*) FROM contacts) AS everyone,
              (SELECT count(*) FROM (SELECT 1 FROM search_index_docsize WHERE id >= ? LIMIT ?)) AS searchRows`,
    )
    .get(after, (after + 1) * 2 ** 32, SEARCH_ROWS_WORTH_REWRITING + 1)!;
  return { name_trigrams: added * NAMES_PER_DELETE > everyone, search_index: searchRows > SEARCH_ROWS_WORTH_REWRITING };
}

/** How many names the index of names can be written anew with for the cost of one secure delete (60 us against 0.8). */
const NAMES_PER_DELETE = 80;
/** Past this many search rows, their secure deletes cost more than writing the search index anew (on journals of 10,000 and 100,000 people). */
const SEARCH_ROWS_WORTH_REWRITING = 1000;
