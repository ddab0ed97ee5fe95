// rel restore and rel rm --purge: what is erased stays erased (SPEC §5). A backup older than a purge
// still holds whom it erased; restoring it must not bring them back, nor forget the purge (rel doctor
// names the backups older than the last one). So the purges the journal made since the backup are
// made again, by the id each kept (migration 0036), in a private copy of the backup, which is then
// rewritten without a freed byte: only that copy goes over the journal, so no rel ever reads them.
// Ids are never reused either (SPEC §5): the same copy keeps the highest ids the journal gave, where
// the backup's are lower, so an id given before the restore is not given to someone else after it.
// They are raised in the copy, not in the journal once the backup is written over it: SQLite's
// backup commits on a connection of its own, and refuses a source with a write under way, so the
// counters cannot join its transaction. Raised after it, a crash between the two would leave the
// restored journal with the backup's counters (as a restore was before they were kept), and a rel
// waiting for the lock could take it first and give a reused id. The kernel copies the backup in
// 0.3 s for 500 MB (copyAtSnapshot), a tenth of the restore's writing over: atomic is kept.
import { rmSync } from 'node:fs';
import { RelError } from '../errors.js';
import { NUMBERED_RECORDS } from '../domain/records.js';
import { highestIdsGiven, keepIdsGiven, type IdsGiven } from './idsGiven.js';
import { Journal } from './journal.js';
import { createFreshFile } from './freshFile.js';
import { copyAtSnapshot } from './journalCopy.js';
import { connect, openJournal, type Db } from './open.js';
import { purgeAgain, type PurgeRecord } from './purge.js';

/** The purges a journal file keeps, oldest first; undefined when it cannot be read (a damaged journal). */
function purgesOf(file: string): PurgeRecord[] | undefined {
  let db: Db | undefined;
  try {
    db = connect(file, { fileMustExist: true });
    if (db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'purges'").get() === undefined) return [];
    const kept = db.prepare("SELECT 1 FROM pragma_table_info('purges') WHERE name = 'contact_id'").get() !== undefined;
    return db.prepare<[], PurgeRecord>(`SELECT purged_at AS purgedAt, ${kept ? 'contact_id' : 'NULL'} AS contactId FROM purges ORDER BY id`).all();
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}

/**
 * The purges of `journal` that `backup` does not hold: made after the backup's last purge, and not
 * kept in it. [] when the journal cannot be read (nothing can be known of its purges then).
 */
export function purgesSince(journal: string, backup: string): PurgeRecord[] {
  const now = purgesOf(journal) ?? [];
  const then = purgesOf(backup) ?? [];
  const held = new Set(then.map((p) => `${p.purgedAt} ${p.contactId}`));
  const last = then.map((p) => p.purgedAt).sort().at(-1) ?? '';
  return now.filter((p) => p.purgedAt > last && !held.has(`${p.purgedAt} ${p.contactId}`));
}

/**
 * Refuses a restore that would bring back someone a purge erased without keeping their id (a rel
 * before 0036 kept only the time): it could not erase them again. `name` is the backup as the user
 * gave it, `file` its path.
 */
export function refuseUnknownPurges(since: readonly PurgeRecord[], name: string, file: string): void {
  const unknown = since.find((p) => p.contactId === null);
  if (unknown === undefined) return;
  const day = unknown.purgedAt.slice(0, 10);
  throw new RelError(
    `${name} is older than the rel rm --purge of ${day}, which an older rel made without keeping whom it erased, so the restore would bring them back: nothing was changed; choose a backup taken after ${day} (rel restore lists them), or erase them in a copy first: cp ${file} NEW.db; rel --db NEW.db rm NAME --purge --yes; rel restore NEW.db`,
  );
}

/** What a restore makes again in its private copy of the backup, before the copy goes over the journal. */
export interface CopyWork {
  /** The purges of the journal since the backup (purgesSince): their person is erased again. */
  since: readonly PurgeRecord[];
  /** The highest ids the journal gave, where the backup's are lower (idsGivenBeyond): kept. */
  idsGiven: IdsGiven | undefined;
}

/** True when the backup cannot go over the journal as it is. */
export function needsCopy(work: CopyWork): boolean {
  return work.since.length > 0 || work.idsGiven !== undefined;
}

export interface RestoredCopy {
  /** The copy of the backup to write over the journal; remove it with removeCopy once it has been. */
  file: string;
  /** The purges whose person the backup held, erased again. */
  erasedAgain: PurgeRecord[];
}

/**
 * A private copy of `backup` beside `journal`, brought up to date (without a copy before the
 * migration: it would hold whom the purges erase), with the ids the journal gave kept given, and
 * the purges of `work.since` made again and kept, then rewritten so that no freed byte is left in
 * it (VACUUM INTO another private copy, which is the one returned).
 */
export async function restoredCopy(backup: string, journal: string, work: CopyWork, now: Date): Promise<RestoredCopy> {
  const file = createFreshFile(`${journal}.restoring-copy-${process.pid}`);
  try {
    // The kernel copies a backup that stands alone (rel's own copies: 0.3 s for 500 MB here, where
    // SQLite's online backup took 2 s); one with commits in its WAL is copied by SQLite.
    await copyAtSnapshot(backup, file, () => undefined);
    const db = openJournal(file, { backupBeforeMigrating: false });
    try {
      const j = new Journal(db, file, now);
      const erasedAgain = work.since.length === 0 ? [] : purgeAgain(j, work.since);
      const { idsGiven } = work;
      if (idsGiven !== undefined) j.writeUnlogged(() => keepIdsGiven(j, idsGiven));
      if (work.since.length === 0) return { file, erasedAgain };
      return { file: rewritten(db, journal), erasedAgain };
    } finally {
      db.close();
      if (work.since.length > 0) removeCopy(file);
    }
  } catch (error) {
    removeCopy(file);
    throw error;
  }
}

/**
 * The copy `db` rewritten by VACUUM INTO into a fresh private file beside `journal`: only what it
 * holds, no freed byte (what scrubJournal's VACUUM does in place, without its copy of the whole
 * journal in memory: 577 MB at the peak on L, and one more write of it).
 */
function rewritten(db: Db, journal: string): string {
  const file = createFreshFile(`${journal}.restoring-erased-${process.pid}`);
  try {
    db.prepare('VACUUM INTO ?').run(file);
    return file;
  } catch (error) {
    removeCopy(file);
    throw error;
  }
}

/**
 * The highest ids `replaced` (the journal a restore replaces, as kept) gave, when `backup` gave
 * lower ones: the restored journal must not give them again (SPEC §5). Undefined when the backup's
 * are as high, or when `replaced` cannot be read (nothing can be known of its ids then).
 */
export function idsGivenBeyond(replaced: string, backup: string): IdsGiven | undefined {
  const given = idsGivenIn(replaced, true); // rel's own copy, which stands alone: kept as it was
  if (given === undefined) return undefined;
  const held = idsGivenIn(backup, false); // a backup older than the counters (0007) has none
  return NUMBERED_RECORDS.some((kind) => given[kind] > (held?.[kind] ?? 0)) ? given : undefined;
}

function idsGivenIn(file: string, readonly: boolean): IdsGiven | undefined {
  let db: Db | undefined;
  try {
    db = connect(file, { readonly, fileMustExist: true });
    return highestIdsGiven(new Journal(db, file));
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}

export function removeCopy(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}
