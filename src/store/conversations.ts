// Conversations: what was said, when, how, and with whom (one person or several, migration
// 0012); complaints are conversations marked open until resolved.
import type { Conversation, NewConversation, PersonRef } from '../domain/records.js';
import type { Channel } from '../domain/channels.js';
import type { Journal } from './journal.js';
import { highestContactId } from './contacts.js';
import { rhythmMoved } from './rhythm.js';

// Every write here that adds, removes or re-dates a conversation, or changes who it was with,
// moves the last contact and due day of everyone it was with: it says so (rhythmMoved,
// src/store/rhythm.ts), and they are stored again before the commit.

/**
 * The people of a conversation besides its first, as `p`: the first is the conversation's own
 * contact_id (position 0, migration 0012), the others are in a small index of their own, which
 * most conversations are not in. Every query that reads many conversations' people goes through it.
 */
const OTHERS = {
  table: 'conversation_people p INDEXED BY conversation_people_others',
  of: (conversation: string) => `p.conversation_id = ${conversation} AND p.position > 0`,
};

/**
 * A row of CONVERSATION_COLUMNS, read raw: an array, not an object with a key per column (which
 * better-sqlite3 builds at some 1.8 µs a row: 0.18 s of `rel log` over 100,000 conversations).
 */
export type ConversationRow = [
  id: number,
  happenedOn: string,
  via: Channel | null,
  note: string | null,
  complaint: number,
  resolvedOn: string | null,
  resolutionNote: string | null,
  createdAt: string,
  /** The first person named: the conversation's own contact_id, and their name (null in NAMELESS_COLUMNS). */
  firstId: number,
  firstName: string | null,
  /** JSON: [[position, id, name], ...] of the others (no name in NAMELESS_COLUMNS), in no order; '[]' for a conversation with one person. */
  others: string,
];

/**
 * Everyone a conversation was with, in the order named: one person in most, whose row needs no
 * parsing. The names are the row's own, or, for a row without them (manyConversations), `names`'.
 */
function peopleOf(firstId: number, firstName: string | null, others: string, names?: readonly string[]): PersonRef[] {
  const first: PersonRef = { id: firstId, name: firstName ?? names?.[firstId] ?? '' };
  if (others === '[]') return [first];
  const rest = (JSON.parse(others) as Array<[position: number, id: number, name?: string]>).sort((a, b) => a[0] - b[0]);
  return [first, ...rest.map(([, id, name]): PersonRef => ({ id, name: name ?? names?.[id] ?? '' }))];
}

export function toConversation(r: ConversationRow, names?: readonly string[]): Conversation {
  const [id, happenedOn, via, note, complaint, resolvedOn, resolutionNote, createdAt, firstId, firstName, others] = r;
  return { id, people: peopleOf(firstId, firstName, others, names), happenedOn, via, note, complaint: complaint === 1, resolvedOn, resolutionNote, createdAt };
}

/**
 * The columns of a ConversationRow, for `v`, a row of conversations; read them with rawStmt. The
 * others come unordered (an ordered aggregate builds a sorter for every row): a listing of every
 * conversation reads no page of conversation_people for those with one person.
 */
export const CONVERSATION_COLUMNS = `v.id, v.happened_on, v.via, v.note, v.complaint, v.resolved_on, v.resolution_note, v.created_at,
  v.contact_id, (SELECT c.name FROM contacts c WHERE c.id = v.contact_id),
  (SELECT json_group_array(json_array(p.position, p.contact_id, c.name)) FROM ${OTHERS.table} JOIN contacts c ON c.id = p.contact_id WHERE ${OTHERS.of('v.id')})`;

/**
 * CONVERSATION_COLUMNS without the people's names (null, and no name in each of the others), for a
 * listing of every conversation: there a name looked up for each row took a third of the query on
 * a large journal (1.0 of 3.3 s for a million), and everyone's names read once take 60 ms. Read
 * them with manyConversations.
 */
const NAMELESS_COLUMNS = `v.id, v.happened_on, v.via, v.note, v.complaint, v.resolved_on, v.resolution_note, v.created_at,
  v.contact_id, NULL, (SELECT json_group_array(json_array(p.position, p.contact_id)) FROM ${OTHERS.table} WHERE ${OTHERS.of('v.id')})`;

/**
 * The conversations of `sql` (a query of NAMELESS_COLUMNS, given as `columns`), with everyone's
 * names read first: both in one read transaction (unless the caller's), so a name changed meanwhile
 * by another rel is either in both or in neither.
 */
export function* manyConversations<P extends unknown[]>(j: Journal, sql: (columns: string) => string, ...params: P): Generator<Conversation> {
  const own = !j.db.inTransaction;
  if (own) j.db.exec('BEGIN');
  try {
    const names: string[] = [];
    for (const [id, name] of j.rawStmt<[], [number, string]>('SELECT id, name FROM contacts').iterate()) names[id] = name;
    for (const row of j.rawStmt<P, ConversationRow>(sql(NAMELESS_COLUMNS)).iterate(...params)) yield toConversation(row, names);
  } finally {
    if (own) j.db.exec('COMMIT');
  }
}

/** The conversations with ids from..to, named from `names` (no page of contacts read): a damaged journal's rescue. */
export function conversationsBetween(j: Journal, from: number, to: number, names: readonly string[]): Conversation[] {
  return j.rawStmt<[number, number], ConversationRow>(`SELECT ${NAMELESS_COLUMNS} FROM conversations v WHERE v.id BETWEEN ? AND ? ORDER BY v.id`).all(from, to).map((row) => toConversation(row, names));
}

const SELECT = `SELECT ${CONVERSATION_COLUMNS} FROM conversations v`;

/**
 * A query of the conversations `t` that `where` (SQL about t) picks, one row for each person each
 * was with: contact_id, then `columns` (SQL about t). The first person comes from the
 * conversation's own row, the others through OTHERS, so the many conversations with one person
 * cost no lookup more than before (CROSS JOIN: the conversations `where` picks first, then their
 * others; `where` should pick few, through an index).
 */
export function everyoneIn(where: string, columns: string): string {
  const first = `SELECT t.contact_id AS contact_id, ${columns} FROM conversations t WHERE ${where}`;
  const others = `SELECT p.contact_id, ${columns} FROM conversations t CROSS JOIN ${OTHERS.table} ON ${OTHERS.of('t.id')} WHERE ${where}`;
  return `${first} UNION ALL ${others}`;
}

/** Writes who a conversation was with, in order; the first is also the conversation's own contact_id. */
function storePeople(j: Journal, conversationId: number, happenedOn: string, people: readonly number[]): void {
  const put = j.stmt(
    `INSERT INTO conversation_people (conversation_id, contact_id, position, happened_on) VALUES (?, ?, ?, ?)
     ON CONFLICT (conversation_id, contact_id) DO UPDATE SET position = excluded.position WHERE position <> excluded.position`,
  );
  people.forEach((contactId, position) => put.run(conversationId, contactId, position, happenedOn));
}

export function insertConversation(j: Journal, c: NewConversation, at: string): number {
  const result = j
    .stmt('INSERT INTO conversations (contact_id, happened_on, via, note, complaint, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(c.people[0], c.happenedOn, c.via, c.note, c.complaint ? 1 : 0, at);
  const id = Number(result.lastInsertRowid);
  storePeople(j, id, c.happenedOn, c.people);
  rhythmMoved(j, c.people, 'recount');
  return id;
}

export function getConversation(j: Journal, id: number): Conversation | undefined {
  const row = j.rawStmt<[number], ConversationRow>(`${SELECT} WHERE v.id = ?`).get(id);
  return row && toConversation(row);
}

/**
 * Each open complaint (aliased `t`) once for everyone it was with (`o.contact_id`): the table
 * triggers keep of them (migration 0022), then each conversation's own row.
 */
export const OPEN_COMPLAINTS_BY_PERSON = 'open_complaint_people o CROSS JOIN conversations t ON t.id = o.conversation_id';

/**
 * The open complaints a person was part of, newest first: from the table of everyone each open
 * complaint was with (migration 0022), not from the person's conversations (hundreds, for a
 * regular, each a page to read).
 */
export function openComplaintsWith(j: Journal, contactId: number): Conversation[] {
  return j
    .rawStmt<{ id: number }, ConversationRow>(
      `${SELECT} WHERE v.id IN (SELECT o.conversation_id FROM open_complaint_people o WHERE o.contact_id = @id)
       ORDER BY v.happened_on DESC, v.id DESC`,
    )
    .all({ id: contactId })
    .map((row) => toConversation(row));
}

export interface ConversationFilter {
  contactId?: number;
  since?: string;
  limit?: number;
}

/** Newest first; with a contact, every conversation that person was part of. */
export function listConversations(j: Journal, filter: ConversationFilter = {}): Conversation[] {
  return [...eachConversation(j, filter)];
}

/**
 * Whether a listing of every conversation, from `since` on and at most `limit`, is long enough
 * to read everyone's names once (manyConversations) rather than each row's. A name looked up for
 * each row is a page of contacts read at random: on a journal of 100,000 people, 2.5 s for the
 * 232,000 conversations since June against 0.15 s for everyone's names. How many there are is
 * counted from counts_days (migration 0025), which costs nothing; it only picks the plan.
 */
function readsNamesOnce(j: Journal, since: string | null, limit: number): boolean {
  if (since === null && limit === -1) return true;
  const found = since === null ? Infinity : (j.stmt<[string], number>('SELECT coalesce(sum(conversations), 0) FROM counts_days WHERE happened_on >= ?').pluck().get(since) ?? 0);
  const rows = limit === -1 ? found : Math.min(limit, found);
  return rows * 4 >= highestContactId(j);
}

/** listConversations a row at a time, for a listing written as it is read. */
export function* eachConversation(j: Journal, filter: ConversationFilter = {}): Generator<Conversation> {
  const since = filter.since ?? null;
  const limit = filter.limit ?? -1;
  if (filter.contactId === undefined) {
    // The day as a range of conversations_happened, not `? IS NULL OR …` (which SQLite cannot
    // seek on: it walked the whole index, to the first conversation ever, for any --since).
    const sql = (columns: string) =>
      `SELECT ${columns} FROM conversations v ${since === null ? '' : 'WHERE v.happened_on >= @since'} ORDER BY v.happened_on DESC, v.id DESC LIMIT @limit`;
    const params: { since?: string; limit: number } = since === null ? { limit } : { since, limit };
    if (readsNamesOnce(j, since, limit)) yield* manyConversations(j, sql, params);
    else for (const row of j.rawStmt<typeof params, ConversationRow>(sql(CONVERSATION_COLUMNS)).iterate(params)) yield toConversation(row);
    return;
  }
  const rows = j
    .rawStmt<[number, string | null, string | null, number], ConversationRow>(
      `SELECT ${CONVERSATION_COLUMNS} FROM conversation_people w JOIN conversations v ON v.id = w.conversation_id
       WHERE w.contact_id = ? AND (? IS NULL OR w.happened_on >= ?) ORDER BY w.happened_on DESC, w.conversation_id DESC LIMIT ?`,
    )
    .iterate(filter.contactId, since, since, limit);
  for (const row of rows) yield toConversation(row);
}

/** The highest conversation id: how wide a listing's id column may need to be. */
export function highestConversationId(j: Journal): number {
  return j.stmt<[], { id: number | null }>('SELECT max(id) AS id FROM conversations').get()?.id ?? 0;
}

export function resolveComplaint(j: Journal, id: number, resolvedOn: string, note: string | null): void {
  j.stmt('UPDATE conversations SET resolved_on = ?, resolution_note = ? WHERE id = ?').run(resolvedOn, note, id);
}

/** A resolved complaint open again, its note as given (the resolution kept in it: domain/complaints.ts). */
export function reopenComplaint(j: Journal, id: number, note: string): void {
  j.stmt('UPDATE conversations SET resolved_on = NULL, resolution_note = NULL, note = ? WHERE id = ?').run(note, id);
}

/** What `rel conversation edit` may change; undefined leaves a field as it is. */
export interface ConversationChanges {
  /** Everyone it was with now, in order. */
  people?: number[];
  happenedOn?: string;
  via?: Channel | null;
  note?: string | null;
  complaint?: boolean;
}

/**
 * Changes a conversation. A new day, or people added or removed, move the rhythm of everyone it
 * was with and is with now. Turning the complaint flag off drops its resolution too; turning it
 * on opens it.
 */
export function updateConversation(j: Journal, before: Conversation, changes: ConversationChanges): void {
  const beforePeople = before.people.map((p) => p.id);
  const after = {
    people: changes.people ?? beforePeople,
    happenedOn: changes.happenedOn ?? before.happenedOn,
    via: changes.via === undefined ? before.via : changes.via,
    note: changes.note === undefined ? before.note : changes.note,
    complaint: changes.complaint ?? before.complaint,
  };
  const resolvedOn = after.complaint && before.complaint ? before.resolvedOn : null;
  const resolutionNote = after.complaint && before.complaint ? before.resolutionNote : null;
  j.stmt('UPDATE conversations SET contact_id = ?, happened_on = ?, via = ?, note = ?, complaint = ?, resolved_on = ?, resolution_note = ? WHERE id = ?').run(
    after.people[0],
    after.happenedOn,
    after.via,
    after.note,
    after.complaint ? 1 : 0,
    resolvedOn,
    resolutionNote,
    before.id,
  );
  const gone = beforePeople.filter((id) => !after.people.includes(id));
  const leave = j.stmt('DELETE FROM conversation_people WHERE conversation_id = ? AND contact_id = ?');
  for (const id of gone) leave.run(before.id, id);
  storePeople(j, before.id, after.happenedOn, after.people);
  const peopleChanged = gone.length > 0 || after.people.some((id) => !beforePeople.includes(id));
  if (peopleChanged || after.happenedOn !== before.happenedOn) rhythmMoved(j, [...new Set([...beforePeople, ...after.people])], 'recount');
}

export function deleteConversation(j: Journal, c: Conversation): void {
  j.stmt('DELETE FROM conversations WHERE id = ?').run(c.id);
  rhythmMoved(j, c.people.map((p) => p.id), 'recount');
}
