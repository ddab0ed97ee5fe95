// Opening a journal: where it lives, private permissions, pragmas, and schema migrations.
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createFreshFile } from './freshFile.js';
import { normalizeName } from '../domain/names.js';
import { phoneKey } from '../domain/phoneNumbers.js';
import { RelError, UsageError } from '../errors.js';
import { pathWord } from '../shellWords.js';
import { BUSY_TIMEOUT_MS, notAFileInstead, JournalAccessError, journalError, writeBlocker } from './journalAccess.js';

export type Db = Database.Database;

/** The package's root: this code runs two levels down, from dist/chunks/ (the bundled CLI) or src/store/ (tests running the sources). */
const PACKAGE_ROOT = join(import.meta.dirname, '..', '..');

/** migrations/, looked for only when the files are listed: a run whose journal is up to date counts the build's list instead. */
const migrationsDir = (): string => join(PACKAGE_ROOT, 'migrations');

const ADDON = 'better-sqlite3/build/Release/better_sqlite3.node';

/**
 * The native addon by path: the bundled CLI skips the `bindings` package's search for it. In the
 * package's own node_modules (neither dist/chunks/ nor src/store/ has one), where Node's resolution
 * looks first, it is taken as it is: resolving it cost some 0.5 ms of every run. Anywhere else (a
 * hoisted install) Node resolves it.
 */
function nativeBinding(): string {
  const own = join(PACKAGE_ROOT, 'node_modules', ADDON);
  return existsSync(own) ? own : createRequire(import.meta.filename).resolve(ADDON);
}

export const NATIVE_BINDING = nativeBinding();

/**
 * A better-sqlite3 connection, its addon loaded by path: every database rel opens goes through here.
 * secure_delete overwrites what a delete frees with zeros, so a deleted row's bytes leave the file
 * (SPEC §5 erasure, migrations/0015_erasure.sql); it is a setting of the connection, not the file,
 * so every connection sets it, the one that runs the migrations included. For the same reason
 * SQLite's temporary files stay in memory: a sort too large for the cache (rel list --sort last,
 * of 100,000 people), the copy VACUUM makes, or the pages a statement changes, kept so that it
 * can fail alone, went to /var/tmp, outside the journal's private directory and maybe on another
 * disk, and the bytes of a deleted file stay on its disk. In memory they cost no system call a
 * page either: 3 million of them for an import of 100,000 contacts (BENCHMARKS.md).
 */
export function connect(path: string, options: Omit<Database.Options, 'nativeBinding'> = {}): Db {
  const db = new Database(path, { ...options, nativeBinding: NATIVE_BINDING });
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  registerFunctions(db);
  return db;
}

/**
 * The domain's rules that a migration may need to recompute what the store keeps (a rule is never
 * restated in SQL): rel_name_key(text) is the name folding of src/domain/names.ts,
 * rel_phone_key(text) a phone number's key (src/domain/phoneNumbers.ts). Only migrations call
 * them; no view, trigger or index may, since other tools open the file too.
 */
function registerFunctions(db: Db): void {
  db.function('rel_name_key', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? normalizeName(text) : null));
  db.function('rel_phone_key', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? phoneKey(text) : null));
}

/** --db, else $REL_DB, else the platform data directory (XDG on Linux). */
export function journalPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return journalFile(flag, '--db ');
  if (env.REL_DB) return journalFile(env.REL_DB, 'REL_DB=');
  const home = env.HOME ?? (createRequire(import.meta.filename)('node:os') as typeof import('node:os')).homedir(); // os loads only here
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'rel', 'rel.db');
  if (process.platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'rel', 'rel.db');
  const dataHome = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(home, '.local', 'share');
  return join(dataHome, 'rel', 'rel.db');
}

/**
 * The journal file `given` names. A path that ends with a slash names a directory, whether or not
 * it is there yet: refused (resolve() would drop the slash and make a file of that name). `how` is
 * the way it was given, for the fix: a flag is the command line (exit 2), the variable is not.
 */
function journalFile(given: string, how: '--db ' | 'REL_DB='): string {
  if (!/[\\/]$/.test(given)) return resolve(given);
  const cause = `${how}${pathWord(given)} ends with a slash: a directory, not a journal file; give the file in it, e.g. ${how}${pathWord(join(given, 'rel.db'))}`;
  throw how === '--db ' ? new UsageError(cause) : new RelError(cause);
}

export interface Migration {
  version: number;
  name: string;
  file: string;
}

/** How many migrations there are, counted (and checked to run 1, 2, 3…) by the build: esbuild.config.mjs. */
declare const REL_MIGRATION_COUNT: number | undefined;

/** The numbered SQL files, checked to run 1, 2, 3… without gaps or repeats. */
export function listMigrations(dir = migrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 4)), name: f.replace(/\.sql$/, ''), file: join(dir, f) }));
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations out of order: expected ${i + 1}, found ${m.name}`);
  });
  return migrations;
}

/** The schema version the migrations bring a journal to: what every run compares the journal with, so without reading the directory when the build listed it. */
function latestVersion(dir: string | undefined): number {
  return dir === undefined && typeof REL_MIGRATION_COUNT !== 'undefined' ? REL_MIGRATION_COUNT : listMigrations(dir).length;
}

export interface OpenOptions {
  /** Called with the backup's path when an existing journal is backed up before a migration. */
  onBackup?: (path: string) => void;
  /** False: no copy before a migration (a copy that is about to be scrubbed, src/store/restorePurges.ts). */
  backupBeforeMigrating?: boolean;
  migrationsDir?: string;
}

/**
 * The page cache of a command that reads: 256 KB (better-sqlite3 builds with 16 MB, SQLite's own
 * default is 2 MB). Each page read into a cache not yet full takes new memory, and its first
 * touch is a page fault: on a large journal, rel search read 4,000 pages of FTS5's sizes into
 * fresh memory, 4,000 faults of some 5 to 12 us on these machines. A full cache reuses the memory
 * of the pages it drops, and 64 pages still hold what a read comes back to (the upper levels of
 * the indexes it walks): rel today on a large journal reads 31 pages more from the file than
 * with 2 MB, and takes some 480 fewer faults (BENCHMARKS.md). Writes widen it again
 * (Journal.write): a transaction that changes more pages than the cache holds writes them out
 * early, and again when they change again.
 */
export const READING_CACHE = -256;

/** Creates the file (0600, in a 0700 directory) if needed, sets the pragmas, brings the schema up to date. */
export function openJournal(path: string, options: OpenOptions = {}): Db {
  const isNew = createJournalFile(path);
  let db: Db;
  try {
    db = connect(path, { timeout: BUSY_TIMEOUT_MS });
    db.pragma('user_version', { simple: true });
  } catch (error) {
    throw journalError(error, path) ?? new RelError(`cannot open the journal ${path}: ${(error as Error).message}; check the path, or run rel doctor`);
  }
  try {
    refuseForeignDatabase(db, path);
    migrate(db, path, isNew, options);
    useWal(db);
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    // Each page read is checked more closely as it comes from disk (SQLite: "a modest CPU cost"),
    // so a damaged page fails the command instead of being read as data (README: damage).
    db.pragma('cell_size_check = ON');
    db.pragma(`cache_size = ${READING_CACHE}`);
  } catch (error) {
    db.close();
    throw journalError(error, path) ?? error;
  }
  return db;
}

/**
 * WAL, set once, by the first rel that opens a new journal. Turning a file into WAL takes it whole
 * for a moment; when rels started together on a new journal ask at once, each holding the file's
 * shared lock, SQLite answers one of them SQLITE_BUSY at once instead of calling its busy handler
 * (they would wait on each other). Of 20 rels started together, one failed that way, as "locked",
 * in about one try of ten. So the change is tried again: by then another rel has usually made it.
 */
function useWal(db: Db): void {
  // Date.now, not performance.now: the global performance loads node:perf_hooks on first use,
  // some 2 ms of every command that opens the journal (BENCHMARKS.md).
  const giveUpAt = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() > giveUpAt) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); // a synchronous pause: the readers hold the file a few milliseconds
    }
  }
}

/**
 * The journal's file, created private (0600, in a 0700 directory) when it does not exist; an
 * empty file left there (touch, a sync tool) becomes the journal, so it is made private too.
 * True when the journal is new: nothing in it yet.
 */
function createJournalFile(path: string): boolean {
  const instead = notAFileInstead(path);
  if (instead) throw new JournalAccessError(instead);
  try {
    if (existsSync(path)) {
      if (statSync(path).size > 0) return false;
      chmodSync(path, 0o600);
      return true;
    }
    const dir = dirname(path);
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      closeSync(openSync(path, 'wx', 0o600));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another rel created it first
    }
    return true;
  } catch (error) {
    const cause = writeBlocker(path);
    if (cause) throw new JournalAccessError(cause);
    throw journalError(error, path) ?? error;
  }
}

/**
 * An SQLite file of another program (a schema version of 0, yet tables): never set up as a journal.
 * A version of 0 is read again with the tables, in one transaction: read one after the other, a
 * rel that was creating the same new journal could commit in between, and its tables be taken for
 * another program's (twice in 21 rounds of 20 rels started at once on a new journal).
 */
function refuseForeignDatabase(db: Db, path: string): void {
  const version = (): number => db.pragma('user_version', { simple: true }) as number;
  if (version() !== 0) return; // a journal: every run but the first
  const tables = db.transaction(() =>
    version() !== 0 ? [] : db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name LIMIT 4").all(),
  )();
  if (tables.length === 0) return;
  const shown = tables.slice(0, 3).map((t) => t.name).join(', ') + (tables.length > 3 ? ', ...' : '');
  throw new RelError(`${path} is an SQLite database of another program (tables ${shown}), not a rel journal; rel left it untouched: check --db and REL_DB`);
}

function migrate(db: Db, path: string, isNew: boolean, options: OpenOptions): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestVersion(options.migrationsDir);
  if (current > latest) {
    throw new RelError(
      `the journal ${path} has schema version ${current}, newer than this rel knows (${latest}); upgrade rel to open it (the journal was left untouched)`,
    );
  }
  if (current === latest) return;
  const migrations = listMigrations(options.migrationsDir);
  if (!isNew && current > 0 && options.backupBeforeMigrating !== false) {
    const backup = backupBeforeMigrating(db, path, current);
    if (backup) options.onBackup?.(backup);
  }
  let running: Migration | undefined;
  // Off while migrating (it cannot change inside a transaction): a migration that rebuilds a table
  // drops the old one, which with foreign keys on would cascade to every child row. Rows that
  // already pointed nowhere (rel doctor names them) are kept as they were.
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      // Re-read under the write lock: a rel started at the same moment may have migrated already.
      const version = db.pragma('user_version', { simple: true }) as number;
      for (const m of migrations.slice(version)) {
        running = m;
        db.exec(readFileSync(m.file, 'utf8'));
      }
      if (version < migrations.length) db.pragma(`user_version = ${migrations.length}`);
    }).immediate();
  } catch (error) {
    if (running === undefined) throw error;
    throw new RelError(`migration ${running.name} failed: ${(error as Error).message}; the journal was left as it was (schema version ${current})`);
  }
}

/**
 * A copy of the journal as it is, beside it, private (0600) from the start whatever the umask.
 * Undefined when a rel started at the same moment migrated the journal in between (VACUUM INTO
 * cannot run inside the transaction that would prevent it): that rel kept its own copy.
 */
function backupBeforeMigrating(db: Db, path: string, version: number): string | undefined {
  const backup = createFreshFile(`${path}.v${version}-backup-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  try {
    db.prepare('VACUUM INTO ?').run(backup);
  } catch (error) {
    rmSync(backup, { force: true });
    throw new RelError(`could not back up the journal to ${backup} before upgrading it: ${(error as Error).message}; nothing was changed`);
  }
  if (userVersionOf(backup) === version) return backup;
  rmSync(backup, { force: true });
  return undefined;
}

/** PRAGMA user_version read from the file header (bytes 60-63), without opening a connection. */
function userVersionOf(file: string): number {
  const header = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 4, 60);
  } finally {
    closeSync(fd);
  }
  return header.readUInt32BE(0);
}
