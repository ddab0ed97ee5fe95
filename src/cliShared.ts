// What the parts of the command registry share: the act() signature, help examples, repeatable flags.
import { Argument, InvalidArgumentError, Option, type Command } from 'commander';
import type { Context } from './context.js';
import { CHANNEL_NAMES, channelFor, type Channel } from './domain/channels.js';
import { UsageError } from './errors.js';

/**
 * Registers a command's action: builds the context, then runs `run` (which loads the command's
 * module) with the parsed options and arguments. Each call names the options type its command
 * module exports and a tuple of its arguments; the option and argument declarations on `cmd`
 * (flags, .choices(), variadic `<text...>`) are what give the values those types.
 */
export type Act = <Opts extends object = object, Args extends unknown[] = []>(cmd: Command, run: (ctx: Context, opts: Opts, args: Args) => Promise<void>) => Command;

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** A filter that takes one value (`--tag` of rel list): a second is refused, not put in the first's place unsaid. */
export const oneOf =
  (flag: string, instead: string) =>
  (value: string, previous: string | undefined): string => {
    if (previous !== undefined) throw new UsageError(`${flag} "${previous}" and ${flag} "${value}": give one ${flag}; ${instead}`);
    return value;
  };

export function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

const contactArguments = new WeakSet<Argument>();

/** An argument that names an existing contact though it is not called `name` (merge's A and B). */
export function contactArgument(flags: string, description: string): Argument {
  const argument = new Argument(flags, description);
  contactArguments.add(argument);
  return argument;
}

/** Whether an argument names an existing contact (shell completion offers names there): called `name` or `names`, or made by contactArgument. */
export function namesAContact(argument: Argument): boolean {
  return contactArguments.has(argument) || ['name', 'names'].includes(argument.name());
}

/** --via: a channel, or an everyday word for one (phone is a call); the choices stay the help's and the completion's. */
export function viaOption(): Option {
  return new Option('--via <channel>', 'how; everyday words are read as these: phone as call, text as message, lunch as meal')
    .choices(CHANNEL_NAMES)
    .argParser((word: string): Channel => {
      const channel = channelFor(word);
      if (channel === undefined) throw new InvalidArgumentError(`Allowed choices are ${CHANNEL_NAMES.join(', ')}.`);
      return channel;
    });
}

/**
 * `rel add jane --note "lunch" --note "wine"`: a flag that takes one value, given twice; commander
 * would keep the last without a word, so the command line is refused. A repeatable flag (collect)
 * takes every value; a filter of one value (oneOf) refuses a second in its own words, first.
 */
export function onceEach(command: Command): Command {
  // A command not built for this run (cliLazy.ts's stand-in) has no options to read.
  if (!Array.isArray(command.options)) return command;
  for (const option of command.options) {
    if (option.isBoolean() || option.variadic || (option.parseArg as unknown) === collect) continue;
    const values: string[] = [];
    command.on(`option:${option.name()}`, (value: string | null) => {
      values.push(value ?? '');
      if (values.length === 2) throw givenTwice(option.long ?? option.flags, option.flags.includes('<text>'), values);
    });
  }
  return command;
}

function givenTwice(flag: string, text: boolean, [first, second]: string[]): UsageError {
  const join = text ? `; join them in one ${flag} "${first!}; ${second!}"` : '';
  return new UsageError(`${flag} given twice ("${first!}" and "${second!}"): give one ${flag}${join}`);
}
