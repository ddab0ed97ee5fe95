// The journal as a run of rel opens it (main.ts, and the tests' in-process runner): migrated,
// warned about when the daily check found it damaged, and with the safety net that runs before
// the first write (src/store/dailyBackups.ts).
import { localDay } from '../domain/calendar.js';
import { backupsKept } from '../domain/settings.js';
import { clearDamageFlag, readDamageFlag } from './backupFiles.js';
import { makeDailyBackup, type LaterCheck } from './dailyBackups.js';
import { Journal } from './journal.js';
import { openJournal } from './open.js';
import { getSetting } from './settings.js';

export { journalPath } from './open.js';

/** `later`, when given, checks the daily copy of a large journal after the command (dailyBackups.ts). */
export function openRunJournal(path: string, now: Date, warn: (line: string) => void, later?: LaterCheck): Journal {
  const db = openJournal(path, { onBackup: (backup) => warn(`rel: backed up the journal to ${backup} before upgrading it\n`) });
  const flag = readDamageFlag(path);
  if (flag) warn(`rel: warning: the journal ${path} was found damaged on ${flag.day} (${flag.finding}); its answers may be wrong: run rel doctor, then rel restore\n`);
  return new Journal(db, path, now, (j) => beforeFirstWrite(j, later));
}

/**
 * Before the first write of a run: today's backup if there is none yet. A new, empty journal gets
 * one too: it is what the journal held at the end of yesterday, and without it the copy before the
 * day's second write would hold the first one under yesterday's name.
 */
async function beforeFirstWrite(j: Journal, later: LaterCheck | undefined): Promise<void> {
  const made = await makeDailyBackup(j.db, j.path, localDay(j.now), backupsKept(getSetting(j, 'backups')), later);
  if (made) clearDamageFlag(j.path); // a copy that passed its check: the journal is whole again
}
