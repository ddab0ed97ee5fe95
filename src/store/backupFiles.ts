// The files in backups/ beside a journal: the daily copies and the ones rel restore keeps, named
// after when they were taken, and the flag a damaged daily check leaves (README: damage is never
// silent), which makes every later command say so until rel doctor finds the journal whole.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Day } from '../domain/calendar.js';

/**
 * A copy in backups/: a daily one, named after the day it was taken before the first change of
 * (rel.db.2026-11-23), or the one rel restore keeps first, named after when it was taken
 * (rel.db.2026-11-23T10-00-00.before-restore).
 */
export interface BackupFile {
  path: string;
  name: string;
  /** The day it was taken. */
  day: Day;
  /** The day, and for a copy taken before a restore the time: sorts as the copies were made. */
  stamp: string;
  beforeRestore: boolean;
  size: number;
}

export function backupsDir(journal: string): string {
  return join(dirname(journal), 'backups');
}

/** Named after the journal too, as several journals may share a directory. */
export function dailyBackupPath(journal: string, day: Day): string {
  return join(backupsDir(journal), `${basename(journal)}.${day}`);
}

export function beforeRestorePath(journal: string, stamp: string): string {
  return join(backupsDir(journal), `${basename(journal)}.${stamp}.before-restore`);
}

/** The flag left when the daily check found the journal damaged (README: damage is never silent). */
export function damageFlagPath(journal: string): string {
  return join(backupsDir(journal), `${basename(journal)}.damaged`);
}

// A copy's name after the journal's: the day, the time for a copy kept before a restore, and the
// ending of a daily copy still being made, or left so by a stop (dailyBackups.ts: `.unchecked`
// while it waits for its check, `.partial-PID` while it is written).
const NAME = /^(\d{4}-\d{2}-\d{2})(T\d{2}-\d{2}-\d{2}(?:-\d+)?)?(\.before-restore)?(\.unchecked|\.partial-\d+)?$/;

/** The journal's copies in backups/, newest first. */
export function listBackups(journal: string): BackupFile[] {
  return copiesOf(journal, false);
}

/**
 * Every copy of the journal in backups/, those still being made or left unfinished by a stop too:
 * what may hold what rel rm --purge erased (rel doctor's erasure check).
 */
export function everyCopy(journal: string): BackupFile[] {
  return copiesOf(journal, true);
}

/**
 * The files in backups/ named after the journal (`rel.db.` and a day): the only ones that are its.
 * Several journals may share a directory, and so backups/; another's copies are never listed,
 * restored, pruned or named by rel doctor as this one's.
 */
function copiesOf(journal: string, unfinishedToo: boolean): BackupFile[] {
  const dir = backupsDir(journal);
  if (!existsSync(dir)) return [];
  const prefix = `${basename(journal)}.`;
  const found: BackupFile[] = [];
  for (const name of readdirSync(dir)) {
    const match = name.startsWith(prefix) ? NAME.exec(name.slice(prefix.length)) : null;
    if (!match || Boolean(match[2]) !== Boolean(match[3]) || (match[4] !== undefined && (!unfinishedToo || match[3] !== undefined))) continue;
    const path = join(dir, name);
    const size = sizeOf(path);
    if (size === undefined) continue; // pruned meanwhile by a rel started at the same moment
    found.push({ path, name, day: match[1]!, stamp: `${match[1]}${match[2] ?? ''}`, beforeRestore: Boolean(match[3]), size });
  }
  return found.sort((a, b) => (a.stamp === b.stamp ? Number(a.beforeRestore) - Number(b.beforeRestore) : a.stamp < b.stamp ? 1 : -1));
}

export function sizeOf(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

/** Leaves the flag that makes every later command say the journal is damaged, until rel doctor finds it whole. */
export function flagDamaged(journal: string, today: Day, verdict: string): void {
  writeFileSync(damageFlagPath(journal), `${today}\t${verdict}\n`, { mode: 0o600 });
}

/** The day and finding of the flag left by a damaged daily check, if there is one. */
export function readDamageFlag(journal: string): { day: string; finding: string } | undefined {
  const flag = damageFlagPath(journal);
  if (!existsSync(flag)) return undefined;
  const [day = '', finding = ''] = readFileSync(flag, 'utf8').trim().split('\t');
  return { day, finding };
}

export function clearDamageFlag(journal: string): void {
  rmSync(damageFlagPath(journal), { force: true });
}
