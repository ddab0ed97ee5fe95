// The columns of rel's CSV and TSV exports: a documented contract (README, "Export formats").
// Spreadsheets and scripts rely on them, so a column is only ever added at the end, never renamed,
// reordered or removed. `rel import` reads the contacts columns back (and ignores the rhythm's).
// JSON and NDJSON exports use the shapes of json.ts instead, the same as every --json.
import type { Contact, Conversation, Detail, Reminder } from '../domain/records.js';
import type { Relation } from '../domain/relations.js';
import type { Rhythm } from '../domain/rhythm.js';
import type { Cell } from './tableExport.js';

export const CONTACT_COLUMNS = [
  'id',
  'name',
  'emails', // list
  'phones', // list
  'company',
  'role',
  'birthday', // 'YYYY-MM-DD' or '--MM-DD' (no year)
  'customer_since',
  'cadence', // the contact's own keep-in-touch duration ('2w'); empty: tag or default
  'met',
  'referred_by', // the referrer's name (a spreadsheet reads names, not ids; referred_by_id tells namesakes apart)
  'aliases', // list
  'tags', // list
  'archived', // true / false
  'paused_until',
  'created_on',
  'status', // the keep-in-touch status on the day of the export (src/domain/rhythm.ts)
  'last_contact_on',
  'due_on', // when the next conversation is due
  'referred_by_id', // the referrer's id, by which rel import links them
] as const;

// contact_id and contact: the person named first; people and people_ids: everyone it was with, in order.
export const CONVERSATION_COLUMNS = ['id', 'contact_id', 'contact', 'date', 'via', 'note', 'complaint', 'resolved_on', 'resolution_note', 'people', 'people_ids'] as const;

export const DETAIL_COLUMNS = ['id', 'contact_id', 'contact', 'text', 'date', 'yearly'] as const;

export const REMINDER_COLUMNS = ['id', 'contact_id', 'contact', 'text', 'due', 'every', 'done_on', 'snoozed_until'] as const;

/** `contact` is `relation` of `of` (rel relate CONTACT --to OF --as RELATION); of_id is empty for someone kept as a name. */
export const RELATION_COLUMNS = ['id', 'contact_id', 'contact', 'relation', 'word', 'of_id', 'of', 'of_word'] as const;

export type ContactColumn = (typeof CONTACT_COLUMNS)[number];
export type ConversationColumn = (typeof CONVERSATION_COLUMNS)[number];
export type DetailColumn = (typeof DETAIL_COLUMNS)[number];
export type ReminderColumn = (typeof REMINDER_COLUMNS)[number];
export type RelationColumn = (typeof RELATION_COLUMNS)[number];

export function contactExportRow(c: Contact, referrerName: string | null, rhythm: Rhythm): Record<ContactColumn, Cell> {
  return {
    id: c.id,
    name: c.name,
    emails: c.emails,
    phones: c.phones,
    company: c.company,
    role: c.role,
    birthday: c.birthday,
    customer_since: c.customerSince,
    cadence: c.cadence,
    met: c.met,
    referred_by: referrerName,
    aliases: c.aliases,
    tags: c.tags,
    archived: c.archived,
    paused_until: c.pausedUntil,
    created_on: c.createdOn,
    status: rhythm.status,
    last_contact_on: rhythm.lastContactOn,
    due_on: rhythm.dueOn,
    referred_by_id: c.referredBy,
  };
}

export function conversationExportRow(c: Conversation): Record<ConversationColumn, Cell> {
  return {
    id: c.id,
    contact_id: c.people[0]!.id,
    contact: c.people[0]!.name,
    date: c.happenedOn,
    via: c.via,
    note: c.note,
    complaint: c.complaint,
    resolved_on: c.resolvedOn,
    resolution_note: c.resolutionNote,
    people: c.people.map((p) => p.name).join('; '),
    people_ids: c.people.map((p) => p.id).join(';'),
  };
}

export function detailExportRow(d: Detail): Record<DetailColumn, Cell> {
  return { id: d.id, contact_id: d.contactId, contact: d.contactName, text: d.text, date: d.date, yearly: d.yearly };
}

export function reminderExportRow(r: Reminder): Record<ReminderColumn, Cell> {
  return {
    id: r.id,
    contact_id: r.contactId,
    contact: r.contactName,
    text: r.text,
    due: r.dueOn,
    every: r.every,
    done_on: r.doneOn,
    snoozed_until: r.snoozedUntil,
  };
}

export function relationExportRow(r: Relation): Record<RelationColumn, Cell> {
  return { id: r.id, contact_id: r.contact.id, contact: r.contact.name, relation: r.kind, word: r.word, of_id: r.other.id, of: r.other.name, of_word: r.otherWord };
}
