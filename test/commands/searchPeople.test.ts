// rel search finds people (issue 14, item 4): every word somewhere on the person, not necessarily
// in one record; emails and phone numbers, a phone whatever its spacing; English word forms; a
// conversation with several people found for each of them; and the index following merge, edits
// of who was there, undo, and the people an import or a restore adds in bulk (their rows written
// when the import ends).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { actualIndex, actualNameIndex, expectedIndex, expectedNameIndex } from '../harness/searchIndex.js';

interface Found {
  person: { id: number; name: string };
  matches: Array<{ record: string; id: number; snippet: string }>;
}

describe('rel search across a person', () => {
  let j: TestJournal;
  /** Who `rel search` finds, by name, best first. */
  const who = async (...query: string[]) => (await j.json<Found[]>(['search', ...query, '--json'])).map((p) => p.person.name);

  beforeAll(async () => {
    j = makeJournal();
    await j.ok(['contact', 'add', 'Jakub Kowalski', '--company', 'Acme', '--email', 'jakub.kowalski@acme.pl', '--phone', '+34 612 34 56 78']);
    await j.ok(['add', 'jakub', '--via', 'call', '--note', 'Kuba says the lilies were calling to him', '--on', '2026-11-20']);
    await j.ok(['contact', 'add', 'Anna Kowalski', '--phone', '0612 999 888']);
    await j.ok(['add', 'anna', '--note', 'ordered tulips', '--on', '2026-11-21']);
    await j.ok(['contact', 'add', 'Kuba Nowak']);
  });

  it('finds a person whose words are in two records: the surname in the name, the nickname in a note', async () => {
    expect(await j.ok(['search', 'kowalski', 'kuba'])).toBe(
      [
        'Jakub Kowalski #1',
        '  call     2026-11-20  [Kuba] says the lilies were calling to him [conversation 1]',
        '  contact              Jakub [Kowalski] · Acme',
        '  email                jakub.[kowalski]@acme.pl',
        '',
      ].join('\n'),
    );
    expect(await who('kuba')).toEqual(['Kuba Nowak', 'Jakub Kowalski']);
    expect(await who('kowalski', 'tulips')).toEqual(['Anna Kowalski']);
    expect(await who('kuba', 'tulips')).toEqual([]); // Kuba is one person, the tulips another's
  });

  it('combines terms per person: OR, NOT, and a phrase still within one record', async () => {
    expect(await who('kowalski', 'NOT', 'lilies')).toEqual(['Anna Kowalski']);
    expect(await who('kowalski -lilies')).toEqual(['Anna Kowalski']); // as a web search says it
    expect((await who('(kuba', 'OR', 'tulips)', 'kowalski')).sort()).toEqual(['Anna Kowalski', 'Jakub Kowalski']);
    expect(await who('"kuba kowalski"')).toEqual([]);
    expect(await who('"says the lilies"', 'acme')).toEqual(['Jakub Kowalski']);
  });

  it('finds emails, whole or by a part', async () => {
    const found = await j.json<Found[]>(['search', 'jakub.kowalski@acme.pl', '--json']);
    expect(found).toEqual([{ person: { id: 1, name: 'Jakub Kowalski' }, archived: false, matches: [{ record: 'email', id: 1, date: null, snippet: '[jakub.kowalski@acme.pl]', via: null, complaint: false, done: false }] }]);
    expect(await who('acme.pl')).toEqual(['Jakub Kowalski']);
  });

  it.each(['612345678', '612 345 678', '+34612345678', '+34 612 34 56 78', '"+34 612 34 56 78"', '0034-612-34-56-78'])('finds +34 612 34 56 78 by %s, the whole number marked', async (number) => {
    expect(await j.ok(['search', number])).toBe('Jakub Kowalski #1\n  phone  [+34 612 34 56 78]\n');
  });

  it('finds a number written nationally by its international form, and a part of a number as words', async () => {
    expect(await who('+34 612 999 888')).toEqual(['Anna Kowalski']);
    expect(await j.ok(['search', '612'])).toContain('  phone  +34 [612] 34 56 78');
    expect(await who('612345679')).toEqual([]);
  });

  it('matches English word forms: lily finds lilies, call finds calling, tulip tulips', async () => {
    expect(await j.ok(['search', 'lily'])).toContain('Kuba says the [lilies] were calling to him');
    expect(await j.ok(['search', 'call'])).toContain('Kuba says the lilies were [calling] to him');
    expect(await who('tulip')).toEqual(['Anna Kowalski']);
  });
});

describe('rel search and a conversation with several people', () => {
  let j: TestJournal;
  const who = async (query: string) => (await j.json<Found[]>(['search', query, '--json'])).map((p) => p.person.name).sort();

  beforeAll(async () => {
    j = makeJournal();
    for (const name of ['Jane Doe', 'Tom Roe', 'Bob Lee', 'Ann Fox']) await j.ok(['contact', 'add', name, '--email', `${name.split(' ')[0]!.toLowerCase()}@example.com`]);
    await j.ok(['add', 'jane', 'tom', 'bob', '--note', 'Lunch at the marina about the summer gala', '--on', '2026-11-20']);
  });

  it('finds it for each person who was there, with their own words', async () => {
    expect(await who('marina')).toEqual(['Bob Lee', 'Jane Doe', 'Tom Roe']);
    expect(await who('tom gala')).toEqual(['Tom Roe']);
    const bob = await j.json<Found[]>(['search', 'bob', 'marina', '--json']);
    expect(bob.map((p) => [p.person.name, p.matches.map((m) => m.record)])).toEqual([['Bob Lee', ['contact', 'email', 'conversation']]]);
  });

  it('follows who was there: taken off, added, merged, undone', async () => {
    await j.ok(['conversation', 'edit', '1', '--without', 'bob', '--with', 'ann']);
    expect(await who('marina')).toEqual(['Ann Fox', 'Jane Doe', 'Tom Roe']);
    await j.ok(['conversation', 'edit', '1', '--note', 'Lunch at the harbour']);
    expect(await who('marina')).toEqual([]);
    expect(await who('harbour')).toEqual(['Ann Fox', 'Jane Doe', 'Tom Roe']);
    await j.ok(['merge', 'Bob Lee', 'Ann Fox', '--yes']);
    expect(await who('harbour')).toEqual(['Bob Lee', 'Jane Doe', 'Tom Roe']);
    expect(await who('ann@example.com')).toEqual(['Bob Lee']);
    await j.ok(['undo']);
    expect(await who('harbour')).toEqual(['Ann Fox', 'Jane Doe', 'Tom Roe']);
    expect(await who('ann@example.com')).toEqual(['Ann Fox']);
    await j.ok(['rm', 'jane', '--yes']);
    expect(await who('harbour')).toEqual(['Ann Fox', 'Tom Roe']);
  });
});

describe('rel search and people added in bulk', () => {
  /** The journal's index holds exactly what its tables hold. */
  function expectIndexInStep(j: TestJournal): void {
    const db = new Database(j.db, { readonly: true });
    try {
      expect(actualIndex(db)).toEqual(expectedIndex(db));
      expect(actualNameIndex(db)).toEqual(expectedNameIndex(db));
    } finally {
      db.close();
    }
  }

  it('finds people an import added, changes to people already there included, until the import is undone', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe', '--email', 'jane@example.com']);
    const file = join(j.dir, 'contacts.csv');
    writeFileSync(file, 'name,emails,phones,company\nJane Doe,jane@example.com,+1 512 555 0160,Doe Flowers\nŁukasz Wróbel,lukasz@example.pl,+48 601 234 567,Ogrody\nZoë Müller,zoe@example.de,,\n');
    await j.ok(['import', file]);
    expectIndexInStep(j);
    expect((await j.json<Found[]>(['search', 'lukasz', '601234567', '--json'])).map((p) => p.person.name)).toEqual(['Łukasz Wróbel']);
    expect((await j.json<Found[]>(['search', '512-555-0160', '--json'])).map((p) => p.person.name)).toEqual(['Jane Doe']);
    await j.ok(['undo']);
    expectIndexInStep(j);
    expect(await j.json(['search', 'lukasz', 'OR', 'zoe', 'OR', '5125550160', '--json'])).toEqual([]);
  });

  it('finds everyone a restore brought back', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jakub Kowalski', '--email', 'kuba@acme.pl', '--phone', '+34 612 34 56 78', '--alias', 'Kuba']);
    await j.ok(['contact', 'add', 'Jane Doe']);
    await j.ok(['add', 'jakub', 'jane', '--note', 'lunch at the marina', '--follow-up', 'jane: in 1 week: send lilies']);
    await j.ok(['remember', 'jakub', 'loves sailing']);
    const copy = makeJournal();
    await copy.ok(['import', '-'], { input: await j.ok(['export', 'all']) });
    expectIndexInStep(copy);
    expect(await copy.ok(['search', 'kuba', 'sailing', '612345678'])).toBe(await j.ok(['search', 'kuba', 'sailing', '612345678']));
    expect((await copy.json<Found[]>(['search', 'marina', '--json'])).map((p) => p.person.name).sort()).toEqual(['Jakub Kowalski', 'Jane Doe']);
  });
});
