// rel restore [BACKUP]: the daily backups (src/store/dailyBackups.ts) listed with what each holds,
// or one brought back as the journal, after the journal as it was is kept beside them. Asks on a
// terminal, as rel rm does, and needs --yes otherwise.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { copyOfDay, heldFrom, type TakenCopy } from '../domain/backupDays.js';
import { localDay, type Day } from '../domain/calendar.js';
import { parseDay } from '../domain/dateInput.js';
import { formatBytes } from '../domain/bytes.js';
import { NotFoundError, RelError, UsageError } from '../errors.js';
import { backupContents, restoreBackup, type BackupContents } from '../store/backupRestore.js';
import { backupsDir, listBackups, type BackupFile } from '../store/backupFiles.js';
import { JournalAccessError, writeBlocker } from '../store/journalAccess.js';
import { columns, json, plural } from '../ui/style.js';

export interface RestoreOptions {
  json?: boolean;
  yes?: boolean;
}

export async function restore(which: string | undefined, opts: RestoreOptions, ctx: Context): Promise<void> {
  const journal = ctx.journalPath;
  const backups = held(listBackups(journal));
  if (which === undefined) return list(backups, journal, opts, ctx);
  if (opts.json) throw new UsageError('--json goes with the listing: rel restore --json');
  const backup = await chooseBackup(which, journal, backups, ctx);
  const blocker = writeBlocker(journal);
  if (blocker) throw new JournalAccessError(blocker);
  if (!opts.yes) await confirm(journal, backup, ctx);
  const { kept, contents, erasedAgain } = await restoreBackup(journal, backup, ctx.now);
  const name = typeof backup === 'string' ? backup : backup.name;
  const undo = kept ? `; the journal as it was is kept as ${kept} (rel restore ${kept.slice(backupsDir(journal).length + 1)} takes this back)` : '';
  ctx.out.write(`restored ${journal} from ${name}${contents ? ` (${describe(contents)})` : ''}${undo}\n`);
  if (erasedAgain.length > 0) {
    // What rel rm --purge erased stays erased (SPEC §5): the backup was older than the purge.
    const days = [...new Set(erasedAgain.map((p) => localDay(new Date(p.purgedAt))))].join(', ');
    ctx.err.write(`erased again: ${plural(erasedAgain.length, 'person', 'people')} purged on ${days}, whom ${name} still held (rel rm --purge is not taken back by a restore)\n`);
  }
}

/** A backup with what it holds: a daily copy holds the journal as it stood at the end of every day from endOf to the day before it was taken. */
interface HeldBackup extends BackupFile {
  contents: BackupContents | undefined;
  endOf: Day | undefined;
}

/** The backups, newest first, with what each holds; endOf is the day rel restore DAY takes each for (src/domain/backupDays.ts). */
function held(files: BackupFile[]): HeldBackup[] {
  const backups = files.map((file) => ({ ...file, contents: backupContents(file.path) }));
  const from = heldFrom(backups.map(asTaken));
  return backups.map((backup, i) => ({ ...backup, endOf: from[i] }));
}

/** A backup as the days it holds are worked out from. */
function asTaken(backup: BackupFile & { contents: BackupContents | undefined }): TakenCopy {
  const last = backup.contents?.lastChange;
  return { day: backup.day, beforeRestore: backup.beforeRestore, lastChange: last && localDay(last) };
}

/** A name from the listing, a day (the journal as it stood at the end of it: any day the date parser reads), or a file. */
async function chooseBackup(which: string, journal: string, backups: HeldBackup[], ctx: Context): Promise<HeldBackup | string> {
  // A daily copy's stamp is the day it was taken: as a day, 2026-11-22 is the end of that day.
  const named = backups.find((b) => b.name === which || (b.beforeRestore && b.stamp === which));
  if (named) return named;
  const day = which.includes('/') ? undefined : await parseDay(which, { today: ctx.today, prefer: 'past' }).catch(() => undefined);
  if (day !== undefined) return backupOfDay(day, journal, backups, ctx);
  const file = resolve(which);
  if (!existsSync(file)) throw new NotFoundError(`no backup named ${which}: give a day, a name from rel restore, or a file`);
  if (statSync(file).isDirectory()) throw new RelError(`${file} is a directory; give a backup file in it`);
  if (file === journal || file.startsWith(`${journal}-`)) throw new UsageError(`${file} is the journal itself (or one of its files); give a backup`);
  return file;
}

/** The daily copy that holds the end of `day` (the one the listing shows `day` for, if it is the first day it holds). */
function backupOfDay(day: Day, journal: string, backups: HeldBackup[], ctx: Context): HeldBackup {
  const now = new UsageError(`the journal as it stands at the end of ${day} is the journal now; give an earlier day`);
  if (day >= ctx.today) throw now;
  const holding = copyOfDay(backups.map(asTaken), day);
  if (holding !== undefined) return backups[holding]!;
  const daily = backups.filter((b) => !b.beforeRestore);
  // Nothing changed since the end of `day`: the journal's last change was made by then, and no
  // copy was taken after it (a write takes the day's copy first, a restore keeps the journal first).
  const last = backupContents(journal)?.lastChange;
  const unchanged = !backups.some((b) => b.day > day) && (last === undefined ? daily.length > 0 : localDay(last) <= day);
  if (unchanged) throw now;
  if (daily.length === 0) throw new NotFoundError(`no backups of ${journal} yet: rel makes one in ${backupsDir(journal)} before the first change of each day`);
  const ends = daily.map((b) => b.endOf).filter((d) => d !== undefined);
  throw new NotFoundError(`no backup holds ${journal} as it stood at the end of ${day}: the daily backups hold the ends of ${ends.reverse().join(', ')} (rel restore lists them)`);
}

/**
 * Asks before the journal is replaced, as rel rm asks before a delete (needs --yes off a terminal),
 * saying what each holds. A journal not there yet loses nothing: nothing to ask.
 */
async function confirm(journal: string, backup: HeldBackup | string, ctx: Context): Promise<void> {
  if (!existsSync(journal)) return;
  const now = backupContents(journal);
  const target = `${journal}${now ? ` (${describe(now)})` : ''}`;
  const source = typeof backup === 'string' ? backup : `${backup.name}, ${asOf(backup)}`;
  const contents = typeof backup === 'string' ? backupContents(backup) : backup.contents;
  const replaces = `${target} with ${source}${contents ? ` (${describe(contents)})` : ''}`;
  if (!ctx.interactive) throw new UsageError(`restoring replaces ${replaces}; add --yes to confirm`);
  const since = typeof backup !== 'string' && backup.endOf ? `What changed after ${backup.endOf} goes; the` : 'The';
  const prompter = await ctx.prompter();
  const sure = await prompter.confirm(`Replace ${replaces}? ${since} journal as it is now is kept in backups/ beside it first.`, false);
  if (!sure) throw new RelError('nothing was restored');
}

/** Which journal a backup holds, as the listing says it. */
function asOf(b: HeldBackup): string {
  if (b.endOf) return `the journal as it stood at the end of ${b.endOf}`;
  return b.beforeRestore ? `the journal as it was before a restore on ${taken(b)}` : `taken ${taken(b)}`;
}

function describe(contents: BackupContents): string {
  return `${plural(contents.contacts, 'contact')}, ${plural(contents.conversations, 'conversation')}`;
}

/** `2026-11-23`, or `2026-11-23 10:00:00` for a copy taken before a restore. */
function taken(b: BackupFile): string {
  return b.beforeRestore ? `${b.stamp.slice(0, 10)} ${b.stamp.slice(11, 19).replace(/-/g, ':')}` : b.day;
}

function list(backups: HeldBackup[], journal: string, opts: RestoreOptions, ctx: Context): void {
  if (opts.json) {
    const rows = backups.map((b) => ({ name: b.name, file: b.path, taken: taken(b).replace(' ', 'T'), endOf: b.endOf ?? null, beforeRestore: b.beforeRestore, size: b.size, contacts: b.contents?.contacts ?? null, conversations: b.contents?.conversations ?? null }));
    ctx.out.write(json(rows));
    return;
  }
  if (backups.length === 0) {
    ctx.out.write(`no backups of ${journal} yet: rel makes one in ${backupsDir(journal)} before the first change of each day\n`);
    return;
  }
  ctx.out.write(`backups of ${journal} in ${backupsDir(journal)}, newest first (rel restore DAY brings back the journal as it stood at the end of DAY, the first column):\n`);
  // First what to type: the day a daily copy holds the end of (the day it was taken would be the day after), a copy before a restore by its time.
  const rows = backups.map((b) => [b.endOf ?? b.stamp, b.endOf ? `taken ${taken(b)}` : `before a restore on ${taken(b)}`, formatBytes(b.size), b.contents ? describe(b.contents) : 'cannot be read']);
  ctx.out.write(`${columns(rows)}\n`);
}
