// Reminders: the follow-ups promised ("send the catalog next week"), some recurring.
import type { Reminder } from '../domain/records.js';
import type { Journal } from './journal.js';


export interface ReminderRow {
  id: number;
  contact_id: number;
  contact_name: string;
  text: string;
  due_on: string;
  every: string | null;
  done_on: string | null;
  snoozed_until: string | null;
  conversation_id: number | null;
  created_at: string;
}

const SELECT = 'SELECT r.*, c.name AS contact_name FROM reminders r JOIN contacts c ON c.id = r.contact_id';
const SELECT_ALL = 'SELECT r.*, c.name AS contact_name FROM reminders r NOT INDEXED JOIN contacts c ON c.id = r.contact_id';

// The every column holds the recurrence as typed ('1m'). While a monthly or yearly series stands
// on a day that a shorter month shortened, the anchor day it keeps follows an '@' ('1m@31': due
// 28 February, back on the 31st in March; src/domain/recurrence.ts). The mark is read and written
// here only: every other layer sees `every` and `anchorDay` apart, and a row without it (every row
// written before) keeps its due day's own day of the month, as it always did.
const ANCHORED = /^(.+)@([1-9]|[12]\d|3[01])$/;

/** The every column as the recurrence and the anchor day it carries. */
export function readEveryColumn(stored: string | null): { every: string | null; anchorDay: number | null } {
  const m = stored === null ? null : ANCHORED.exec(stored);
  return m ? { every: m[1]!, anchorDay: Number(m[2]) } : { every: stored, anchorDay: null };
}

/** The every column for a recurrence and the anchor day it carries (null: none to carry). */
export function everyColumn(every: string | null, anchorDay: number | null): string | null {
  return every !== null && anchorDay !== null ? `${every}@${anchorDay}` : every;
}

export function toReminder(r: ReminderRow): Reminder {
  return {
    id: r.id,
    contactId: r.contact_id,
    contactName: r.contact_name,
    text: r.text,
    dueOn: r.due_on,
    ...readEveryColumn(r.every),
    doneOn: r.done_on,
    snoozedUntil: r.snoozed_until,
    conversationId: r.conversation_id,
    createdAt: r.created_at,
  };
}

/** A new follow-up; `conversationId` when its text is what that conversation says (rel add, migration 0037). */
export function insertReminder(j: Journal, r: { contactId: number; text: string; dueOn: string; every: string | null; conversationId?: number | null }, at: string): number {
  const result = j
    .stmt('INSERT INTO reminders (contact_id, text, due_on, every, created_at, conversation_id) VALUES (?, ?, ?, ?, ?, ?)')
    .run(r.contactId, r.text.trim(), r.dueOn, r.every, at, r.conversationId ?? null);
  return Number(result.lastInsertRowid);
}

export function getReminder(j: Journal, id: number): Reminder | undefined {
  const row = j.stmt<[number], ReminderRow>(`${SELECT} WHERE r.id = ?`).get(id);
  return row && toReminder(row);
}

export interface ReminderFilter {
  contactId?: number;
  /** Include done reminders too. */
  all?: boolean;
  /** At most this many, the soonest. */
  limit?: number;
}

/** The day an open follow-up is due, as dueOfReminder says it, in the form migration 0031's index holds (its order). */
export const DUE_THEN = 'max(r.due_on, coalesce(r.snoozed_until, r.due_on))';

/**
 * Open reminders, soonest due first (a snoozed one on its snooze day), archived people's only when
 * asking for that person; or with `all` every one, the done ones and archived people's too.
 */
export function listReminders(j: Journal, filter: ReminderFilter = {}): Reminder[] {
  return [...eachReminder(j, filter)];
}

/** listReminders a row at a time, for a listing written as it is read. */
export function* eachReminder(j: Journal, filter: ReminderFilter = {}): Generator<Reminder> {
  const open = filter.all ? '' : ' AND r.done_on IS NULL';
  const limit = filter.limit === undefined ? '' : ` LIMIT ${filter.limit}`;
  // One person's through their index; a condition with "? IS NULL OR" would read every follow-up.
  // Everyone's open ones up to a limit through the index of open ones in their order (migration
  // 0031), soonest first, so only the rows listed are read. Everyone's
  // without a limit in one pass over the table: through that index, each row is a jump (25,000 of
  // them on L, slower than reading all 250,000 in order).
  const rows =
    filter.contactId !== undefined
      ? j.stmt<[number], ReminderRow>(`${SELECT} WHERE r.contact_id = ?${open} ORDER BY r.done_on IS NOT NULL, ${DUE_THEN}, r.id${limit}`).iterate(filter.contactId)
      : !filter.all && filter.limit !== undefined
        ? j.stmt<[], ReminderRow>(`${SELECT} WHERE c.archived = 0${open} ORDER BY ${DUE_THEN}, r.id${limit}`).iterate()
        : j.stmt<[], ReminderRow>(`${SELECT_ALL}${filter.all ? '' : ' WHERE c.archived = 0'}${open} ORDER BY r.done_on IS NOT NULL, ${DUE_THEN}, r.id${limit}`).iterate();
  for (const row of rows) yield toReminder(row);
}

/** How many follow-ups eachReminder lists without a limit. */
export function countReminders(j: Journal, filter: Omit<ReminderFilter, 'limit'> = {}): number {
  const open = filter.all ? '' : ' AND r.done_on IS NULL';
  if (filter.contactId !== undefined) return j.stmt<[number], number>(`SELECT count(*) FROM reminders r WHERE r.contact_id = ?${open}`).pluck().get(filter.contactId) ?? 0;
  // Everyone's open ones less the archived people's, as triggers keep them (migration 0028).
  if (!filter.all) return j.stmt<[], number>('SELECT open - archived_open FROM counts_follow_ups').pluck().get() ?? 0;
  return j.stmt<[], number>('SELECT count(*) FROM reminders').pluck().get() ?? 0;
}

/**
 * Active people's open follow-ups snoozed to a day after `today` and on or before `last`: rel
 * today hides them until their snooze day, so its empty list must not say nothing comes up.
 */
export function countSnoozedBack(j: Journal, today: string, last: string): number {
  const sql = `SELECT count(*) FROM reminders r JOIN contacts c ON c.id = r.contact_id
    WHERE r.done_on IS NULL AND ${DUE_THEN} > @today AND ${DUE_THEN} <= @last AND r.snoozed_until > @today AND c.archived = 0`;
  return j.stmt<[{ today: string; last: string }], number>(sql).pluck().get({ today, last }) ?? 0;
}

export function markDone(j: Journal, id: number, doneOn: string): void {
  j.stmt('UPDATE reminders SET done_on = ? WHERE id = ?').run(doneOn, id);
}

/** A recurring reminder stays one row: done moves it to its next date, with the anchor day it carries there. */
export function moveDue(j: Journal, id: number, next: { dueOn: string; every: string; anchorDay: number | null }): void {
  j.stmt('UPDATE reminders SET due_on = ?, every = ?, snoozed_until = NULL WHERE id = ?').run(next.dueOn, everyColumn(next.every, next.anchorDay), id);
}

export function snooze(j: Journal, id: number, until: string): void {
  j.stmt('UPDATE reminders SET snoozed_until = ? WHERE id = ?').run(until, id);
}

/**
 * A new text, due day or recurrence, or the person it is for (contactId); a new due day ends a
 * snooze. Its done day and creation stay; the counts of open follow-ups follow a move (0028's triggers).
 */
export function updateReminder(
  j: Journal,
  id: number,
  r: { contactId: number; text: string; dueOn: string; every: string | null; anchorDay: number | null; snoozedUntil: string | null },
): void {
  j.stmt('UPDATE reminders SET contact_id = ?, text = ?, due_on = ?, every = ?, snoozed_until = ? WHERE id = ?').run(
    r.contactId,
    r.text,
    r.dueOn,
    everyColumn(r.every, r.anchorDay),
    r.snoozedUntil,
    id,
  );
}

/**
 * The open follow-ups made from conversation `conversationId` (rel add, migration 0037) that still
 * say `was` say `now` instead; their ids, in order. A done one, or one whose text was given or
 * changed apart, is left as it is.
 */
export function retellFollowUps(j: Journal, conversationId: number, was: string, now: string): number[] {
  const sql = 'UPDATE reminders SET text = ? WHERE conversation_id = ? AND done_on IS NULL AND text = ? RETURNING id';
  return j.stmt<[string, number, string], number>(sql).pluck().all(now, conversationId, was).sort((a, b) => a - b);
}

/** A done follow-up open again, as it was due. */
export function reopen(j: Journal, id: number): void {
  j.stmt('UPDATE reminders SET done_on = NULL WHERE id = ?').run(id);
}

export function deleteReminder(j: Journal, id: number): void {
  j.stmt('DELETE FROM reminders WHERE id = ?').run(id);
}
