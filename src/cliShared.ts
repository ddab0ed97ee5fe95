// What the parts of the command registry share: the act() signature, help examples, repeatable flags.
import type { Command } from 'commander';
import type { Context } from './context.js';

/**
 * Registers a command's action: builds the context, then runs `run` (which loads the command's
 * module) with the parsed options and arguments. Each call names the options type its command
 * module exports and a tuple of its arguments; the option and argument declarations on `cmd`
 * (flags, .choices(), variadic `<text...>`) are what give the values those types.
 */
export type Act = <Opts extends object = object, Args extends unknown[] = []>(cmd: Command, run: (ctx: Context, opts: Opts, args: Args) => Promise<void>) => Command;

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
