// Building no more of the command line than a run needs (src/cli.ts's buildProgram): the command
// it names, and help's questions about the terminal only when there is one.
import type { Command, OutputConfiguration } from 'commander';
import { isTerminal } from './stdout.js';

/** What commander's own default answers off a terminal (its type says a number): help's default width. */
const NO_WIDTH = undefined as unknown as number;

/**
 * Help's width and colours, asked of a stream only when it is a terminal: commander's own way
 * builds process.stdout or process.stderr, which for a pipe loads Node's network stack (some
 * milliseconds of every `rel --help | less`). Off a terminal its answers are no width and no colour.
 */
export function terminalOnlyQuestions(program: Command): OutputConfiguration {
  const asked = program.configureOutput();
  return {
    getOutHelpWidth: () => (isTerminal(1) ? asked.getOutHelpWidth!() : NO_WIDTH),
    getErrHelpWidth: () => (isTerminal(2) ? asked.getErrHelpWidth!() : NO_WIDTH),
    getOutHasColors: () => isTerminal(1) && asked.getOutHasColors?.() === true,
    getErrHasColors: () => isTerminal(2) && asked.getErrHasColors?.() === true,
  };
}

/** The commands that read the whole registry: `rel help …`, `rel completion SHELL`. */
export const NEEDS_EVERY_COMMAND = new Set(['help', 'completion']);

/** The command a command line names: its first word that is no option (nor `--db`'s value). */
export function commandNamed(argv: readonly string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') return argv[i + 1];
    if (word === '--db') i++;
    else if (!word.startsWith('-')) return word;
  }
  return undefined;
}

/** A stand-in for the commands not built: every method call on it does nothing and returns it. */
const NOT_BUILT: Command = new Proxy(function notBuilt() {}, { get: (_target, key) => (key === 'then' ? undefined : () => NOT_BUILT) }) as unknown as Command;

/** `program`, with `.command(NAME …)` building only the command called `only`. */
export function onlyCommand(program: Command, only: string): Command {
  const command = (nameAndArgs: string, ...rest: unknown[]): Command =>
    nameAndArgs.split(' ')[0] === only ? (program.command as (...args: unknown[]) => Command)(nameAndArgs, ...rest) : NOT_BUILT;
  return new Proxy(program, { get: (target, key, receiver) => (key === 'command' ? command : Reflect.get(target, key, receiver)) as unknown });
}
