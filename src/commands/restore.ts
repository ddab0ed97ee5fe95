// rel restore [BACKUP]: the daily backups (src/store/dailyBackups.ts) listed with what each holds,
// or one brought back as the journal, after the journal as it was is kept beside them.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { addDays, isDay } from '../domain/calendar.js';
import { formatBytes } from '../domain/bytes.js';
import { NotFoundError, RelError, UsageError } from '../errors.js';
import { backupContents, restoreBackup, type BackupContents } from '../store/backupRestore.js';
import { backupsDir, listBackups, type BackupFile } from '../store/dailyBackups.js';
import { JournalAccessError, writeBlocker } from '../store/journalAccess.js';
import { columns, json, plural } from '../ui/style.js';

export interface RestoreOptions {
  json?: boolean;
}

export async function restore(which: string | undefined, opts: RestoreOptions, ctx: Context): Promise<void> {
  const journal = ctx.journalPath;
  const backups = listBackups(journal);
  if (which === undefined) return list(backups, journal, opts, ctx);
  if (opts.json) throw new UsageError('--json goes with the listing: rel restore --json');
  const backup = chooseBackup(which, journal, backups, ctx);
  const blocker = writeBlocker(journal);
  if (blocker) throw new JournalAccessError(blocker);
  const { kept, contents } = await restoreBackup(journal, backup, ctx.now);
  const name = typeof backup === 'string' ? backup : backup.name;
  const undo = kept ? `; the journal as it was is kept as ${kept} (rel restore ${kept.slice(backupsDir(journal).length + 1)} takes this back)` : '';
  ctx.out.write(`restored ${journal} from ${name}${contents ? ` (${describe(contents)})` : ''}${undo}\n`);
}

/** A day (the daily backup of that day, else its newest copy), a name from the listing, or a file. */
function chooseBackup(which: string, journal: string, backups: BackupFile[], ctx: Context): BackupFile | string {
  const day = which === 'today' ? ctx.today : which === 'yesterday' ? addDays(ctx.today, -1) : which;
  if (isDay(day)) {
    const ofDay = backups.filter((b) => b.day === day);
    const chosen = ofDay.find((b) => !b.beforeRestore) ?? ofDay[0];
    if (chosen) return chosen;
    const days = [...new Set(backups.map((b) => b.day))];
    throw new NotFoundError(`no backup of ${journal} from ${day}; ${days.length === 0 ? `there are none yet in ${backupsDir(journal)}` : `there are: ${days.join(', ')}`}`);
  }
  const named = backups.find((b) => b.name === which || b.stamp === which);
  if (named) return named;
  const file = resolve(which);
  if (!existsSync(file)) throw new NotFoundError(`no backup named ${which}: give a date or a name from rel restore, or a file`);
  if (statSync(file).isDirectory()) throw new RelError(`${file} is a directory; give a backup file in it`);
  if (file === journal || file.startsWith(`${journal}-`)) throw new UsageError(`${file} is the journal itself (or one of its files); give a backup`);
  return file;
}

function describe(contents: BackupContents): string {
  return `${plural(contents.contacts, 'contact')}, ${plural(contents.conversations, 'conversation')}`;
}

/** `2026-11-23`, or `2026-11-23 10:00:00 (before a restore)`. */
function when(b: BackupFile): string {
  if (!b.beforeRestore) return b.day;
  return `${b.stamp.slice(0, 10)} ${b.stamp.slice(11, 19).replace(/-/g, ':')} (before a restore)`;
}

function list(backups: BackupFile[], journal: string, opts: RestoreOptions, ctx: Context): void {
  const rows = backups.map((b) => ({ backup: b, contents: backupContents(b.path) }));
  if (opts.json) {
    ctx.out.write(json(rows.map(({ backup: b, contents }) => ({ name: b.name, file: b.path, day: b.day, beforeRestore: b.beforeRestore, size: b.size, contacts: contents?.contacts ?? null, conversations: contents?.conversations ?? null }))));
    return;
  }
  if (rows.length === 0) {
    ctx.out.write(`no backups of ${journal} yet: rel makes one in ${backupsDir(journal)} before the first change of each day\n`);
    return;
  }
  ctx.out.write(`backups of ${journal} in ${backupsDir(journal)}, newest first (rel restore DATE brings one back):\n`);
  ctx.out.write(`${columns(rows.map(({ backup: b, contents }) => [when(b), formatBytes(b.size), contents ? describe(contents) : 'cannot be read']))}\n`);
}
