// The daily safety net (SPEC §5): before the first write of each day, a copy of the journal in
// backups/ beside it (src/store/journalCopy.ts), checked with PRAGMA quick_check, private
// (0600, directory 0700); the copies of the last `backups` days are kept. A copy that fails the
// check never takes the place of a good one: it is thrown away, and if the journal itself is
// damaged, a flag file makes every later command say so until rel doctor finds it whole
// (src/store/backupFiles.ts names the files in backups/).
// The check reads every page: 5 s for the 500 MB of a large journal here, 0.4 s on M, against a
// copy made in a tenth of that. Beyond a few megabytes the copy is checked after the command, by a
// process of its own (src/backupCheck.ts), so that the first write of a day is not kept waiting;
// beyond 128 MB that process makes the copy too, from a read snapshot it takes before the write
// (or this run, from one of its own, when that process holds none in time).
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import type { Day } from '../domain/calendar.js';
import { RelError } from '../errors.js';
import { backupsDir, dailyBackupPath, flagDamaged, listBackups, readDamageFlag, sizeOf } from './backupFiles.js';
import { damaged, JournalAccessError } from './journalAccess.js';
import { claimFile, copyAtSnapshot, copyJournal, copyJournalPrivately } from './journalCopy.js';
import { connect, type Db } from './open.js';

/** What PRAGMA quick_check says of the database `db`: 'ok', or its first findings. */
export function quickCheck(db: Db): string {
  return verdictOf((db.pragma('quick_check(3)') as Array<{ quick_check: string }>).map((r) => r.quick_check));
}

/** quick_check's rows as one verdict: 'ok', or its findings on one line. */
export function verdictOf(rows: readonly string[]): string {
  return rows.join('\n').trim().replace(/\s*\n\s*/g, '; '); // one finding can span lines: said in one
}

/**
 * quick_check of a copy, opened alone: a copy that cannot even be opened is damaged too. A whole
 * copy is made a file that stands alone (no -wal), so that reading it later leaves nothing behind.
 */
export function checkCopy(file: string): string {
  let db: Db | undefined;
  try {
    db = connect(file, { fileMustExist: true });
    const verdict = quickCheck(db);
    if (verdict === 'ok') db.pragma('journal_mode = DELETE');
    return verdict;
  } catch (error) {
    return (error as Error).message;
  } finally {
    db?.close();
  }
}

/**
 * Copies the journal at `journal`, open as `db`, to `target`, private from its first byte, whole or not at all,
 * and returns what quick_check says of the copy ('ok' when it is whole). A copy that is not
 * whole is removed.
 */
export async function verifiedCopy(db: Db, journal: string, target: string): Promise<string> {
  const partial = `${target}.partial-${process.pid}`;
  try {
    await copyJournalPrivately(db, journal, partial);
    const verdict = checkCopy(partial);
    if (verdict === 'ok') renameSync(partial, target);
    return verdict;
  } finally {
    removeCopy(partial);
  }
}

export function ensureBackupsDir(journal: string): void {
  const dir = backupsDir(journal);
  mkdirSync(dir, { recursive: true, mode: 0o700 }); // recursive: no error when a rel started at the same moment made it
}

/** Today's copy, made and not checked yet: the day's copy is under way while it is there. */
export interface UncheckedCopy {
  journal: string;
  /** The copy, beside where it goes once checked. */
  copy: string;
  /** Where it goes: the day's backup. */
  target: string;
  today: Day;
  /** How many days of copies to keep. */
  keep: number;
}

/** How a run checks the copy of a large journal after the command (main.ts: in a process of its own, src/backupCheck.ts). */
export interface LaterCheck {
  /** Journals larger than this (file and WAL, in bytes) have their copy checked after the command: CHECK_BEFORE_UP_TO unless said. */
  beyond?: number;
  /** Checks the copy made here. */
  start(copy: UncheckedCopy): Promise<void>;
  /** Journals larger than this are copied by the checker too (startCopying): COPY_APART_BEYOND unless said. */
  copyBeyond?: number;
  /**
   * Has the checker copy the journal as it stands and then check the copy (backupChecks.ts):
   * true once it holds its snapshot, so that this run may write at once; false when it could not
   * (it is stopped then, and this run copies from a snapshot of its own).
   */
  startCopying?(copy: UncheckedCopy): Promise<boolean>;
}

/** A journal this large (file and WAL) is checked in about a tenth of a second here: its copy can be checked before the write. */
export const CHECK_BEFORE_UP_TO = 8 * 1024 * 1024;

/**
 * A journal this large is copied by the process that checks it, from a snapshot it takes first: the
 * kernel copies such a journal in 0.2–0.9 s here, and syncs it in 0.2–0.3 s more, where that
 * process holds its snapshot within some 0.15 s. A smaller one is copied here at once.
 */
export const COPY_APART_BEYOND = 128 * 1024 * 1024;

/** An unchecked copy this old was abandoned (its check was killed, the machine stopped): it is made again. */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

const uncheckedPath = (target: string): string => `${target}.unchecked`;

/**
 * Today's copy, unless there is one: call before the first write of a run. `keep` is how many
 * days of copies to keep; true when it made one and it passed its check. A damaged journal is
 * refused here, before anything is written, and flagged; the good copies stay as they were.
 * Given `later`, a journal larger than its `beyond` is copied here and checked after the command
 * (backupChecks.ts); a flagged one is still checked here, so that once the check after a
 * day's first write has found the journal damaged, the writes after it are refused.
 */
export async function makeDailyBackup(db: Db, journal: string, today: Day, keep: number, later?: LaterCheck): Promise<boolean> {
  const target = dailyBackupPath(journal, today);
  if (existsSync(target)) return false;
  ensureBackupsDir(journal);
  if (later !== undefined && journalBytes(journal) > (later.beyond ?? CHECK_BEFORE_UP_TO) && readDamageFlag(journal) === undefined) {
    await copyToCheckLater(db, { journal, copy: uncheckedPath(target), target, today, keep }, later);
    return false;
  }
  const verdict = await verifiedCopy(db, journal, target);
  if (verdict !== 'ok') refuseDamaged(db, journal, today, verdict);
  pruneBackups(journal, keep);
  return true;
}

/** The journal's bytes, its WAL's included: what the check of its copy reads. */
function journalBytes(journal: string): number {
  return (sizeOf(journal) ?? 0) + (sizeOf(`${journal}-wal`) ?? 0);
}

/** Copies the journal for a check after the command, or has the checker copy it, unless another rel is on today's copy. */
async function copyToCheckLater(db: Db, unchecked: UncheckedCopy, later: LaterCheck): Promise<void> {
  const { journal, copy } = unchecked;
  const apart = later.startCopying !== undefined && journalBytes(journal) > (later.copyBeyond ?? COPY_APART_BEYOND);
  const copiedHere = apart ? await claimForTheChecker(db, unchecked, later.startCopying!) : claimCopy(copy) && (await fill(copy, () => copyJournal(db, journal, copy)));
  if (copiedHere) await later.start(unchecked);
}

/** Fills a claimed copy: true once it is made; one that fails is removed, so the next write of the day copies again. */
async function fill(copy: string, copying: () => Promise<unknown>): Promise<true> {
  try {
    await copying();
    madeNow(copy);
    return true;
  } catch (error) {
    removeCopy(copy);
    throw error;
  }
}

/**
 * Claims today's copy for the checker and waits for its snapshot, holding the write lock: a rel
 * that sees the claim and goes on to write waits for the lock, so no write of the day goes into the
 * copy. True when the checker holds no snapshot: this run then takes one under the lock, copies
 * from it, and the copy is still to be checked.
 */
async function claimForTheChecker(db: Db, unchecked: UncheckedCopy, startCopying: (copy: UncheckedCopy) => Promise<boolean>): Promise<boolean> {
  const { journal, copy } = unchecked;
  db.exec('BEGIN IMMEDIATE'); // a reader, the checker, can still take its snapshot
  const letGo = (): void => {
    if (db.inTransaction) db.exec('ROLLBACK');
  };
  try {
    if (!claimCopy(copy)) return false;
    const apart = await startCopying(unchecked).catch((error: unknown) => {
      removeCopy(copy);
      throw error;
    });
    return !apart && (await fill(copy, () => copyAtSnapshot(journal, copy, letGo)));
  } finally {
    letGo();
  }
}

/** Today's unchecked copy, created empty and private for this run to fill; false when another rel is on it. */
function claimCopy(copy: string): boolean {
  const made = statSync(copy, { throwIfNoEntry: false });
  if (made !== undefined && Date.now() - made.mtimeMs < ABANDONED_AFTER_MS) return false;
  if (made !== undefined) removeCopy(copy);
  try {
    claimFile(copy); // one rel's alone
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false; // a rel started at the same moment is making it
    throw error;
  }
}

/** A copy made private, its age saying when it was made (a clone of the file keeps the journal's times). */
export function madeNow(copy: string): void {
  chmodSync(copy, 0o600); // the kernel's copy gives it the journal's own mode
  const now = new Date();
  utimesSync(copy, now, now);
}

/** A copy and whatever SQLite left beside it. */
export function removeCopy(copy: string): void {
  for (const leftover of [copy, `${copy}-wal`, `${copy}-shm`, `${copy}-journal`]) rmSync(leftover, { force: true });
}

/** The copy failed its check: say whether the journal or the disk is to blame, and write nothing. */
function refuseDamaged(db: Db, journal: string, today: Day, copyVerdict: string): never {
  const dir = backupsDir(journal);
  const kept = listBackups(journal);
  const keptWords = kept.length === 0 ? `no earlier backup in ${dir}` : `the good backups in ${dir} were kept (newest ${kept[0]!.stamp})`;
  let verdict: string;
  try {
    verdict = quickCheck(db);
  } catch (error) {
    verdict = (error as Error).message;
  }
  if (verdict === 'ok') {
    throw new RelError(`today's backup of ${journal} came out damaged though the journal is whole (${copyVerdict}): the disk of ${dir} may be failing; nothing was written and ${keptWords}; check the disk, then run the command again`);
  }
  flagDamaged(journal, today, verdict);
  const cause = damaged(journal, `quick_check: ${verdict}`);
  throw new JournalAccessError({ ...cause, problem: `${cause.problem}: nothing was written, and ${keptWords}` });
}

/** Keeps the copies of the newest `keep` days (days on which rel wrote), removes the older ones. */
export function pruneBackups(journal: string, keep: number): void {
  const days = [...new Set(listBackups(journal).map((b) => b.day))];
  const kept = new Set(days.slice(0, keep));
  for (const backup of listBackups(journal)) if (!kept.has(backup.day)) rmSync(backup.path, { force: true });
}
