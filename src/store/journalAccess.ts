// Why the journal cannot be read or written, found on the file system rather than guessed from
// SQLite's words: "attempt to write a readonly database" is said alike for a read-only directory,
// a read-only file and a read-only disk, and each has its own fix (SPEC §6). One place turns a
// failure (an SQLite error code, an errno) into one line naming the cause and its fix; main.ts's
// report, opening the journal, the first write of a run and rel doctor all ask it.
import { accessSync, constants, existsSync, lstatSync, readlinkSync, statfsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RelError } from '../errors.js';
import { pathWord } from '../shellWords.js';

/** What is wrong and what to do about it; `damage` when the fix is a backup (rel doctor, rel restore). */
export interface Cause {
  problem: string;
  fix: string;
  damage?: boolean;
  /** The fix as rel doctor says it, when "run rel doctor" is part of `fix`. */
  fixInDoctor?: string;
}

/** What to do about damage, once rel doctor has shown it. */
export const RESTORE = 'run rel restore to list the daily backups, then rel restore DAY to bring a good one back';

/** How long rel waits for another program's lock before it gives up (openJournal's busy timeout). */
export const BUSY_TIMEOUT_MS = 15_000;

export class JournalAccessError extends RelError {
  constructor(readonly reason: Cause) {
    super(`${reason.problem}; ${reason.fix}`);
  }
}

const q = pathWord;

/**
 * The fix for permissions `bits` missing on `target`: chmod when it is yours; when another user
 * owns it, chmod u+… would only be refused, so the owner is who can give them.
 */
export function permissionFix(target: string, bits: string, ownerUid: number | undefined, yourUid: number | undefined): string {
  if (ownerUid === undefined || yourUid === undefined || ownerUid === yourUid) return `run chmod u+${bits} ${q(target)}`;
  return `it belongs to another user (uid ${ownerUid}): ask them for access, or choose another place with --db or REL_DB`;
}

function ownerOf(target: string): number | undefined {
  try {
    return statSync(target).uid;
  } catch {
    return undefined;
  }
}

/** What cannot be written at `target` (a file or a directory), from the errno of access(2) or open(2). */
function unwritable(target: string, code: string | undefined, what: string, directory = false): Cause | undefined {
  if (code === 'EROFS') return { problem: `${what} ${target} is on a read-only file system`, fix: `remount it read-write, or copy the journal elsewhere and use --db` };
  if (code === 'EPERM') return { problem: `${what} ${target} cannot be changed (operation not permitted: an immutable file?)`, fix: `run lsattr -d ${q(target)}, and chattr -i ${q(target)} if it shows an i` };
  if (code !== 'EACCES') return undefined;
  const fix = (bits: string) => permissionFix(target, bits, ownerOf(target), process.getuid?.());
  // Without search (x) permission nothing in a directory can be reached, whatever its w says.
  if (directory && accessCode(target, constants.X_OK) !== undefined) return { problem: `${what} ${target} cannot be entered by you (no search permission)`, fix: fix('wx') };
  return { problem: `${what} ${target} is read-only for you`, fix: fix('w') };
}

function accessCode(path: string, mode: number): string | undefined {
  try {
    accessSync(path, mode);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'EIO';
  }
}

/** The deepest directory that exists on the way to `dir`. */
function existingAncestor(dir: string): string {
  let at = dir;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}

/** A link on the way to `dir` whose target is not there (existsSync follows links: it says no), if one. */
function danglingLink(dir: string): Cause | undefined {
  for (let at = dir; !existsSync(at) && dirname(at) !== at; at = dirname(at)) {
    let target: string;
    try {
      if (!lstatSync(at).isSymbolicLink()) continue;
      target = readlinkSync(at);
    } catch {
      continue;
    }
    return { problem: `cannot create the journal's directory ${dir}: ${at} is a link to ${target}, which does not exist`, fix: `create ${q(target)} (mkdir -p), or choose another place with --db or REL_DB` };
  }
  return undefined;
}

/** Why a missing directory `dir` cannot be made, or undefined when it can. */
function cannotCreate(dir: string): Cause | undefined {
  const dangling = danglingLink(dir);
  if (dangling) return dangling;
  const ancestor = existingAncestor(dir);
  if (!statSync(ancestor).isDirectory()) return { problem: `cannot create the journal's directory ${dir}: ${ancestor} is a file, not a directory`, fix: 'choose another place with --db or REL_DB' };
  const blocked = unwritable(ancestor, accessCode(ancestor, constants.W_OK | constants.X_OK), 'the directory', true);
  if (!blocked) return undefined;
  // A directory that cannot be entered hides whether `dir` is there at all.
  const reach = accessCode(ancestor, constants.X_OK) === undefined ? 'create' : 'reach';
  return {
    problem: `cannot ${reach} the journal's directory ${dir}: ${blocked.problem}`,
    fix: blocked.fix.includes('--db') ? blocked.fix : `${blocked.fix}, or choose another place with --db or REL_DB`,
  };
}

/** `path` names something else than a journal file: a directory (the file in it was meant), a device or a pipe. */
export function notAFileInstead(path: string): Cause | undefined {
  if (!existsSync(path)) return undefined;
  const stat = statSync(path);
  if (stat.isDirectory()) return { problem: `${path} is a directory, not a journal file`, fix: `give the file, e.g. --db ${q(join(path, 'rel.db'))}` };
  // A device or a pipe is never made private or written as a journal (--db /dev/null was chmod 600).
  if (!stat.isFile()) return { problem: `${path} is not a file (a device, a pipe or a socket), so it cannot be a journal`, fix: 'give --db a file, e.g. --db ~/rel.db' };
  return undefined;
}

/**
 * What keeps rel from writing the journal at `path`, found before anything is written: a path
 * that is a directory, a directory that cannot be made or written (SQLite keeps -wal and -shm
 * files beside the journal, and rel its backups), a journal or its -wal or -shm that is read-only.
 */
export function writeBlocker(path: string): Cause | undefined {
  const instead = notAFileInstead(path);
  if (instead) return instead;
  const dir = dirname(path);
  if (!existsSync(dir)) return cannotCreate(dir);
  // Not "cannot be entered (no search permission)": a file has no x to give, and chmod would not help.
  if (!statSync(dir).isDirectory()) return { problem: `${dir} is a file, not a directory: the journal ${path} cannot be in it`, fix: 'choose another place with --db or REL_DB' };
  const inDir = unwritable(dir, accessCode(dir, constants.W_OK | constants.X_OK), "the journal's directory", true);
  // A directory that cannot be entered needs no word on what rel writes there: nothing in it can be reached.
  if (inDir) return accessCode(dir, constants.X_OK) === undefined ? { ...inDir, problem: `${inDir.problem} (rel writes the journal's -wal and -shm files and its backups there)` } : inDir;
  const blocked = [path, `${path}-wal`, `${path}-shm`].flatMap((file) => {
    const cause = existsSync(file) ? unwritable(file, accessCode(file, constants.W_OK), file === path ? 'the journal' : 'the journal file') : undefined;
    return cause ? [{ file, cause }] : [];
  });
  return readOnlyTogether(blocked) ?? blocked[0]?.cause;
}

/**
 * A read of a read-only journal leaves its -wal and -shm read-only too (SQLite gives them the
 * journal's mode): one line names every file to chmod, so that the fix it gives is the whole fix.
 */
function readOnlyTogether(blocked: Array<{ file: string; cause: Cause }>): Cause | undefined {
  const chmod = /^run chmod u\+w /;
  if (blocked.length < 2 || !blocked.every((b) => chmod.test(b.cause.fix) && b.cause.problem.endsWith('is read-only for you'))) return undefined;
  const [first, ...others] = blocked;
  const also = others.map((b) => b.file.slice(b.file.lastIndexOf('-'))).join(' and ');
  return { problem: `${first!.cause.problem.replace(/ is read-only for you$/, '')} and its ${also} are read-only for you`, fix: `run chmod u+w ${blocked.map((b) => q(b.file)).join(' ')}` };
}

/** Why the journal at `path` cannot even be looked at (a directory on the way that cannot be entered, or a file), or undefined. */
export function hiddenBy(path: string): Cause | undefined {
  try {
    statSync(path);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'ENOTDIR' ? writeBlocker(path) : undefined;
  }
}

/** Less room left than a few pages: SQLite says IOERR, not FULL, when its -shm file cannot grow. */
function diskFull(path: string): boolean {
  try {
    const { bavail, bsize } = statfsSync(existingAncestor(dirname(path)));
    return bavail * bsize < 256 * 1024;
  } catch {
    return false;
  }
}

/** Whether SQLite met a damaged page (or a file that is not a database). */
export function isDamage(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === 'CORRUPT' || code === 'NOTADB';
}

/** SQLite's result code (SQLITE_BUSY_SNAPSHOT → BUSY), or undefined for errors that are not SQLite's. */
function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  return code.slice('SQLITE_'.length).split('_')[0];
}

export const damaged = (path: string, detail: string): Cause => ({
  problem: `the journal ${path} is damaged (${detail})`,
  fix: 'run rel doctor to see what is wrong, then rel restore to bring back a good backup (rel restore lists them)',
  damage: true,
  fixInDoctor: RESTORE,
});

/**
 * The cause of `error`, met while using the journal at `path`: the file system is asked first,
 * since a read-only directory or file makes SQLite say READONLY, CANTOPEN or even IOERR; then the
 * SQLite code says the rest. Undefined when it is neither (a bug: reported as unexpected).
 */
export function causeOf(error: unknown, path: string): Cause | undefined {
  const code = sqliteCode(error);
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined && !['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EISDIR', 'ENOTDIR'].includes(errno ?? '')) return undefined;
  if (code === 'CORRUPT') return damaged(path, 'database disk image is malformed');
  if (code === 'FULL' || errno === 'ENOSPC' || (code === 'IOERR' && diskFull(path))) return { problem: `the disk holding ${path} is full (nothing was written)`, fix: 'free some space, then run the command again' };
  if (code === 'BUSY' || code === 'LOCKED') {
    return {
      problem: `the journal ${path} is locked: another program has held it for more than ${BUSY_TIMEOUT_MS / 1000} s (another rel still running, sqlite3 or a sync tool with it open)`,
      fix: 'close that program, then run the command again',
    };
  }
  const blocker = writeBlocker(path);
  if (blocker) return blocker;
  if (code === 'NOTADB') {
    return {
      problem: `${path} is not a rel journal (it is not an SQLite database)`,
      fix: 'check --db and REL_DB; if it was your journal, its first page is damaged: run rel doctor, then rel restore',
      damage: true,
      fixInDoctor: `check --db and REL_DB; if it was your journal, its first page is damaged: ${RESTORE}`,
    };
  }
  if (code === 'IOERR') return { problem: `reading or writing the journal ${path} failed (disk I/O error)`, fix: 'check the disk (failing, unplugged, a network share gone), then run rel doctor' };
  if (code === 'READONLY') return { problem: `the journal ${path} cannot be written (${(error as Error).message})`, fix: 'check that its disk is mounted read-write and the journal and its directory are yours' };
  if (code === 'CANTOPEN') return { problem: `cannot open the journal ${path} (${(error as Error).message})`, fix: 'check the path (--db, REL_DB) and that you can read it' };
  return undefined;
}

/** `error` as the one line that names its cause, or undefined when it is not about the journal's file. */
export function journalError(error: unknown, path: string): RelError | undefined {
  if (error instanceof RelError) return undefined;
  const cause = causeOf(error, path);
  return cause && new JournalAccessError(cause);
}
