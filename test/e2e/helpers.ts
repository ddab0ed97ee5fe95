// The harness of the end-to-end tests: a temporary journal per test, the real bin/rel run in a
// child process (stdin a pipe, so never a terminal), and a canonical dump of the database to
// prove that a failed command wrote nothing.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(REPO, 'bin', 'rel');
/** The pinned clock of every run: Monday 23 November 2026. */
export const NOW = '2026-11-23T10:00:00';

export type Env = Record<string, string | undefined>;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'rel-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** What every run sees: the parent's environment without anything that would change rel's behaviour. */
export function baseEnv(): Env {
  const env: Env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('REL_') || key === 'XDG_DATA_HOME' || key === 'FORCE_COLOR' || key === 'NODE_OPTIONS') delete env[key];
  }
  return { ...env, NO_COLOR: '1', REL_NOW: NOW, TZ: 'UTC' };
}

/** Merges overrides into the base environment; an `undefined` value removes the variable. */
export function runEnv(overrides: Env = {}): Record<string, string> {
  const merged: Env = { ...baseEnv(), ...overrides };
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(merged)) if (value !== undefined) env[key] = value;
  return env;
}

/** Runs `node bin/rel ...args`; stdin is a pipe (empty unless `input`), so rel never sees a terminal. */
export function rel(args: string[], options: { env?: Env; input?: string; cwd?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: runEnv(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A canonical text dump of every table (and the schema version), to compare before and after. */
export function dump(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const lines = [`user_version ${String(db.pragma('user_version', { simple: true }))}`];
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    for (const table of tables) {
      lines.push(`## ${table}`);
      const quoted = `"${table.replace(/"/g, '""')}"`;
      // Sorted as text: the search index's shadow tables have no rowid to order by.
      lines.push(...db.prepare(`SELECT * FROM ${quoted}`).all().map((row) => JSON.stringify(row)).sort());
    }
    return `${lines.join('\n')}\n`;
  } finally {
    db.close();
  }
}

export interface TestJournal {
  dir: string;
  /** The journal file (REL_DB). */
  db: string;
  /** Runs rel against this journal. */
  rel(args: string[], options?: { env?: Env; input?: string }): RunResult;
  /** Runs rel and fails the test unless it exits 0 with nothing unexpected on stderr. */
  ok(args: string[], options?: { env?: Env; input?: string }): RunResult;
  /** The parsed JSON of a successful `rel ... --json`. */
  json<T = any>(args: string[]): T;
  dump(): string;
}

export function makeJournal(): TestJournal {
  const dir = tempDir();
  const db = join(dir, 'rel.db');
  const journal: TestJournal = {
    dir,
    db,
    rel: (args, options = {}) => rel(args, { ...options, env: { REL_DB: db, ...options.env } }),
    ok(args, options) {
      const result = journal.rel(args, options);
      if (result.code !== 0) throw new Error(`rel ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
      return result;
    },
    json(args) {
      const result = journal.ok(args);
      return JSON.parse(result.stdout);
    },
    dump: () => dump(db),
  };
  return journal;
}

/**
 * A journal prepared once by `setup` (on first use) and copied for every test that calls the
 * returned function: each test still has a journal of its own, without paying for the setup runs.
 */
export function journalFrom(setup: (j: TestJournal) => void): () => TestJournal {
  let template: TestJournal | undefined;
  return () => {
    if (!template) {
      template = makeJournal();
      setup(template);
    }
    const j = makeJournal();
    for (const suffix of ['', '-wal']) {
      if (existsSync(template.db + suffix)) copyFileSync(template.db + suffix, j.db + suffix);
    }
    return j;
  };
}

/** Asserts the shape of every failure (SPEC §6): the exit code, one `rel: ` line on stderr, no stack. */
export function expectFailure(result: RunResult, code: 1 | 2): string {
  expect(result.code, `stderr: ${result.stderr}`).toBe(code);
  const lines = result.stderr.split('\n').filter((line, i, all) => !(line === '' && i === all.length - 1));
  expect(lines, 'exactly one line on stderr').toHaveLength(1);
  const [line = ''] = lines;
  expect(line.startsWith('rel: ')).toBe(true);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/unexpected error/);
  expect(result.stdout).toBe('');
  return line;
}

/** Runs a command that must fail and asserts it changed nothing in the journal. */
export function expectRefused(journal: TestJournal, args: string[], code: 1 | 2, options: { env?: Env; input?: string } = {}): string {
  const before = journal.dump();
  const line = expectFailure(journal.rel(args, options), code);
  expect(journal.dump()).toBe(before);
  return line;
}
