// Building no more of the command line than a run needs (src/cli.ts's buildProgram): the command
// it names, and help's questions about the terminal only when there is one; and reading the words
// of the line as a run of that command reads them (a --json before its name).
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

/**
 * `rel --json list`: --json among the global options (SPEC §3) is the listing's own flag, read
 * after the command's name; a command without one refuses it as it would after its name.
 */
export function readingJsonFirst(program: Command): Command {
  const parse = program.parseAsync.bind(program);
  program.parseAsync = (argv, options) => parse(argv && noHelpOfNoCommand(helpAsFlag(jsonAfterCommand(argv), program), program), options);
  return program;
}

/**
 * `rel help contact add`: that command's help, as `rel contact add --help` gives it (commander's
 * own help command reads one word, and for one it does not know prints every command's help);
 * `rel help lst`: the refusal `rel lst` gets, which names the nearest command.
 */
export function helpAsFlag(argv: readonly string[], program: Command): string[] {
  const at = commandNamed(argv) === 'help' ? argv.indexOf('help', 2) : -1;
  const word = argv[at + 1];
  if (at < 0 || word === undefined || word.startsWith('-')) return [...argv];
  const words = [...argv.slice(0, at), ...argv.slice(at + 1)];
  return program.commands.some((c) => c.name() === word || c.aliases().includes(word)) ? [...words, '--help'] : words;
}

/** The command of `parent` called `word` (or by its alias), if there is one. */
const commandOf = (parent: Command, word: string): Command | undefined => parent.commands.find((c) => c.name() === word || c.aliases().includes(word));

/** A group that runs nothing of its own (rel contact, not rel config): a word after it is one of its commands or none. Commander keeps no public word for it. */
const onlyGroups = (command: Command): boolean => command.commands.length > 0 && (command as Command & { _actionHandler?: unknown })._actionHandler == null;

/** Whether the words name a command there is none of: `rel tags`, `rel contact frob`. */
function namesNoCommand(argv: readonly string[], program: Command): boolean {
  const named = commandNamed(argv);
  // `rel help`, `rel --help`: the list of every command (`rel help WORD` is helpAsFlag's).
  if (named === undefined || named === 'help') return false;
  const command = commandOf(program, named);
  if (command === undefined) return true;
  if (!onlyGroups(command)) return false;
  const below = commandNamed(['', '', ...argv.slice(argv.indexOf(named, 2) + 1)]);
  return below !== undefined && below !== 'help' && commandOf(command, below) === undefined;
}

/**
 * `rel tags --help`, `rel contact frob -h`: the help of a command there is none of is the refusal
 * `rel tags` gets, which names the nearest command, rather than commander's help of the command
 * above it, given with exit 0 as if the command were there.
 */
export function noHelpOfNoCommand(argv: readonly string[], program: Command): string[] {
  const dashes = argv.indexOf('--', 2); // what follows `--` is no flag
  const isHelp = (word: string, i: number): boolean => i >= 2 && (dashes < 0 || i < dashes) && (word === '--help' || word === '-h');
  if (!argv.some(isHelp) || !namesNoCommand(argv, program)) return [...argv];
  return argv.filter((word, i) => !isHelp(word, i));
}

/** The words with a --json given before the command's name moved after it (before a `--`). */
export function jsonAfterCommand(argv: readonly string[]): string[] {
  const named = commandNamed(argv);
  const at = named === undefined ? -1 : argv.indexOf(named, 2);
  const before = argv.slice(0, Math.max(at, 0)).indexOf('--json');
  if (at < 0 || before < 0) return [...argv];
  const words = argv.filter((_, i) => i !== before);
  const end = words.indexOf('--', at);
  words.splice(end < 0 ? words.length : end, 0, '--json');
  return words;
}
