// How a command line commander refused is told: another tool's word names rel's command or flag
// for it, and a missing or extra argument shows how the command is written (and where a day typed
// as an argument goes). pointToOwnHelp (cli.ts) sends every refusal through here; nothing of this
// runs unless a command line is refused.
import { CommanderError, type Command, type Option } from 'commander';
import { groupWordFor, isTextFlag, relsFlagFor, relsWordFor } from './cliWords.js';
import { commandWord } from './shellWords.js';

/** The word commander did not know as a command, if that is what it refused. */
const unknownCommand = (error: CommanderError): string | undefined => (error.code === 'commander.unknownCommand' ? /'(.*)'/.exec(error.message)?.[1] : undefined);

const saying = (error: CommanderError, word: string, meant: string): CommanderError =>
  new CommanderError(error.exitCode, error.code, `unknown command '${word}': ${meant}`);

/** How a group's command is written, and what it does: `rel reminder reopen <id>: open again a follow-up marked done by mistake`. */
const described = (command: Command, path: string): string => `${path} ${command.name()} ${command.usage().replace('[options] ', '')}: ${command.description()}`;

/** `rel reopen 4`: a command of a group, typed without its group (rel reminder reopen). */
function groupsCommand(program: Command, word: string): string | undefined {
  const lower = word.toLowerCase();
  const found = program.commands.flatMap((group) => group.commands.filter((c) => c.name() === lower).map((c) => described(c, `rel ${group.name()}`)));
  return found.length === 0 ? undefined : found.join('; ');
}

/**
 * `rel history`: another tool's word for a rel command says which command, instead of commander's
 * nearest spelling; `rel reopen 4`, a group's command without its group, names it with its group.
 */
export function inRelsWords(error: CommanderError, program: Command): CommanderError {
  const word = unknownCommand(error);
  const meant = word === undefined ? undefined : relsWordFor(word) ?? groupsCommand(program, word);
  return word === undefined || meant === undefined ? error : saying(error, word, meant);
}

/** `rel conversation delete 3`: the group's own command for another tool's word, or a person's command for `rel contact rm`. */
export function inGroupsWords(error: CommanderError, group: Command, path: string): CommanderError {
  const word = unknownCommand(error);
  if (word === undefined) return error;
  const commands = new Map(group.commands.map((c) => [c.name(), described(c, path)]));
  const meant = groupWordFor(group.name(), word, commands);
  return meant === undefined ? error : saying(error, word, meant);
}

/**
 * `rel search ana -kitchen`: the shell hands -kitchen over as a flag, so commander refuses it
 * before the query can read it as NOT; the line says how to write it.
 */
export function inSearchWords(error: CommanderError, path: string): CommanderError {
  const word = path === 'rel search' && error.code === 'commander.unknownOption' ? /'-(\p{L}[^']*)'/u.exec(error.message)?.[1] : undefined;
  if (word === undefined) return error;
  return new CommanderError(error.exitCode, error.code, `${error.message.replace(/\.$/, '')}: to leave out who has ${word}, write NOT ${word} (rel search WORDS NOT ${word}), or quote the whole query (rel search 'WORDS -${word}')`);
}

/** The long flags a command takes, its own and those of the commands above it (--no-color, --db). */
function flagsOf(command: Command): Set<string> {
  const flags = new Set<string>();
  for (let c: Command | null = command; c !== null; c = c.parent) for (const option of c.options) if (option.long) flags.add(option.long);
  return flags;
}

/**
 * `rel add jane --date friday`: another tool's word for a flag names the command's own (--on),
 * instead of commander's nearest spelling (--note); `rel export contacts --csv` is --format csv;
 * `rel remind jane --note call` shows that the text is an argument; `rel add … --json` names the
 * commands that take --json.
 */
export function inFlagWords(error: CommanderError, command: Command, path: string, everyCommand: () => Command): CommanderError {
  const flag = error.code === 'commander.unknownOption' ? /'(-[^']*)'/.exec(error.message)?.[1] : undefined;
  if (flag === undefined) return error;
  const flags = flagsOf(command);
  if (flag === '--json') return new CommanderError(error.exitCode, error.code, `unknown option '--json': ${path} prints no JSON; these do: ${commandsWithJson(everyCommand()).join(', ')}`);
  const formats = command.options.find((option) => option.long === '--format')?.argChoices ?? [];
  const meant = relsFlagFor(flag, (long) => flags.has(long), formats);
  if (meant === undefined && isTextFlag(flag) && command.registeredArguments.some((a) => a.name() === 'text')) {
    return new CommanderError(error.exitCode, error.code, `unknown option '${flag}': the text is an argument, after the name; usage: ${usageOf(command, path)}`);
  }
  if (meant === undefined) return withoutFarGlobalFlags(error, command);
  const written = meant.startsWith('--format') ? meant : command.options.find((option) => option.long === meant)?.flags.replace(/^-\w, /, '') ?? meant;
  return new CommanderError(error.exitCode, error.code, `unknown option '${flag}' (Did you mean ${written}?)`);
}

/**
 * `rel done 4 --person eve`: commander's nearest spelling may be a flag of rel itself (--version,
 * two letters off), which the command line cannot have meant. A flag of the commands above is
 * offered only one slip away (`--verison`); else the refusal points at the command's help alone.
 */
function withoutFarGlobalFlags(error: CommanderError, command: Command): CommanderError {
  const flag = /'(--[^'=]*)/.exec(error.message)?.[1];
  const said = /\n\(Did you mean (?:one of )?(.*)\?\)$/.exec(error.message);
  if (flag === undefined || said === null) return error;
  const own = new Set(command.options.map((option) => option.long));
  const offered = said[1]!.split(', ');
  const kept = offered.filter((long) => own.has(long) || oneSlipApart(flag, long));
  if (kept.length === offered.length) return error;
  const meant = kept.length === 0 ? '' : kept.length === 1 ? `\n(Did you mean ${kept[0]}?)` : `\n(Did you mean one of ${kept.join(', ')}?)`;
  return new CommanderError(error.exitCode, error.code, `${error.message.slice(0, said.index)}${meant}`);
}

/** Whether two words are one typing slip apart: a letter wrong, missing, extra, or two swapped. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    const swapped = short[i] === long[i + 1] && short[i + 1] === long[i];
    return short.slice(i + 1) === long.slice(i + 1) || (swapped && short.slice(i + 2) === long.slice(i + 2));
  }
  return short.slice(i) === long.slice(i + 1);
}

/** The commands of `root` (the whole registry) that take --json, as typed: rel today, rel reminder list, … */
function commandsWithJson(root: Command): string[] {
  const all = root.commands.flatMap((c) => [c, ...c.commands]);
  return all.filter((c) => c.options.some((o) => o.long === '--json')).map((c) => `rel ${c.parent === root ? '' : `${c.parent!.name()} `}${c.name()}`);
}

/** The words of a list, the last after "or": "a, b or c". */
const eitherOf = (words: readonly string[]): string => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`);

/**
 * `rel export`, `rel snooze 1 monday`, `rel today now`: a missing or extra argument also shows how
 * the command is written, and the values a missing argument can take.
 */
export function withUsage(error: CommanderError, command: Command, path: string): CommanderError {
  // Every command alike, one that takes no argument too: `rel undo 3` shows `rel undo [options]`.
  if (error.code !== 'commander.missingArgument' && error.code !== 'commander.excessArguments') return error;
  const missing = /'(.*)'/.exec(error.message)?.[1];
  const choices = command.registeredArguments.find((a) => error.code === 'commander.missingArgument' && a.name() === missing)?.argChoices;
  const values = choices === undefined ? '' : `, where <${missing}> is ${eitherOf(choices)}`;
  return new CommanderError(error.exitCode, error.code, `${error.message.replace(/\.$/, '')}; usage: ${usageOf(command, path)}${values}${dayAsArgument(error, command, path)}`);
}

/** The required day flag a command line left out (`rel snooze 1 friday`: --until), if one. */
export function missingDayFlag(command: Command): Option | undefined {
  return command.options.find((o) => o.description.includes('(required)') && o.flags.endsWith('<date>') && command.getOptionValue(o.attributeName()) === undefined);
}

/** `rel snooze 1 friday`: the words after the arguments are the day its flag was left out for. */
function dayAsArgument(error: CommanderError, command: Command, path: string): string {
  const flag = error.code === 'commander.excessArguments' ? missingDayFlag(command) : undefined;
  const given = command.registeredArguments.length;
  const extra = command.args.slice(given);
  if (flag?.long === undefined || extra.length === 0) return '';
  return `; the day goes in ${flag.long}: ${path} ${command.args.slice(0, given).join(' ')} ${flag.long} "${extra.join(' ')}"`;
}

/** Words as one argument to type again: in quotes when they hold a space ("Jane Doe" is one argument with one). */
export const asOneArgument = (words: readonly string[]): string => commandWord(words.join(' '));

/**
 * `rel relate jane spouse john`, `rel relate tom husband of jane`, `rel relate jane --to john spouse`:
 * the words as the flags of rel relate (or unrelate) say them, or undefined when they do not say whom. Without --as,
 * the first word after the person that rel reads as a relation is its kind, and the words after it
 * (an "of" or "to" left out) whom; without --to either, two words are the person and whom. What
 * the words leave unsaid is a placeholder (`--as <kind>`).
 */
export async function relateAsFlags(path: string, words: readonly string[], given: { to?: string; as?: string }): Promise<string | undefined> {
  const { readRelationWord } = await import('./domain/relations.js'); // loaded only for a refused line
  const at = given.as === undefined ? words.findIndex((word, i) => i > 0 && readRelationWord(word) !== undefined) : -1;
  const as = at === -1 ? given.as : words[at];
  let [person, whom] = at === -1 ? [words, [] as readonly string[]] : [words.slice(0, at), words.slice(at + 1)];
  if (/^(of|to)$/i.test(whom[0] ?? '')) whom = whom.slice(1);
  if (at === -1 && given.to === undefined && words.length === 2) [person, whom] = [words.slice(0, 1), words.slice(1)];
  if (given.to !== undefined && whom.length > 0) return undefined; // whom twice
  const to = given.to !== undefined ? asOneArgument([given.to]) : whom.length > 0 ? asOneArgument(whom) : at === -1 ? undefined : '<name>';
  if (to === undefined) return undefined;
  const how = as !== undefined ? ` --as ${asOneArgument([as])}` : path === 'relate' ? ' --as <kind>' : ''; // relate needs it
  return `rel ${path} ${asOneArgument(person)} --to ${to}${how}`;
}

/** `rel snooze <id> --until <date>`: the arguments, and the flags its help says are required. */
function usageOf(command: Command, path: string): string {
  const required = command.options.filter((o) => o.description.includes('(required)')).map((o) => ` ${o.flags}`);
  return `${path} ${command.usage().replace('[options] ', '')}${required.join('')}`;
}
