// rel undo (SPEC §3, §5): every writing command's change can be taken back, newest first, through
// the last 50; what was taken back is said; ids are never reused, an undo included.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { writeContactsCsv } from '../bench/contacts-csv.mjs';
import { expectRefused } from '../harness/failures.js';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { journalContent, textIndexesIntact } from '../harness/journalContent.js';
import { REPO } from '../harness/paths.js';
import { UNDO_HISTORY } from '../../src/domain/undoHistory.js';
import { tempDir } from '../harness/tempFiles.js';

/** A journal that exists (rel list creates it) and its content before anything was written. */
async function emptyJournal(): Promise<TestJournal> {
  const j = makeJournal();
  await j.ok(['list']);
  return j;
}

const NOTHING_TO_UNDO = 'rel: nothing to undo: no change is left to take back; nothing changed';

describe('rel undo', () => {
  it('takes back rel add "Jane Doe" --note x, leaving the journal as it was', async () => {
    const j = await emptyJournal();
    const before = journalContent(j.db);
    await j.ok(['add', 'Jane Doe', '--note', 'x']);
    expect(await j.rel(['undo'])).toEqual({ code: 0, stdout: 'undid: add conversation #1 with Jane Doe (#1) on 2026-11-23 (new person: Jane Doe): x\n', stderr: '' });
    expect(journalContent(j.db)).toEqual(before);
    expect(textIndexesIntact(j.db)).toBe(true);
    expect(await expectRefused(j, ['undo'], 1)).toBe(NOTHING_TO_UNDO);
  });

  it('names everyone a conversation added: a lunch with two new people takes both back', async () => {
    const j = await emptyJournal();
    await j.ok(['add', 'Jane Doe', 'Tom Lee', '--note', 'lunch']);
    expect(await j.ok(['undo'])).toBe('undid: add conversation #1 with Jane Doe (#1) and 1 other on 2026-11-23 (new people: Jane Doe, Tom Lee): lunch\n');
    expect(await j.ok(['list'])).not.toMatch(/Jane|Tom/);
  });

  it('names a conversation by its first person, as rel add and rel log do, whatever their ids', async () => {
    const j = await emptyJournal();
    await j.ok(['contact', 'add', 'Tom Lee']);
    await j.ok(['contact', 'add', 'Jane Doe']);
    expect(await j.ok(['add', 'Jane Doe', 'Tom Lee', '--note', 'lunch'])).toBe('logged conversation with Jane Doe and Tom Lee on 2026-11-23 (#1)\n');
    await j.ok(['conversation', 'rm', '1']);
    expect(await j.ok(['undo'])).toBe('undid: delete conversation #1 with Jane Doe (#2) and 1 other on 2026-11-23: lunch\n');
    expect(await j.ok(['undo'])).toBe('undid: add conversation #1 with Jane Doe (#2) and 1 other on 2026-11-23: lunch\n');
  });

  it('names a conversation edited by its id, its people, its day and its note as they were', async () => {
    const j = await emptyJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'lunch', '--on', '2026-11-20']);
    await j.ok(['conversation', 'edit', '1', '--on', '2026-11-21', '--note', 'lunch at the fair']);
    expect(await j.ok(['undo'])).toBe('undid: edit conversation #1 with Jane Doe (#1) on 2026-11-20 (day, note): lunch\n');
    expect(await j.ok(['log'])).toMatch(/2026-11-20.*lunch/);
  });

  it('names everyone a deleted conversation was with', async () => {
    const j = await emptyJournal();
    await j.ok(['add', 'Jane Doe', 'Tom Lee', '--note', 'lunch']);
    await j.ok(['conversation', 'rm', '1']);
    expect(await j.ok(['undo'])).toBe('undid: delete conversation #1 with Jane Doe (#1) and 1 other on 2026-11-23: lunch\n');
    expect(await j.ok(['log'])).toContain('Jane Doe, Tom Lee');
  });

  it('tells each change to a follow-up in the words of the follow-up: which, whose, and what it says', async () => {
    const j = await emptyJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    await j.ok(['remind', 'jane', 'send the catalog', '--on', '2026-11-30']);
    await j.ok(['snooze', '1', '--until', '2026-12-02']);
    await j.ok(['reminder', 'edit', '1', '--text', 'send the spring catalog']);
    await j.ok(['done', '1']);
    await j.ok(['reminder', 'reopen', '1']);
    await j.ok(['reminder', 'rm', '1']);
    expect(await j.ok(['undo'])).toBe('undid: delete follow-up #1 for Jane Doe (#1): send the spring catalog\n');
    expect(await j.ok(['undo'])).toBe('undid: reopen follow-up #1 for Jane Doe (#1): send the spring catalog\n');
    expect(await j.ok(['undo'])).toBe('undid: complete follow-up #1 for Jane Doe (#1): send the spring catalog\n');
    expect(await j.ok(['undo'])).toBe('undid: edit follow-up #1 for Jane Doe (#1) (text): send the catalog\n');
    expect(await j.ok(['undo'])).toBe('undid: snooze follow-up #1 for Jane Doe (#1) until 2026-12-02: send the catalog\n');
    expect(await j.ok(['undo'])).toBe('undid: add follow-up #1 for Jane Doe (#1) due 2026-11-30: send the catalog\n');
    expect(await j.ok(['reminders', '--all'])).not.toContain('catalog');
  });

  it('goes back change by change, newest first, and says what each was', async () => {
    const j = await emptyJournal();
    const start = journalContent(j.db);
    await j.ok(['contact', 'add', 'Jane Doe', '--email', 'jane@doe.com', '--alias', 'JD', '--tag', 'vip']);
    const afterContact = journalContent(j.db);
    await j.ok(['add', 'jane', '--note', 'spring catalog', '--remember', 'loves golf', '--follow-up', 'in 1 week: send catalog']);
    await j.ok(['remind', 'jane', 'monthly call', '--on', '2026-11-30', '--every', '1m']);
    const beforeDone = journalContent(j.db);
    await j.ok(['done', '2']);
    await j.ok(['config', 'set', 'cadence', '30d']);
    await j.ok(['tag', 'vip', '--every', '2w']);

    expect(await j.ok(['undo', '--list'])).toMatch(/^#6 .*set the cadence of tag vip to every 2w\n#5 .*set cadence to 30d\n#4 .*complete follow-up #2 for Jane Doe \(#1\), next on 2026-12-30: monthly call\n#3 .*add follow-up #2 for Jane Doe \(#1\) due 2026-11-30: monthly call\n/);
    expect(await j.ok(['undo'])).toBe('undid: set the cadence of tag vip to every 2w\n');
    expect(await j.ok(['undo'])).toBe('undid: set cadence to 30d\n');
    expect(await j.ok(['undo'])).toBe('undid: complete follow-up #2 for Jane Doe (#1), next on 2026-12-30: monthly call\n');
    expect(journalContent(j.db)).toEqual(beforeDone);
    expect(await j.ok(['undo'])).toBe('undid: add follow-up #2 for Jane Doe (#1) due 2026-11-30: monthly call\n');
    expect(await j.ok(['undo'])).toBe('undid: add conversation #1 with Jane Doe (#1) on 2026-11-23: spring catalog\n');
    expect(journalContent(j.db)).toEqual(afterContact);
    expect(await j.ok(['undo'])).toBe('undid: add contact Jane Doe (#1)\n');
    expect(journalContent(j.db)).toEqual(start);
    expect(textIndexesIntact(j.db)).toBe(true);
  });

  it('says what an archive and a pause were, in their own words', async () => {
    const j = await emptyJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'spring catalog']);
    const before = journalContent(j.db);
    await j.ok(['archive', 'jane']);
    await j.ok(['unarchive', 'jane']);
    await j.ok(['pause', 'jane', '--until', '2027-01-15']);
    await j.ok(['resume', 'jane']);
    expect(await j.ok(['undo', '--list'])).toMatch(/^#5 .*resume Jane Doe \(#1\)\n#4 .*pause Jane Doe \(#1\) until 2027-01-15\n#3 .*unarchive Jane Doe \(#1\)\n#2 .*archive Jane Doe \(#1\)\n/);
    expect(await j.ok(['undo'])).toBe('undid: resume Jane Doe (#1)\n');
    expect(await j.ok(['undo'])).toBe('undid: pause Jane Doe (#1) until 2027-01-15\n');
    expect(await j.ok(['undo'])).toBe('undid: unarchive Jane Doe (#1)\n');
    expect(await j.ok(['undo'])).toBe('undid: archive Jane Doe (#1)\n');
    expect(journalContent(j.db)).toEqual(before);
  });

  it('brings back a deleted person with everything about them, findable again', async () => {
    const j = await emptyJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'talked about zanzibar', '--remember', 'loves golf', '--follow-up', 'in 1 week: call back', '--tag', 'vip']);
    await j.ok(['edit', 'jane', '--email', 'jane@doe.com', '--phone', '555 0100', '--alias', 'JD']);
    await j.ok(['contact', 'add', 'Bob Lee', '--referred-by', 'jane']);
    const before = journalContent(j.db);
    await j.ok(['rm', 'jane', '--yes']);
    expect(await j.ok(['undo'])).toBe('undid: delete Jane Doe (#1)\n');
    expect(journalContent(j.db)).toEqual(before);
    expect(textIndexesIntact(j.db)).toBe(true);
    expect(await j.ok(['search', 'zanzibar'])).toContain('Jane Doe');
    const bob = (await j.json<Array<{ name: string; referredBy: unknown }>>(['list', '--json'])).find((c) => c.name === 'Bob Lee');
    expect(bob?.referredBy).toEqual({ id: 1, name: 'Jane Doe' });
  });

  it('takes back an import of 1,000 contacts, exactly those', async () => {
    const j = await emptyJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'before the import']);
    const before = journalContent(j.db);
    const csv = join(tempDir(), 'contacts.csv');
    writeContactsCsv(csv, { rows: 1000 });
    expect(await j.ok(['import', csv])).toMatch(/^added 1000,/);
    expect(await j.ok(['undo'])).toBe(`undid: import ${csv} (added 1000, updated 0)\n`);
    expect(journalContent(j.db)).toEqual(before);
    expect(textIndexesIntact(j.db)).toBe(true);
  });

  it('takes back an import that adds people and fills in someone already there, and an import that adds nobody leaves no change', async () => {
    const j = await emptyJournal();
    await j.ok(['add', 'Jane Doe', '--note', 'before the import']);
    await j.ok(['remind', 'jane', 'send the catalogue', '--on', '2026-12-01']);
    const before = journalContent(j.db);
    const csv = join(tempDir(), 'mixed.csv');
    writeFileSync(csv, 'Name,E-mail 1 - Value,Notes\nJane Doe,jane@example.com,likes tulips\nTom Baker,tom@example.com,\n');
    expect(await j.ok(['import', csv])).toMatch(/^added 1, updated 1,/);
    expect(await j.ok(['import', csv])).toMatch(/^added 0, updated 0,/);
    expect(await j.ok(['undo'])).toBe(`undid: import ${csv} (added 1, updated 1)\n`);
    expect(journalContent(j.db)).toEqual(before);
    expect(textIndexesIntact(j.db)).toBe(true);
  });

  it('takes back a merge, and a done of a recurring follow-up', async () => {
    const j = await emptyJournal();
    await j.ok(['add', 'José Núñez', '--note', 'tulips']);
    await j.ok(['add', 'Jose Nunes', '--new', '--note', 'roses', '--follow-up', '2026-12-01: call back']);
    await j.ok(['remember', 'jose nunes', 'daughter Mia']);
    await j.ok(['remind', 'José Núñez', 'monthly check-in', '--on', '2026-11-20', '--every', '1m']);
    const before = journalContent(j.db);
    await j.ok(['merge', 'José Núñez', 'Jose Nunes', '--yes']);
    expect(await j.ok(['undo'])).toBe('undid: merge Jose Nunes (#2) into José Núñez (#1)\n');
    expect(journalContent(j.db)).toEqual(before);
    const [due] = await j.json<Array<{ id: number }>>(['reminders', '--json']);
    await j.ok(['done', String(due!.id)]);
    await j.ok(['undo']);
    expect(journalContent(j.db)).toEqual(before);
    expect(textIndexesIntact(j.db)).toBe(true);
  });

  it('takes back a restore of a whole journal', async () => {
    const source = await emptyJournal();
    await source.ok(['add', 'Jane Doe', '--note', 'tulips', '--follow-up', '2026-12-01: call']);
    await source.ok(['remember', 'jane', 'daughter Mia']);
    const file = join(tempDir(), 'all.json');
    writeFileSync(file, await source.ok(['export', 'all']));
    const j = await emptyJournal();
    const before = journalContent(j.db);
    expect(await j.ok(['import', file])).toMatch(/^restored /);
    expect(await j.ok(['undo'])).toMatch(/^undid: restore .* from /);
    expect(journalContent(j.db)).toEqual(before);
    expect(textIndexesIntact(j.db)).toBe(true);
  });

  it('keeps the last 50 changes, and lists them as JSON that follows the schema', async () => {
    const j = await emptyJournal();
    for (let i = 1; i <= 53; i++) await j.ok(['contact', 'add', `Person ${i}`]);
    const history = await j.json<Array<{ id: number; description: string }>>(['undo', '--list', '--json']);
    expect(history).toHaveLength(50);
    expect(history[0]).toMatchObject({ id: 53, description: 'add contact Person 53 (#53)' });
    expect(history[49]).toMatchObject({ id: 4, description: 'add contact Person 4 (#4)' });

    const ajv = new Ajv2020({ strict: false });
    (addFormatsModule as unknown as { default: (a: Ajv2020) => void }).default(ajv);
    for (const file of readdirSync(join(REPO, 'schemas')).filter((f) => f.endsWith('.schema.json'))) ajv.addSchema(JSON.parse(readFileSync(join(REPO, 'schemas', file), 'utf8')));
    const validate = ajv.compile({ type: 'array', items: { $ref: 'undoChange.schema.json' } });
    expect(validate(history), JSON.stringify(validate.errors)).toBe(true);

    for (let i = 0; i < 50; i++) await j.ok(['undo']);
    // The three older changes left the history: rel undo says why it stops, not that there is nothing.
    expect(await expectRefused(j, ['undo'], 1)).toBe(`rel: nothing to undo: only the last ${UNDO_HISTORY} changes can be undone, and the older ones have left the history; nothing changed`);
    expect((await j.json<Array<{ name: string }>>(['list', '--json'])).map((c) => c.name)).toEqual(['Person 1', 'Person 2', 'Person 3']);
    expect(await j.json(['undo', '--list', '--json'])).toEqual([]);
    // The list says it too, not only that changes from now on can be taken back.
    expect(await j.ok(['undo', '--list'])).toBe(
      `nothing to undo: only the last ${UNDO_HISTORY} changes can be undone, and the older ones have left the history; every change you make from now on can be taken back with rel undo\n`,
    );
  });

  it('refuses when there is nothing to undo (exit 1, as every write that would change nothing), says so when there is nothing to list, and --json needs --list', async () => {
    const j = await emptyJournal();
    expect(await expectRefused(j, ['undo'], 1)).toBe(NOTHING_TO_UNDO);
    const nothing = 'nothing to undo: every change you make from now on can be taken back with rel undo\n';
    expect(await j.ok(['undo', '--list'])).toBe(nothing);
    // Not "yet" once every change was taken back: the history is empty, not new.
    await j.ok(['contact', 'add', 'Ann Lee']);
    await j.ok(['undo']);
    expect(await j.ok(['undo', '--list'])).toBe(nothing);
    const r = await j.rel(['undo', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('rel: --json goes with --list (rel undo --list --json)\n');
    // With nothing to take back nothing is written: not even the day's backup, made before its first write.
    expect(await expectRefused(j, ['undo'], 1, { now: '2026-11-24T09:00:00' })).toBe(NOTHING_TO_UNDO);
    expect(existsSync(join(j.dir, 'backups', 'rel.db.2026-11-24'))).toBe(false);
    await j.ok(['add', 'Jane Doe', '--note', 'x'], { now: '2026-11-24T09:00:00' });
    expect(existsSync(join(j.dir, 'backups', 'rel.db.2026-11-24'))).toBe(true);
  });
});

describe('rel undo --list', () => {
  it('says when each change was made in local time, as the day of the change and its backup are', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Tz Tam'], { now: '2026-03-01T23:30:00Z', tz: 'Asia/Tokyo' });
    expect(await j.ok(['undo', '--list'], { now: '2026-03-01T23:40:00Z', tz: 'Asia/Tokyo' })).toBe('#1  2026-03-02 08:30  add contact Tz Tam (#1)\n');
    expect((await j.json<Array<{ madeAt: string }>>(['undo', '--list', '--json']))[0]!.madeAt).toBe('2026-03-01T23:30:00.000Z');
  });
});

describe('ids are never reused', () => {
  it('a person added after the newest was deleted gets a new id, also after an undo', async () => {
    const j = await emptyJournal();
    expect(await j.ok(['contact', 'add', 'Ann Lee'])).toBe('added Ann Lee (#1)\n');
    expect(await j.ok(['contact', 'add', 'Cleo Park'])).toBe('added Cleo Park (#2)\n');
    await j.ok(['rm', 'cleo', '--yes']);
    expect(await j.ok(['contact', 'add', 'Bob Lee'])).toBe('added Bob Lee (#3)\n');
    await j.ok(['undo']);
    expect(await j.ok(['contact', 'add', 'Dee Fox'])).toBe('added Dee Fox (#4)\n');
  });

  it('conversations, details and follow-ups too', async () => {
    const j = await emptyJournal();
    await j.ok(['add', 'Ann Lee', '--note', 'one', '--remember', 'golf', '--follow-up', 'tomorrow: call']);
    await j.ok(['forget', '1']);
    await j.ok(['remember', 'ann', 'tennis']);
    expect((await j.json(['show', 'ann', '--json'])).details.map((d: { id: number }) => d.id)).toEqual([2]);
    await j.ok(['rm', 'ann', '--yes']);
    expect(await j.ok(['add', 'Bob Lee', '--note', 'two', '--follow-up', 'tomorrow: call'])).toContain('(#2)');
    expect((await j.json(['reminders', '--json']))[0].id).toBe(2);
  });
});
