// Other tools' words for what a rel command does. Commander suggests the nearest spelling of an
// unknown command, and for these it is the wrong command: `rel history` got "Did you mean
// restore?", `rel delete` "relate", `rel find` "remind". Each word says which command does it;
// the same for flags (`rel add --date`: --on, where commander said --note).

const LOG = 'to log a conversation: rel add NAME --note TEXT; to remember a detail: rel remember NAME TEXT';
const RM = 'to delete a person: rel rm NAME; a conversation: rel conversation rm ID; a remembered detail: rel forget ID';
const NEW = 'to add a person: rel contact add "FULL NAME"; to log a conversation with them: rel add NAME --note TEXT';
const SEARCH = 'to find what was said or who: rel search TEXT';
const LIST = 'everyone, one line each: rel list';
const SHOW = "a person's card: rel show NAME";
const FOLLOW_UP = 'to set a follow-up: rel remind NAME TEXT --on DATE; the open ones: rel reminders';

const RELS_WORD_FOR: Readonly<Record<string, string>> = {
  history: 'the conversations: rel log; the changes that undo takes back: rel undo --list',
  redo: 'there is no redo: what rel undo took back is made again by its own command (rel undo --list shows what undo takes back)',
  note: LOG,
  notes: LOG,
  call: LOG,
  met: LOG,
  delete: RM,
  del: RM,
  remove: RM,
  new: NEW,
  create: NEW,
  find: SEARCH,
  grep: SEARCH,
  lookup: SEARCH,
  people: LIST,
  contacts: LIST,
  info: SHOW,
  view: SHOW,
  card: SHOW,
  todo: FOLLOW_UP,
  followup: FOLLOW_UP,
  'follow-up': FOLLOW_UP,
  rename: 'to rename someone: rel edit NAME --name "NEW NAME"',
  check: 'rel doctor checks the journal',
  status: 'how the relationships are doing: rel stats',
  settings: 'the settings: rel config (rel config set KEY VALUE)',
};

/** Other tools' words for a command of a group: `rel conversation delete 3` is its rm. */
const SUBCOMMAND_FOR: Readonly<Record<string, string>> = {
  delete: 'rm',
  del: 'rm',
  remove: 'rm',
  update: 'edit',
  change: 'edit',
  modify: 'edit',
  new: 'add',
  create: 'add',
};

/** What a group leaves to commands of their own: `rel contact` only creates, `rel conversation` only changes and deletes. */
const ELSEWHERE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  contact: { rm: 'to delete a person: rel rm NAME', edit: 'to change a person: rel edit NAME', show: SHOW, list: LIST },
  conversation: { add: 'to log a conversation: rel add NAME --note TEXT', list: 'the conversations: rel log' },
  detail: { add: 'to remember a detail: rel remember NAME TEXT', list: "a person's details: rel show NAME" },
};

/**
 * What to run for `word` in the group `group` (conversation, detail, contact, config), given what
 * each of the group's commands says of itself by name: the group's own command it stands for, or
 * the command elsewhere that does it; undefined when it is no such word.
 */
export function groupWordFor(group: string, word: string, commands: ReadonlyMap<string, string>): string | undefined {
  const lower = word.toLowerCase();
  const command = Object.hasOwn(SUBCOMMAND_FOR, lower) ? SUBCOMMAND_FOR[lower]! : lower;
  if (command !== lower && commands.has(command)) return commands.get(command);
  const elsewhere = Object.hasOwn(ELSEWHERE, group) ? ELSEWHERE[group]! : {};
  return Object.hasOwn(elsewhere, command) ? elsewhere[command] : undefined;
}

/** What each group's words elsewhere say to run. */
export const groupsElsewhere = (): string[] => Object.values(ELSEWHERE).flatMap((words) => Object.values(words));

/** Every word above, in lower case. */
export const otherToolsWords = (): string[] => Object.keys(RELS_WORD_FOR);

/** What rel calls `word`, another tool's command, when it is one of those above. */
export function relsWordFor(word: string): string | undefined {
  return Object.hasOwn(RELS_WORD_FOR, word.toLowerCase()) ? RELS_WORD_FOR[word.toLowerCase()] : undefined;
}

/** Other tools' words for what was said or is to be done: --note, --text, or an argument. */
const TEXT_WORDS = ['note', 'notes', 'text', 'message', 'msg', 'body', 'comment', 'comments', 'summary', 'description', 'desc', 'memo'];

/**
 * Other tools' words for a flag, each with rel's flags for it, the first a command has wins:
 * `rel add --date` is its --on, `rel snooze --date` its --until. Commander suggests the nearest
 * spelling instead, and for these it is the wrong flag: `rel add --date` got "Did you mean --note?".
 */
const FLAG_WORDS: ReadonlyArray<readonly [words: readonly string[], flags: readonly string[]]> = [
  [['date', 'day', 'when', 'at', 'dated', 'due', 'due-date', 'due-on', 'deadline'], ['--on', '--until', '--as-of']],
  [['for', 'till'], ['--until']],
  [['bday', 'birth', 'birthdate', 'birth-date', 'date-of-birth', 'dob', 'born'], ['--birthday']],
  [TEXT_WORDS, ['--note', '--text']],
  [['mail', 'e-mail', 'emails'], ['--email']],
  [['tel', 'telephone', 'mobile', 'cell', 'cellphone', 'phones', 'phone-number'], ['--phone']],
  [['org', 'organization', 'organisation', 'employer', 'firm', 'business'], ['--company']],
  [['title', 'job', 'job-title', 'position', 'occupation'], ['--role']],
  [['nick', 'nickname', 'aka', 'aliases'], ['--alias']],
  [['channel', 'medium', 'method'], ['--via']],
  [['type'], ['--via', '--as']],
  [['kind', 'relation', 'relationship'], ['--as']],
  [['of', 'with'], ['--to']],
  [['repeat', 'recur', 'recurring', 'interval', 'frequency', 'cadence'], ['--every']],
  [['n', 'max', 'count', 'top'], ['--limit']],
  [['tags', 'label', 'labels'], ['--tag']],
  [['drifting', 'late', 'past-due'], ['--overdue']],
  [['dry', 'dryrun', 'preview', 'simulate', 'noop'], ['--dry-run']],
  [['force', 'confirm', 'no-confirm', 'assume-yes'], ['--yes']],
  [['no-colour', 'nocolor', 'no-colors', 'monochrome'], ['--no-color']],
];

/** Other tools' names for a value of --format: `rel export contacts --vcard` is --format vcf. */
const FORMAT_WORDS: Readonly<Record<string, string>> = { vcard: 'vcf', ical: 'ics', icalendar: 'ics', calendar: 'ics', jsonl: 'ndjson' };

/**
 * What a command that `has` its flags (by their long names) calls `flag` (`--date`, `-n`,
 * `--due=friday`): one of its flags, or `--format VALUE` when the word is a format among `formats`;
 * undefined when it is no such word, or the command has none of its flags.
 */
export function relsFlagFor(flag: string, has: (long: string) => boolean, formats: readonly string[] = []): string | undefined {
  const word = wordOf(flag);
  const format = Object.hasOwn(FORMAT_WORDS, word) ? FORMAT_WORDS[word]! : word;
  if (formats.includes(format)) return `--format ${format}`;
  return FLAG_WORDS.find(([words]) => words.includes(word))?.[1].find((long) => has(long));
}

/** A flag's word: `--Due=friday` is due. */
const wordOf = (flag: string): string => flag.replace(/^--?/, '').replace(/=.*$/s, '').toLowerCase();

/** Whether `flag` is another tool's word for what was said or is to be done (`--note`, `--message`). */
export const isTextFlag = (flag: string): boolean => TEXT_WORDS.includes(wordOf(flag));

/** Every word above, and the flags they stand for. */
export const otherToolsFlags = (): Array<readonly [words: readonly string[], flags: readonly string[]]> => [...FLAG_WORDS];
