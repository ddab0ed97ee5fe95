// rel doctor's checks of what lies around the journal rather than in it: can rel write there, and
// the daily backups (src/store/dailyBackups.ts). Apart from health.ts's checks of the journal's
// content, so that a problem of the place (a read-only directory) is never taken for damage.
import { formatBytes } from '../domain/bytes.js';
import { backupsDir, listBackups, readDamageFlag } from './backupFiles.js';
import type { Check } from './checks.js';
import { causeOf, JournalAccessError, RESTORE, writeBlocker, type Cause } from './journalAccess.js';
import { pathWord } from '../shellWords.js';

/** The fix for what could not be checked or opened: a backup only when the cause is damage. */
export function fixFor(error: unknown, path: string): Cause {
  const cause = error instanceof JournalAccessError ? error.reason : causeOf(error, path);
  if (cause) return { ...cause, fix: cause.fixInDoctor ?? cause.fix };
  return { problem: (error as Error).message, fix: RESTORE, damage: true };
}

export { RESTORE };

/**
 * The fixes of a journal with no backup to bring back: instead of rel restore, what can still be
 * read is saved (rel export all --rescue) and restored into a new journal (rel import). A journal that does
 * not open at all (the check called journal) has nothing rel can read: that is said instead.
 */
export function rescueWithoutBackups(path: string): (check: Check) => Check {
  if (listBackups(path).length > 0) return (check) => check;
  const none = `there is no backup to bring back (none in ${backupsDir(path)})`;
  const rescue = `${none}: ${rescueFix(path)}`;
  const unreadable = `${none}, and rel can read nothing of it; sqlite3's .recover is the last resort`;
  return (check) => {
    if (!check.fix?.includes(RESTORE)) return check;
    if (check.check === 'journal') return { ...check, fix: check.fix.replace(RESTORE, unreadable) };
    // The integrity check's fix offers the rescue beside a backup: here, alone.
    return { ...check, fix: check.check === 'integrity' ? rescue : check.fix.replace(RESTORE, rescue) };
  };
}

/** Saving what can still be read of a damaged journal, and restoring it into a new one. */
export function rescueFix(path: string): string {
  return `save what can still be read with rel --db ${pathWord(path)} export all --rescue > rescue.json (it says what it could not read), then restore it into a new journal with rel --db NEW.db import rescue.json and use that one (--db or REL_DB)`;
}

/** Whether rel can write the journal, its -wal and -shm, and its directory (where it keeps backups). */
export function checkAccess(path: string): Check {
  const blocker = writeBlocker(path);
  if (blocker) return { check: 'access', ok: false, detail: `${blocker.problem}; the journal itself may be fine`, fix: blocker.fix };
  return { check: 'access', ok: true, detail: 'rel can write the journal and its directory' };
}

/** The daily backups: how many, the newest; a problem when the daily check found the journal damaged. */
export function checkDailyBackups(path: string, journalWhole: boolean): Check {
  const backups = listBackups(path);
  const dir = backupsDir(path);
  const held = backups.length === 0 ? `none yet in ${dir} (rel makes one before the first change of each day)` : `${backups.length} in ${dir}, newest ${backups[0]!.stamp} (${formatBytes(backups[0]!.size)})`;
  const flag = readDamageFlag(path);
  if (flag && !journalWhole) {
    return { check: 'backups', ok: false, detail: `${held}; on ${flag.day} the daily check found the journal damaged (${flag.finding}), and kept the good backups`, fix: RESTORE };
  }
  return { check: 'backups', ok: true, detail: held };
}
