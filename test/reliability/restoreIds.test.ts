// Ids are never reused (SPEC §5), a restore included: the restored journal gives no id of any kind
// that the journal it replaced had given (an export or a note made before the restore that says #2
// keeps meaning that person, or nobody). The before-restore copy keeps the old journal as it was.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NumberedRecord } from '../../src/domain/records.js';
import { damageTable } from '../harness/damage.js';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { okOn, relOn } from '../harness/onDay.js';

type Ids = Record<NumberedRecord, number>;

interface Exported {
  highestIds: Ids;
  contacts: Array<{ id: number; name: string }>;
  conversations: Array<{ id: number; people: Array<{ name: string }> }>;
  details: Array<{ id: number; person: { name: string } }>;
  reminders: Array<{ id: number; person: { name: string } }>;
  relations: Array<{ id: number; person: { name: string } }>;
}

const exported = async (j: TestJournal, day: string): Promise<Exported> => JSON.parse(await okOn(j, day, ['export', 'all'])) as Exported;

/** One record of each kind about `name` (a new person), related to `other`: the id each was given. */
async function addEachKind(j: TestJournal, day: string, name: string, other: string): Promise<Ids> {
  const added = await okOn(j, day, ['contact', 'add', name]);
  await okOn(j, day, ['add', name, '--note', `talked to ${name}`]);
  await okOn(j, day, ['remember', name, 'likes tea']);
  await okOn(j, day, ['remind', name, 'call back', '--on', '2027-01-10']);
  await okOn(j, day, ['relate', name, '--to', other, '--as', 'colleague']);
  const doc = await exported(j, day);
  const only = (ids: number[]): number => {
    expect(ids).toHaveLength(1);
    return ids[0]!;
  };
  const ids = {
    contacts: only(doc.contacts.filter((c) => c.name === name).map((c) => c.id)),
    conversations: only(doc.conversations.filter((v) => v.people[0]!.name === name).map((v) => v.id)),
    details: only(doc.details.filter((d) => d.person.name === name).map((d) => d.id)),
    reminders: only(doc.reminders.filter((r) => r.person.name === name).map((r) => r.id)),
    relations: only(doc.relations.filter((r) => r.person.name === name).map((r) => r.id)),
  };
  expect(added).toBe(`added ${name} (#${ids.contacts})\n`);
  return ids;
}

const plus = (ids: Ids, n: number): Ids => Object.fromEntries(Object.entries(ids).map(([kind, id]) => [kind, id + n])) as Ids;

function countersIn(file: string): Ids {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(db.prepare<[], [string, number]>("SELECT name, seq FROM sqlite_sequence WHERE name != 'purges'").raw().all()) as Ids;
  } finally {
    db.close();
  }
}

/** A journal of Ann (the 6th), Bea (the 7th) and Cy (the 8th), each day with what it gave. */
/** The SQL types of the counters in `file`, each once. */
function counterTypesIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], string>('SELECT DISTINCT typeof(seq) FROM sqlite_sequence').pluck().all();
  } finally {
    db.close();
  }
}

async function threeDays(): Promise<TestJournal> {
  const j = makeJournal();
  await okOn(j, '2026-12-06', ['contact', 'add', 'Ann One']);
  await okOn(j, '2026-12-06', ['add', 'Ann One', '--note', 'first']);
  await okOn(j, '2026-12-06', ['remember', 'Ann One', 'likes coffee']);
  await okOn(j, '2026-12-06', ['remind', 'Ann One', 'send the offer', '--on', '2026-12-20']);
  await okOn(j, '2026-12-07', ['contact', 'add', 'Bea Two']);
  await okOn(j, '2026-12-07', ['add', 'Bea Two', '--note', 'second']);
  await okOn(j, '2026-12-07', ['remember', 'Bea Two', 'has a dog']);
  await okOn(j, '2026-12-07', ['remind', 'Bea Two', 'ask about the dog', '--on', '2026-12-21']);
  await okOn(j, '2026-12-07', ['relate', 'Bea Two', '--to', 'Ann One', '--as', 'colleague']);
  expect(await okOn(j, '2026-12-08', ['contact', 'add', 'Cy Three'])).toBe('added Cy Three (#3)\n');
  return j;
}

describe('rel restore never gives again an id the journal it replaced gave', () => {
  it('restoring a day, then the copy kept before it: each new record gets a fresh id', async () => {
    const j = await threeDays();
    const given = (await exported(j, '2026-12-08')).highestIds;
    expect(given).toEqual({ contacts: 3, conversations: 2, details: 2, reminders: 2, relations: 1 });

    const restored = await relOn(j, '2026-12-08', ['restore', '2026-12-06', '--yes']);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/ from rel\.db\.2026-12-07 \(1 contact, 1 conversation\); the journal as it was is kept as /);
    expect(restored.stderr).toBe('');
    const kept = /rel restore (\S+\.before-restore) takes this back/.exec(restored.stdout)![1]!;
    expect((await exported(j, '2026-12-08')).contacts.map((c) => c.name)).toEqual(['Ann One']);
    // Kept as whole numbers, as AUTOINCREMENT writes them (a number bound from JavaScript is a REAL).
    expect(counterTypesIn(j.db)).toEqual(['integer']);

    // Dee is #4, not Bea's #2; her conversation, detail, reminder and relation are new ids too.
    expect(await addEachKind(j, '2026-12-08', 'Dee Four', 'Ann One')).toEqual(plus(given, 1));

    // The copy kept before the restore is the old journal as it was, and restoring it gives none of Dee's ids again.
    expect(countersIn(join(j.dir, 'backups', kept))).toEqual(given);
    expect(await okOn(j, '2026-12-08', ['restore', kept, '--yes'])).toMatch(/ \(3 contacts, 2 conversations\)/);
    expect((await exported(j, '2026-12-08')).contacts.map((c) => c.name)).toEqual(['Ann One', 'Bea Two', 'Cy Three']);
    expect(await addEachKind(j, '2026-12-08', 'Eve Five', 'Bea Two')).toEqual(plus(given, 2));
  });

  it('a backup named or given as a file keeps them too, and rel undo still takes back its newest change', async () => {
    const j = await threeDays();
    await okOn(j, '2026-12-08', ['restore', join(j.dir, 'backups', 'rel.db.2026-12-08'), '--yes']);
    expect(await okOn(j, '2026-12-08', ['contact', 'add', 'Dee Four'])).toBe('added Dee Four (#4)\n');
    await okOn(j, '2026-12-09', ['restore', 'rel.db.2026-12-07', '--yes']);
    expect(await okOn(j, '2026-12-09', ['undo'])).toBe('undid: add follow-up #1 for Ann One (#1) due 2026-12-20: send the offer\n');
    expect(await okOn(j, '2026-12-09', ['contact', 'add', 'Eve Five'])).toBe('added Eve Five (#5)\n');
    expect(await okOn(j, '2026-12-09', ['remind', 'Eve Five', 'call back', '--on', '2027-01-10'])).toMatch(/^reminder 3: /);
  });

  it('a damaged journal is not read: the restore is as it was, and says nothing more', async () => {
    const j = await threeDays();
    damageTable(j.db, 'details');
    const restored = await relOn(j, '2026-12-08', ['restore', '2026-12-06', '--yes']);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^restored .* from rel\.db\.2026-12-07 \(1 contact, 1 conversation\); the journal as it was is kept as \S+ \(rel restore \S+ takes this back\)\n$/);
    expect(restored.stderr).toBe('');
    // Nothing of the damaged journal was known: the backup's own counters.
    expect(countersIn(j.db)).toEqual({ contacts: 1, conversations: 1, details: 1, reminders: 1 });
  });
});

