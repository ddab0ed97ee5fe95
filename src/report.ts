// How a failed run ends: a typed error becomes one `rel: ` line on stderr and an exit code. main.ts
// uses it for the real process, and the tests' in-process runner so that it reports as the binary does.
import { CommanderError } from 'commander';
import type { Output } from './context.js';
import { ExitCode, RelError } from './errors.js';
import { journalError } from './store/journalAccess.js';

/**
 * One line, whatever the message echoes back: a line break or a terminal escape in a name or a
 * date shows as \n or \u001b instead of breaking the line or reaching the terminal.
 */
function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it escapes
  return message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** A command line commander refused, with the help of the command that refused it (cli.ts's pointToOwnHelp). */
export class RefusedCommandLine extends CommanderError {
  constructor(
    refused: CommanderError,
    readonly help: string,
  ) {
    super(refused.exitCode, refused.code, refused.message);
  }
}

/** The help of the command that refused a command line, else the whole list's. */
const helpOf = (error: CommanderError): string => (error instanceof RefusedCommandLine ? error.help : 'rel --help');

/**
 * Writes what went wrong to `stderr` (the stack only when `debug`) and returns the exit code. An
 * SQLite or file-system error met on the `journal` (damaged, not a database, read-only, full,
 * locked) becomes one line naming its cause and its fix, whichever command met it.
 */
export function report(error: unknown, stderr: Output, debug: boolean, journal?: string): number {
  const cause = journal === undefined ? undefined : journalError(error, journal);
  if (cause) {
    stderr.write(`rel: ${oneLine(cause.message)}\n`);
    if (debug && error instanceof Error) stderr.write(`${error.stack}\n`);
    return cause.exitCode;
  }
  if (error instanceof CommanderError) {
    // --help and --version: their text is already on stdout.
    if (error.exitCode === 0) return ExitCode.ok;
    // `rel` or `rel contact` alone: a command is missing, and its help is already on stderr.
    if (error.code === 'commander.help') return ExitCode.usage;
    stderr.write(`rel: ${oneLine(error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' '))} (see ${helpOf(error)})\n`);
    return ExitCode.usage;
  }
  if (error instanceof RelError) {
    stderr.write(`rel: ${oneLine(error.message)}\n`);
    if (debug) stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`rel: unexpected error: ${oneLine(message.split('\n')[0] ?? '')} (run with REL_DEBUG=1 for details)\n`);
  if (debug && error instanceof Error) stderr.write(`${error.stack}\n`);
  return ExitCode.failure;
}
