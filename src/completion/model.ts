// What shell completion needs to know, read from the commander program itself (commands,
// subcommands, flags, their values), so the scripts can never fall behind the command line.
import type { Argument, Command, Option } from 'commander';
import { namesAContact } from '../cliShared.js';

/**
 * What follows a flag or fills an argument: nothing, free text, a file, a contact's name, the name
 * of a relative of the contact the command's first argument names, or one of fixed choices.
 */
export type FlagValue = { kind: 'none' } | { kind: 'text' } | { kind: 'file' } | { kind: 'name' } | { kind: 'relative' } | { kind: 'choice'; choices: string[] };

export interface FlagSpec {
  /** '--via', '-y'. */
  long?: string;
  short?: string;
  value: FlagValue;
  description: string;
}

export interface CommandSpec {
  /** Words after `rel`: '' for rel itself, 'show', 'contact add'. */
  path: string;
  description: string;
  subcommands: Array<{ name: string; description: string }>;
  /** This command's own flags (the global ones are in CompletionModel.globalFlags). */
  flags: FlagSpec[];
  /** What each argument takes, in order. */
  args: ArgumentSpec[];
}

export interface ArgumentSpec {
  value: FlagValue;
  /** It takes every word from its place on (`[names...]`). */
  variadic: boolean;
}

export interface CompletionModel {
  commands: CommandSpec[];
  globalFlags: FlagSpec[];
}

/** By the registry's convention (src/cli.ts) a value called `name` (or `names`) is an existing contact, `relative` one of NAME's relatives, `path` a file. */
function flagValue(option: Option): FlagValue {
  if (!option.required && !option.optional) return { kind: 'none' };
  if (option.argChoices) return { kind: 'choice', choices: [...option.argChoices] };
  const attribute = /[<[]([\w-]+)/.exec(option.flags)?.[1];
  if (attribute === 'name') return { kind: 'name' };
  if (attribute === 'relative') return { kind: 'relative' };
  if (attribute === 'path' || attribute === 'file') return { kind: 'file' };
  return { kind: 'text' };
}

function argumentValue(argument: Argument): FlagValue {
  if (argument.argChoices) return { kind: 'choice', choices: [...argument.argChoices] };
  return namesAContact(argument) ? { kind: 'name' } : { kind: 'text' };
}

function flagSpecs(cmd: Command): FlagSpec[] {
  return cmd
    .createHelp()
    .visibleOptions(cmd)
    .map((o) => ({ long: o.long, short: o.short, value: flagValue(o), description: o.description }));
}

function walk(cmd: Command, path: string, into: CommandSpec[]): void {
  const visible = cmd.createHelp().visibleCommands(cmd);
  into.push({
    path,
    description: cmd.description(),
    subcommands: visible.map((c) => ({ name: c.name(), description: c.description() })),
    flags: path === '' ? [] : flagSpecs(cmd),
    args: cmd.registeredArguments.map((a) => ({ value: argumentValue(a), variadic: a.variadic })),
  });
  for (const sub of visible) if (sub.name() !== 'help') walk(sub, path === '' ? sub.name() : `${path} ${sub.name()}`, into);
}

export function completionModel(program: Command): CompletionModel {
  const commands: CommandSpec[] = [];
  walk(program, '', commands);
  return { commands, globalFlags: flagSpecs(program) };
}

/** Every spelling of a flag: ['--yes', '-y']. */
export function flagNames(flag: FlagSpec): string[] {
  return [flag.long, flag.short].filter((n): n is string => n !== undefined);
}
