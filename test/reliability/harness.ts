// The reliability suite's harness: runs the built CLI (bin/rel) as a user would, each journal in its
// own temporary directory, and reads journals back as a canonical dump to tell "changed" from
// "unchanged". Children get a pinned clock (REL_NOW), no colour, and a stdin that is not a terminal.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(REPO, 'bin', 'rel');
export const MIGRATIONS_DIR = join(REPO, 'migrations');
export const FIXTURES = join(REPO, 'test', 'fixtures');
export const NOW = '2026-11-23T10:00:00';

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** The journal (REL_DB). */
  db: string;
  /** Extra or replaced environment variables. */
  env?: Record<string, string>;
  /** Written to the child's stdin, which is then closed. */
  input?: string;
  cwd?: string;
  /** Killed (and reported with signal SIGKILL) after this long. */
  timeoutMs?: number;
}

/** The environment a child runs in: nothing inherited but PATH, HOME, TMPDIR and TZ. */
export function childEnv(db: string, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { REL_DB: db, NO_COLOR: '1', REL_NOW: NOW };
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'TZ']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return { ...env, ...extra };
}

/** Runs `node bin/rel ...args` and collects its output; never rejects on a non-zero exit. */
export function rel(args: string[], opts: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? REPO,
      env: childEnv(opts.db, opts.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.on('error', () => undefined); // a child that exits before reading stdin
    child.stdin.end(opts.input ?? '');
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 20_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

const made: string[] = [];

/** A fresh temporary directory, removed by cleanupTempDirs(). */
export function tempDir(prefix = 'rel-reliability-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A journal path inside a fresh temporary directory (the file does not exist yet). */
export function newJournalPath(): { dir: string; db: string } {
  const dir = tempDir();
  return { dir, db: join(dir, 'journal', 'rel.db') };
}

export type Row = Record<string, unknown>;
export interface Dump {
  userVersion: number;
  /** Table name → its rows, each as canonical JSON, sorted (physical order and rowids of tables without an INTEGER PRIMARY KEY may change under VACUUM). */
  tables: Record<string, string[]>;
}

/** Which columns of which tables to dump: by default every table and column of the database. */
export type Shape = Record<string, string[]>;

function canonical(row: Row): string {
  return JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? `x'${value.toString('hex')}'` : typeof value === 'bigint' ? value.toString() : value));
}

export function shapeOf(db: Database.Database): Shape {
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
  const shape: Shape = {};
  for (const { name } of tables) shape[name] = db.prepare<[string], { name: string }>("SELECT name FROM pragma_table_info(?)").all(name).map((c) => c.name);
  return shape;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * A canonical dump of a journal, read through a read-only connection so that reading never
 * changes it. With `shape`, only those tables and columns (to compare across a migration).
 */
export function dump(path: string, shape?: Shape): Dump {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables: Record<string, string[]> = {};
    for (const [table, columns] of Object.entries(shape ?? shapeOf(db))) {
      const rows = db.prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)}`).all() as Row[];
      tables[table] = rows.map(canonical).sort();
    }
    return { userVersion: db.pragma('user_version', { simple: true }) as number, tables };
  } finally {
    db.close();
  }
}

/** The shape of a journal file (its tables and columns). */
export function shapeOfFile(path: string): Shape {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return shapeOf(db);
  } finally {
    db.close();
  }
}

export function countRows(path: string, table: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The ways a result breaks SPEC §6 (empty when it keeps to it): one `rel: ` line on failure, no stack, exit 0/1/2. */
export function contractBreaches(result: RunResult): string[] {
  const breaches: string[] = [];
  const both = `${result.stdout}\n${result.stderr}`;
  if (result.signal !== null) breaches.push(`killed by ${result.signal}`);
  else if (![0, 1, 2].includes(result.code ?? -1)) breaches.push(`exit code ${result.code}`);
  if (/^\s+at /m.test(both) || /TypeError|RangeError|ReferenceError|SyntaxError/.test(both) || both.includes('node:internal')) breaches.push('a stack trace or a raw JavaScript error');
  if (result.stderr.includes('unexpected error')) breaches.push('an unexpected error');
  if (result.code !== 0) {
    const lines = result.stderr.split('\n').filter((l) => l !== '');
    if (lines.length !== 1 || !lines[0]!.startsWith('rel: ')) breaches.push(`stderr is not one "rel: " line: ${JSON.stringify(result.stderr)}`);
  }
  return breaches;
}
