// The entry point: builds the context, runs the command line, and turns errors into exit codes.
// The only place that calls process.exit or sets the exit code.
import { CommanderError } from 'commander';
import { buildProgram } from './cli.js';
import type { Context, GlobalOptions } from './context.js';
import { localDay } from './domain/calendar.js';
import { ExitCode, RelError } from './errors.js';
import { Journal } from './store/journal.js';
import { directOutput, isTerminal } from './stdout.js';
import { journalPath, openJournal } from './store/open.js';
import { loadColour } from './ui/style.js';

// Everything rel writes (journal, backups, exports to files) is private to its owner.
process.umask(0o077);

/** The clock, read once. REL_NOW (an ISO date or instant) pins it, for scripts and tests. */
function readClock(env: NodeJS.ProcessEnv): Date {
  if (!env.REL_NOW) return new Date();
  const pinned = /^\d{4}-\d{2}-\d{2}$/.test(env.REL_NOW) ? new Date(`${env.REL_NOW}T12:00:00`) : new Date(env.REL_NOW);
  if (Number.isNaN(pinned.getTime())) throw new RelError(`REL_NOW="${env.REL_NOW}" is not a date; use YYYY-MM-DD or an ISO instant, or unset it`);
  return pinned;
}

let journal: Journal | undefined;
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

async function createContext(globals: GlobalOptions): Promise<Context> {
  const now = readClock(process.env);
  // Not process.stdin/stdout.isTTY, which would set up those streams.
  const stdoutIsTTY = isTerminal(1);
  const color = globals.color && stdoutIsTTY && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
  if (color) await loadColour(); // chalk, only for a run that colours
  // On a terminal, prompts write to process.stdout too: the same stream keeps them in order.
  const out = stdoutIsTTY ? stdout() : directOutput(stdout, readerGone);
  const path = journalPath(globals.db);
  return {
    now,
    today: localDay(now),
    out,
    get err() {
      return process.stderr;
    },
    stdoutIsTTY,
    interactive: globals.input && stdoutIsTTY && isTerminal(0),
    color,
    journalPath: path,
    journal() {
      journal ??= openJournalAt(path);
      return journal;
    },
    async prompter() {
      return (await import('./ui/inquirerPrompter.js')).inquirerPrompter;
    },
  };
}

function openJournalAt(path: string): Journal {
  const db = openJournal(path, { onBackup: (backup) => process.stderr.write(`rel: backed up the journal to ${backup} before upgrading it\n`) });
  return new Journal(db, path);
}

/**
 * One line, whatever the message echoes back: a line break or a terminal escape in a name or a
 * date shows as \n or \u001b instead of breaking the line or reaching the terminal.
 */
function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help, --version, and `rel` or `rel contact` alone, whose help is already on stdout.
    if (error.exitCode === 0 || error.code === 'commander.help') return ExitCode.ok;
    process.stderr.write(`rel: ${oneLine(error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' '))} (see rel --help)\n`);
    return ExitCode.usage;
  }
  if (error instanceof RelError) {
    process.stderr.write(`rel: ${oneLine(error.message)}\n`);
    if (process.env.REL_DEBUG === '1') process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`rel: unexpected error: ${oneLine(message.split('\n')[0] ?? '')} (run with REL_DEBUG=1 for details)\n`);
  if (process.env.REL_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return ExitCode.failure;
}

async function main(argv: string[]): Promise<number> {
  try {
    // Help and --version go through the same stdout, closed-pipe handling included.
    await buildProgram(createContext, (text) => void stdout().write(text)).parseAsync(argv);
    return ExitCode.ok;
  } catch (error) {
    return report(error);
  } finally {
    journal?.close();
  }
}

process.exitCode = await main(process.argv);
