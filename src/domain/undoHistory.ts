// The undo history's rules: how many changes it keeps, and how a change is told to the user when
// the command that made it gave no words of its own ("add conversation with Jane Doe (#12)").
import type { Conversation } from './records.js';

/** rel undo reaches back through at least this many changes (SPEC §3). */
export const UNDO_HISTORY = 50;

/** What one change did to one table: the undo log's entries, counted. */
export interface ChangeEntry {
  table: string;
  op: 'insert' | 'update' | 'delete';
  rows: number;
  /** Whose rows (the first by id), when the table's rows belong to a person. */
  contactId: number | null;
  /** A contact's name, a setting's key or a tag, when the table has one (the first). */
  label: string | null;
  /** How many people the rows belong to. */
  people: number;
}

export interface UndoChange {
  id: number;
  description: string | null;
  /** UTC instant. */
  madeAt: string;
  entries: ChangeEntry[];
  /** The names of the people in `entries`, by id. */
  names: ReadonlyMap<number, string>;
}

const plural = (n: number, one: string, many = `${one}s`): string => (n === 1 ? one : `${n} ${many}`);

/** How much of a record's text the history repeats: enough to know it again, on one line. */
const GIST_LENGTH = 60;

/** A record's text on one line, cut after GIST_LENGTH characters at a word's end. */
export function gist(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= GIST_LENGTH) return line;
  const cut = line.slice(0, GIST_LENGTH + 1);
  const end = cut.lastIndexOf(' ');
  // A cut inside a word may fall between the two halves of an emoji: the first half goes too.
  const kept = (end > GIST_LENGTH / 2 ? cut.slice(0, end) : cut.slice(0, GIST_LENGTH)).replace(/[\uD800-\uDBFF]$/, '');
  return `${kept.trimEnd()}…`;
}

/** A follow-up or a remembered detail: its id, whose it is and what it says. */
export interface PersonsRecord {
  id: number;
  contactId: number;
  contactName: string;
  text: string;
}

/** The words of a command's change to one record of a person: `how` follows the person (" until 2026-12-10"). */
const recordChange =
  (kind: string, preposition: string) =>
  (verb: string, record: PersonsRecord, how = ''): string =>
    `${verb} ${kind} #${record.id} ${preposition} ${record.contactName} (#${record.contactId})${how}: ${gist(record.text)}`;

/** "snooze follow-up #4 for Jane Doe (#1) until 2026-12-10: send the catalogue" */
export const followUpChange = recordChange('follow-up', 'for');
/** "forget detail #7 about Jane Doe (#1): loves golf" */
export const detailChange = recordChange('detail', 'about');

/**
 * "move follow-up #4 from Jane Doe (#1) to Jane Smith (#2): send the catalogue": a record taken
 * from the person it was entered for to another; `how` says what else changed (" (text)").
 */
export const movedRecordChange = (kind: 'follow-up' | 'detail', record: PersonsRecord, to: { id: number; name: string }, how = ''): string =>
  `move ${kind} #${record.id} from ${record.contactName} (#${record.contactId}) to ${to.name} (#${to.id})${how}: ${gist(record.text)}`;

/** "delete conversation #12 with Jane Doe (#1) and 1 other on 2026-11-20: lunch at the fair" */
export function conversationChange(verb: string, conversation: Pick<Conversation, 'id' | 'people' | 'happenedOn' | 'note'>, how = ''): string {
  const [first, ...others] = conversation.people;
  const withWhom = `${first!.name} (#${first!.id})${others.length > 0 ? ` and ${plural(others.length, '1 other', 'others')}` : ''}`;
  return `${verb} conversation #${conversation.id} with ${withWhom} on ${conversation.happenedOn}${how}${conversation.note ? `: ${gist(conversation.note)}` : ''}`;
}

/** What the change was: the command's own words, else a summary of its biggest part. */
export function describeChange(change: UndoChange): string {
  if (change.description !== null) return change.description;
  const find = (table: string, op?: ChangeEntry['op']) => change.entries.find((e) => e.table === table && (op === undefined || e.op === op));
  const who = (e: ChangeEntry): string => {
    if (e.contactId === null) return 'someone';
    const name = change.names.get(e.contactId);
    const one = `${name ?? 'someone'} (#${e.contactId})`;
    return e.people > 1 ? `${one} and ${plural(e.people - 1, '1 other', 'others')}` : one;
  };
  // A conversation by its first person (its own row's), as rel add and rel log name it, with everyone it was with counted.
  const conversationWith = (e: ChangeEntry, everyone: ChangeEntry | undefined): string => who(everyone ? { ...e, people: everyone.people } : e);
  // New people logged with a conversation: named by their own rows, the conversations counted.
  const newPeople = find('conversations', 'insert') && find('contacts', 'insert');
  const rules: Array<[ChangeEntry | undefined, (e: ChangeEntry) => string]> = [
    [find('contacts', 'delete'), (e) => (e.rows === 1 ? `delete ${who(e)}` : `delete ${e.rows} contacts`)],
    [newPeople, (e) => `add ${who(e)} with ${plural(find('conversations', 'insert')!.rows, 'a conversation', 'conversations')}`],
    [find('conversations', 'insert'), (e) => (e.rows === 1 ? `add conversation with ${conversationWith(e, find('conversation_people', 'insert'))}` : `add ${e.rows} conversations`)],
    [find('contacts', 'insert'), (e) => (e.rows === 1 ? `add contact ${who(e)}` : `add ${e.rows} contacts`)],
    [find('conversations', 'delete'), (e) => `delete ${plural(e.rows, 'a conversation', 'conversations')} with ${conversationWith(e, find('conversation_people', 'delete'))}`],
    [find('conversation_people', 'insert') ?? find('conversation_people', 'delete'), (e) => `change who was in a conversation (${who(e)})`],
    [find('conversations', 'update'), (e) => `change ${plural(e.rows, 'a conversation', 'conversations')} with ${who(e)}`],
    [find('details', 'insert'), (e) => `remember ${plural(e.rows, 'a detail', 'details')} about ${who(e)}`],
    [find('details', 'delete'), (e) => `forget ${plural(e.rows, 'a detail', 'details')} about ${who(e)}`],
    [find('details', 'update'), (e) => `change ${plural(e.rows, 'a detail', 'details')} about ${who(e)}`],
    [find('reminders', 'insert'), (e) => `add ${plural(e.rows, 'a follow-up', 'follow-ups')} for ${who(e)}`],
    [find('reminders', 'delete'), (e) => `delete ${plural(e.rows, 'a follow-up', 'follow-ups')} for ${who(e)}`],
    [find('reminders', 'update'), (e) => `change ${plural(e.rows, 'a follow-up', 'follow-ups')} for ${who(e)} (done, snoozed or moved)`],
    [find('tags'), (e) => `set the cadence of tag ${e.label ?? '?'}`],
    [find('settings'), (e) => `set ${e.label ?? 'a setting'}`],
  ];
  for (const [entry, say] of rules) if (entry) return say(entry);
  const contact = change.entries.find((e) => e.contactId !== null);
  if (contact) return contact.people > 1 ? `edit ${contact.people} contacts` : `edit ${who(contact)}`;
  return `change ${plural(change.entries.reduce((n, e) => n + e.rows, 0), 'a row', 'rows')}`;
}
