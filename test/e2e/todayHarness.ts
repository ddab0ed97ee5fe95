// Runs the built CLI (bin/rel → dist/) as a user would: a child process with its own journal in a
// temporary directory, stdin not a terminal, NO_COLOR=1, TZ=UTC and a pinned clock (REL_NOW) unless
// a test says otherwise. A child process does not see fake timers, so the clock goes in through
// REL_NOW (read once in src/main.ts) and the day of the list through --as-of.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/rel', import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** REL_NOW for this run: 'YYYY-MM-DD' or an ISO instant. */
  now?: string;
  /** TZ for this run (default UTC). */
  tz?: string;
  /** Extra environment; a value of undefined removes the variable. */
  env?: Record<string, string | undefined>;
}

/** Spawns `node bin/rel ...args` and collects its output; stdin is a closed pipe, not a TTY. */
export function runRel(args: string[], env: Record<string, string | undefined>): Promise<RunResult> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['REL_DB', 'REL_NOW', 'REL_DEBUG', 'NO_COLOR', 'FORCE_COLOR', 'TZ']) delete childEnv[key];
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

export interface TodayJournal {
  dir: string;
  db: string;
  /** Runs rel against this journal. */
  rel(args: string[], options?: RunOptions): Promise<RunResult>;
  /** Runs rel and fails with its stderr unless it exits 0; returns stdout. */
  ok(args: string[], options?: RunOptions): Promise<string>;
  remove(): void;
}

/** A fresh, empty journal in a temporary directory; `now` is the default REL_NOW of its runs. */
export function tempJournal(now = '2026-11-23'): TodayJournal {
  const dir = mkdtempSync(join(tmpdir(), 'rel-today-'));
  const db = join(dir, 'rel.db');
  const rel = (args: string[], options: RunOptions = {}): Promise<RunResult> =>
    runRel(args, { REL_DB: db, NO_COLOR: '1', TZ: options.tz ?? 'UTC', REL_NOW: options.now ?? now, ...options.env });
  return {
    dir,
    db,
    rel,
    async ok(args, options) {
      const result = await rel(args, options);
      if (result.code !== 0) throw new Error(`rel ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
      return result.stdout;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A reason as `rel today --json` gives it (schemas/reason.schema.json): every key, null where it does not apply. */
export interface ReasonJson {
  tier: string;
  source: string;
  date: string;
  days: number;
  text: string;
  [extra: string]: unknown;
}

/** The shape `rel today --json` prints: a top-level array of rows (schemas/todayRow.schema.json). */
export type TodayJson = Array<{
  person: { id: number; name: string };
  score: number;
  reasons: ReasonJson[];
}>;

/** A reason without the keys that do not apply to it, as the expectations write it. */
export function applicable(reason: ReasonJson): Record<string, unknown> {
  return Object.fromEntries(Object.entries(reason).filter(([, value]) => value !== null));
}

/** The reasons of each person in the human output: name → reason lines, in the printed order. */
export function readTodayText(stdout: string): Array<{ name: string; id: number; reasons: string[] }> {
  const people: Array<{ name: string; id: number; reasons: string[] }> = [];
  for (const line of stdout.split('\n')) {
    const person = /^(\S.*) #(\d+)$/.exec(line);
    if (person) people.push({ name: person[1] as string, id: Number(person[2]), reasons: [] });
    else if (line.startsWith('  • ')) people[people.length - 1]?.reasons.push(line.slice(4));
  }
  return people;
}
