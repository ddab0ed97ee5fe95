// rel rm NAME --purge: a person erased for good (SPEC §5). Their rows go as with rel rm, and with
// them every trace the undo history keeps, so that no byte of theirs is left in the file or its WAL.
//
// What is theirs: their contact row and everything that belongs to it (emails, phones, aliases,
// tags, details, follow-ups, relations on either side, the conversations that were theirs alone,
// their place in the conversations they shared). A conversation shared with others stays with the
// others, note included: it is the others' record too (migrations/0012_shared_conversations.sql).
// People they referred stay, without a referrer.
//
// The undo history is a stack: each change's log takes the journal back from the state the newer
// changes left, so it can only be cut, never thinned. The newest change whose log names them (their
// rows, or a row pointing at them: src/domain/undoStatements.ts) and every older one go; the newer
// ones never touched them and stay undoable. Of those, a change whose own words name them (a
// relation to them: "relate Ada Lane — daughter of Jane Doe") loses its words, and rel undo
// describes it from its log instead.
import { mentionsName, namesPerson } from '../domain/undoStatements.js';
import type { Journal } from './journal.js';
import { forgetMovedRhythm } from './rhythm.js';

/** The changes whose log names the contact `id`, newest first. */
export function changesNaming(j: Journal, id: number): number[] {
  const rows = j
    .stmt<{ id: number; digits: string }, { change_id: number; contact_id: number | null; undo_sql: string }>(
      // A statement that names id holds its digits: the filter leaves only those to read.
      'SELECT change_id, contact_id, undo_sql FROM undo_log WHERE contact_id = @id OR instr(undo_sql, @digits) > 0 ORDER BY change_id DESC',
    )
    .all({ id, digits: String(id) });
  const changes = new Set<number>();
  for (const r of rows) if (!changes.has(r.change_id) && (r.contact_id === id || namesPerson(r.undo_sql, id))) changes.add(r.change_id);
  return [...changes];
}

export interface Purge {
  /** Conversations that were theirs alone, erased. */
  conversations: number;
  /** Conversations they shared, which stay with the others (without them). */
  sharedConversations: number[];
  details: number;
  reminders: number;
  relations: number;
  /** Changes of the undo history that went with them: rel undo can no longer take them back. */
  clearedChanges: number;
}

function count(j: Journal, sql: string, id: number): number {
  return j.stmt<{ id: number }, { n: number }>(sql).get({ id })!.n;
}

/** The conversations a person shared with others: deleting the person leaves them to the others. */
export function sharedConversationsOf(j: Journal, id: number): number[] {
  return j
    .stmt<{ id: number }, { id: number }>(
      `SELECT p.conversation_id AS id FROM conversation_people p
       WHERE p.contact_id = @id AND EXISTS (SELECT 1 FROM conversation_people o WHERE o.conversation_id = p.conversation_id AND o.contact_id <> @id)
       ORDER BY p.conversation_id`,
    )
    .all({ id })
    .map((r) => r.id);
}

function whatGoes(j: Journal, id: number): Omit<Purge, 'clearedChanges'> {
  const shared = sharedConversationsOf(j, id);
  return {
    conversations: count(j, 'SELECT count(*) AS n FROM conversation_people WHERE contact_id = @id', id) - shared.length,
    sharedConversations: shared,
    details: count(j, 'SELECT count(*) AS n FROM details WHERE contact_id = @id', id),
    reminders: count(j, 'SELECT count(*) AS n FROM reminders WHERE contact_id = @id', id),
    relations: count(j, 'SELECT count(*) AS n FROM relations WHERE contact_id = @id OR other_id = @id', id),
  };
}

/** Takes the command's words off the changes that name the contact `id` in them. */
function forgetDescriptions(j: Journal, id: number): void {
  const names = [
    j.stmt<[number], { name: string }>('SELECT name FROM contacts WHERE id = ?').get(id)?.name ?? '',
    ...j.stmt<[number], { alias: string }>('SELECT alias FROM contact_aliases WHERE contact_id = ?').all(id).map((r) => r.alias),
  ];
  const described = j.stmt<[], { id: number; description: string }>('SELECT id, description FROM undo_changes WHERE description IS NOT NULL').all();
  for (const change of described) if (mentionsName(change.description, names)) j.stmt('UPDATE undo_changes SET description = NULL WHERE id = ?').run(change.id);
}

/**
 * Erases the contact `id` and cuts the undo history below the newest change that names them, in
 * one transaction outside the history (a purge cannot be undone), and notes when it happened. The
 * full-text index is merged into one segment, leaving out the words of every deleted record,
 * whenever it was deleted. scrubJournal, after it, takes the freed bytes out of the file.
 */
export function purgeContact(j: Journal, id: number): Purge {
  return j.writeUnlogged(() => {
    const goes = whatGoes(j, id);
    const cut = changesNaming(j, id)[0];
    let clearedChanges = 0;
    if (cut !== undefined) {
      clearedChanges = j.stmt('DELETE FROM undo_changes WHERE id <= ?').run(cut).changes;
      j.stmt('DELETE FROM undo_log WHERE change_id <= ?').run(cut);
    }
    forgetDescriptions(j, id);
    forgetMovedRhythm(j, id); // the newer changes that moved their rhythm with others' (a tag's cadence) keep no id of theirs
    j.stmt('DELETE FROM contacts WHERE id = ?').run(id);
    j.stmt('INSERT INTO purges (purged_at) VALUES (?)').run(j.now.toISOString());
    j.stmt("INSERT INTO search_index (search_index) VALUES ('optimize')").run();
    return { ...goes, clearedChanges };
  });
}

/**
 * Rewrites the journal so that no freed byte is left in it, and empties its WAL. secure_delete
 * zeroes what a delete frees, but not copies a page split left behind in the unused middle of a
 * page, nor what was freed before 0015 turned it on: VACUUM writes every page anew. VACUUM keeps
 * the rowids of every table rel has (each has an INTEGER PRIMARY KEY or an index), which the undo
 * history's statements use (test/reliability/erasure.test.ts checks it). The copy it writes from is
 * made in memory (open.ts connect), as large as the journal: 580 MB at the peak on a journal of
 * 500 MB, where on disk in /var/tmp it took 11 s against 4. False when another program kept the
 * WAL from being emptied: SQLite empties it when the last one closes the journal.
 */
export function scrubJournal(j: Journal): boolean {
  j.db.exec('VACUUM');
  const [result] = j.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
  return result?.busy === 0;
}
