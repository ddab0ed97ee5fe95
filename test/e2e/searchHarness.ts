// A tiny harness for the search, stats, tree and completion end-to-end tests: each journal lives
// in its own temporary directory; rel runs as a child process with stdin not a terminal,
// NO_COLOR=1 and the clock pinned by REL_NOW.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BIN = join(REPO, 'bin', 'rel');
export const NOW = '2026-11-23T10:00:00';

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
}

export interface TestJournal {
  dir: string;
  db: string;
  env: Record<string, string>;
  /** Runs rel; `now` pins a different clock for this run. */
  rel(args: string[], options?: { now?: string }): RunResult;
  /** Runs rel and fails the test with its stderr unless it exits 0. */
  ok(args: string[], options?: { now?: string }): string;
  /** A directory holding a `rel` command that runs this checkout, for shells that call `rel`. */
  binDir(): string;
  remove(): void;
}

function childEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !key.startsWith('REL_')) env[key] = value;
  return { ...env, NO_COLOR: '1', REL_NOW: NOW, ...extra };
}

export function tempJournal(): TestJournal {
  const dir = mkdtempSync(join(tmpdir(), 'rel-e2e-search-'));
  const db = join(dir, 'rel.db');
  const env = childEnv({ REL_DB: db });
  const journal: TestJournal = {
    dir,
    db,
    env,
    rel(args, options = {}) {
      const result = spawnSync(process.execPath, [BIN, ...args], {
        env: options.now ? { ...env, REL_NOW: options.now } : env,
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      });
      return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
    },
    ok(args, options) {
      const result = journal.rel(args, options);
      if (result.code !== 0) throw new Error(`rel ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
      return result.stdout;
    },
    binDir() {
      const bin = join(dir, 'bin');
      mkdirSync(bin, { recursive: true });
      writeFileSync(join(bin, 'rel'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
      chmodSync(join(bin, 'rel'), 0o755);
      return bin;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return journal;
}

/** Runs a bash script with the journal's environment and `rel` on the PATH. */
export function bash(journal: TestJournal, script: string): RunResult {
  const result = spawnSync('bash', ['-c', script], {
    env: { ...journal.env, PATH: `${journal.binDir()}:${process.env.PATH ?? ''}` },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
}
