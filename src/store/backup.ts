// Copying a journal with SQLite's online backup: pages are copied from a consistent snapshot and
// the copy restarts if another rel writes meanwhile, so a backup taken during `rel add` is whole.
import { existsSync, linkSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { RelError } from '../errors.js';
import { journalError } from './journalAccess.js';
import { checkCopy } from './dailyBackups.js';
import { copyJournalPrivately } from './journalCopy.js';
import { connect, type Db } from './open.js';

/** Opens an existing journal as it is: no migration, no pragma that writes (for rel backup and rel doctor). */
export function openExisting(path: string): Db {
  if (!existsSync(path)) throw new RelError(`no journal at ${path}; check --db or REL_DB`);
  let db: Db | undefined;
  try {
    db = connect(path, { fileMustExist: true, timeout: 15_000 });
    db.pragma('user_version', { simple: true }); // fails here if it is not a database
    return db;
  } catch (error) {
    db?.close();
    throw journalError(error, path) ?? new RelError(`cannot read the journal ${path}: ${(error as Error).message}`);
  }
}

function failure(error: unknown, target: string): RelError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST') return new RelError(`${target} already exists; give another FILE, or --force to replace it`);
  if (code === 'ENOENT') return new RelError(`cannot write ${target}: the directory ${dirname(target)} does not exist`);
  if (code === 'EACCES' || code === 'EPERM') return new RelError(`cannot write ${target}: permission denied`);
  if (error instanceof RelError) return error;
  return new RelError(`the backup to ${target} failed: ${(error as Error).message}; nothing was written there`);
}

/**
 * Writes a copy of the journal at `source` to `target` and returns its size in bytes, once
 * quick_check finds it whole (as the daily backups are checked). The copy is
 * private (0600) from its first byte, whatever the umask, and appears whole or not at all: it is
 * written beside the target, then linked (never over an existing file) or, with `replace`, renamed
 * into place.
 */
export async function backupJournal(source: string, target: string, options: { replace: boolean }): Promise<number> {
  const db = openExisting(source);
  const partial = `${target}.partial-${process.pid}`;
  try {
    if (!options.replace && existsSync(target)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    await copyJournalPrivately(db, source, partial);
    // A copy is only a backup if it can be restored: rel restore refuses a damaged one, too late.
    const verdict = checkCopy(partial);
    if (verdict !== 'ok') {
      throw new RelError(`the journal ${source} is damaged (quick_check: ${verdict}): no copy was kept at ${target}; run rel doctor for what to do`);
    }
    if (options.replace) renameSync(partial, target);
    else placeWithoutReplacing(partial, target);
    return statSync(target).size;
  } catch (error) {
    throw failure(error, target);
  } finally {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    db.close();
  }
}

/** link(2) fails if the target exists, so a file created meanwhile is never overwritten. */
function placeWithoutReplacing(partial: string, target: string): void {
  try {
    linkSync(partial, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    // A filesystem without hard links (FAT, some network shares): check, then rename.
    if (existsSync(target)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    renameSync(partial, target);
  }
}
