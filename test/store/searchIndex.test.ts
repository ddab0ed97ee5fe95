// The FTS5 index (migrations 0002, 0009, 0014) stays in step with the tables through every kind of
// write, including the deletes a foreign-key cascade makes, whatever recursive_triggers is set to:
// one row per person a record is on (a conversation once for each person who was there), emails
// and phones with rows of their own, a phone with its key, every rowid saying whose the row is
// (rowid >> 32); a text with letters the tokenizer cannot fold has its folded copy, and no other
// text has one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { phoneKey } from '../../src/domain/phoneNumbers.js';
import { foldForSearch } from '../../src/domain/searchFold.js';
import { openJournal, type Db } from '../../src/store/open.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshDb(): Db {
  const dir = mkdtempSync(join(tmpdir(), 'rel-search-index-'));
  dirs.push(dir);
  return openJournal(join(dir, 'rel.db'));
}

const KINDS = ['contact', 'conversation', 'detail', 'reminder', 'email', 'phone'];

/** The rowid of a record's row for a person, as 0014 lays it out, worked out here apart from the SQL. */
function rowidOf(contactId: number, kind: string, refId: number): number {
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

/** A row of the index as text: its rowid, whose and what record it is, its text, folded copy and phone key. */
function show({ contactId, kind, refId, body, folded = foldForSearch(body) === body ? null : foldForSearch(body), phoneKey = null }: Row): string {
  const extra = `${folded === null ? '' : ` | folded: ${folded}`}${phoneKey === null ? '' : ` | key: ${phoneKey}`}`;
  return `${rowidOf(contactId, kind, refId)} ${contactId}:${kind} ${refId}:${body}${extra}`;
}

type Record = { [column: string]: string | number | null };

/** What the index should hold, worked out from the tables in JavaScript (not with the migration's SQL). */
function expectedIndex(db: Db): string[] {
  const all = (sql: string) => db.prepare(sql).all() as Record[];
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
  for (const [table, kind] of [['details', 'detail'], ['reminders', 'reminder']]) {
    for (const r of all(`SELECT id, contact_id, text FROM ${table}`)) rows.push({ contactId: r.contact_id as number, kind: kind!, refId: r.id as number, body: r.text as string });
  }
  for (const e of all('SELECT rowid, contact_id, email FROM contact_emails')) rows.push({ contactId: e.contact_id as number, kind: 'email', refId: e.rowid as number, body: e.email as string });
  for (const p of all('SELECT rowid, contact_id, phone FROM contact_phones')) {
    rows.push({ contactId: p.contact_id as number, kind: 'phone', refId: p.rowid as number, body: p.phone as string, phoneKey: phoneKey(p.phone as string) });
  }
  return rows.map(show).sort();
}

function actualIndex(db: Db): string[] {
  const rows = db.prepare('SELECT rowid, contact_id, kind, ref_id, body, folded, phone_key FROM search_index').all() as Record[];
  return rows
    .map((r) => {
      const shown = show({ contactId: r.contact_id as number, kind: r.kind as string, refId: r.ref_id as number, body: r.body as string, folded: r.folded as string | null, phoneKey: r.phone_key as string | null });
      return shown.replace(/^\d+/, String(r.rowid)); // the rowid as stored, which show() worked out from the columns
    })
    .sort();
}

/** The people whose rows match an FTS5 query, read from the rowids. */
function matches(db: Db, query: string): number[] {
  return db.prepare('SELECT DISTINCT rowid >> 32 FROM search_index WHERE search_index MATCH ? ORDER BY 1').pluck().all(query) as number[];
}

const AT = '2026-11-23T10:00:00.000Z';

function seed(db: Db): void {
  const contact = db.prepare("INSERT INTO contacts (name, name_key, company, created_on, created_at, updated_at) VALUES (?, ?, ?, '2026-11-01', ?, ?)");
  contact.run('Jane Doe', 'jane doe', 'Doe Flowers', AT, AT);
  contact.run('José Núñez', 'jose nunez', 'Łódź Ogrody', AT, AT);
  contact.run('Tom Roe', 'tom roe', null, AT, AT);
  db.prepare("INSERT INTO contact_aliases (contact_id, alias, alias_key) VALUES (1, 'JD', 'jd'), (1, 'Janie', 'janie'), (2, 'Pepe', 'pepe'), (2, 'Søren', 'soren')").run();
  db.prepare("INSERT INTO contact_emails (contact_id, email, position) VALUES (1, 'jane@doe.example', 0), (2, 'jose@łódź.example', 0)").run();
  const phone = db.prepare('INSERT INTO contact_phones (contact_id, phone, position, phone_key) VALUES (?, ?, 0, ?)');
  phone.run(2, '+34 612 34 56 78', phoneKey('+34 612 34 56 78'));
  phone.run(3, '(512) 555-0160', phoneKey('(512) 555-0160'));
  const conversation = db.prepare("INSERT INTO conversations (contact_id, happened_on, note, complaint, created_at) VALUES (?, '2026-11-20', ?, ?, ?)");
  const person = db.prepare("INSERT INTO conversation_people (conversation_id, contact_id, position, happened_on) VALUES (?, ?, ?, '2026-11-20')");
  conversation.run(1, 'lunch about the spring catalog', 0, AT);
  person.run(1, 1, 0);
  person.run(1, 3, 1); // a lunch with Jane and Tom
  conversation.run(1, null, 0, AT);
  person.run(2, 1, 0);
  conversation.run(2, 'bouquet arrived wilted', 1, AT);
  person.run(3, 2, 0);
  db.prepare("INSERT INTO details (contact_id, text, created_at) VALUES (1, 'husband loves golf', ?), (2, 'plays tennis on the Straße', ?)").run(AT, AT);
  db.prepare("INSERT INTO reminders (contact_id, text, due_on, created_at) VALUES (1, 'send the catalog', '2026-11-30', ?), (2, 'call back', '2026-11-24', ?)").run(AT, AT);
}

describe.each([0, 1])('the search index with recursive_triggers = %i', (recursive) => {
  it('holds what the tables hold after inserts, updates and deletes, a row for each person a conversation was with', () => {
    const db = freshDb();
    db.pragma(`recursive_triggers = ${recursive}`);
    seed(db);
    expect(actualIndex(db)).toEqual(expectedIndex(db));
    expect(matches(db, 'nunez')).toEqual([2]);
    expect(matches(db, 'lodz OR strasse')).toEqual([2]);
    expect(matches(db, 'catalog')).toEqual([1, 3]);
    expect(matches(db, '612345678')).toEqual([2]);
    expect(matches(db, 'lily OR lilies')).toEqual([]);

    db.exec(`UPDATE contacts SET name = 'Jane Smith', name_key = 'jane smith', role = 'owner' WHERE id = 1;
             UPDATE contacts SET updated_at = 'later', paused_until = '2027-01-01' WHERE id = 2;
             DELETE FROM contact_aliases WHERE alias = 'JD';
             UPDATE conversations SET note = 'talked about golf' WHERE id = 2;
             UPDATE conversations SET resolved_on = '2026-11-21', resolution_note = 'replaced the flowers' WHERE id = 3;
             UPDATE conversations SET note = 'lunch about lilies' WHERE id = 1;
             INSERT INTO conversation_people (conversation_id, contact_id, position, happened_on) VALUES (1, 2, 2, '2026-11-20');
             DELETE FROM conversation_people WHERE conversation_id = 1 AND contact_id = 3;
             UPDATE details SET text = 'husband loves sailing on the Øresund' WHERE id = 1;
             UPDATE contacts SET company = NULL WHERE id = 2;
             UPDATE contact_aliases SET alias = 'Soren' WHERE alias = 'Søren';
             UPDATE reminders SET due_on = '2026-12-01', text = 'send the winter catalog' WHERE id = 1;
             UPDATE contact_emails SET email = 'jane@smith.example' WHERE contact_id = 1;
             UPDATE contact_phones SET phone = '+34 699 00 11 22', phone_key = '699001122' WHERE contact_id = 2;
             UPDATE contact_phones SET contact_id = 1 WHERE contact_id = 3;
             DELETE FROM details WHERE id = 2;`);
    expect(actualIndex(db)).toEqual(expectedIndex(db));
    expect(matches(db, 'jd')).toEqual([]);
    expect(matches(db, 'janie')).toEqual([1]);
    expect(matches(db, 'smith')).toEqual([1]);
    expect(matches(db, 'replaced')).toEqual([2]);
    expect(matches(db, 'oresund')).toEqual([1]);
    expect(matches(db, 'lodz')).toEqual([2]); // the email, still
    expect(matches(db, 'lily')).toEqual([1, 2]); // porter: lilies
    expect(matches(db, '612345678')).toEqual([]); // the old number
    expect(matches(db, '699001122 OR 5125550160 OR 555')).toEqual([1, 2]);
    expect(db.prepare('SELECT folded FROM search_index WHERE rowid = ?').get(rowidOf(2, 'contact', 2))).toEqual({ folded: null }); // nothing left to fold
    db.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')");
  });

  it('loses every row of a deleted contact, cascaded rows included; a shared conversation stays for the others', () => {
    const db = freshDb();
    db.pragma(`recursive_triggers = ${recursive}`);
    seed(db);
    db.prepare('UPDATE contacts SET referred_by = 1 WHERE id = 2').run();
    db.prepare('DELETE FROM contacts WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM details WHERE contact_id = 1').get()).toEqual({ n: 0 }); // the cascade ran
    expect(actualIndex(db)).toEqual(expectedIndex(db));
    expect(actualIndex(db).filter((row) => /^\d+ 1:/.test(row))).toEqual([]);
    expect(matches(db, 'golf OR jane OR janie OR doe')).toEqual([]);
    expect(matches(db, 'catalog')).toEqual([3]); // Tom's lunch with Jane
    db.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')");
  });
});
