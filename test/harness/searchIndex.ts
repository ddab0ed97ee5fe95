// What the search index (migrations 0002, 0009, 0014, 0033, 0034, 0035) should hold, worked out from the
// tables in JavaScript, not with the migrations' SQL, and what it holds: one row per person a record
// is on (a conversation once for each person who was there), emails and phones with rows of their
// own, a phone with its key, every rowid saying whose the row is. For the index's own tests and for
// the upgrade of every older journal.
import type Database from 'better-sqlite3';
import { phoneKey } from '../../src/domain/phoneNumbers.js';
import { foldForSearch } from '../../src/domain/searchFold.js';

const KINDS = ['contact', 'conversation', 'detail', 'reminder', 'email', 'phone'];

/** The rowid of a record's row for a person, as 0014 lays it out. */
export function rowidOf(contactId: number, kind: string, refId: number): number {
  return contactId * 2 ** 32 + KINDS.indexOf(kind) * 2 ** 29 + refId;
}

interface Row {
  contactId: number;
  kind: string;
  refId: number;
  body: string;
  folded?: string | null;
  phoneKey?: string | null;
}

/**
 * The folded copy of a row: its letters folded, its apostrophes left out (0033, 0035), full-width
 * letters and digits in ASCII (0035) and the characters of scripts without spaces spaced out (0034).
 */
function foldedCopy(body: string): string | null {
  const folded = foldForSearch(body);
  return folded === body ? null : folded;
}

/** A row of the index as text: its rowid, whose and what record it is, its text, folded copy and phone key. */
function show({ contactId, kind, refId, body, folded = foldedCopy(body), phoneKey = null }: Row): string {
  const extra = `${folded === null ? '' : ` | folded: ${folded}`}${phoneKey === null ? '' : ` | key: ${phoneKey}`}`;
  return `${rowidOf(contactId, kind, refId)} ${contactId}:${kind} ${refId}:${body}${extra}`;
}

type Values = { [column: string]: string | number | null };

/** What the index should hold, one line a row. */
export function expectedIndex(db: Database.Database): string[] {
  const all = (sql: string) => db.prepare(sql).all() as Values[];
  const rows: Row[] = [];
  const aliases = new Map<number, string[]>();
  for (const a of all('SELECT contact_id, alias FROM contact_aliases')) aliases.set(a.contact_id as number, [...(aliases.get(a.contact_id as number) ?? []), a.alias as string].sort());
  for (const c of all('SELECT id, name, company, role, met FROM contacts')) {
    const parts = [c.name, (aliases.get(c.id as number) ?? []).join(', ') || null, c.company, c.role, c.met].filter((p) => p !== null);
    rows.push({ contactId: c.id as number, kind: 'contact', refId: c.id as number, body: parts.join(' · ') });
  }
  for (const v of all('SELECT p.contact_id, v.id, v.note, v.resolution_note FROM conversations v JOIN conversation_people p ON p.conversation_id = v.id')) {
    const parts = [v.note, v.resolution_note].filter((p) => p !== null);
    if (parts.length > 0) rows.push({ contactId: v.contact_id as number, kind: 'conversation', refId: v.id as number, body: parts.join(' · ') });
  }
  for (const [table, kind] of [['details', 'detail'], ['reminders', 'reminder']] as const) {
    for (const r of all(`SELECT id, contact_id, text FROM ${table}`)) rows.push({ contactId: r.contact_id as number, kind, refId: r.id as number, body: r.text as string });
  }
  for (const e of all('SELECT rowid, contact_id, email FROM contact_emails')) rows.push({ contactId: e.contact_id as number, kind: 'email', refId: e.rowid as number, body: e.email as string });
  for (const p of all('SELECT rowid, contact_id, phone FROM contact_phones')) {
    rows.push({ contactId: p.contact_id as number, kind: 'phone', refId: p.rowid as number, body: p.phone as string, phoneKey: phoneKey(p.phone as string) });
  }
  return rows.map(show).sort();
}

/** What the index holds, one line a row, its rowid as stored. */
export function actualIndex(db: Database.Database): string[] {
  const rows = db.prepare('SELECT rowid, contact_id, kind, ref_id, body, folded, phone_key FROM search_index').all() as Values[];
  return rows
    .map((r) => {
      const shown = show({ contactId: r.contact_id as number, kind: r.kind as string, refId: r.ref_id as number, body: r.body as string, folded: r.folded as string | null, phoneKey: r.phone_key as string | null });
      return shown.replace(/^\d+/, String(r.rowid)); // show() worked the rowid out from the columns
    })
    .sort();
}

/** What the index of names (migration 0029) should hold: every contact's folded name, by id. */
export function expectedNameIndex(db: Database.Database): string[] {
  return (db.prepare('SELECT id, name_key FROM contacts ORDER BY id').raw().all() as Array<[number, string]>).map(([id, key]) => `${id}:${key}`);
}

/** What the index of names holds, checked by a match of each name's own trigrams too. */
export function actualNameIndex(db: Database.Database): string[] {
  const rows = db.prepare('SELECT rowid, name_key FROM name_trigrams ORDER BY rowid').raw().all() as Array<[number, string]>;
  const found = db.prepare<[string, number], number>('SELECT count(*) FROM name_trigrams WHERE name_trigrams MATCH ? AND rowid = ?').pluck();
  return rows.map(([id, key]) => (Array.from(key).length < 3 || found.get(`"${key.replace(/"/g, '""')}"`, id) === 1 ? `${id}:${key}` : `${id}:${key} (not found by its trigrams)`));
}
