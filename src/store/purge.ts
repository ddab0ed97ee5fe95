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

/** How many conversations were the person's alone: deleting them removes those (the shared ones stay with the others). */
export function conversationsAlone(j: Journal, id: number, shared = sharedConversationsOf(j, id)): number {
  return count(j, 'SELECT count(*) AS n FROM conversation_people WHERE contact_id = @id', id) - shared.length;
}

function whatGoes(j: Journal, id: number): Omit<Purge, 'clearedChanges'> {
  const shared = sharedConversationsOf(j, id);
  return {
    conversations: conversationsAlone(j, id, shared),
    sharedConversations: shared,
    details: count(j, 'SELECT count(*) AS n FROM details WHERE contact_id = @id', id),
    reminders: count(j, 'SELECT count(*) AS n FROM reminders WHERE contact_id = @id', id),
    relations: count(j, 'SELECT count(*) AS n FROM relations WHERE contact_id = @id OR other_id = @id', id),
  };
}

/**
 * The names the contact `id` goes by, for forgetDescriptions: as the journal has them, and as the
 * undo history saw them (a person deleted already is named only there). Read before the cut.
 */
function namesOf(j: Journal, id: number): string[] {
  return [
    ...j.stmt<[number], { name: string }>('SELECT name FROM contacts WHERE id = ?').all(id).map((r) => r.name),
    ...j.stmt<[number], { alias: string }>('SELECT alias FROM contact_aliases WHERE contact_id = ?').all(id).map((r) => r.alias),
    ...j.stmt<[number], { label: string }>("SELECT DISTINCT label FROM undo_log WHERE tbl = 'contacts' AND contact_id = ? AND label IS NOT NULL").all(id).map((r) => r.label),
  ];
}

/** Takes the command's words off the changes that name any of `names` in them. */
function forgetDescriptions(j: Journal, names: readonly string[]): void {
  if (names.length === 0) return;
  const described = j.stmt<[], { id: number; description: string }>('SELECT id, description FROM undo_changes WHERE description IS NOT NULL').all();
  for (const change of described) if (mentionsName(change.description, names)) j.stmt('UPDATE undo_changes SET description = NULL WHERE id = ?').run(change.id);
}

/**
 * Erases the contact `id`, whether the journal holds them or only the undo history does (deleted
 * by rel rm, or merged into someone): their rows, and the undo history up to the newest change
 * that names them. Inside writeUnlogged. `found` is false when neither held anything of theirs.
 */
function erase(j: Journal, id: number): { done: Purge; found: boolean } {
  const goes = whatGoes(j, id);
  const names = namesOf(j, id);
  const cut = changesNaming(j, id)[0];
  let clearedChanges = 0;
  if (cut !== undefined) {
    clearedChanges = j.stmt('DELETE FROM undo_changes WHERE id <= ?').run(cut).changes;
    j.stmt('DELETE FROM undo_log WHERE change_id <= ?').run(cut);
  }
  forgetDescriptions(j, names);
  forgetMovedRhythm(j, id); // the newer changes that moved their rhythm with others' (a tag's cadence) keep no id of theirs
  const deleted = j.stmt('DELETE FROM contacts WHERE id = ?').run(id).changes;
  return { done: { ...goes, clearedChanges }, found: deleted > 0 || cut !== undefined };
}

/** A purge as the journal keeps it (migration 0036): when, and whose id; no word of theirs. */
export interface PurgeRecord {
  purgedAt: string;
  /** Null for a purge made before 0036 kept the id. */
  contactId: number | null;
}

/**
 * Erases the contact `id` and cuts the undo history below the newest change that names them, in
 * one transaction outside the history (a purge cannot be undone), and notes when it happened and
 * whose id it was. The full-text index is merged into one segment, leaving out the words of every
 * deleted record, whenever it was deleted. scrubJournal, after it, takes the freed bytes out of the file.
 */
export function purgeContact(j: Journal, id: number): Purge {
  return j.writeUnlogged(() => {
    const { done } = erase(j, id);
    j.stmt('INSERT INTO purges (purged_at, contact_id) VALUES (?, ?)').run(j.now.toISOString(), id);
    j.stmt("INSERT INTO search_index (search_index) VALUES ('optimize')").run();
    return done;
  });
}

/**
 * The purges of `records` made again, by id, in a journal brought back from before them (rel
 * restore), and kept as they were made, in one transaction; those whose person it held, to erase.
 * scrubJournal, after it, takes the freed bytes out of the file.
 */
export function purgeAgain(j: Journal, records: readonly PurgeRecord[]): PurgeRecord[] {
  return j.writeUnlogged(() => {
    const found: PurgeRecord[] = [];
    for (const r of records) {
      if (r.contactId !== null && erase(j, r.contactId).found) found.push(r);
      j.stmt('INSERT INTO purges (purged_at, contact_id) VALUES (?, ?)').run(r.purgedAt, r.contactId);
    }
    j.stmt("INSERT INTO search_index (search_index) VALUES ('optimize')").run();
    return found;
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
