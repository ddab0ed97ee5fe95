// A test's own journal in a temporary directory, and rel run against it: in-process by default
// (milliseconds), or as the real binary for tests of what only a process shows.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runRel, type InProcessOptions } from './inProcess.js';
import { dumpText } from './journalDump.js';
import { spawnRel, type RunResult, type SpawnOptions } from './spawned.js';
import { tempDir } from './tempFiles.js';

/** Options of one run, whichever the runner: the clock, the input, the zone (env only when spawned). */
export interface RunOptions {
  now?: string;
  tz?: string;
  input?: string | Buffer;
  env?: SpawnOptions['env'];
}

export interface TestJournal {
  dir: string;
  /** The journal file (REL_DB). */
  db: string;
  /** Runs rel against this journal. */
  rel(args: string[], options?: RunOptions): Promise<RunResult>;
  /** Runs rel, fails the test unless it exits 0, and returns stdout. */
  ok(args: string[], options?: RunOptions): Promise<string>;
  /** The parsed JSON of a successful `rel ... --json`; the test's expectations check its shape. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read by assertions, not by code
  json<T = any>(args: string[], options?: RunOptions): Promise<T>;
  /** Every row of every table, as text. */
  dump(): string;
}

export interface JournalOptions {
  /** Run the real binary instead of in-process. */
  spawned?: boolean;
  /** The default clock of this journal's runs. */
  now?: string;
}

function run(made: JournalOptions, db: string, args: string[], options: RunOptions): Promise<RunResult> {
  options = { ...options, now: options.now ?? made.now };
  if (made.spawned) {
    const env = { ...(options.now && { REL_NOW: options.now }), ...(options.tz && { TZ: options.tz }), ...options.env };
    return spawnRel(args, { db, input: options.input, env });
  }
  if (options.env) throw new Error('an environment needs the spawned runner');
  const inProcess: InProcessOptions = { journalPath: db, now: options.now, tz: options.tz, stdin: options.input };
  return runRel(args, inProcess);
}

/** A fresh journal (the file appears on the first command that opens it). */
export function makeJournal(made: JournalOptions = {}): TestJournal {
  const dir = tempDir('rel-journal-');
  const db = join(dir, 'rel.db');
  const journal: TestJournal = {
    dir,
    db,
    rel: (args, options = {}) => run(made, db, args, options),
    async ok(args, options) {
      const result = await journal.rel(args, options);
      if (result.code !== 0) throw new Error(`rel ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
      return result.stdout;
    },
    async json<T>(args: string[], options?: RunOptions) {
      return JSON.parse(await journal.ok(args, options)) as T;
    },
    dump: () => dumpText(db),
  };
  return journal;
}

/**
 * A journal prepared once by `setup` (on first use) and copied for every test that calls the
 * returned function: each test still has a journal of its own, without paying for the setup runs.
 */
export function journalFrom(setup: (j: TestJournal) => Promise<unknown>, made: JournalOptions = {}): () => Promise<TestJournal> {
  let template: Promise<TestJournal> | undefined;
  return async () => {
    template ??= (async () => {
      const first = makeJournal(made);
      await setup(first);
      return first;
    })();
    const { db } = await template;
    const j = makeJournal(made);
    for (const suffix of ['', '-wal']) if (existsSync(db + suffix)) copyFileSync(db + suffix, j.db + suffix);
    return j;
  };
}
