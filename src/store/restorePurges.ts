// rel restore and rel rm --purge: what is erased stays erased (SPEC §5). A backup older than a purge
// still holds whom it erased; restoring it must not bring them back, nor forget the purge (rel doctor
// names the backups older than the last one). So the purges the journal made since the backup are
// made again, by the id each kept (migration 0036), in a private copy of the backup, which is then
// rewritten without a freed byte: only that copy goes over the journal, so no rel ever reads them.
import { rmSync } from 'node:fs';
import { RelError } from '../errors.js';
import { Journal } from './journal.js';
import { createFreshFile } from './freshFile.js';
import { ALL_PAGES } from './journalCopy.js';
import { connect, openJournal, type Db } from './open.js';
import { purgeAgain, scrubJournal, type PurgeRecord } from './purge.js';

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

export interface ErasedCopy {
  /** The copy of the backup to write over the journal; remove it with removeCopy once it has been. */
  file: string;
  /** The purges whose person the backup held, erased again. */
  erasedAgain: PurgeRecord[];
}

/**
 * A private copy of `backup` beside `journal`, brought up to date (without a copy before the
 * migration: it would hold them), with the purges of `since` made again and kept, and rewritten so
 * that no freed byte is left in it (scrubJournal).
 */
export async function erasedCopy(backup: string, journal: string, since: readonly PurgeRecord[], now: Date): Promise<ErasedCopy> {
  const file = createFreshFile(`${journal}.erasing-${process.pid}`);
  try {
    const source = connect(backup, { fileMustExist: true });
    try {
      await source.backup(file, { progress: () => ALL_PAGES });
    } finally {
      source.close();
    }
    const db = openJournal(file, { backupBeforeMigrating: false });
    try {
      const j = new Journal(db, file, now);
      const erasedAgain = purgeAgain(j, since);
      scrubJournal(j);
      return { file, erasedAgain };
    } finally {
      db.close();
    }
  } catch (error) {
    removeCopy(file);
    throw error;
  }
}

export function removeCopy(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}
