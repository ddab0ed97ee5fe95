// Other tools' words for what a rel command does. Commander suggests the nearest spelling of an
// unknown command, and for these it is the wrong command: `rel history` got "Did you mean
// restore?", `rel delete` "relate", `rel find` "remind". Each word says which command does it.

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

/** Every word above, in lower case. */
export const otherToolsWords = (): string[] => Object.keys(RELS_WORD_FOR);

/** What rel calls `word`, another tool's command, when it is one of those above. */
export function relsWordFor(word: string): string | undefined {
  return Object.hasOwn(RELS_WORD_FOR, word.toLowerCase()) ? RELS_WORD_FOR[word.toLowerCase()] : undefined;
}
