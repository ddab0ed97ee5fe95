// SPEC §3 "Naming people": a person is named by id, exact name, alias, email, phone number, or an
// unambiguous part of the name. A number is compared by its last nine digits, so it is found
// written with a country code, without, or with a trunk 0; a short number never matches by
// accident; a number two people share is ambiguous like a name.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/domain/names.js';
import { phoneKey } from '../../src/domain/phoneNumbers.js';
import { buildJournal, migrationFiles } from '../fixtures/make-journal-v1.mjs';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, makeJournal } from '../harness/journal.js';

const prepared = journalFrom(async (j) => {
  await j.ok(['contact', 'add', 'Łukasz Wróbel', '--phone', '+48 601 234 567', '--email', 'Lukasz@Wrobel.example']);
  await j.ok(['contact', 'add', 'Ana Lima', '--phone', '+48 700 234 567', '--email', 'ana@łąka.example']);
  await j.ok(['contact', 'add', 'Bob Lee', '--phone', '(512) 555-0160']);
});

describe('naming a person by phone number', () => {
  it('rel show finds the person with the number as written, and without the country code', async () => {
    const j = await prepared();
    for (const query of ['+48 601 234 567', '601234567', '601-234-567', '+48601234567', '0048 601 234 567']) {
      const r = await j.rel(['show', query, '--json']);
      expect([r.code, r.stderr], query).toEqual([0, '']);
      expect(JSON.parse(r.stdout).person.name, query).toBe('Łukasz Wróbel');
    }
    expect((await j.json(['show', '+1 512 555 0160', '--json'])).person.name).toBe('Bob Lee');
  });

  it('rel add with a national number (trunk 0) logs to that person, creating nobody', async () => {
    const j = await prepared();
    const r = await j.rel(['add', '0601-234-567', '--note', 'called about the order']);
    expect(r).toEqual({ code: 0, stdout: 'logged conversation with Łukasz Wróbel on 2026-11-23 (#1)\n', stderr: '' });
    expect(await j.json(['list', '--json'])).toHaveLength(3);
  });

  it('never matches by a part of a number, nor two numbers that share only their last digits', async () => {
    const j = await prepared();
    expect(await expectRefused(j, ['show', '234 567'], 1)).toBe('rel: no contact matches "234 567"; see rel list');
    expect((await j.json(['show', '700 234 567', '--json'])).person.name).toBe('Ana Lima');
    expect(await expectRefused(j, ['show', '+48 601 234 568'], 1)).toBe('rel: no contact has the phone number +48 601 234 568; see rel list, or give it to someone with rel edit NAME --phone');
  });

  it('rel add with a number nobody has is refused instead of creating a person named by it', async () => {
    const j = await prepared();
    expect(await expectRefused(j, ['add', '0601 999 999', '--note', 'x'], 1)).toBe('rel: no contact has the phone number 0601 999 999; see rel list, or give it to someone with rel edit NAME --phone');
  });

  it('a number two people share is ambiguous, with both listed', async () => {
    const j = await prepared();
    await j.ok(['contact', 'add', 'Eve Lee', '--phone', '512-555-0160', '--new']);
    expect(await expectRefused(j, ['show', '5125550160'], 1)).toBe('rel: "5125550160" matches 2 people: Bob Lee (#3), Eve Lee (#4); use the #id');
  });

  it('a number with its country code finds only the person with that country code; without one, everyone it may be', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Sophie Martin', '--phone', '+33 6 12 34 56 78']);
    await j.ok(['contact', 'add', 'Maria Lopez', '--phone', '+34 612 34 56 78']);
    expect((await j.ok(['show', '+34 612 34 56 78'])).split('\n')[0]).toBe('Maria Lopez #2');
    expect((await j.ok(['show', '0033 6 12 34 56 78'])).split('\n')[0]).toBe('Sophie Martin #1');
    expect(await expectRefused(j, ['show', '612345678'], 1)).toMatch(/matches 2 people/);
    expect(await j.ok(['duplicates'])).not.toContain('same phone');
  });

  it('an id still wins over a number, and a name over either', async () => {
    const j = await prepared();
    await j.ok(['contact', 'add', '5550160 Flowers']);
    expect((await j.json(['show', '#2', '--json'])).person.name).toBe('Ana Lima');
    expect((await j.json(['show', '5550160 flowers', '--json'])).person.name).toBe('5550160 Flowers');
  });
});

describe('naming a person by email', () => {
  it('ignores case', async () => {
    const j = await prepared();
    expect((await j.json(['show', 'LUKASZ@wrobel.EXAMPLE', '--json'])).person.name).toBe('Łukasz Wróbel');
    const r = await j.rel(['add', 'lukasz@WROBEL.example', '--note', 'x']);
    expect(r).toMatchObject({ code: 0, stdout: 'logged conversation with Łukasz Wróbel on 2026-11-23 (#1)\n' });
  });

  it('finds an email with letters beyond ASCII (it was folded like a name, ł→l, and matched nothing)', async () => {
    const j = await prepared();
    expect((await j.json(['show', 'ana@łąka.example', '--json'])).person.name).toBe('Ana Lima');
  });

  it('an email nobody has names no one: rel add and rel relate --to refuse it instead of a person named by it', async () => {
    const j = await prepared();
    const nobody = 'rel: no contact has the email maria@example.com; see rel list, or give it to someone with rel edit NAME --email';
    expect(await expectRefused(j, ['show', 'maria@example.com'], 1)).toBe(nobody);
    expect(await expectRefused(j, ['add', ' maria@example.com ', '--note', 'x'], 1)).toBe(nobody);
    expect(await expectRefused(j, ['relate', 'bob', '--to', 'maria@example.com', '--as', 'sister'], 1)).toBe(nobody);
    expect(await j.json(['list', '--json'])).toHaveLength(3);
  });
});

describe('a journal made before phones had keys', () => {
  it('finds its people by phone once rel has upgraded it, and keeps the keys of new phones', async () => {
    const j = makeJournal();
    const before = migrationFiles().findIndex((f) => f.endsWith('_phone_keys.sql'));
    buildJournal(j.db, before, { nameKey: normalizeName });
    // The seeds gave Jane Doe +1 555 0100 and María José Núñez +34 600 000 000.
    expect((await j.json(['show', '600 000 000', '--json'])).person.name).toBe('María José Núñez');
    expect((await j.json(['show', '+1 (555) 0100', '--json'])).person.name).toBe('Jane Doe');
    await j.ok(['edit', 'bob', '--phone', '+44 20 7946 0958']);
    expect((await j.json(['show', '020 7946 0958', '--json'])).person.name).toBe('Bob Lee');
    const db = new Database(j.db, { readonly: true });
    try {
      const rows = db.prepare('SELECT phone, phone_key FROM contact_phones').all() as Array<{ phone: string; phone_key: string }>;
      expect(rows.length).toBe(4);
      for (const row of rows) expect(row.phone_key).toBe(phoneKey(row.phone));
    } finally {
      db.close();
    }
  });
});
