// What `rel export all --rescue` reads of a damaged journal that has no backup to bring back.
// Each kind of record is read in windows of ids, in id order; a window that meets a damaged page
// is read again in halves, down to one id, so that only the ids whose pages are damaged are lost,
// and they are reported as ranges (a damaged page loses ids that were deleted long ago too, so
// ranges, not counts). No read reaches past its own records' pages: names come from the contacts
// read first, never from a join. What the records read point to among the lost (a conversation's
// people, a detail's person, a referrer) is left out and counted, so that `rel import` restores
// the rescue into a new journal. A page can also be damaged so that reading it loses records
// without an error: each kind's ids are then checked against an index of its table, and those the
// index holds but no read gave are reported with the unreadable ones. A person lost so is rebuilt
// from the search index, which holds each person's name, emails and phones in rows of its own
// (migration 0014), so that their conversations, details and follow-ups are kept with them.
import type { Day } from '../domain/calendar.js';
import { NUMBERED_RECORDS, type Contact, type Conversation, type Detail, type JournalTag, type NumberedRecord, type Reminder } from '../domain/records.js';
import type { Relation } from '../domain/relations.js';
import { conversationsBetween } from './conversations.js';
import { toDetail, type DetailRow } from './details.js';
import { contactsBetween } from './exportRows.js';
import type { Journal } from './journal.js';
import { isDamage } from './journalAccess.js';
import { toReminder, type ReminderRow } from './reminders.js';
import { toRelation, type RelationRow } from './relations.js';

/** Ids read by one query; a window that fails is read again in halves. */
const WINDOW = 1024;

/** Ids from..to, both included. */
export interface IdRange {
  from: number;
  to: number;
}

/** What the rescue could not keep. */
export interface RescueLosses {
  /** The ids of each kind whose pages could not be read. */
  unreadable: Record<NumberedRecord, IdRange[]>;
  /** Records read but left out: each belonged to, or was only with, people who were lost. */
  leftOut: Record<Exclude<NumberedRecord, 'contacts'>, number>;
  /** Referrers cleared: the person who referred them was lost. */
  referrersCleared: number;
  /** The lists read whole that could not be read: the tags' cadences, the settings, the highest ids given. */
  lists: Array<'tags' | 'settings' | 'highestIds'>;
  /** People not read but known to the index of names: rebuilt with their name from the search index, or with UNNAMED's. */
  rebuilt: { named: number[]; unnamed: number[] };
}

/** The name of a person rebuilt without one: the search index had no row of theirs either. */
export const UNNAMED = (id: number) => `Unreadable person #${id}`;

/** The day and time of the rescue: a rebuilt person's creation. */
export interface RescueTime {
  today: Day;
  at: string;
}

export interface RescuedJournal {
  contacts: Contact[];
  conversations: Iterable<Conversation>;
  details: Iterable<Detail>;
  reminders: Iterable<Reminder>;
  relations: Iterable<Relation>;
  tags: JournalTag[];
  settings: Record<string, string>;
  highestIds: Record<NumberedRecord, number>;
  /** Complete once every list above has been read to its end. */
  losses: RescueLosses;
}

/**
 * Reads what can be read, lazily after the contacts: the lists are read as they are iterated, in
 * one read transaction that the caller holds (as export all does).
 */
export function rescueJournal(j: Journal, time: RescueTime): RescuedJournal {
  const losses: RescueLosses = {
    unreadable: Object.fromEntries(NUMBERED_RECORDS.map((kind) => [kind, []])) as unknown as Record<NumberedRecord, IdRange[]>,
    leftOut: { conversations: 0, details: 0, reminders: 0, relations: 0 },
    referrersCleared: 0,
    lists: [],
    rebuilt: { named: [], unnamed: [] },
  };
  const highest = readWhole(losses, 'highestIds', () => new Map(j.stmt<[], [string, number]>('SELECT name, seq FROM sqlite_sequence').raw().all()));
  const upTo = (kind: NumberedRecord) => highest?.get(kind) ?? highestId(j, kind);
  const read = <T extends { id: number }>(kind: NumberedRecord, window: (from: number, to: number) => T[], onUnread?: (ids: number[]) => void) =>
    readableRecords(j, kind, upTo(kind), window, losses.unreadable, onUnread);

  const unreadPeople: number[] = [];
  const readPeople = [...read('contacts', (from, to) => contactsBetween(j, from, to), (ids) => unreadPeople.push(...ids))];
  const rebuilt = unreadPeople.map((id) => rebuiltPerson(j, id, time));
  for (const person of rebuilt) losses.rebuilt[person.name === UNNAMED(person.id) ? 'unnamed' : 'named'].push(person.id);
  const contacts = [...readPeople, ...rebuilt].sort((a, b) => a.id - b.id);
  const names: string[] = [];
  for (const c of contacts) names[c.id] = c.name;
  const kept = (id: number | null) => id === null || names[id] !== undefined;
  for (const c of contacts) {
    if (kept(c.referredBy)) continue;
    c.referredBy = null;
    losses.referrersCleared++;
  }
  const leftOut = <T>(kind: keyof RescueLosses['leftOut'], records: Iterable<T>, keep: (record: T) => boolean) => keptOnly(records, keep, () => losses.leftOut[kind]++);
  return {
    contacts,
    conversations: leftOut('conversations', mapped(read('conversations', (from, to) => conversationsBetween(j, from, to, names)), (v) => ({ ...v, people: v.people.filter((p) => kept(p.id)) })), (v) => v.people.length > 0),
    details: leftOut('details', read('details', (from, to) => detailsBetween(j, from, to, names)), (d) => kept(d.contactId)),
    reminders: leftOut('reminders', read('reminders', (from, to) => remindersBetween(j, from, to, names)), (r) => kept(r.contactId)),
    relations: leftOut('relations', read('relations', (from, to) => relationsBetween(j, from, to, names)), (r) => kept(r.contact.id) && kept(r.other.id)),
    tags: readWhole(losses, 'tags', () => j.stmt<[], JournalTag>('SELECT tag, cadence FROM tags ORDER BY tag').all()) ?? [],
    settings: readWhole(losses, 'settings', () => Object.fromEntries(j.stmt<[], [string, string]>('SELECT key, value FROM settings ORDER BY key').raw().all())) ?? {},
    highestIds: Object.fromEntries(NUMBERED_RECORDS.map((kind) => [kind, upTo(kind)])) as Record<NumberedRecord, number>,
    losses,
  };
}

/** Whether anything was lost (complete once the rescue has been read to its end). */
export function lostAnything(losses: RescueLosses): boolean {
  return Object.values(losses.unreadable).some((ranges) => ranges.length > 0) || Object.values(losses.leftOut).some((n) => n > 0) || losses.referrersCleared > 0 || losses.lists.length > 0;
}

/**
 * The records with ids 1..highest, window by window; a window that meets damage is halved. At the
 * end, the ids the kind's index holds that no read gave are added to the unreadable ones.
 */
function* readableRecords<T extends { id: number }>(
  j: Journal,
  kind: NumberedRecord,
  highest: number,
  window: (from: number, to: number) => T[],
  unreadable: Record<NumberedRecord, IdRange[]>,
  onUnread?: (ids: number[]) => void,
): Generator<T> {
  const read = new Set<number>();
  for (let from = 1; from <= highest; from += WINDOW) {
    for (const record of readableBetween(from, Math.min(from + WINDOW - 1, highest), window, unreadable[kind])) {
      read.add(record.id);
      yield record;
    }
  }
  const unread = (indexedIds(j, kind) ?? []).filter((id) => !read.has(id));
  unreadable[kind] = mergedRanges(unreadable[kind], unread.filter((id) => !within(unreadable[kind], id)));
  onUnread?.(unread.sort((a, b) => a - b));
}

/** An index of each kind's table that holds every one of its ids (migrations 0007, 0013). */
const WHOLE_INDEX: Record<NumberedRecord, string> = {
  contacts: 'contacts_name_key',
  conversations: 'conversations_contact',
  details: 'details_contact',
  reminders: 'reminders_contact',
  relations: 'relations_contact',
};

/** The ids in the kind's index, from its pages alone; undefined when they are damaged too. */
function indexedIds(j: Journal, kind: NumberedRecord): number[] | undefined {
  try {
    return j.stmt<[], number>(`SELECT id FROM ${kind} INDEXED BY ${WHOLE_INDEX[kind]}`).pluck().all();
  } catch (error) {
    if (!isDamage(error)) throw error;
    return undefined;
  }
}

const within = (ranges: readonly IdRange[], id: number) => ranges.some((r) => r.from <= id && id <= r.to);

/** The ranges and the ids, as ranges in ascending order, those that touch joined. */
function mergedRanges(ranges: readonly IdRange[], ids: readonly number[]): IdRange[] {
  const all = [...ranges, ...ids.map((id) => ({ from: id, to: id }))].sort((a, b) => a.from - b.from);
  const merged: IdRange[] = [];
  for (const range of all) {
    const last = merged.at(-1);
    if (last !== undefined && range.from <= last.to + 1) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

function readableBetween<T>(from: number, to: number, window: (from: number, to: number) => T[], unreadable: IdRange[]): T[] {
  try {
    return window(from, to);
  } catch (error) {
    if (!isDamage(error)) throw error;
    if (from === to) {
      addId(unreadable, from);
      return [];
    }
    const middle = Math.floor((from + to) / 2);
    return [...readableBetween(from, middle, window, unreadable), ...readableBetween(middle + 1, to, window, unreadable)];
  }
}

/** Adds an id to ranges met in ascending order. */
function addId(ranges: IdRange[], id: number): void {
  const last = ranges.at(-1);
  if (last !== undefined && last.to === id - 1) last.to = id;
  else ranges.push({ from: id, to: id });
}

/** A list read in one query, or undefined (and its name in losses.lists, when given) when its pages are damaged. */
function readWhole<T>(losses: RescueLosses | undefined, list: RescueLosses['lists'][number] | undefined, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!isDamage(error)) throw error;
    if (losses && list) losses.lists.push(list);
    return undefined;
  }
}

/** Without the sequence of ids given: the highest id there is, or 0 when even that cannot be read. */
function highestId(j: Journal, kind: NumberedRecord): number {
  try {
    return j.stmt<[], number | null>(`SELECT max(id) FROM ${kind}`).pluck().get() ?? 0;
  } catch (error) {
    if (!isDamage(error)) throw error;
    return 0;
  }
}

function* mapped<T, U>(records: Iterable<T>, map: (record: T) => U): Generator<U> {
  for (const record of records) yield map(record);
}

function* keptOnly<T>(records: Iterable<T>, keep: (record: T) => boolean, onLeftOut: () => void): Generator<T> {
  for (const record of records) {
    if (keep(record)) yield record;
    else onLeftOut();
  }
}

/**
 * A person the index of names holds but no read gave: their name, emails and phones from the
 * search index's rows of theirs (the contact's own row begins with the name), the rest unknown.
 */
function rebuiltPerson(j: Journal, id: number, time: RescueTime): Contact {
  const rows = readWhole(undefined, undefined, () =>
    j.stmt<[{ id: number }], { kind: string; body: string }>(`SELECT kind, body FROM search_index WHERE rowid BETWEEN (@id << 32) AND (@id << 32) + 6 * 536870912 - 1 AND kind IN ('contact', 'email', 'phone') ORDER BY rowid`).all({ id }),
  ) ?? [];
  const own = rows.find((r) => r.kind === 'contact');
  return {
    id,
    name: own?.body.split(' · ')[0]?.trim() || UNNAMED(id),
    company: null, role: null, birthday: null, customerSince: null, cadence: null, met: null, referredBy: null, archived: false, pausedUntil: null,
    lastContactOn: readWhole(undefined, undefined, () => j.stmt<[number, string], string | null>('SELECT max(happened_on) FROM conversation_people WHERE contact_id = ? AND happened_on <= ?').pluck().get(id, time.today)) ?? null,
    imported: false,
    createdOn: time.today,
    createdAt: time.at,
    updatedAt: time.at,
    emails: rows.filter((r) => r.kind === 'email').map((r) => r.body),
    phones: rows.filter((r) => r.kind === 'phone').map((r) => r.body),
    aliases: [],
    tags: [],
  };
}

// The detail, follow-up and relation readers of the rescue: each record from its own table's pages,
// its people's names from `names`.

function detailsBetween(j: Journal, from: number, to: number, names: readonly string[]): Detail[] {
  return j.stmt<[number, number], DetailRow>("SELECT d.*, '' AS contact_name FROM details d WHERE d.id BETWEEN ? AND ? ORDER BY d.id").all(from, to)
    .map((row) => toDetail({ ...row, contact_name: names[row.contact_id] ?? '' }));
}

function remindersBetween(j: Journal, from: number, to: number, names: readonly string[]): Reminder[] {
  return j.stmt<[number, number], ReminderRow>("SELECT r.*, '' AS contact_name FROM reminders r WHERE r.id BETWEEN ? AND ? ORDER BY r.id").all(from, to)
    .map((row) => toReminder({ ...row, contact_name: names[row.contact_id] ?? '' }));
}

function relationsBetween(j: Journal, from: number, to: number, names: readonly string[]): Relation[] {
  const sql = `SELECT r.id, r.contact_id, '' AS contact_name, r.other_id, coalesce(r.other_name, '') AS other_name, r.kind, r.word, r.other_word, r.created_at
               FROM relations r WHERE r.id BETWEEN ? AND ? ORDER BY r.id`;
  return j.stmt<[number, number], RelationRow>(sql).all(from, to).map((row) =>
    toRelation({ ...row, contact_name: names[row.contact_id] ?? '', other_name: row.other_id === null ? row.other_name : (names[row.other_id] ?? '') }),
  );
}
