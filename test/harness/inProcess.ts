// Runs a command line in this process, as main.ts does but with a test Context: a fixed clock,
// captured stdout and stderr, a real SQLite journal in a temporary file. Errors are reported by
// the same code as the binary's (src/report.ts), so the `rel:` line and the exit code are the real ones.
import { Readable } from 'node:stream';
import { buildProgram } from '../../src/cli.js';
import type { Context, GlobalOptions, Output } from '../../src/context.js';
import { localDay } from '../../src/domain/calendar.js';
import { report } from '../../src/report.js';
import type { LaterCheck } from '../../src/store/dailyBackups.js';
import type { Journal } from '../../src/store/journal.js';
import { journalPath } from '../../src/store/open.js';
import { openRunJournal } from '../../src/store/runJournal.js';
import { loadColour } from '../../src/ui/style.js';
import type { Prompter } from '../../src/ui/prompter.js';
import type { Terminal } from '../../src/ui/terminal.js';
import { NOW } from './paths.js';
import type { RunResult } from './spawned.js';

export interface InProcessOptions {
  /** The clock, as REL_NOW takes it: 'YYYY-MM-DD' (noon that day) or an ISO instant. */
  now?: string;
  /** The journal ($REL_DB); --db on the command line wins, as it does for the binary. */
  journalPath?: string;
  /** What `rel import -` reads. */
  stdin?: string | Buffer;
  /** Stdout is a terminal (relative dates); prompts need `interactive` too. */
  tty?: boolean;
  /** Stdout's `columns`, as a terminal's stream has it (rel reads it only with `tty`). */
  columns?: number;
  /** Colour, as on a terminal without NO_COLOR (needs `tty`; --no-color still turns it off). */
  color?: boolean;
  /** Prompts are allowed (stdin and stdout terminals, no --no-input). */
  interactive?: boolean;
  prompter?: Prompter;
  /** The full screen of rel today --review (needs `interactive`). */
  terminal?: Terminal;
  /** TZ for the run (default UTC). */
  tz?: string;
  /** REL_DEBUG=1: stacks after the `rel:` line. */
  debug?: boolean;
  /** The working directory of the run (relative paths on the command line resolve there). */
  cwd?: string;
  /** Variables set for the run (HOME, TMPDIR: where rel might write); `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** How a large journal's daily copy is checked after the command (main.ts starts a process); none: always before the write. */
  laterCheck?: LaterCheck;
}

/** The same rule as main.ts's readClock for REL_NOW. */
function clock(now: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(now) ? new Date(`${now}T12:00:00`) : new Date(now);
}

/** One stream's text; `both` also gets it, so that stdout and stderr read together in order. */
function capture(both: string[], columns?: number): Output & { text(): string } {
  const chunks: string[] = [];
  return {
    columns,
    write: (piece: string | Uint8Array) => {
      const text = typeof piece === 'string' ? piece : Buffer.from(piece).toString('utf8');
      chunks.push(text);
      both.push(text);
    },
    text: () => chunks.join(''),
  };
}

let previousRun: Promise<unknown> = Promise.resolve();

/**
 * Runs `rel ...args` in-process and returns what it printed and its exit code. Runs take turns:
 * each sets process-wide things (the zone, stdin) for its length.
 */
export async function runRel(args: string[], options: InProcessOptions = {}): Promise<RunResult> {
  const { output: _both, ...result } = await runShown(args, options);
  return result;
}

/** runRel, and `output`: stdout and stderr together in the order written, as a terminal shows them. */
export function runShown(args: string[], options: InProcessOptions = {}): Promise<RunResult & { output: string }> {
  const run = previousRun.then(() => runAlone(args, options));
  previousRun = run.catch(() => undefined);
  return run;
}

async function runAlone(args: string[], options: InProcessOptions): Promise<RunResult & { output: string }> {
  const both: string[] = [];
  const out = capture(both, options.columns);
  const err = capture(both);
  let journal: Journal | undefined;
  let journalFile: string | undefined;
  // As main.ts's createContext, with the test's clock, streams, journal path and terminal.
  const makeContext = async (globals: GlobalOptions): Promise<Context> => {
    const now = clock(options.now ?? NOW);
    const stdoutIsTTY = options.tty === true;
    const color = options.color === true && globals.color && stdoutIsTTY;
    if (color) await loadColour(); // chalk, as main.ts loads it for a run that colours
    const path = journalPath(globals.db, { REL_DB: options.journalPath });
    journalFile = path;
    return {
      now,
      today: localDay(now),
      out,
      err,
      stdoutIsTTY,
      interactive: globals.input && stdoutIsTTY && options.interactive === true,
      color,
      journalPath: path,
      journal: () => (journal ??= openRunJournal(path, now, (line) => err.write(line), options.laterCheck)),
      prompter: () => (options.prompter ? Promise.resolve(options.prompter) : Promise.reject(new Error('this test gave no prompter'))),
      terminal: () => (options.terminal ? Promise.resolve(options.terminal) : Promise.reject(new Error('this test gave no terminal'))),
    };
  };
  const restore = enterRun(options);
  try {
    await buildProgram(makeContext, (text) => void out.write(text), (text) => void err.write(text)).parseAsync(['node', 'rel', ...args]);
    return { code: 0, stdout: out.text(), stderr: err.text(), output: both.join('') };
  } catch (error) {
    const code = report(error, err, options.debug === true, journalFile);
    return { code, stdout: out.text(), stderr: err.text(), output: both.join('') };
  } finally {
    journal?.close();
    restore();
  }
}

/**
 * What the process gives every run and some code still reads from it: the time zone, $REL_DB
 * (`rel __complete` looks for the journal itself), the umask main.ts sets, the working directory,
 * the test's variables, and stdin for `rel import -`. Set for the run, put back after.
 */
function enterRun(options: InProcessOptions): () => void {
  const restoreEnv = setEnv({ ...options.env, TZ: options.tz ?? 'UTC', REL_DB: options.journalPath });
  const umask = process.umask(0o077);
  const cwd = process.cwd();
  if (options.cwd) process.chdir(options.cwd);
  const stdin = Object.getOwnPropertyDescriptor(process, 'stdin');
  Object.defineProperty(process, 'stdin', { configurable: true, value: Readable.from([Buffer.from(options.stdin ?? '')]) });
  return () => {
    if (options.cwd) process.chdir(cwd);
    restoreEnv();
    process.umask(umask);
    if (stdin) Object.defineProperty(process, 'stdin', stdin);
  };
}

function setEnv(values: Record<string, string | undefined>): () => void {
  const saved = Object.keys(values).map((key) => [key, process.env[key]] as const);
  const put = (key: string, value: string | undefined) => (value === undefined ? delete process.env[key] : (process.env[key] = value));
  for (const [key, value] of Object.entries(values)) put(key, value);
  return () => saved.forEach(([key, value]) => put(key, value));
}
