// rel doctor's erasure check: `rel rm --purge` erases a person from the journal, but not from the
// copies made before it (SPEC §5). The check names the copies beside the journal that are older
// than the last purge: rel backup's (rel.db.backup-…), those made before a migration
// (rel.db.v12-backup-…) and the journal's own in the backups/ folder beside it, chosen as rel restore
// and the pruning choose them (backupFiles.ts): another journal's there never held its people. A
// copy kept elsewhere (rel backup FILE) is out of its sight, and its line says so.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Day } from '../domain/calendar.js';
import { everyCopy } from './backupFiles.js';
import type { Check } from './checks.js';
import { pathWord } from '../shellWords.js';
import type { Db } from './open.js';

/** The time of the last rel rm --purge (UTC instant); undefined when none, or before migration 0015. */
export function lastPurge(db: Db): string | undefined {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'purges'").get();
  if (table === undefined) return undefined;
  return db.prepare<[], { at: string | null }>('SELECT max(purged_at) AS at FROM purges').get()?.at ?? undefined;
}

interface Copy {
  path: string;
  writtenAt: number;
  /** A daily copy's day (backups/NAME.YYYY-MM-DD), which it was made before the first write of. */
  daily?: Day;
}

/** The copies of the journal at `path` that rel made beside it, with when each was last written. */
export function backupsBeside(path: string): Copy[] {
  const dir = dirname(path);
  const name = basename(path);
  const mine = (file: string) => file.startsWith(`${name}.backup-`) || (file.startsWith(`${name}.v`) && /^\.v\d+-backup-/.test(file.slice(name.length)));
  const beside = readdirSync(dir)
    .filter(mine)
    .map((f): Omit<Copy, 'writtenAt'> => ({ path: join(dir, f) }));
  const inFolder = everyCopy(path).map((c): Omit<Copy, 'writtenAt'> => (c.beforeRestore ? { path: c.path } : { path: c.path, daily: c.day }));
  return [...beside, ...inFolder].flatMap((copy) => {
    const stat = statSync(copy.path, { throwIfNoEntry: false });
    return stat?.isFile() ? [{ ...copy, writtenAt: stat.mtimeMs }] : [];
  });
}

/**
 * Whether a copy was made before the purge. A daily backup is made before the first write of its
 * day, so the one of the purge's day holds what it erased: its day tells, not its file time (the
 * real clock, not the run's). Any other copy by when it was written.
 */
function madeBefore(copy: Copy, purged: string): boolean {
  return copy.daily !== undefined ? copy.daily <= purged.slice(0, 10) : copy.writtenAt < Date.parse(purged);
}

/** An instant as the check shows it: 2026-11-23 10:00 UTC. */
const shown = (instant: string) => `${instant.slice(0, 10)} ${instant.slice(11, 16)} UTC`;

export function checkPurgedBackups(db: Db, path: string): Check {
  const purged = lastPurge(db);
  if (purged === undefined) return { check: 'erasure', ok: true, detail: 'no rel rm --purge yet' };
  const older = backupsBeside(path)
    .filter((c) => madeBefore(c, purged))
    .map((c) => c.path)
    .sort();
  if (older.length === 0) return { check: 'erasure', ok: true, detail: `no backup beside the journal is older than the last purge (${shown(purged)}); copies kept elsewhere may be` };
  const what = older.length === 1 ? '1 backup beside the journal is' : `${older.length} backups beside the journal are`;
  return {
    check: 'erasure',
    ok: false,
    detail: `${what} older than the last purge (${shown(purged)}) and may still hold what it erased: ${older.map((p) => basename(p)).join(', ')}`,
    fix: `remove them unless you must keep them: rm -- ${older.map(pathWord).join(' ')}`,
  };
}
