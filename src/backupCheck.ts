// The check of a large journal's daily copy, after the command that made it (src/store/dailyBackups.ts):
// main.ts starts this file as a process of its own, detached and silent, with the copy to check
// as its first argument. With `copy` after it, this process makes the copy first, from a read
// snapshot of the journal, and writes one line to stdout once it holds that snapshot: the command
// that started it waits for that line before it writes. What it finds, it leaves in backups/: the
// day's backup, or the flag of a damaged journal that every later command reports.
import { closeSync, writeSync } from 'node:fs';
import { copyFromSnapshot, finishUncheckedCopy } from './store/backupChecks.js';
import type { UncheckedCopy } from './store/dailyBackups.js';

process.umask(0o077);
const [unchecked = '{}', mode] = process.argv.slice(2);
const copy = JSON.parse(unchecked) as UncheckedCopy;
if (mode === 'copy') {
  const ready = (): void => {
    writeSync(1, 'snapshot\n');
    closeSync(1); // the command stops reading here
  };
  // A copy that fails leaves nothing to report (no one reads this process): copyFromSnapshot has
  // removed it, and the next write of the day copies again.
  copyFromSnapshot(copy, ready).catch(() => undefined);
} else {
  finishUncheckedCopy(copy);
}
