// A copy of the journal as it stands, for the daily backups and rel backup. SQLite's online backup
// copies it page by page through two page caches: some 1.1 s for the 494 MB of a large journal
// here, 150 ms on M. When nothing waits in the WAL, the journal's file alone is the whole journal,
// and the kernel copies it in less than half that (35 ms on M; at once on a file system that clones
// files). The write lock, held while the file is copied, keeps it whole: no rel can commit
// meanwhile, and there is nothing to checkpoint. A read snapshot taken while the WAL is empty keeps
// it whole too (copyAtSnapshot): rels commit into the WAL, and no checkpoint writes into the file
// while that reader reads from the file alone.
import { chmodSync, closeSync, copyFileSync, fsyncSync, openSync, realpathSync, statSync } from 'node:fs';
import { writeBlocker } from './journalAccess.js';
import { connect, type Db } from './open.js';

/** Pages per online backup step: everything at once, so the copy is one consistent snapshot, written in one transaction. */
export const ALL_PAGES = 0x7fffffff;

/** Copies the journal at `journal`, open as `db` with no transaction, over the file `target`. */
export async function copyJournal(db: Db, journal: string, target: string): Promise<void> {
  if (!copyWholeFile(db, journal, target)) await onlineBackup(db, target);
}

/** SQLite's online backup of what `db` sees, in one step: one consistent snapshot, written in one transaction. */
async function onlineBackup(db: Db, target: string): Promise<void> {
  await db.backup(target, { progress: () => ALL_PAGES });
}

/**
 * Copies the journal to `file`, a new file private (0600) from its first byte whatever the umask
 * or the journal's mode; an error with code EEXIST when the file is there already.
 */
export async function copyJournalPrivately(db: Db, journal: string, file: string): Promise<void> {
  claimFile(file);
  await copyJournal(db, journal, file);
  chmodSync(file, 0o600); // the kernel's copy gives it the journal's own mode
}

/** Creates `file`, empty and private (0600); an error with code EEXIST when it is there already. */
export function claimFile(file: string): void {
  closeSync(openSync(file, 'wx', 0o600));
}

/**
 * Copies the journal as it stands now over `target` (claimed private; the caller makes it 0600
 * again), through a read snapshot of a connection of its own: `taken` is called once the snapshot
 * is held, and whatever is committed after it stays out of the copy. The kernel copies the
 * journal's file when the WAL is empty: then the snapshot is the file, and SQLite writes no page
 * into it until this reader lets go. Otherwise SQLite's online backup reads through the snapshot.
 */
export async function copyAtSnapshot(journal: string, target: string, taken: () => void): Promise<void> {
  const db = connect(journal, { fileMustExist: true });
  try {
    db.exec('BEGIN');
    db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get(); // the snapshot: the journal as it stands now
    taken();
    const file = realpathSync(journal); // SQLite keeps the WAL beside the file a link leads to
    if (isWholeAndPrivate(file)) kernelCopy(file, target);
    else await onlineBackup(db, target);
    db.exec('COMMIT');
  } finally {
    db.close();
  }
}

/** The WAL holds no frame: the file is missing or empty (a WAL rewound but not emptied counts as not). */
function walIsEmpty(journal: string): boolean {
  try {
    return statSync(`${journal}-wal`).size === 0;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * Whether the journal's file is the whole journal (no frame in the WAL) and a copy of it by the
 * kernel is private from its first byte (copyFileSync gives the copy the journal's own mode
 * before it writes a byte).
 */
function isWholeAndPrivate(file: string): boolean {
  return (statSync(file).mode & 0o077) === 0 && walIsEmpty(file);
}

/** The kernel's copy of the file, synced as SQLite's backup syncs what it writes. */
function kernelCopy(file: string, target: string): void {
  copyFileSync(file, target);
  syncFile(target);
}

/** The journal's file copied by the kernel, under the write lock, when that is the whole journal; false when it may not be. */
function copyWholeFile(db: Db, journal: string, target: string): boolean {
  // A journal rel may only read takes BEGIN IMMEDIATE without a lock: SQLite refuses only its first write.
  if (writeBlocker(journal) !== undefined) return false;
  const file = realpathSync(journal); // SQLite keeps the WAL beside the file a link leads to
  if (db.inTransaction || db.pragma('journal_mode', { simple: true }) !== 'wal') return false;
  if (!tryWriteLock(db)) return false;
  try {
    if (!isWholeAndPrivate(file)) return false;
    kernelCopy(file, target);
    return true;
  } finally {
    db.exec('ROLLBACK');
  }
}

/** Makes the file's bytes reach the disk. Opened to read: a copy has the journal's mode until its caller makes it 0600, and may be read-only. */
function syncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The write lock if no one holds it now: the online backup, which needs none, does not wait for another writer. */
function tryWriteLock(db: Db): boolean {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.exec('BEGIN IMMEDIATE');
    return true;
  } catch {
    return false;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}
