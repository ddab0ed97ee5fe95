// rel restore's work: what each backup holds, and bringing one back in one step, after keeping
// the journal as it was (so that a restore is undone by restoring that copy). A damaged backup,
// or one from a newer rel, is refused before anything changes.
import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createFreshFile } from './freshFile.js';
import { dirname } from 'node:path';
import { RelError } from '../errors.js';
import { beforeRestorePath, clearDamageFlag, type BackupFile } from './backupFiles.js';
import { quickCheckApart } from './checkApart.js';
import { checkCopy, ensureBackupsDir } from './dailyBackups.js';
import { ALL_PAGES, copyJournal } from './journalCopy.js';
import type { Statement } from 'better-sqlite3';
import { connect, listMigrations, type Db } from './open.js';
import type { PurgeRecord } from './purge.js';
import { idsGivenBeyond, needsCopy, purgesSince, refuseUnknownPurges, removeCopy, restoredCopy } from './restorePurges.js';

export interface BackupContents {
  contacts: number;
  conversations: number;
  /** When the newest change in it was made (its undo history, its purges), if it keeps a time of one. */
  lastChange: Date | undefined;
}

/** Read only where rel's own copies are read (they stand alone), else read-write so SQLite's -wal and -shm go on close. */
function openBackup(file: string, readonly = false): Db {
  return connect(file, { readonly, fileMustExist: true });
}

/** How many contacts and conversations a backup holds; undefined when it cannot be read. */
export function backupContents(file: string): BackupContents | undefined {
  let db: Db | undefined;
  try {
    db = openBackup(file, true);
    return { contacts: countOf(db, 'contacts'), conversations: countOf(db, 'conversations'), lastChange: lastChange(db) };
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}

/**
 * The counts rel stats keeps (migrations 0025, 0027), in a backup that has them: counting the rows
 * of a large journal took most of the listing (60 ms a backup). An older backup's rows are counted.
 */
const STORED_COUNTS = { contacts: 'SELECT sum(people) FROM counts_statuses', conversations: 'SELECT sum(conversations) FROM counts_channels' };

function countOf(db: Db, table: keyof typeof STORED_COUNTS): number {
  let stored: Statement | undefined;
  try {
    stored = db.prepare(STORED_COUNTS[table]);
  } catch {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return (stored.pluck().get() as number | null) ?? 0;
}

/**
 * When the newest change it keeps a time of was made: its undo history's newest, or its last
 * rel rm --purge, which leaves the undo history (undefined in a journal older than both, or with none).
 */
function lastChange(db: Db): Date | undefined {
  const times = ['SELECT max(made_at) FROM undo_changes', 'SELECT max(purged_at) FROM purges'].map((sql) => {
    try {
      return db.prepare<[], string | null>(sql).pluck().get() ?? undefined;
    } catch {
      return undefined; // a journal older than the table
    }
  });
  const newest = times.filter((t) => t !== undefined).sort().at(-1);
  return newest === undefined ? undefined : new Date(newest);
}

/**
 * Why `file` must not be restored (not a journal, from a newer rel), or undefined. Whether it is
 * damaged is quick_check's to say, which reads all of it (damageOf, checkApart.ts).
 */
function unrestorable(file: string): string | undefined {
  let db: Db | undefined;
  try {
    db = openBackup(file);
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = listMigrations().length;
    if (version === 0) return `${file} is not a rel journal`;
    if (version > latest) return `${file} was written by a newer rel (schema version ${version}, this rel knows ${latest}); upgrade rel first`;
    return undefined;
  } catch (error) {
    return cannotBeRead(file, error as Error);
  } finally {
    db?.close();
  }
}

const cannotBeRead = (file: string, error: Error): string => `${file} cannot be read as a journal (${error.message})`;

/** Why `file` must not be restored, from what quick_check said of it: damaged, or undefined. */
function damageOf(file: string, verdict: string | Error): string | undefined {
  if (verdict instanceof Error) return cannotBeRead(file, verdict);
  return verdict === 'ok' ? undefined : `${file} is damaged (quick_check: ${verdict})`;
}

const refused = (why: string): RelError => new RelError(`${why}: nothing was changed; choose another backup (rel restore lists them)`);

/** `2026-11-23T10-00-00`: the local time, as backup names write it. */
function stampOf(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}T${p(now.getHours())}-${p(now.getMinutes())}-${p(now.getSeconds())}`;
}

/** The journal as it was before a restore, kept in backups/; `whole` when SQLite read all of it and the copy passed quick_check. */
interface KeptJournal {
  file: string;
  whole: boolean;
}

/**
 * The journal as it is, kept in backups/ before a restore: copied as the daily backups are, when
 * SQLite can open it (the kernel copies its file under the write lock when nothing waits in the
 * WAL: 0.3 s for the 500 MB of a large journal here, where SQLite's online backup took 2.7 s;
 * else the online backup, its -wal included), else byte for byte (a journal too damaged to open
 * is still kept).
 */
async function keepCurrent(journal: string, now: Date): Promise<KeptJournal> {
  ensureBackupsDir(journal);
  // With -2, -3 after the time when restores came in the same second.
  const path = beforeRestorePath(journal, stampOf(now));
  const target = createFreshFile(path, (n) => (n === 1 ? path : path.replace(/\.before-restore$/, `-${n}.before-restore`)));
  let db: Db | undefined;
  try {
    db = connect(journal, { fileMustExist: true });
    await copyJournal(db, journal, target);
    chmodSync(target, 0o600); // the kernel's copy gives it the journal's own mode
    // made a file that stands alone; a damaged journal is kept all the same
    return { file: target, whole: checkCopy(target) === 'ok' };
  } catch {
    copyFileSync(journal, target);
    return { file: target, whole: false };
  } finally {
    db?.close();
  }
}

/**
 * Writes `backup` over the journal in one step: SQLite's backup into the journal is one
 * transaction, so another rel sees the old journal or the restored one, never a mix. A journal
 * whose first page is damaged cannot take part in a transaction: it is replaced by renaming.
 */
async function writeOver(backup: string, journal: string): Promise<void> {
  const source = openBackup(backup);
  try {
    await source.backup(journal, { progress: () => ALL_PAGES });
    return;
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (!code.startsWith('SQLITE_NOTADB') && !code.startsWith('SQLITE_CORRUPT')) throw error;
  } finally {
    source.close();
  }
  const placed = `${journal}.restoring-${process.pid}`;
  copyFileSync(backup, placed);
  for (const stale of [`${journal}-wal`, `${journal}-shm`]) rmSync(stale, { force: true });
  renameSync(placed, journal);
}

/**
 * The journal kept (keepCurrent), while another thread checks the backup: each quick_check takes
 * a core for 5.5 s on a large journal here, one after the other 11 s. A damaged backup is refused
 * once its check says so, and the copy of the journal just kept is removed: nothing was changed.
 */
async function keptWhileChecking(journal: string, backup: string, now: Date): Promise<KeptJournal | undefined> {
  const check = quickCheckApart(backup);
  let kept: KeptJournal | undefined;
  try {
    if (existsSync(journal)) kept = await keepCurrent(journal, now);
    const damage = damageOf(backup, await check.verdict);
    if (damage === undefined) return kept;
    if (kept) removeCopy(kept.file);
    throw refused(damage);
  } finally {
    await check.stop();
  }
}

export interface Restored {
  /** Where the journal as it was went (undefined when there was no journal). */
  kept: string | undefined;
  contents: BackupContents | undefined;
  /** The purges made since the backup whose person it held: erased again before it went over the journal. */
  erasedAgain: PurgeRecord[];
}

/**
 * Brings `backup` back as the journal; refuses a damaged one. The purges the journal made since
 * the backup are made again in a copy of it, where the ids the journal gave are kept given, and
 * that copy goes over the journal (restorePurges.ts).
 */
export async function restoreBackup(journal: string, backup: BackupFile | string, now: Date): Promise<Restored> {
  const file = typeof backup === 'string' ? backup : backup.path;
  const refusal = unrestorable(file);
  if (refusal) throw refused(refusal);
  const since = existsSync(journal) ? purgesSince(journal, file) : [];
  refuseUnknownPurges(since, typeof backup === 'string' ? backup : backup.name, file);
  const kept = await keptWhileChecking(journal, file, now);
  if (kept === undefined) mkdirSync(dirname(journal), { recursive: true, mode: 0o700 }); // a journal lost with its directory
  // The ids the journal gave stay given: read from its copy, when it is whole (a damaged one is not read).
  const work = { since, idsGiven: kept?.whole ? idsGivenBeyond(kept.file, file) : undefined };
  let erasedAgain: PurgeRecord[] = [];
  if (!needsCopy(work)) await writeOver(file, journal);
  else {
    const copy = await restoredCopy(file, journal, work, now);
    try {
      await writeOver(copy.file, journal);
    } finally {
      removeCopy(copy.file);
    }
    erasedAgain = copy.erasedAgain;
  }
  clearDamageFlag(journal);
  return { kept: kept?.file, contents: backupContents(journal), erasedAgain };
}
