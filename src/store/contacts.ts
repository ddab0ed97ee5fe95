// Contacts and their many-valued facts (emails, phones, aliases, tags).
import type { Contact, ContactFields } from '../domain/records.js';
import { normalizeName } from '../domain/names.js';
import { phoneKey } from '../domain/phoneNumbers.js';
import type { Journal } from './journal.js';
import { rhythmMoved, type StoredDue } from './rhythm.js';

// A contact's own cadence, the day added and tags move their due day: the writes of those say so
// (rhythmMoved, src/store/rhythm.ts), and it is stored again before the commit.

export interface ContactRow {
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
  last_contact_on: string | null;
  imported: number;
  created_on: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS: Record<keyof Omit<ContactFields, 'name'>, string> = {
  company: 'company',
  role: 'role',
  birthday: 'birthday',
  customerSince: 'customer_since',
  cadence: 'cadence',
  met: 'met',
  referredBy: 'referred_by',
  archived: 'archived',
  pausedUntil: 'paused_until',
  imported: 'imported',
};

/**
 * A new contact's row. `nameKey`: the name folded, when the caller has it already (an import's
 * planner does). Its rhythm is stored before the write commits (rhythmMoved), or with the row
 * when the caller has worked it out (`due`: an import's new people, rhythm.ts newcomersDue).
 */
export function insertContact(j: Journal, fields: ContactFields & { name: string; nameKey?: string }, createdOn: string, at: string, due?: StoredDue): number {
  const result = j
    .stmt(
      `INSERT INTO contacts (name, name_key, company, role, birthday, customer_since, cadence, met, referred_by, archived, paused_until, imported, created_on, created_at, updated_at, due_day, cadence_days)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      fields.name.trim(),
      fields.nameKey ?? normalizeName(fields.name),
      fields.company ?? null,
      fields.role ?? null,
      fields.birthday ?? null,
      fields.customerSince ?? null,
      fields.cadence ?? null,
      fields.met ?? null,
      fields.referredBy ?? null,
      fields.archived ? 1 : 0,
      fields.pausedUntil ?? null,
      fields.imported ? 1 : 0,
      createdOn,
      at,
      at,
      due?.dueDay ?? null,
      due?.cadenceDays ?? null,
    );
  const id = Number(result.lastInsertRowid);
  if (due === undefined) rhythmMoved(j, [id], 'stored');
  return id;
}

export function updateContact(j: Journal, id: number, fields: ContactFields, at: string): void {
  const sets: string[] = [];
  const values: unknown[] = [];
  if (fields.name !== undefined) {
    sets.push('name = ?', 'name_key = ?');
    values.push(fields.name.trim(), normalizeName(fields.name));
  }
  for (const [key, column] of Object.entries(COLUMNS) as Array<[keyof typeof COLUMNS, string]>) {
    const value = fields[key];
    if (value === undefined) continue;
    sets.push(`${column} = ?`);
    values.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
  }
  sets.push('updated_at = ?');
  values.push(at);
  // Column names come from COLUMNS above, never from input; values are bound.
  j.db.prepare(`UPDATE contacts SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
  if (fields.cadence !== undefined) rhythmMoved(j, [id], 'stored');
}

function rowToContact(row: ContactRow, lists: ContactLists): Contact {
  return contactFromRow(row, {
    emails: lists.emails.get(row.id) ?? [],
    phones: lists.phones.get(row.id) ?? [],
    aliases: lists.aliases.get(row.id) ?? [],
    tags: lists.tags.get(row.id) ?? [],
  });
}

/** A contacts row and its lists as a Contact. */
export function contactFromRow(row: ContactRow, lists: Pick<Contact, 'emails' | 'phones' | 'aliases' | 'tags'>): Contact {
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
    lastContactOn: row.last_contact_on,
    imported: row.imported === 1,
    createdOn: row.created_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...lists,
  };
}

/** Each contact's emails, phones, aliases and tags, by contact id. */
export interface ContactLists {
  emails: Map<number, string[]>;
  phones: Map<number, string[]>;
  aliases: Map<number, string[]>;
  tags: Map<number, string[]>;
}

function groupValues(rows: Array<{ contact_id: number; value: string }>): Map<number, string[]> {
  const grouped = new Map<number, string[]>();
  for (const { contact_id, value } of rows) {
    const list = grouped.get(contact_id);
    if (list) list.push(value);
    else grouped.set(contact_id, [value]);
  }
  return grouped;
}

/**
 * The list fields of the given contacts, or of all contacts when ids is undefined: four queries in
 * all, or only those of the lists `wanted` (the others are left empty).
 */
export function loadLists(j: Journal, ids: number[] | undefined, wanted: ReadonlyArray<keyof ContactLists> = ['emails', 'phones', 'aliases', 'tags']): ContactLists {
  const load = (list: keyof ContactLists, table: string, column: string, order: string): Map<number, string[]> => {
    if (!wanted.includes(list)) return new Map();
    if (ids === undefined) {
      return groupValues(j.stmt<[], { contact_id: number; value: string }>(`SELECT contact_id, ${column} AS value FROM ${table} ORDER BY contact_id, ${order}`).all());
    }
    if (ids.length === 0) return new Map();
    return groupValues(
      j
        .stmt<[string], { contact_id: number; value: string }>(
          `SELECT contact_id, ${column} AS value FROM ${table} WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY contact_id, ${order}`,
        )
        .all(JSON.stringify(ids)),
    );
  };
  return {
    emails: load('emails', 'contact_emails', 'email', 'position'),
    phones: load('phones', 'contact_phones', 'phone', 'position'),
    aliases: load('aliases', 'contact_aliases', 'alias', 'alias'),
    tags: load('tags', 'contact_tags', 'tag', 'tag'),
  };
}

export function getContacts(j: Journal, ids: number[]): Contact[] {
  if (ids.length === 0) return [];
  const rows = j.stmt<[string], ContactRow>('SELECT * FROM contacts WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids));
  const lists = loadLists(j, ids);
  const byId = new Map(rows.map((r) => [r.id, rowToContact(r, lists)]));
  return ids.map((id) => byId.get(id)).filter((c): c is Contact => c !== undefined);
}

export function getContact(j: Journal, id: number): Contact | undefined {
  return getContacts(j, [id])[0];
}

/** Every contact with its lists, ordered by name. */
export function allContacts(j: Journal, options: { archived?: 'exclude' | 'only' | 'include' } = {}): Contact[] {
  const where = { exclude: 'WHERE archived = 0', only: 'WHERE archived = 1', include: '' }[options.archived ?? 'exclude'];
  const rows = j.stmt<[], ContactRow>(`SELECT * FROM contacts ${where} ORDER BY name_key, id`).all();
  const lists = loadLists(j, undefined);
  return rows.map((r) => rowToContact(r, lists));
}

export function contactsNamed(j: Journal, name: string): Array<{ id: number; name: string }> {
  return j.stmt<[string], { id: number; name: string }>('SELECT id, name FROM contacts WHERE name_key = ?').all(normalizeName(name));
}

const NAMED_BY_KEY = `SELECT id, name FROM contacts WHERE name_key = @key AND id IS NOT @except
  UNION SELECT c.id, c.name FROM contact_aliases a JOIN contacts c ON c.id = a.contact_id WHERE a.alias_key = @key AND c.id IS NOT @except ORDER BY 1`;

/** The contacts (but `except`) whose folded name or an alias is `key`, a name folded by normalizeName, in id order. */
export function namedByKey(j: Journal, key: string, except?: number): Array<{ id: number; name: string }> {
  return j.stmt<[{ key: string; except: number | null }], { id: number; name: string }>(NAMED_BY_KEY).all({ key, except: except ?? null });
}

/** The contacts other than `except` whose name or an alias is `text` (folded as names are), in id order. */
export function othersNamedBy(j: Journal, text: string, except: number | undefined): Array<{ id: number; name: string }> {
  return namedByKey(j, normalizeName(text), except);
}

export function addEmails(j: Journal, id: number, emails: string[]): void {
  const next = j.stmt<[number], { n: number }>('SELECT coalesce(max(position), -1) + 1 AS n FROM contact_emails WHERE contact_id = ?');
  const insert = j.stmt('INSERT OR IGNORE INTO contact_emails (contact_id, email, position) VALUES (?, ?, ?)');
  for (const email of emails) insert.run(id, email.trim(), (next.get(id) as { n: number }).n);
}

export function addPhones(j: Journal, id: number, phones: string[]): void {
  const next = j.stmt<[number], { n: number }>('SELECT coalesce(max(position), -1) + 1 AS n FROM contact_phones WHERE contact_id = ?');
  const insert = j.stmt('INSERT OR IGNORE INTO contact_phones (contact_id, phone, position, phone_key) VALUES (?, ?, ?, ?)');
  for (const phone of phones) insert.run(id, phone.trim(), (next.get(id) as { n: number }).n, phoneKey(phone));
}

export function removeEmails(j: Journal, id: number, emails: string[]): void {
  const remove = j.stmt('DELETE FROM contact_emails WHERE contact_id = ? AND email = ? COLLATE NOCASE');
  for (const email of emails) remove.run(id, email.trim());
}

export function removePhones(j: Journal, id: number, phones: string[]): void {
  const remove = j.stmt('DELETE FROM contact_phones WHERE contact_id = ? AND phone = ?');
  for (const phone of phones) remove.run(id, phone.trim());
}

export function addAliases(j: Journal, id: number, aliases: string[]): void {
  const insert = j.stmt('INSERT OR IGNORE INTO contact_aliases (contact_id, alias, alias_key) VALUES (?, ?, ?)');
  for (const alias of aliases) insert.run(id, alias.trim(), normalizeName(alias));
}

export function removeAliases(j: Journal, id: number, aliases: string[]): void {
  const remove = j.stmt('DELETE FROM contact_aliases WHERE contact_id = ? AND alias_key = ?');
  for (const alias of aliases) remove.run(id, normalizeName(alias));
}

export function addTags(j: Journal, id: number, tags: string[]): void {
  const insert = j.stmt('INSERT OR IGNORE INTO contact_tags (contact_id, tag) VALUES (?, ?)');
  for (const tag of tags) insert.run(id, tag);
  if (tags.length > 0) rhythmMoved(j, [id], 'stored');
}

export function removeTags(j: Journal, id: number, tags: string[]): void {
  const remove = j.stmt('DELETE FROM contact_tags WHERE contact_id = ? AND tag = ?');
  for (const tag of tags) remove.run(id, tag);
  if (tags.length > 0) rhythmMoved(j, [id], 'stored');
}

export function deleteContact(j: Journal, id: number): void {
  j.stmt('DELETE FROM contacts WHERE id = ?').run(id);
}

/** The people this contact referred. */
export function referralsOf(j: Journal, id: number): Array<{ id: number; name: string }> {
  return j.stmt<[number], { id: number; name: string }>('SELECT id, name FROM contacts WHERE referred_by = ? ORDER BY name_key').all(id);
}

/** Which of these people are archived (the card marks them among a person's relatives and referrals). */
export function archivedAmong(j: Journal, ids: readonly number[]): Set<number> {
  if (ids.length === 0) return new Set();
  const rows = j.stmt<[string], { id: number }>('SELECT id FROM contacts WHERE id IN (SELECT value FROM json_each(?)) AND archived = 1').all(JSON.stringify(ids));
  return new Set(rows.map((row) => row.id));
}

/** The highest contact id: how wide an id column must be, where a walk through every id ends. */
export function highestContactId(j: Journal): number {
  return j.stmt<[], { id: number | null }>('SELECT max(id) AS id FROM contacts').get()?.id ?? 0;
}

/** Whether the journal has anyone, archived or not. */
export function hasAnyContact(j: Journal): boolean {
  return j.stmt<[], { one: number }>('SELECT 1 AS one FROM contacts LIMIT 1').get() !== undefined;
}
