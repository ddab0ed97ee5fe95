// The FTS5 index (migrations 0002, 0009) stays in step with the tables through every kind of write,
// including the deletes a foreign-key cascade makes, whatever recursive_triggers is set to; a text
// with letters the tokenizer cannot fold has its folded copy, and no other text has one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

/** A row of the index as text: the record, its text and, when there is one, the folded copy. */
function indexRow(record: string, body: string, folded: string | null = foldForSearch(body) === body ? null : foldForSearch(body)): string {
  return `${record}:${body}${folded === null ? '' : ` | folded: ${folded}`}`;
}

/** What the index should hold, worked out from the tables in JavaScript (not with the migration's SQL). */
function expectedIndex(db: Db): string[] {
  const rows: string[] = [];
  const aliases = new Map<number, string[]>();
  for (const a of db.prepare('SELECT contact_id, alias FROM contact_aliases').all() as Array<{ contact_id: number; alias: string }>) {
    aliases.set(a.contact_id, [...(aliases.get(a.contact_id) ?? []), a.alias].sort());
  }
  for (const c of db.prepare('SELECT id, name, company, role, met FROM contacts').all() as Array<Record<string, string | number | null>>) {
    const parts = [c.name, (aliases.get(c.id as number) ?? []).join(', ') || null, c.company, c.role, c.met].filter((p) => p !== null);
    rows.push(indexRow(`${c.id}:contact`, parts.join(' · ')));
  }
  for (const v of db.prepare('SELECT id, contact_id, note, resolution_note FROM conversations').all() as Array<Record<string, string | number | null>>) {
    const parts = [v.note, v.resolution_note].filter((p) => p !== null);
    if (parts.length > 0) rows.push(indexRow(`${v.contact_id}:conversation ${v.id}`, parts.join(' · ')));
  }
  for (const table of ['details', 'reminders'] as const) {
    for (const r of db.prepare(`SELECT id, contact_id, text FROM ${table}`).all() as Array<{ id: number; contact_id: number; text: string }>) {
      rows.push(indexRow(`${r.contact_id}:${table === 'details' ? 'detail' : 'reminder'} ${r.id}`, r.text));
    }
  }
  return rows.sort();
}

function actualIndex(db: Db): string[] {
  return (db.prepare('SELECT kind, ref_id, contact_id, body, folded FROM search_index').all() as Array<{ kind: string; ref_id: number; contact_id: number; body: string; folded: string | null }>)
    .map((r) => indexRow(`${r.contact_id}:${r.kind === 'contact' ? 'contact' : `${r.kind} ${r.ref_id}`}`, r.body, r.folded))
    .sort();
}

function matches(db: Db, query: string): number[] {
  return (db.prepare('SELECT DISTINCT contact_id FROM search_index WHERE search_index MATCH ? ORDER BY contact_id').all(query) as Array<{ contact_id: number }>).map((r) => r.contact_id);
}

const AT = '2026-11-23T10:00:00.000Z';

function seed(db: Db): void {
  const contact = db.prepare("INSERT INTO contacts (name, name_key, company, created_on, created_at, updated_at) VALUES (?, ?, ?, '2026-11-01', ?, ?)");
  contact.run('Jane Doe', 'jane doe', 'Doe Flowers', AT, AT);
  contact.run('José Núñez', 'jose nunez', 'Łódź Ogrody', AT, AT);
  db.prepare("INSERT INTO contact_aliases (contact_id, alias, alias_key) VALUES (1, 'JD', 'jd'), (1, 'Janie', 'janie'), (2, 'Pepe', 'pepe'), (2, 'Søren', 'soren')").run();
  const conversation = db.prepare("INSERT INTO conversations (contact_id, happened_on, note, complaint, created_at) VALUES (?, '2026-11-20', ?, ?, ?)");
  conversation.run(1, 'talked about the spring catalog', 0, AT);
  conversation.run(1, null, 0, AT);
  conversation.run(2, 'bouquet arrived wilted', 1, AT);
  db.prepare("INSERT INTO details (contact_id, text, created_at) VALUES (1, 'husband loves golf', ?), (2, 'plays tennis on the Straße', ?)").run(AT, AT);
  db.prepare("INSERT INTO reminders (contact_id, text, due_on, created_at) VALUES (1, 'send the catalog', '2026-11-30', ?), (2, 'call back', '2026-11-24', ?)").run(AT, AT);
}

describe.each([0, 1])('the search index with recursive_triggers = %i', (recursive) => {
  it('holds what the tables hold after inserts, updates and deletes', () => {
    const db = freshDb();
    db.pragma(`recursive_triggers = ${recursive}`);
    seed(db);
    expect(actualIndex(db)).toEqual(expectedIndex(db));
    expect(matches(db, 'nunez')).toEqual([2]);
    expect(matches(db, 'lodz OR strasse')).toEqual([2]);

    db.exec(`UPDATE contacts SET name = 'Jane Smith', name_key = 'jane smith', role = 'owner' WHERE id = 1;
             UPDATE contacts SET updated_at = 'later', paused_until = '2027-01-01' WHERE id = 2;
             DELETE FROM contact_aliases WHERE alias = 'JD';
             UPDATE conversations SET note = 'talked about golf' WHERE id = 2;
             UPDATE conversations SET resolved_on = '2026-11-21', resolution_note = 'replaced the flowers' WHERE id = 3;
             UPDATE conversations SET note = NULL WHERE id = 1;
             UPDATE details SET text = 'husband loves sailing on the Øresund' WHERE id = 1;
             UPDATE contacts SET company = NULL WHERE id = 2;
             UPDATE contact_aliases SET alias = 'Soren' WHERE alias = 'Søren';
             UPDATE reminders SET due_on = '2026-12-01', text = 'send the winter catalog' WHERE id = 1;
             DELETE FROM details WHERE id = 2;`);
    expect(actualIndex(db)).toEqual(expectedIndex(db));
    expect(matches(db, 'jd')).toEqual([]);
    expect(matches(db, 'janie')).toEqual([1]);
    expect(matches(db, 'smith')).toEqual([1]);
    expect(matches(db, 'replaced')).toEqual([2]);
    expect(matches(db, 'oresund')).toEqual([1]);
    expect(matches(db, 'lodz')).toEqual([]);
    expect(db.prepare("SELECT folded FROM search_index WHERE rowid = 2 * 4").get()).toEqual({ folded: null }); // nothing left to fold
    db.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')");
  });

  it('loses every row of a deleted contact, cascaded rows included', () => {
    const db = freshDb();
    db.pragma(`recursive_triggers = ${recursive}`);
    seed(db);
    db.prepare('UPDATE contacts SET referred_by = 1 WHERE id = 2').run();
    db.prepare('DELETE FROM contacts WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM details WHERE contact_id = 1').get()).toEqual({ n: 0 }); // the cascade ran
    expect(actualIndex(db)).toEqual(expectedIndex(db));
    expect(actualIndex(db).filter((row) => row.startsWith('1:'))).toEqual([]);
    expect(matches(db, 'golf OR catalog OR jane OR janie')).toEqual([]);
    db.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')");
  });
});
