// The FTS5 index (migrations 0002, 0009, 0014) stays in step with the tables through every kind of
// write, including the deletes a foreign-key cascade makes, whatever recursive_triggers is set to
// (what it should hold: test/harness/searchIndex.ts); a text with letters the tokenizer cannot fold
// has its folded copy, and no other text has one; whose a row is, is its rowid >> 32.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { phoneKey } from '../../src/domain/phoneNumbers.js';
import { openJournal, type Db } from '../../src/store/open.js';
import { actualIndex, expectedIndex, rowidOf } from '../harness/searchIndex.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshDb(): Db {
  const dir = mkdtempSync(join(tmpdir(), 'rel-search-index-'));
  dirs.push(dir);
  return openJournal(join(dir, 'rel.db'));
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
             DELETE FROM details WHERE id = 2;
             UPDATE contacts SET name = 'Tom O''Roe', name_key = 'tom oroe' WHERE id = 3;
             INSERT INTO contact_aliases (contact_id, alias, alias_key) VALUES (3, 'Tommy D’Arcy', 'tommy darcy');`);
    expect(actualIndex(db)).toEqual(expectedIndex(db));
    expect(matches(db, 'oroe')).toEqual([3]); // a person's row also holds their name without its apostrophes (0033)
    expect(matches(db, 'darcy')).toEqual([3]);
    expect(matches(db, '"o roe"')).toEqual([3]);
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
