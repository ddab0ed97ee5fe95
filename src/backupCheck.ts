// The check of a large journal's daily copy, after the command that made it (src/store/dailyBackups.ts):
// main.ts starts this file as a process of its own, detached and silent, with the copy to check
// as its one argument. What it finds, it leaves in backups/: the day's backup, or the flag of a
// damaged journal that every later command reports.
import { finishUncheckedCopy, type UncheckedCopy } from './store/dailyBackups.js';

process.umask(0o077);
finishUncheckedCopy(JSON.parse(process.argv[2] ?? '{}') as UncheckedCopy);
