// rel export person NAME (SPEC §3, issue 15): everything the journal holds about one person, as
// JSON, for a subject access request, and nobody else's data: the others of the journal by id only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { journalFrom } from '../harness/journal.js';
import { REPO } from '../harness/paths.js';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  for (const file of readdirSync(join(REPO, 'schemas'))) ajv.addSchema(JSON.parse(readFileSync(join(REPO, 'schemas', file), 'utf8')));
  const validate = ajv.getSchema('personExport.schema.json')!;
  return (value: unknown) => (validate(value) ? '' : ajv.errorsText(validate.errors));
}

/** What others hold, which Jane's export must not show. */
const OTHERS = ['Tom Baker', 'tom@acme.example', 'Acme', 'spring order', 'Ada Lane', 'likes jazz', 'Kim Park'];

const seeded = journalFrom(async (j) => {
  await j.ok(['contact', 'add', 'Tom Baker', '--email', 'tom@acme.example', '--company', 'Acme']);
  await j.ok(['add', 'Tom Baker', '--note', 'the spring order', '--on', '2026-11-01']);
  await j.ok(['contact', 'add', 'Jane Doe', '--referred-by', 'Tom Baker', '--email', 'jane@example.org', '--phone', '+1 555 0100', '--alias', 'JD', '--tag', 'vip', '--birthday', '1980-03-14', '--met', 'the fair']);
  await j.ok(['add', 'Jane Doe', 'Tom Baker', '--note', 'lunch together', '--on', '2026-11-10', '--via', 'meal']);
  await j.ok(['add', 'Jane Doe', '--note', 'order arrived damaged', '--on', '2026-11-12', '--complaint', '--remember', 'loves golf', '--follow-up', '2026-12-01: call back']);
  await j.ok(['resolve', '3', '--note', 'sent a new one']);
  await j.ok(['remind', 'Jane Doe', 'send the catalog', '--on', '2026-11-15']);
  await j.ok(['done', '2']);
  await j.ok(['remember', 'Jane Doe', 'wedding', '--on', '2015-06-14', '--yearly']);
  await j.ok(['contact', 'add', 'Ada Lane', '--referred-by', 'Jane Doe']);
  await j.ok(['remember', 'Ada Lane', 'likes jazz']);
  await j.ok(['relate', 'Ada Lane', '--to', 'Jane Doe', '--as', 'daughter']);
  await j.ok(['relate', 'Jane Doe', '--to', 'Bob Doe', '--as', 'wife']); // nobody in the journal: a name on her record
  await j.ok(['add', 'Kim Park', '--note', 'not about Jane']);
});

describe('rel export person', () => {
  it('gives everything held about her, in the schema, with the others by id only', async () => {
    const j = await seeded();
    const out = await j.ok(['export', 'person', 'Jane Doe']);
    const value = JSON.parse(out);
    expect(validator()(value)).toBe('');
    for (const theirs of OTHERS) expect(out, theirs).not.toContain(theirs);
    expect(value.person).toMatchObject({ id: 2, name: 'Jane Doe', emails: ['jane@example.org'], phones: ['+1 555 0100'], aliases: ['JD'], tags: ['vip'], birthday: '1980-03-14', met: 'the fair', referredBy: { id: 1 } });
    expect(value.details.map((d: { text: string }) => d.text).sort()).toEqual(['loves golf', 'wedding']);
    expect(value.conversations.map((v: { id: number; people: unknown }) => [v.id, v.people])).toEqual([
      [3, [{ id: 2 }]],
      [2, [{ id: 2 }, { id: 1 }]],
    ]);
    expect(value.complaints).toEqual([value.conversations[0]]);
    expect(value.complaints[0]).toMatchObject({ note: 'order arrived damaged', resolvedOn: '2026-11-23', resolutionNote: 'sent a new one' });
    expect(value.followUps.map((f: { text: string; doneOn: string | null }) => [f.text, f.doneOn])).toEqual([
      ['call back', null],
      ['send the catalog', '2026-11-23'],
    ]);
    expect(value.relations).toEqual([
      { id: 2, relative: { name: 'Bob Doe' }, relation: 'spouse', word: null },
      { id: 1, relative: { id: 3 }, relation: 'child', word: 'daughter' },
    ]);
    expect(value.referrals).toEqual([{ id: 3 }]);
    expect(value.exportedAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('counts the changes of the undo history that still hold her data, a deleted detail included', async () => {
    const j = await seeded();
    const before = (await j.json(['export', 'person', 'Jane'])).undoHistory.changes;
    expect(before).toBeGreaterThan(0);
    await j.ok(['forget', '1']);
    await j.ok(['remember', 'Tom Baker', 'nothing to do with her']);
    expect((await j.json(['export', 'person', 'Jane'])).undoHistory).toEqual({ changes: before + 1 });
  });

  it('needs NAME, which no other export takes, and is JSON only', async () => {
    const j = await seeded();
    const cases: Array<[string[], string]> = [
      [['export', 'person'], 'rel: export person needs NAME: rel export person "Jane Doe" > jane.json\n'],
      [['export', 'contacts', 'Jane Doe'], 'rel: export contacts takes no NAME: only export person does (rel export person "Jane Doe"); narrow contacts with --tag or --since\n'],
      [['export', 'person', 'Jane Doe', '--format', 'csv'], 'rel: --format csv does not apply to person: rel export person writes json only (vcf is for contacts, ics for dates, all is json)\n'],
      [['export', 'person', 'Jane Doe', '--since', '2026-01-01'], 'rel: export person is everything held about one person: --since, --tag and --raw do not apply\n'],
    ];
    for (const [args, stderr] of cases) expect(await j.rel(args), args.join(' ')).toMatchObject({ code: 2, stdout: '', stderr });
    expect(await j.rel(['export', 'person', 'nobody'])).toMatchObject({ code: 1, stdout: '' });
  });
});
