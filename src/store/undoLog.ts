// The undo history (migrations/*_undo_log.sql): each write transaction is one change, and the triggers log
// the SQL that takes each of its row changes back. Journal.write opens and closes the change;
// rel undo plays a change's log backwards in one transaction of its own, which is not logged.
import { type ChangeEntry, type UndoChange, UNDO_HISTORY } from '../domain/undoHistory.js';
import type { Journal } from './journal.js';
import { rhythmAfterUndo } from './rhythm.js';
import { countPeopleAddedInBulk } from './statusCounts.js';
import { indexPeopleAddedInBulk, undoingPeopleAddedInBulk } from './searchIndex.js';

/** Starts a change: its row, and undo_current naming it so that the triggers tag their entries. */
export function openChange(j: Journal, description: string | undefined): number {
  const id = Number(j.stmt('INSERT INTO undo_changes (description, made_at) VALUES (?, ?)').run(description ?? null, j.now.toISOString()).lastInsertRowid);
  j.stmt('UPDATE undo_current SET change_id = ? WHERE one = 1').run(id);
  return id;
}

/** The tables whose rows belong to a person, with the column that says whose (undo_log.contact_id too). */
export const PEOPLE_TABLES: ReadonlyArray<readonly [table: string, owner: string]> = [
  ['contacts', 'id'],
  ['contact_emails', 'contact_id'],
  ['contact_phones', 'contact_id'],
  ['contact_aliases', 'contact_id'],
  ['contact_tags', 'contact_id'],
  ['conversations', 'contact_id'],
  ['conversation_people', 'contact_id'],
  ['details', 'contact_id'],
  ['reminders', 'contact_id'],
  ['relations', 'contact_id'],
];

/** undo_current.new_people_after when no change adds people in bulk. */
const NO_BULK = 9223372036854775807n;

/** The entry that takes back the rows a change added in bulk to `table`, whose person is `owner`. */
const bulkDelete = (table: string, owner: string, after: number): string => `DELETE FROM ${table} WHERE ${owner} > ${after}`;
/** bulkDelete's entry for contacts, read back. */
const BULK_CONTACTS = /^DELETE FROM contacts WHERE id > (\d+)$/;

/**
 * Inside write(), before a change that adds people in bulk (an import, a restore): the rows of the
 * people it adds are not logged one by one, which would double the work of writing them and make
 * undoing them slower still. Ids are never reused, so they are the people above the highest id the
 * journal holds now (in any table, rows that point nowhere included), and one entry per table
 * takes them all back. Changes to people already there are logged as always. Their rows of the
 * search index are left out the same way and written in one go when the change ends (closeChange).
 */
export function addPeopleInBulk(j: Journal): void {
  const highest = PEOPLE_TABLES.map(([table, owner]) => `coalesce((SELECT max(${owner}) FROM ${table}), 0)`).join(', ');
  const after = j.stmt<[], { n: number }>(`SELECT max(${highest}) AS n`).get()!.n;
  j.stmt('UPDATE undo_current SET new_people_after = ? WHERE one = 1').run(after);
  const entry = j.stmt(
    "INSERT INTO undo_log (change_id, tbl, contact_id, label, op, undo_sql) SELECT change_id, ?, NULL, NULL, 'insert', ? FROM undo_current",
  );
  for (const [table, owner] of PEOPLE_TABLES) entry.run(table, bulkDelete(table, owner, after));
}

/** The highest contact id before a change that added people in bulk (its entry for contacts), if it did. */
function bulkPeopleAfter(j: Journal, changeId: number): number | undefined {
  const entries = j.stmt<[number], string>("SELECT undo_sql FROM undo_log WHERE change_id = ? AND tbl = 'contacts' AND op = 'insert' AND contact_id IS NULL").pluck().all(changeId);
  const after = entries.map((sql) => BULK_CONTACTS.exec(sql)?.[1]).find((id) => id !== undefined);
  return after === undefined ? undefined : Number(after);
}

/**
 * Ends a change before the commit: the people it added in bulk get their search index rows and
 * their place in rel stats' counts, a write that changed nothing leaves no change behind, and a
 * change beyond the last UNDO_HISTORY leaves the history with its log rows.
 */
export function closeChange(j: Journal, id: number): void {
  const bulk = j.stmt<[], { after: bigint }>('SELECT new_people_after AS after FROM undo_current').safeIntegers().get()?.after;
  j.stmt('UPDATE undo_current SET change_id = NULL, new_people_after = ? WHERE one = 1').run(NO_BULK);
  if (bulk !== undefined && bulk !== NO_BULK) {
    indexPeopleAddedInBulk(j, bulk);
    countPeopleAddedInBulk(j, bulk);
  }
  // A bulk change that added nobody: its entries would take back nothing.
  if (bulk !== undefined && bulk !== NO_BULK && j.stmt<[bigint], { one: number }>('SELECT 1 AS one FROM contacts WHERE id > ? LIMIT 1').get(bulk) === undefined) {
    j.stmt('DELETE FROM undo_log WHERE change_id = ? AND contact_id IS NULL AND tbl IN (' + PEOPLE_TABLES.map(() => '?').join(', ') + ')').run(id, ...PEOPLE_TABLES.map(([t]) => t));
  }
  if (j.stmt<[number], { one: number }>('SELECT 1 AS one FROM undo_log WHERE change_id = ? LIMIT 1').get(id) === undefined) {
    j.stmt('DELETE FROM undo_changes WHERE id = ?').run(id);
    return;
  }
  const oldest = j.stmt<[number], { id: number }>('SELECT id FROM undo_changes ORDER BY id DESC LIMIT 1 OFFSET ?').get(UNDO_HISTORY - 1)?.id;
  if (oldest === undefined) return;
  j.stmt('DELETE FROM undo_log WHERE change_id < ?').run(oldest);
  j.stmt('DELETE FROM undo_changes WHERE id < ?').run(oldest);
}

interface ChangeRow {
  id: number;
  description: string | null;
  made_at: string;
}

/** What a change did, table by table, with whose rows: what describeChange needs. */
function entriesOf(j: Journal, id: number): ChangeEntry[] {
  return j
    .stmt<[number], { tbl: string; op: ChangeEntry['op']; n: number; contact_id: number | null; label: string | null; people: number }>(
      `SELECT tbl, op, count(*) AS n, min(contact_id) AS contact_id, min(label) AS label, count(DISTINCT contact_id) AS people
       FROM undo_log WHERE change_id = ? GROUP BY tbl, op`,
    )
    .all(id)
    .map((r) => ({ table: r.tbl, op: r.op, rows: r.n, contactId: r.contact_id, label: r.label, people: r.people }));
}

/** A contact's name: as the journal has it now, else as the history last saw it. */
function nameOf(j: Journal, id: number): string | undefined {
  return (
    j.stmt<[number], { name: string }>('SELECT name FROM contacts WHERE id = ?').get(id)?.name ??
    j.stmt<[number], { label: string }>("SELECT label FROM undo_log WHERE tbl = 'contacts' AND contact_id = ? AND label IS NOT NULL ORDER BY seq DESC LIMIT 1").get(id)?.label
  );
}

function changeOf(j: Journal, row: ChangeRow): UndoChange {
  const entries = entriesOf(j, row.id);
  const names = new Map<number, string>();
  for (const e of entries) {
    if (e.contactId === null || names.has(e.contactId)) continue;
    const name = nameOf(j, e.contactId);
    if (name !== undefined) names.set(e.contactId, name);
  }
  return { id: row.id, description: row.description, madeAt: row.made_at, entries, names };
}

/** The changes rel undo can take back, newest first. */
export function undoHistory(j: Journal): UndoChange[] {
  return j.stmt<[], ChangeRow>('SELECT id, description, made_at FROM undo_changes ORDER BY id DESC').all().map((row) => changeOf(j, row));
}

/** The id of the newest change rel undo would take back; undefined when there is none. */
export function newestChangeId(j: Journal): number | undefined {
  return j.stmt<[], { id: number | null }>('SELECT max(id) AS id FROM undo_changes').get()?.id ?? undefined;
}

/**
 * With the history empty, whether changes older than it made what the journal holds: it holds
 * people, tags' cadences or settings, which only changes make, and no purge, which cuts the
 * history too (src/store/purge.ts), has been made. Read only when rel undo finds nothing to take back.
 */
export function historyOutgrown(j: Journal): boolean {
  const held = 'EXISTS (SELECT 1 FROM contacts) OR EXISTS (SELECT 1 FROM tags) OR EXISTS (SELECT 1 FROM settings)';
  return j.stmt<[], { outgrown: number }>(`SELECT (${held}) AND NOT EXISTS (SELECT 1 FROM purges) AS outgrown`).get()!.outgrown === 1;
}

/**
 * Takes back the newest change: its log run backwards, in one transaction that is itself not
 * logged (an undo cannot be undone). Undefined when the history is empty.
 *
 * Foreign keys are off for the replay (they can only change outside a transaction): the journal
 * is exactly as that change left it, so running its log backwards passes back through states that
 * were all consistent, and the replay is the whole story. With them on, every inverse DELETE of a
 * contact would look for children to cascade to (the log has already removed them), which made
 * undoing an import of 1,000 contacts three times slower.
 */
export function undoLastChange(j: Journal): UndoChange | undefined {
  const enforced = j.db.pragma('foreign_keys', { simple: true }) === 1;
  j.db.pragma('foreign_keys = OFF');
  try {
    return replayNewest(j);
  } finally {
    if (enforced) j.db.pragma('foreign_keys = ON');
  }
}

function replayNewest(j: Journal): UndoChange | undefined {
  return j.writeUnlogged(() => {
    const row = j.stmt<[], ChangeRow & { rhythm: string | null }>('SELECT id, description, made_at, rhythm FROM undo_changes ORDER BY id DESC LIMIT 1').get();
    if (row === undefined) return undefined;
    const change = changeOf(j, row);
    const steps = j.stmt<[number], { undo_sql: string }>('SELECT undo_sql FROM undo_log WHERE change_id = ? ORDER BY seq DESC').all(row.id);
    const bulk = bulkPeopleAfter(j, row.id);
    const replay = () => steps.forEach(({ undo_sql }) => void j.db.prepare(undo_sql).run());
    if (bulk === undefined) replay();
    else undoingPeopleAddedInBulk(j, bulk, replay);
    rhythmAfterUndo(j, row.rhythm); // the log keeps the facts; the rhythm follows from them (0018)
    j.stmt('DELETE FROM undo_log WHERE change_id = ?').run(row.id);
    j.stmt('DELETE FROM undo_changes WHERE id = ?').run(row.id);
    return change;
  });
}
