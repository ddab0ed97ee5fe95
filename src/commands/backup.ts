// rel backup [FILE]: a copy of the journal, taken safely even while another rel writes.
// By default beside the journal, named with the time: rel.db.backup-2026-11-23T10-00-00.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Context } from '../context.js';
import { pad2 } from '../domain/calendar.js';
import { UsageError } from '../errors.js';
import { backupJournal } from '../store/backup.js';
import { formatBytes } from '../domain/bytes.js';

export interface BackupOptions {
  force?: boolean;
}

/** `rel.db.backup-2026-11-23T10-00-00`: sorts by time, and has no colon (Windows, some sync tools). */
export function defaultBackupName(journal: string, now: Date): string {
  const stamp = `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}T${pad2(now.getHours())}-${pad2(now.getMinutes())}-${pad2(now.getSeconds())}`;
  return `${basename(journal)}.backup-${stamp}`;
}

/**
 * FILE as given; a directory gets the default name inside it; no FILE, the default name beside the
 * journal. A FILE that ends with a slash is a directory: made (private, as the copy) when it is
 * not there yet, instead of a copy named like it.
 */
function backupTarget(file: string | undefined, journal: string, now: Date): string {
  if (file === undefined) return unused(`${journal}${defaultBackupName(journal, now).slice(basename(journal).length)}`);
  const target = resolve(file);
  if (/[\\/]$/.test(file) && !existsSync(target)) mkdirSync(target, { recursive: true, mode: 0o700 });
  if (existsSync(target) && statSync(target).isDirectory()) return unused(join(target, defaultBackupName(journal, now)));
  return target;
}

/** A name of rel's own that is taken already (two backups in one second): the same with -2, -3, … */
function unused(path: string): string {
  let candidate = path;
  for (let n = 2; existsSync(candidate); n++) candidate = `${path}-${n}`;
  return candidate;
}

export async function backup(file: string | undefined, opts: BackupOptions, ctx: Context): Promise<void> {
  if (file !== undefined && file.trim() === '') throw new UsageError('FILE is empty; give a path, or leave it out to back up beside the journal');
  const journal = ctx.journalPath;
  const target = backupTarget(file, journal, ctx.now);
  if (target === journal || target.startsWith(`${journal}-`)) throw new UsageError(`${target} is the journal itself (or one of its files); give another FILE`);
  const size = await backupJournal(journal, target, { replace: opts.force === true });
  ctx.out.write(`backed up ${journal} to ${target} (${formatBytes(size)})\n`);
}
