// The journal as a run of rel opens it (main.ts, and the tests' in-process runner): migrated,
// warned about when the daily check found it damaged, and with the safety net that runs before
// the first write (src/store/dailyBackups.ts).
import { localDay } from '../domain/calendar.js';
import { storedCount } from '../domain/settings.js';
import { clearDamageFlag, makeDailyBackup, readDamageFlag } from './dailyBackups.js';
import { Journal } from './journal.js';
import { openJournal } from './open.js';
import { getSetting } from './settings.js';

export { journalPath } from './open.js';

export function openRunJournal(path: string, now: Date, warn: (line: string) => void): Journal {
  const db = openJournal(path, { onBackup: (backup) => warn(`rel: backed up the journal to ${backup} before upgrading it\n`) });
  const flag = readDamageFlag(path);
  if (flag) warn(`rel: warning: the journal ${path} was found damaged on ${flag.day} (${flag.finding}); its answers may be wrong: run rel doctor, then rel restore\n`);
  return new Journal(db, path, now, beforeFirstWrite);
}

/** Before the first write of a run: today's backup if there is none yet. An empty journal has nothing to keep. */
async function beforeFirstWrite(j: Journal): Promise<void> {
  if (isEmpty(j)) return;
  const made = await makeDailyBackup(j.db, j.path, localDay(j.now), storedCount('backups', getSetting(j, 'backups')));
  if (made) clearDamageFlag(j.path); // a copy that passed its check: the journal is whole again
}

function isEmpty(j: Journal): boolean {
  return j.stmt<[], { any: number }>('SELECT EXISTS (SELECT 1 FROM contacts) OR EXISTS (SELECT 1 FROM settings) OR EXISTS (SELECT 1 FROM tags) AS any').get()!.any === 0;
}
