// The entry point: builds the context, runs the command line, and turns errors into exit codes.
// The only place that calls process.exit or sets the exit code.
import { join } from 'node:path';
import { backupChecker } from './backupChecker.js';
import { buildProgram } from './cli.js';
import type { Context, GlobalOptions, Output } from './context.js';
import { ExitCode, RelError } from './errors.js';
import { report } from './report.js';
import type { LaterCheck } from './store/dailyBackups.js';
import type { Journal } from './store/journal.js';
import { directOutput, isTerminal } from './stdout.js';

// Everything rel writes (journal, backups, exports to files) is private to its owner.
process.umask(0o077);

/** The clock, read once. REL_NOW (an ISO date or instant) pins it, for scripts and tests. */
function readClock(env: NodeJS.ProcessEnv): Date {
  if (!env.REL_NOW) return new Date();
  const pinned = /^\d{4}-\d{2}-\d{2}$/.test(env.REL_NOW) ? new Date(`${env.REL_NOW}T12:00:00`) : new Date(env.REL_NOW);
  if (Number.isNaN(pinned.getTime())) throw new RelError(`REL_NOW="${env.REL_NOW}" is not a date; use YYYY-MM-DD or an ISO instant, or unset it`);
  return pinned;
}

/** The checks of large journals' daily copies, by src/backupCheck.ts next to this file once built. */
const checker = (): LaterCheck => backupChecker(join(import.meta.dirname, 'backupCheck.js'));

let journal: Journal | undefined;
/** The journal this run uses, once known: errors met on it are reported with their cause (report.ts). */
let journalFile: string | undefined;
let stdoutReady = false;

/** A closed pipe (rel export | head) is the reader saying it has enough, not an error. */
const readerGone = (): never => process.exit(ExitCode.ok);

/** process.stdout, set up on first use (see src/stdout.ts). */
function stdout(): NodeJS.WriteStream {
  if (!stdoutReady) {
    stdoutReady = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') readerGone();
      throw error;
    });
  }
  return process.stdout;
}

let outOutput: Output | undefined;
let errOutput: Output | undefined;

/** Stdout: process.stdout on a terminal (prompts write there too, and the same stream keeps them in order), else written directly. */
function output(): Output {
  outOutput ??= isTerminal(1) ? stdout() : directOutput(1, stdout, readerGone);
  return outOutput;
}

/** Stderr, written directly off a terminal (see src/stdout.ts): a pipe's stream would load Node's network stack. */
function stderr(): Output {
  errOutput ??= isTerminal(2) ? process.stderr : directOutput(2, () => process.stderr, () => undefined);
  return errOutput;
}

/**
 * The prompts colour when rel does: inquirer's colours (yoctocolors) are decided from the
 * environment as they load, as Node's hasColors() reads it, so --no-color is said to them as
 * NO_COLOR (and a FORCE_COLOR, which Node puts first, taken away). TERM=dumb they see themselves.
 */
function promptsColourLikeRel(color: boolean): void {
  if (color) return;
  process.env.NO_COLOR = '1';
  delete process.env.FORCE_COLOR;
}

async function createContext(globals: GlobalOptions): Promise<Context> {
  const now = readClock(process.env);
  // Not process.stdin/stdout.isTTY, which would set up those streams.
  const stdoutIsTTY = isTerminal(1);
  const env = process.env;
  const color = globals.color && stdoutIsTTY && !('NO_COLOR' in env && env.NO_COLOR !== '') && env.TERM !== 'dumb';
  if (color) await (await import('./ui/style.js')).loadColour(); // chalk, only for a run that colours
  // The store (better-sqlite3's JavaScript) and the calendar (date-fns) are loaded once a command
  // runs, not for --version or --help.
  const [{ openRunJournal, journalPath }, { localDay }] = await Promise.all([import('./store/runJournal.js'), import('./domain/calendar.js')]);
  const out = output();
  const path = journalPath(globals.db);
  journalFile = path;
  return {
    now,
    today: localDay(now),
    out,
    get err() {
      return stderr();
    },
    stdoutIsTTY,
    interactive: globals.input && stdoutIsTTY && isTerminal(0),
    color,
    journalPath: path,
    journal() {
      journal ??= openRunJournal(path, now, (line) => void stderr().write(line), checker());
      return journal;
    },
    async prompter() {
      promptsColourLikeRel(color);
      return (await import('./ui/inquirerPrompter.js')).inquirerPrompter;
    },
    async terminal() {
      promptsColourLikeRel(color);
      return (await import('./ui/ttyTerminal.js')).openTerminal(process.stdin, stdout());
    },
  };
}

async function main(argv: string[]): Promise<number> {
  try {
    // Help and --version go through the same stdout, closed-pipe handling included.
    await buildProgram(createContext, (text) => void output().write(text), (text) => void stderr().write(text), argv).parseAsync(argv);
    return ExitCode.ok;
  } catch (error) {
    return report(error, stderr(), process.env.REL_DEBUG === '1', journalFile);
  } finally {
    journal?.close();
  }
}

/**
 * The run ends as soon as its command is done, unless something still keeps Node going (a write a
 * stream has queued, a terminal's handle). Node's own end disposes of the heap, a page at a time:
 * some milliseconds of every command on these machines (BENCHMARKS.md).
 */
function end(code: number): void {
  process.exitCode = code;
  if (process.getActiveResourcesInfo().length === 0) process.exit();
}

void main(process.argv).then(end);
