// The command registry: one .command() per verb, its flags and help, and a lazy import of the
// file that does the work. No logic here, so start-up loads only the command that runs.
import { Command, CommanderError, Option } from 'commander';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { registerCareCommands } from './cliCare.js';
import { registerCorrectCommands } from './cliCorrect.js';
import { registerDataCommands } from './cliData.js';
import { registerFollowUpCommands } from './cliFollowUps.js';
import { registerInsightCommands } from './cliInsights.js';
import { registerMergeCommands } from './cliMerge.js';
import { registerPeopleCommands } from './cliPeople.js';
import { registerRelationCommands } from './cliRelations.js';
import { commandNamed, NEEDS_EVERY_COMMAND, onlyCommand, readingJsonFirst, terminalOnlyQuestions } from './cliLazy.js';
import { collect, examples, onceEach, oneOf, viaOption, type Act } from './cliShared.js';
import { asOneArgument, inFlagWords, inGroupsWords, inRelsWords, inSearchWords, missingDayFlag, relateAsFlags, withUsage } from './cliRefusals.js';
import { pathWord } from './shellWords.js';
import { dateAtAnEnd } from './domain/dateInput.js';
import { UsageError } from './errors.js';
import { RefusedCommandLine } from './report.js';
import { registerSetAsideCommands } from './cliSetAside.js';
import { registerShellCommands } from './cliShell.js';
import { registerUndoCommands } from './cliUndo.js';
import type { AddOptions } from './commands/add.js';
import type { ListOptions } from './commands/list.js';
import type { LogOptions } from './commands/log.js';
import type { ShowOptions } from './commands/show.js';
import type { TodayOptions } from './commands/today.js';
import type { Context, GlobalOptions } from './context.js';
import { LIST_SORT_KEYS } from './domain/listOrder.js';

type ContextFactory = (globals: GlobalOptions) => Promise<Context>;

/** Set by the build (esbuild.config.mjs), so that a start reads no package.json; the sources read it. */
declare const REL_VERSION: string | undefined;

function version(): string {
  if (typeof REL_VERSION === 'string') return REL_VERSION;
  return (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The whole command line. An argument or option value called `name` is an existing contact: shell
 * completion (src/commands/completion.ts) offers contact names there, so a new person's name is
 * `<full-name>`; an argument called otherwise says so with contactArgument (merge's `<a> <b>`). A
 * value called `relative` is one of the relatives of the person the first argument names.
 */
export function buildProgram(makeContext: ContextFactory, writeOut?: (text: string) => void, writeErr?: (text: string) => void, argv?: readonly string[]): Command {
  // A run builds only the command it names (each costs commander some option parsing at every
  // start); help, completion, a mistyped name or none at all need every command.
  const named = argv === undefined ? undefined : commandNamed(argv);
  // `rel --version` names no command and needs none.
  if (argv !== undefined && named === undefined && argv.slice(2).some((word) => word === '--version' || word === '-V')) return registerCommands(makeContext, writeOut, writeErr, '');
  if (named !== undefined && !NEEDS_EVERY_COMMAND.has(named)) {
    const program = registerCommands(makeContext, writeOut, writeErr, named);
    if (program.commands.length > 0) return readingJsonFirst(program);
  }
  return readingJsonFirst(registerCommands(makeContext, writeOut, writeErr));
}

/** The last argument, when it is one name, one tag or one file: words beyond it are most likely more of it, or more files. */
const wordsLast = (cmd: Command): 'name' | 'tag' | 'file' | undefined => {
  // A command not built for this run (cliLazy.ts's stand-in) has no arguments to read.
  const last = Array.isArray(cmd.registeredArguments) ? cmd.registeredArguments.at(-1) : undefined;
  if (last === undefined || last.variadic) return undefined;
  return /name/.test(last.name()) ? 'name' : last.name() === 'tag' ? 'tag' : last.name() === 'file' ? 'file' : undefined;
};

/** A command whose last argument is a name, a tag or a file takes more words, to say what to type instead. */
function takesWordsLast(cmd: Command): Command {
  return wordsLast(cmd) ? cmd.allowExcessArguments(true) : cmd;
}

/** `rel show maria lopez`: one name typed without quotes, as two words (commander would only count them). */
async function refuseUnquotedName(cmd: Command): Promise<void> {
  const declared = cmd.registeredArguments;
  const last = wordsLast(cmd);
  if (last === undefined || cmd.args.length <= declared.length) return;
  const path = cmd.parent && cmd.parent.name() !== 'rel' ? `${cmd.parent.name()} ${cmd.name()}` : cmd.name();
  const given = `${path} takes ${declared.map((a) => a.name().toUpperCase()).join(' ')}, and was given ${cmd.args.length} ${last === 'file' ? 'arguments' : 'words'}`;
  if (last === 'tag') {
    // `rel tag vip jane`: a person is tagged by rel edit, not here.
    const [tag = '', ...person] = cmd.args;
    throw new UsageError(`${given}: a tag of several words goes in quotes (rel ${path} ${asOneArgument(cmd.args)}); if ${asOneArgument(person)} is a person to tag: rel edit ${asOneArgument(person)} --tag ${asOneArgument([tag])}`);
  }
  if (last === 'file') throw new UsageError(`${given}: ${severalFiles(path, cmd.args)}`);
  const before = cmd.args.slice(0, declared.length - 1);
  if (path === 'relate' || path === 'unrelate') {
    const example = await relateAsFlags(path, cmd.args, cmd.opts<{ to?: string; as?: string }>());
    throw new UsageError(`${given}: say whom with --to${path === 'relate' ? ' and how with --as' : ''}${example === undefined ? '' : ` (${example})`}, and put a name of several words in quotes`);
  }
  const name = asOneArgument(cmd.args.slice(declared.length - 1));
  const day = await dayAfterName(cmd, path, before, cmd.args.slice(declared.length - 1));
  throw new UsageError(`${given}: a name of several words goes in quotes (rel ${path} ${[...before, name, ...flagsTyped(cmd)].join(' ')})${day}`);
}

/** The words typed after the command's name that are not its arguments (its flags and their values), to type again. */
function flagsTyped(cmd: Command): string[] {
  let root = cmd;
  while (root.parent !== null) root = root.parent;
  const typed = (root as Command & { rawArgs?: string[] }).rawArgs?.slice(2) ?? [];
  const args = [...cmd.args];
  return typed.slice(typed.indexOf(cmd.name()) + 1).filter((word) => (word === args[0] ? (args.shift(), false) : true)).map((word) => (word.startsWith('-') ? word : asOneArgument([word])));
}

/** `rel pause ann next week`: the day its required flag was left out for, said after the name. */
async function dayAfterName(cmd: Command, path: string, before: readonly string[], words: readonly string[]): Promise<string> {
  const flag = missingDayFlag(cmd);
  if (flag?.long === undefined) return '';
  // Whether the words read as a date does not depend on the day they are counted from.
  const said = await dateAtAnEnd(words.join(' '), { today: '2000-01-01', prefer: 'future' }, 'last');
  return said ? `; if "${said.date}" is the day: rel ${path} ${[...before, asOneArgument(said.rest.split(' '))].join(' ')} ${flag.long} "${said.date}"` : '';
}

/**
 * `rel import *.vcf`: one file at a time, each its own change to undo. Words that are one file's
 * name with spaces (`rel import My Contacts.vcf`) go in quotes. `rel backup a.db b.db`: one file,
 * or one name with a space; which was meant, the line cannot tell.
 */
function severalFiles(path: string, words: readonly string[]): string {
  const files = filesAmong(words);
  const spaced = `a file name with spaces goes in quotes (rel ${path} ${pathWord(words.join(' '))})`;
  if (files.length === 1) return spaced;
  if (path !== 'import') return `it writes one file (rel ${path} ${pathWord(files[0]!)}); ${spaced}`;
  const loop = `for f in ${files.length <= 3 ? files.map(pathWord).join(' ') : sharedGlob(files)}; do rel import "$f"; done`;
  return `import one file at a time (${loop})`;
}

/** The files `words` name: the words of a file that exists, with spaces in its name, as one. */
function filesAmong(words: readonly string[]): string[] {
  const files: string[] = [];
  for (let first = 0; first < words.length; ) {
    let last = first;
    while (last < words.length - 1 && !existsSync(words.slice(first, last + 1).join(' '))) last++;
    const spaced = words.slice(first, last + 1).join(' ');
    const found = existsSync(spaced);
    files.push(found ? spaced : words[first]!);
    first = found ? last + 1 : first + 1;
  }
  return files;
}

/** `dir/*.vcf` when the files are all of their folder's with their extension (as `*.vcf` gave them), else the files as given. */
function sharedGlob(files: readonly string[]): string {
  const [folder, extension] = [dirname(files[0]!), extname(files[0]!)];
  const shared = extension !== '' && files.every((f) => dirname(f) === folder && extname(f) === extension);
  const given = new Set(files.map((f) => basename(f)));
  const all = shared && readdirSync(folder).filter((f) => extname(f) === extension).every((f) => given.has(f));
  return all ? `${folder === '.' ? '' : `${pathWord(folder)}/`}*${extension}` : files.map(pathWord).join(' ');
}


function registerCommands(makeContext: ContextFactory, writeOut?: (text: string) => void, writeErr?: (text: string) => void, only?: string): Command {
  const program = new Command('rel');
  program
    .description('A private journal of the people your business runs on: who to reach out to today, and why.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--db <path>', 'the journal file (default: $REL_DB, else the data directory, e.g. ~/.local/share/rel/rel.db)')
    .option('--no-input', 'never prompt; a missing argument is an error that names the flag')
    .option('--no-color', 'no colour (NO_COLOR=1 works too)')
    .exitOverride() // each command's own is set once all are built (pointToOwnHelp)
    // Errors are printed by main.ts, in one line. A command line without its command (`rel`,
    // `rel contact`) is a usage error: its help goes to stderr, and report.ts exits 2 for it.
    .configureOutput({ outputError: () => undefined, ...(writeOut && { writeOut }), ...(writeErr && { writeErr }), ...terminalOnlyQuestions(program) })
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', examples(['rel add "Jane Doe" --via call --note "Talked about the spring catalog" --follow-up "in 1 week: send the catalog"', 'rel today', 'rel show jane']));

  // The one place where commander's untyped values meet the commands' types (see Act).
  const act: Act = (cmd, run) =>
    takesWordsLast(onceEach(cmd)).action(async () => {
      await refuseUnquotedName(cmd);
      const ctx = await makeContext(cmd.optsWithGlobals<GlobalOptions>());
      await run(ctx, cmd.opts(), cmd.processedArgs as Parameters<typeof run>[2]);
    });
  onceEach(program); // --db given twice
  const registry = only === undefined ? program : onlyCommand(program, only);

  act(
    registry
      .command('add')
      .argument('[names...]', 'who you talked to: a name, part of it, an alias, an email, a phone number or #id; several names log one conversation with all of them')
      .description('log a conversation with one person or several: what was said, what to remember, when to follow up')
      .option('--note <text>', 'what you talked about')
      .option('--on <date>', 'when it happened: today (the default) or before; plans are follow-ups (rel remind)')
      .addOption(viaOption())
      .option('--remember <text>', 'a detail to remember (repeatable); with several people, "NAME: text" says whose (else the first\'s)', collect)
      .option('--remember-on <date>', 'date the detail (with one --remember): YYYY-MM-DD or YYYY-MM')
      .option('--follow-up <when[: what]>', 'a follow-up (repeatable), e.g. "in 1 week: send the catalog", "2027-06: renew the policy" (a month: its first day); with several people, "NAME: when: what" says whose (else the first\'s)', collect)
      .option('--complaint', 'mark it an open complaint')
      .option('--tag <tag>', 'tag the person (repeatable)', collect)
      .option('--new', 'create a name that matches nobody even if it looks like someone already there (a name that finds someone, whole, in part or by #id, is still them)')
      .addHelpText(
        'after',
        examples([
          'rel add "Jane Doe" --via call --note "Talked about the spring catalog"',
          'rel add jane --note "Loved the tulips" --remember "expecting her first baby" --remember-on 2027-03',
          'rel add bob --via visit --note "Order arrived damaged" --complaint --follow-up "tomorrow: call back"',
          'rel add jane tom bob --via meal --note "Lunch at Luigi\'s" --remember "tom: training for a marathon"',
          'rel add            # on a terminal: asks who, how, what, and what to remember',
        ]),
      ),
    async (ctx, opts: AddOptions, [names]: [string[]]) => (await import('./commands/add.js')).add(names, opts, ctx),
  );

  act(
    registry
      .command('today')
      .description('who to reach out to today, and why: follow-ups, dates, complaints, people drifting away')
      .option('--days <n>', 'days ahead to look for dates and follow-ups (default 14)')
      .option('--limit <n>', 'show at most this many people (default 10)')
      .option('--all', 'show everyone who has a reason')
      .option('--as-of <date>', 'the list as on another day: 2026-12-24, friday, "in 2 weeks"')
      .option('--json', 'as JSON: rows with scores and reasons (shape in the README)')
      .option('--review', 'on a terminal, one person at a time: l log a conversation, d done, s snooze, p pause, o card, space/n skip, u undo, q quit')
      .addHelpText(
        'after',
        examples([
          'rel today',
          'rel today --days 30 --all',
          'rel today --as-of friday',
          'rel today --json | jq ".[].person.name"',
          'rel today --review     # walk through the list and act on each person; each action can be undone',
          'rel config set days 21    # change the defaults kept in the journal',
        ]),
      ),
    async (ctx, opts: TodayOptions) => (await import('./commands/today.js')).today(opts, ctx),
  );

  act(
    registry
      .command('show')
      .argument('<name>', 'the contact')
      .description("the person's card: facts, details, dates, follow-ups, last conversations, referrals")
      .option('--tree', 'also the referral tree: everyone they brought in, and whom those brought in')
      .option('--json', 'as JSON')
      .addHelpText('after', examples(['rel show jane', 'rel show jane --tree', 'rel show "#12" --json'])),
    async (ctx, opts: ShowOptions, [name]: [string]) => (await import('./commands/show.js')).show(name, opts, ctx),
  );

  act(
    registry
      .command('list')
      .description('contacts, one line each with the last contact and the next due date')
      .option('--tag <tag>', 'only people with this tag', oneOf('--tag', 'rel list lists the people of one tag at a time'))
      .option('--overdue', 'only people past their keep-in-touch cadence')
      .addOption(new Option('--sort <key>', 'order').choices(LIST_SORT_KEYS).default('name'))
      .option('--archived', 'archived people instead')
      .option('--json', 'as JSON')
      .addHelpText('after', examples(['rel list --tag vip', 'rel list --overdue --sort next', 'rel list --json | jq ".[].name"'])),
    async (ctx, opts: ListOptions) => (await import('./commands/list.js')).list(opts, ctx),
  );

  registerPeopleCommands(registry, act);

  registerFollowUpCommands(registry, act);

  act(
    registry
      .command('log')
      .argument('[name]', 'only this contact')
      .description('conversation history, newest first')
      .option('--since <date>', 'from this day on (a month, 2026-05: from its first day)')
      .option('--limit <n>', 'at most this many')
      .option('--json', 'as JSON')
      .addHelpText('after', examples(['rel log', 'rel log jane --since "last month"', 'rel log --since 2026-05     # from 1 May 2026', 'rel log --limit 5 --json'])),
    async (ctx, opts: LogOptions, [name]: [string?]) => (await import('./commands/log.js')).log(name, opts, ctx),
  );

  registerSetAsideCommands(registry, act);
  registerDataCommands(registry, act);
  registerCareCommands(registry, act);
  registerCorrectCommands(registry, act);
  registerInsightCommands(registry, act);
  registerShellCommands(registry, act);
  registerUndoCommands(registry, act);
  registerMergeCommands(registry, act);
  registerRelationCommands(registry, act);
  // A refused --json names the commands that take it: all of them built, only then.
  pointToOwnHelp(program, 'rel', () => (only === undefined ? program : registerCommands(makeContext)));
  return program;
}

/**
 * A command line commander refuses (an unknown option, a missing or extra argument, a value not
 * among the choices) names the help of the command it was refused by, `rel snooze --help` with
 * its flags and examples rather than the list of every command: report.ts says it.
 */
function pointToOwnHelp(command: Command, path: string, everyCommand: () => Command): void {
  command.exitOverride((error: CommanderError) => {
    if (error.code === 'commander.executeSubCommandAsync') return; // commander's own default: never thrown
    throw new RefusedCommandLine(path === 'rel' ? inRelsWords(error, command) : inSearchWords(inFlagWords(inGroupsWords(withUsage(error, command, path), command, path), command, path, everyCommand), path), `${path} --help`);
  });
  for (const sub of command.commands) pointToOwnHelp(sub, `${path} ${sub.name()}`, everyCommand);
}
