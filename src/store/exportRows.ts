// The rows of `rel export`, streamed with .iterate() in id order: a million conversations pass
// through one row at a time, never as one array. A contact's lists come from correlated
// subqueries (json_group_array over the index of each list table), so contacts stream too.
import type { JournalContact, JournalConversation, JournalDetail, JournalReminder, JournalTag } from '../formats/journalJson.js';
import type { Contact } from './contacts.js';
import type { Conversation } from './conversations.js';
import type { Detail } from './details.js';
import type { Journal } from './journal.js';
import type { Reminder } from './reminders.js';

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

interface ContactRow {
  id: number;
  name: string;
  company: string | null;
  role: string | null;
  birthday: string | null;
  customer_since: string | null;
  cadence: string | null;
  met: string | null;
  referred_by: number | null;
  archived: number;
  paused_until: string | null;
  created_on: string;
  created_at: string;
  updated_at: string;
  referrer_name: string | null;
  emails: string;
  phones: string;
  aliases: string;
  tags: string;
}

const CONTACTS = `
  SELECT c.id, c.name, c.company, c.role, c.birthday, c.customer_since, c.cadence, c.met, c.referred_by, c.archived,
         c.paused_until, c.created_on, c.created_at, c.updated_at, r.name AS referrer_name,
         (SELECT json_group_array(email ORDER BY position) FROM contact_emails WHERE contact_id = c.id) AS emails,
         (SELECT json_group_array(phone ORDER BY position) FROM contact_phones WHERE contact_id = c.id) AS phones,
         (SELECT json_group_array(alias ORDER BY alias) FROM contact_aliases WHERE contact_id = c.id) AS aliases,
         (SELECT json_group_array(tag ORDER BY tag) FROM contact_tags WHERE contact_id = c.id) AS tags
  FROM contacts c LEFT JOIN contacts r ON r.id = c.referred_by
  WHERE (@since IS NULL OR c.created_on >= @since) AND ${TAGGED('c.id')}
  ORDER BY c.id`;

const EMPTY_LIST = '[]';
const list = (json: string): string[] => (json === EMPTY_LIST ? [] : (JSON.parse(json) as string[]));

export interface ExportedContact {
  contact: Contact;
  referrerName: string | null;
}

export function* exportContacts(j: Journal, filter: ExportFilter = {}): Generator<ExportedContact> {
  for (const row of j.stmt<[Params], ContactRow>(CONTACTS).iterate(params(filter))) {
    yield { contact: toContact(row), referrerName: row.referrer_name };
  }
}

function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    name: row.name,
    company: row.company,
    role: row.role,
    birthday: row.birthday,
    customerSince: row.customer_since,
    cadence: row.cadence,
    met: row.met,
    referredBy: row.referred_by,
    archived: row.archived === 1,
    pausedUntil: row.paused_until,
    createdOn: row.created_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    emails: list(row.emails),
    phones: list(row.phones),
    aliases: list(row.aliases),
    tags: list(row.tags),
  };
}

interface ConversationRow {
  id: number;
  contact_id: number;
  contact_name: string;
  happened_on: string;
  via: Conversation['via'];
  note: string | null;
  complaint: number;
  resolved_on: string | null;
  resolution_note: string | null;
  created_at: string;
}

export function* exportConversations(j: Journal, filter: ExportFilter = {}): Generator<Conversation> {
  const sql = `SELECT v.*, c.name AS contact_name FROM conversations v JOIN contacts c ON c.id = v.contact_id
               WHERE (@since IS NULL OR v.happened_on >= @since) AND ${TAGGED('v.contact_id')} ORDER BY v.id`;
  for (const r of j.stmt<[Params], ConversationRow>(sql).iterate(params(filter))) {
    yield {
      id: r.id,
      contactId: r.contact_id,
      contactName: r.contact_name,
      happenedOn: r.happened_on,
      via: r.via,
      note: r.note,
      complaint: r.complaint === 1,
      resolvedOn: r.resolved_on,
      resolutionNote: r.resolution_note,
      createdAt: r.created_at,
    };
  }
}

interface DetailRow {
  id: number;
  contact_id: number;
  contact_name: string;
  text: string;
  date: string | null;
  yearly: number;
  created_at: string;
}

/** --since: details written down on or after the day (created_at is a UTC instant). */
export function* exportDetails(j: Journal, filter: ExportFilter = {}): Generator<Detail> {
  const sql = `SELECT d.*, c.name AS contact_name FROM details d JOIN contacts c ON c.id = d.contact_id
               WHERE (@since IS NULL OR d.created_at >= @since) AND ${TAGGED('d.contact_id')} ORDER BY d.id`;
  for (const r of j.stmt<[Params], DetailRow>(sql).iterate(params(filter))) {
    yield { id: r.id, contactId: r.contact_id, contactName: r.contact_name, text: r.text, date: r.date, yearly: r.yearly === 1, createdAt: r.created_at };
  }
}

interface ReminderRow {
  id: number;
  contact_id: number;
  contact_name: string;
  text: string;
  due_on: string;
  every: string | null;
  done_on: string | null;
  snoozed_until: string | null;
  created_at: string;
}

/** Open and done reminders; --since: due on or after the day. */
export function* exportReminders(j: Journal, filter: ExportFilter = {}): Generator<Reminder> {
  const sql = `SELECT r.*, c.name AS contact_name FROM reminders r JOIN contacts c ON c.id = r.contact_id
               WHERE (@since IS NULL OR r.due_on >= @since) AND ${TAGGED('r.contact_id')} ORDER BY r.id`;
  for (const r of j.stmt<[Params], ReminderRow>(sql).iterate(params(filter))) {
    yield {
      id: r.id,
      contactId: r.contact_id,
      contactName: r.contact_name,
      text: r.text,
      dueOn: r.due_on,
      every: r.every,
      doneOn: r.done_on,
      snoozedUntil: r.snoozed_until,
      createdAt: r.created_at,
    };
  }
}

/** Everything `rel export all` writes, each list in id order (tags by name). */
export function journalSections(j: Journal) {
  return {
    contacts: mapRows(exportContacts(j), ({ contact }): JournalContact => contact),
    conversations: exportConversations(j) as Iterable<JournalConversation>,
    details: exportDetails(j) as Iterable<JournalDetail>,
    reminders: exportReminders(j) as Iterable<JournalReminder>,
    tags: j.stmt<[], JournalTag>('SELECT tag, cadence FROM tags ORDER BY tag').iterate(),
    // Only what was set: a default left alone stays a default after a restore.
    settings: Object.fromEntries(j.stmt<[], { key: string; value: string }>('SELECT key, value FROM settings ORDER BY key').all().map((s) => [s.key, s.value])),
  };
}

function* mapRows<T, U>(rows: Iterable<T>, map: (row: T) => U): Generator<U> {
  for (const row of rows) yield map(row);
}
