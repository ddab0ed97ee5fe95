// The rows of `rel export`, streamed with .iterate() in id order: a million conversations pass
// through one row at a time, never as one array. A contact's lists come from correlated
// subqueries (json_group_array over the index of each list table), so contacts stream too.
import type { Contact, Conversation, Detail, Reminder } from '../domain/records.js';
import type { Relation } from '../domain/relations.js';
import { contactFromRow, type ContactRow } from './contacts.js';
import { manyConversations } from './conversations.js';
import { toDetail, type DetailRow } from './details.js';
import { highestIdsGiven } from './idsGiven.js';
import type { Journal } from './journal.js';
import { toReminder, type ReminderRow } from './reminders.js';
import { RELATIONS_SELECT, toRelation, type RelationRow } from './relations.js';

export interface ExportFilter {
  /** A day: contacts created, conversations held, details created, reminders due on or after it. */
  since?: string;
  /** Only contacts with this tag, and the records of those contacts. */
  tag?: string;
}

interface Params {
  since: string | null;
  tag: string | null;
}

const params = (filter: ExportFilter): Params => ({ since: filter.since ?? null, tag: filter.tag ?? null });

/** The records of contacts with @tag (or of everyone when @tag is null); `column` is the contact id. */
const TAGGED = (column: string) => `(@tag IS NULL OR ${column} IN (SELECT contact_id FROM contact_tags WHERE tag = @tag))`;

/** A contact's columns in the order of ContactTuple, for a reader of many rows on a table aliased `c`. */
const CONTACT_TUPLE_COLUMNS =
  'c.id, c.name, c.company, c.role, c.birthday, c.customer_since, c.cadence, c.met, c.referred_by, c.archived, c.paused_until, c.last_contact_on, c.imported, c.created_on, c.created_at, c.updated_at';

/** A contact read as a raw row (CONTACT_TUPLE_COLUMNS): 100,000 of them cost SQLite a third less than row objects. */
type ContactTuple = [
  id: number, name: string, company: string | null, role: string | null, birthday: string | null, customerSince: string | null, cadence: string | null,
  met: string | null, referredBy: number | null, archived: number, pausedUntil: string | null, lastContactOn: string | null, imported: number,
  createdOn: string, createdAt: string, updatedAt: string,
];

function contactFromTuple(t: readonly [...ContactTuple, ...unknown[]], lists: Pick<Contact, 'emails' | 'phones' | 'aliases' | 'tags'>): Contact {
  const row: ContactRow = {
    id: t[0], name: t[1], company: t[2], role: t[3], birthday: t[4], customer_since: t[5], cadence: t[6], met: t[7], referred_by: t[8], archived: t[9],
    paused_until: t[10], last_contact_on: t[11], imported: t[12], created_on: t[13], created_at: t[14], updated_at: t[15],
  };
  return contactFromRow(row, lists);
}

/** A contact's tuple, its referrer's name, and its lists as JSON arrays. */
type ContactExportRow = [...ContactTuple, referrerName: string | null, emails: string, phones: string, aliases: string, tags: string];

/**
 * Contacts with their lists and referrer's name, those `where` picks, in `order`, as raw rows.
 * `contacts` is `contacts c` or `contacts c NOT INDEXED` (LISTED); `referrer` false leaves the
 * referrer's name null, read from no other contact's page.
 */
const contactsWithLists = (where: string, order: string, lists: ContactLists = 'all', contacts = 'contacts c', referrer = true) => `
  SELECT ${CONTACT_TUPLE_COLUMNS}, ${referrer ? 'r.name' : 'NULL'} AS referrer_name,
         ${lists === 'all' ? '(SELECT json_group_array(email ORDER BY position) FROM contact_emails WHERE contact_id = c.id)' : "'[]'"} AS emails,
         ${lists === 'all' ? '(SELECT json_group_array(phone ORDER BY position) FROM contact_phones WHERE contact_id = c.id)' : "'[]'"} AS phones,
         ${lists === 'all' ? '(SELECT json_group_array(alias ORDER BY alias) FROM contact_aliases WHERE contact_id = c.id)' : "'[]'"} AS aliases,
         (SELECT json_group_array(tag ORDER BY tag) FROM contact_tags WHERE contact_id = c.id) AS tags
  FROM ${contacts}${referrer ? ' LEFT JOIN contacts r ON r.id = c.referred_by' : ''}
  WHERE ${where} ORDER BY ${order}`;

const CONTACTS = contactsWithLists(`(@since IS NULL OR c.created_on >= @since) AND ${TAGGED('c.id')}`, 'c.id');

const list = (json: string): string[] => (json === '[]' ? [] : (JSON.parse(json) as string[]));

export interface ExportedContact {
  contact: Contact;
  referrerName: string | null;
}

export function* exportContacts(j: Journal, filter: ExportFilter = {}): Generator<ExportedContact> {
  for (const row of j.rawStmt<[Params], ContactExportRow>(CONTACTS).iterate(params(filter))) yield exported(row);
}

const CONTACTS_BETWEEN = contactsWithLists('c.id BETWEEN ? AND ?', 'c.id', 'all', 'contacts c', false);

/** The contacts with ids from..to, each row read from its own pages alone (no referrer's name): a damaged journal's rescue. */
export function contactsBetween(j: Journal, from: number, to: number): Contact[] {
  return j.rawStmt<[number, number], ContactExportRow>(CONTACTS_BETWEEN).all(from, to).map((row) => exported(row).contact);
}

// By index, not destructured: the rows are many and the code cold (src/store/todaySurvey.ts).
function exported(row: ContactExportRow): ExportedContact {
  const contact = contactFromTuple(row, { emails: list(row[17]), phones: list(row[18]), aliases: list(row[19]), tags: list(row[20]) });
  return { contact, referrerName: row[16] };
}

/** What `rel list` shows, and in which order: by name, by the last conversation, by the next one due. */
export interface ListFilter {
  archived: 'exclude' | 'only';
  tag?: string;
  order: 'name' | 'last' | 'next';
  /** 'tags': each person's emails, phones and aliases are left empty, for a table that shows only tags (three subqueries a row less). */
  lists?: ContactLists;
}

/** Which of each person's lists are read: all, or only the tags. */
type ContactLists = 'all' | 'tags';

// The stored last conversation and due day are those of today (src/store/rhythm.ts), so SQL can
// order by them as the domain would: no last conversation first, no due day last, then by name.
const LIST_ORDER = {
  name: 'c.name_key, c.id',
  last: "coalesce(c.last_contact_on, ''), c.name_key, c.id",
  next: 'c.due_day IS NULL, c.due_day, c.name_key, c.id',
} as const;

/**
 * `rel list` reads the people in the order they are stored and has SQL sort them. Walked in the
 * order of an index (of names, or the one of 0030 that SQLite picks for archived = 0), each row
 * and each of its lists is a jump to another page: on a large journal the table's query took
 * 490 ms by name, 670 by the next due day, against 260 and 350 read in order and sorted (in
 * memory: open.ts connect), and rel list --json 1,340 ms against 670.
 */
const LISTED = 'contacts c NOT INDEXED';

/**
 * `rel list`'s people, read as they are shown. Their lastContactOn is as stored: the caller checks
 * hasConversationsAfter first (a conversation dated after today makes the stored days another
 * day's, and then the order is not the domain's either).
 */
export function* listedContacts(j: Journal, filter: ListFilter): Generator<ExportedContact> {
  const where = `c.archived = ${filter.archived === 'only' ? 1 : 0} AND ${TAGGED('c.id')}`;
  for (const row of j.rawStmt<[{ tag: string | null }], ContactExportRow>(contactsWithLists(where, LIST_ORDER[filter.order], filter.lists, LISTED)).iterate({ tag: filter.tag ?? null })) yield exported(row);
}

/** A person as `rel list`'s table shows them: their stored rhythm (src/store/rhythm.ts keeps it), not worked out again. */
export interface ListedPerson {
  id: number;
  name: string;
  lastContactOn: string | null;
  /** The stored due day's number (domain/calendar.ts dayNumber), null when nothing is due. */
  dueDay: number | null;
  pausedUntil: string | null;
  archived: boolean;
  tags: string[];
}

type ListedPersonRow = [id: number, name: string, last: string | null, dueDay: number | null, pausedUntil: string | null, archived: number, tags: string];

/**
 * listedContacts for the table: the columns it shows, as arrays. A hundred thousand full contact
 * rows cost SQLite twice the time of these (BENCHMARKS.md). The tags come in their index's order,
 * with no sort per person. The same caller's check applies: no conversation dated after today.
 */
export function* listedPeople(j: Journal, filter: ListFilter): Generator<ListedPerson> {
  const sql = `SELECT c.id, c.name, c.last_contact_on, c.due_day, c.paused_until, c.archived,
                      (SELECT json_group_array(tag) FROM (SELECT tag FROM contact_tags WHERE contact_id = c.id ORDER BY tag))
               FROM ${LISTED} WHERE c.archived = ${filter.archived === 'only' ? 1 : 0} AND ${TAGGED('c.id')} ORDER BY ${LIST_ORDER[filter.order]}`;
  for (const [id, name, lastContactOn, dueDay, pausedUntil, archived, tags] of j.rawStmt<[{ tag: string | null }], ListedPersonRow>(sql).iterate({ tag: filter.tag ?? null })) {
    yield { id, name, lastContactOn, dueDay, pausedUntil, archived: archived === 1, tags: list(tags) };
  }
}

export function exportConversations(j: Journal, filter: ExportFilter = {}): Generator<Conversation> {
  // --tag: a conversation with anyone who has the tag.
  const tagged = `(@tag IS NULL OR EXISTS (SELECT 1 FROM conversation_people p JOIN contact_tags t ON t.contact_id = p.contact_id WHERE p.conversation_id = v.id AND t.tag = @tag))`;
  return manyConversations(j, (columns) => `SELECT ${columns} FROM conversations v WHERE (@since IS NULL OR v.happened_on >= @since) AND ${tagged} ORDER BY v.id`, params(filter));
}

/** --since: details written down on or after the day (created_at is a UTC instant). */
export function exportDetails(j: Journal, filter: ExportFilter = {}): Generator<Detail> {
  const sql = `SELECT d.*, c.name AS contact_name FROM details d JOIN contacts c ON c.id = d.contact_id
               WHERE (@since IS NULL OR d.created_at >= @since) AND ${TAGGED('d.contact_id')} ORDER BY d.id`;
  return mapRows(j.stmt<[Params], DetailRow>(sql).iterate(params(filter)), toDetail);
}

/** Open and done reminders; --since: due on or after the day. */
export function exportReminders(j: Journal, filter: ExportFilter = {}): Generator<Reminder> {
  const sql = `SELECT r.*, c.name AS contact_name FROM reminders r JOIN contacts c ON c.id = r.contact_id
               WHERE (@since IS NULL OR r.due_on >= @since) AND ${TAGGED('r.contact_id')} ORDER BY r.id`;
  return mapRows(j.stmt<[Params], ReminderRow>(sql).iterate(params(filter)), toReminder);
}

/** --since: relations made on or after the day; --tag: those of a person with the tag, on either side. */
export function exportRelations(j: Journal, filter: ExportFilter = {}): Generator<Relation> {
  const sql = `${RELATIONS_SELECT} WHERE (@since IS NULL OR r.created_at >= @since) AND (${TAGGED('r.contact_id')} OR (r.other_id IS NOT NULL AND ${TAGGED('r.other_id')})) ORDER BY r.id`;
  return mapRows(j.stmt<[Params], RelationRow>(sql).iterate(params(filter)), toRelation);
}

/**
 * Everything `rel export all` writes, each list in id order (tags by name). Each list opens its
 * cursor only when the export reaches it, so a list that fails (a damaged page) leaves no other
 * cursor holding the connection: closeSections() ends the ones begun.
 */
export function journalSections(j: Journal) {
  return {
    contacts: exportContacts(j),
    conversations: whenReached(() => exportConversations(j)),
    details: whenReached(() => exportDetails(j)),
    reminders: whenReached(() => exportReminders(j)),
    relations: whenReached(() => exportRelations(j)),
    tags: whenReached(() => j.stmt<[], { tag: string; cadence: string }>('SELECT tag, cadence FROM tags ORDER BY tag').iterate()),
    highestIds: highestIdsGiven(j),
    // Only what was set: a default left alone stays a default after a restore.
    settings: Object.fromEntries(j.stmt<[], { key: string; value: string }>('SELECT key, value FROM settings ORDER BY key').all().map((s) => [s.key, s.value])),
  };
}

function* whenReached<T>(open: () => Iterable<T>): Generator<T> {
  yield* open();
}

/** Ends every list of journalSections(), begun or not, so the connection is free again. */
export function closeSections(sections: Record<string, unknown>): void {
  for (const rows of Object.values(sections)) (rows as Partial<Generator>).return?.(undefined);
}

/** Rows converted one at a time, as they stream. */
export function* mapRows<T, U>(rows: Iterable<T>, map: (row: T) => U): Generator<U> {
  for (const row of rows) yield map(row);
}
