// Ids are never reused (SPEC §5): AUTOINCREMENT keeps the highest id each kind of record was ever
// given in sqlite_sequence (migrations 0007, 0013). rel export all writes them (highestIds); a
// journal that takes another's place keeps them as high as the other had them: rel import of an
// export all (restore.ts), and rel restore, which replaces the journal by a backup (restorePurges.ts).
import { NUMBERED_RECORDS, type NumberedRecord } from '../domain/records.js';
import type { Journal } from './journal.js';

export type IdsGiven = Record<NumberedRecord, number>;

/** The highest id each kind of record was ever given: AUTOINCREMENT's counters (migration 0007); 0 for none. */
export function highestIdsGiven(j: Journal): IdsGiven {
  const given = new Map(j.stmt<[], [string, number]>('SELECT name, seq FROM sqlite_sequence').raw().all());
  return Object.fromEntries(NUMBERED_RECORDS.map((table) => [table, given.get(table) ?? 0])) as IdsGiven;
}

/**
 * AUTOINCREMENT's counters at least as high as `highest`: an id given there is never given again
 * here (a calendar's UID, a printout, a script keeps pointing at nobody rather than at someone
 * else). A counter already higher stays. Call inside a write.
 */
export function keepIdsGiven(j: Journal, highest: Readonly<IdsGiven>): void {
  const raise = j.stmt('UPDATE sqlite_sequence SET seq = max(seq, CAST(? AS INTEGER)) WHERE name = ?');
  const add = j.stmt('INSERT INTO sqlite_sequence (name, seq) VALUES (?, CAST(? AS INTEGER))');
  for (const [table, id] of Object.entries(highest)) {
    if (id > 0 && raise.run(id, table).changes === 0) add.run(table, id);
  }
}
