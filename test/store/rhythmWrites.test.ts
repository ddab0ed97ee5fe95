// The rhythm the store keeps on each contact (last_contact_on, due_day, cadence_days) stays what
// the domain's dueOf gives after every kind of write rel makes: each command that moves someone's
// rhythm is run in-process, then every contact's stored columns are checked against the domain
// worked out afresh from the tables. And no SQL copy of the rule is left (migration 0005).
import { appendFileSync, copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTagCadences } from '../../src/domain/cadence.js';
import { dayNumber } from '../../src/domain/calendar.js';
import { parseDuration } from '../../src/domain/duration.js';
import { dueOf } from '../../src/domain/rhythm.js';
import { insertContact } from '../../src/store/contacts.js';
import { insertConversation } from '../../src/store/conversations.js';
import type { Journal } from '../../src/store/journal.js';
import { writeContactsCsv } from '../bench/contacts-csv.mjs';
import { runRel } from '../harness/inProcess.js';
import { openStoreJournal } from '../harness/storeJournal.js';
import { tempDir } from '../harness/tempFiles.js';

/** Runs a rel command line in-process on `j`'s journal, on `today`; returns stdout. */
async function rel(j: Journal, args: string[], today = '2026-11-23'): Promise<string> {
  const result = await runRel(args, { journalPath: j.path, now: today });
  if (result.code !== 0) throw new Error(`rel ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result.stdout;
}

interface Stored {
  id: number;
  last_contact_on: string | null;
  due_day: number | null;
  cadence_days: number | null;
}

/** Every contact's stored rhythm next to what the domain makes of the tables' facts (read without the stored columns). */
function storedAndExpected(j: Journal): { stored: Stored[]; expected: Stored[] } {
  const db = j.db;
  const setting = (db.prepare("SELECT value FROM settings WHERE key = 'cadence'").pluck().get() as string | undefined) ?? '90d';
  const tagRows = db.prepare('SELECT tag, cadence FROM tags').all() as Array<{ tag: string; cadence: string }>;
  const settings = { tagCadences: parseTagCadences(new Map(tagRows.map((t) => [t.tag, t.cadence]))), defaultCadence: parseDuration(setting) };
  const contacts = db
    .prepare('SELECT id, cadence, created_on, imported, (SELECT max(happened_on) FROM conversations WHERE contact_id = contacts.id) AS last FROM contacts ORDER BY id')
    .all() as Array<{ id: number; cadence: string | null; created_on: string; imported: number; last: string | null }>;
  const expected = contacts.map((c) => {
    const tags = (db.prepare('SELECT tag FROM contact_tags WHERE contact_id = ?').pluck().all(c.id) as string[]).sort();
    const due = dueOf({ cadence: c.cadence, tags, createdOn: c.created_on, lastContactOn: c.last, imported: c.imported === 1 }, settings);
    // The cadence's length is kept even when nothing is due (imported, never talked to): rel stats counts those people as having a rhythm.
    return { id: c.id, last_contact_on: c.last, due_day: due.dueOn === null ? null : dayNumber(due.dueOn), cadence_days: due.cadenceDays };
  });
  const stored = db.prepare('SELECT id, last_contact_on, due_day, cadence_days FROM contacts ORDER BY id').all() as Stored[];
  return { stored, expected };
}

function expectStoredRhythmRight(j: Journal, after: string): void {
  const { stored, expected } = storedAndExpected(j);
  expect(stored, after).toEqual(expected);
}

describe('the stored rhythm after each write rel makes', () => {
  it('through conversations, contacts, tags, tag cadences, the default cadence, pauses and removals', async () => {
    const j = openStoreJournal();
    const steps: Array<[string, string[], string?]> = [
      ['add a new person', ['add', 'Ana Lima', '--note', 'met at the fair']],
      ['add an earlier conversation', ['add', 'Ana Lima', '--note', 'first call', '--on', '2026-01-31']],
      ['add with a tag', ['add', 'Ben Okafor', '--note', 'hello', '--tag', 'golf', '--on', '2026-10-01']],
      ['contact add with own cadence and tags', ['contact', 'add', 'Chloé Martin', '--every', '1m', '--tag', 'vip', '--tag', 'golf']],
      ['contact add never talked', ['contact', 'add', 'Dmitri Ivanov', '--tag', 'golf']],
      ['tag cadence set', ['tag', 'golf', '--every', '2w']],
      ['another tag cadence, shorter', ['tag', 'vip', '--every', '10d']],
      ['edit own cadence', ['edit', 'Chloé Martin', '--every', '1y']],
      ['edit clears own cadence', ['edit', 'Chloé Martin', '--every', '']],
      ['edit tags', ['edit', 'Ben Okafor', '--tag', 'vip', '--untag', 'golf']],
      ['default cadence', ['config', 'set', 'cadence', '1m']],
      ['tag cadence cleared', ['tag', 'vip', '--clear']],
      ['pause', ['pause', 'Ana Lima', '--until', '2027-01-31']],
      ['archive', ['archive', 'Dmitri Ivanov']],
      ['a later day', ['add', 'Dmitri Ivanov', '--note', 'back in touch'], '2026-12-31'],
      ['remove someone', ['rm', 'Ben Okafor', '--yes']],
    ];
    for (const [what, args, today] of steps) {
      await rel(j, args, today);
      expectStoredRhythmRight(j, what);
    }
    j.close();
  });

  it('through an import of contacts, new and matched, with tags and own cadences', async () => {
    const dir = tempDir();
    const j = openStoreJournal(join(dir, 'rel.db'));
    await rel(j, ['tag', 'florist', '--every', '3w']);
    await rel(j, ['add', 'Ana Lima', '--note', 'hello', '--on', '2026-06-01']);
    const csv = join(dir, 'contacts.csv');
    writeFileSync(
      csv,
      'id,name,emails,phones,company,role,birthday,customer_since,cadence,met,referred_by,aliases,tags,archived,paused_until,created_on\r\n' +
        ',Ana Lima,,,,,,,,,,,florist,0,,\r\n' +
        ',Eve Durand,,,,,,,6w,,,,,0,,2025-02-28\r\n' +
        ',Femi Bello,,,,,,,,,,,florist; vip,0,,\r\n',
    );
    await rel(j, ['import', csv]);
    expectStoredRhythmRight(j, 'import');
    j.close();
  });

  it('through an import of more people than the journal has (its indexes made after its rows), and its undo', async () => {
    const dir = tempDir();
    const j = openStoreJournal(join(dir, 'rel.db'));
    await rel(j, ['tag', 'florist', '--every', '3w']);
    await rel(j, ['add', 'Ana Lima', '--note', 'hello', '--on', '2026-06-01']);
    const csv = join(dir, 'contacts.csv');
    writeContactsCsv(csv, { rows: 1500 });
    appendFileSync(csv, '\r\n,Ana Lima,,,,,,,,,,,florist,0,,\r\n'); // someone already there gets a tag with its own cadence
    await rel(j, ['import', csv]);
    expect(j.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBeGreaterThan(1000);
    expectStoredRhythmRight(j, 'large import');
    await rel(j, ['undo']);
    expect(j.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(1);
    expectStoredRhythmRight(j, 'its undo');
    j.close();
  });

  it('through the default cadence moved for most of a large journal (its indexes made after its writes), and its undo', async () => {
    const dir = tempDir();
    const j = openStoreJournal(join(dir, 'rel.db'));
    const csv = join(dir, 'contacts.csv');
    writeContactsCsv(csv, { rows: 1500 });
    await rel(j, ['import', csv]);
    for (const name of ['Ana Lima', 'Bo Chen', 'Cy Park']) await rel(j, ['add', name, '--note', 'hello', '--on', '2026-06-01']);
    const indexes = (): Array<{ name: string; sql: string; rootpage: number }> =>
      j.db.prepare("SELECT name, sql, rootpage FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'contacts' AND sql IS NOT NULL ORDER BY name").all() as Array<{ name: string; sql: string; rootpage: number }>;
    const before = indexes();
    const rows = j.db.prepare('SELECT * FROM contacts ORDER BY id').all();
    await rel(j, ['config', 'set', 'cadence', '30d']);
    const after = indexes();
    // The same indexes, as their migrations wrote them; the rhythm's made again (new pages), as they are when a quarter of the journal moves.
    expect(after.map(({ name, sql }) => ({ name, sql }))).toEqual(before.map(({ name, sql }) => ({ name, sql })));
    expect(after.find((i) => i.name === 'contacts_drift')!.rootpage).not.toBe(before.find((i) => i.name === 'contacts_drift')!.rootpage);
    expect(after.find((i) => i.name === 'contacts_name_key')!.rootpage).toBe(before.find((i) => i.name === 'contacts_name_key')!.rootpage);
    expect(j.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expectStoredRhythmRight(j, 'the default cadence moved');
    await rel(j, ['undo']);
    expect(j.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(j.db.prepare('SELECT * FROM contacts ORDER BY id').all()).toEqual(rows);
    j.close();
  });

  it('through export all and its import into an empty journal', async () => {
    const dir = tempDir();
    const j = openStoreJournal(join(dir, 'rel.db'));
    await rel(j, ['add', 'Ana Lima', '--note', 'hello', '--tag', 'vip', '--on', '2026-03-31']);
    await rel(j, ['contact', 'add', 'Ben Okafor', '--every', '1m']);
    await rel(j, ['tag', 'vip', '--every', '1m']);
    await rel(j, ['config', 'set', 'cadence', '45d']);
    const file = join(dir, 'all.json');
    writeFileSync(file, await rel(j, ['export', 'all']));
    j.close();
    const restored = openStoreJournal(join(dir, 'restored.db'));
    await rel(restored, ['import', file]);
    expectStoredRhythmRight(restored, 'export all → import');
    expect(storedAndExpected(restored).stored).toEqual(storedAndExpected(openStoreJournal(join(dir, 'rel.db'))).stored);
    restored.close();
  });

  it('through corrections: a conversation re-dated, moved to another person, deleted', async () => {
    const j = openStoreJournal();
    await rel(j, ['add', 'Ana Lima', '--note', 'first', '--on', '2026-03-01']);
    await rel(j, ['add', 'Ana Lima', '--note', 'second', '--on', '2026-10-01']);
    await rel(j, ['add', 'Ben Okafor', '--note', 'hello', '--on', '2026-06-01']);
    await rel(j, ['contact', 'add', 'Chloé Martin', '--every', '1m']);
    const steps: Array<[string, string[]]> = [
      ['re-dated earlier', ['conversation', 'edit', '2', '--on', '2026-02-01']],
      ['re-dated later', ['conversation', 'edit', '1', '--on', '2026-11-20']],
      ['moved to another person', ['conversation', 'edit', '1', '--person', 'Ben Okafor']],
      ['moved to someone never talked to, and re-dated', ['conversation', 'edit', '3', '--person', 'Chloé Martin', '--on', '2026-11-01']],
      ['only the note', ['conversation', 'edit', '2', '--note', 'first, really']],
      ['deleted', ['conversation', 'rm', '1']],
      ['the last one deleted', ['conversation', 'rm', '2']],
    ];
    for (const [what, args] of steps) {
      await rel(j, args);
      expectStoredRhythmRight(j, what);
    }
    j.close();
  });

  it('is written at once outside a write, and forgotten when a write rolls back', () => {
    const j = openStoreJournal();
    const id = insertContact(j, { name: 'Outside Write' }, '2026-01-01', '2026-01-01T00:00:00Z');
    insertConversation(j, { people: [id], happenedOn: '2026-02-01', via: null, note: null, complaint: false }, '2026-02-01T00:00:00Z');
    expectStoredRhythmRight(j, 'outside a write');
    expect(() =>
      j.write(() => {
        insertConversation(j, { people: [id], happenedOn: '2026-03-01', via: null, note: null, complaint: false }, '2026-03-01T00:00:00Z');
        throw new Error('changed my mind');
      }),
    ).toThrow('changed my mind');
    expectStoredRhythmRight(j, 'after a rollback');
    j.write(() => insertConversation(j, { people: [id], happenedOn: '2026-04-01', via: null, note: null, complaint: false }, '2026-04-01T00:00:00Z'));
    expectStoredRhythmRight(j, 'a write after the rollback');
    j.close();
  });
});

describe('migration 0005', () => {
  it('leaves no view or trigger that restates the rhythm rule', () => {
    const j = openStoreJournal();
    const objects = j.db.prepare("SELECT type, name FROM sqlite_master WHERE type IN ('view', 'trigger') ORDER BY name").all() as Array<{ type: string; name: string }>;
    expect(objects.filter((o) => /rhythm|due|cadence/.test(o.name))).toEqual([]);
    expect(j.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'contacts_rhythm'").pluck().get()).toBe('contacts_rhythm');
    j.close();
  });

  it('keeps the values an older journal had, which are the domain’s', async () => {
    const dir = tempDir();
    const path = join(dir, 'v1.db');
    copyFileSync(join(import.meta.dirname, '..', 'fixtures', 'journal-v1.db'), path);
    const j = openStoreJournal(path);
    expect(j.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(5);
    expectStoredRhythmRight(j, 'upgraded from version 1');
    await rel(j, ['config', 'set', 'cadence', '2w']);
    expectStoredRhythmRight(j, 'a write after the upgrade');
    j.close();
  });
});
