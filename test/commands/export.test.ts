// rel export end to end: every table format parsed back, vCard and iCalendar read by ical.js (an
// independent parser), formula neutralisation, filters, usage errors, a closed pipe, and the
// export all → import → export all round trip.
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { dueOfReminder } from '../../src/domain/followUpDue.js';
import { rel, relOk } from '../harness/byPath.js';
import { makeJournal } from '../harness/journal.js';
import { shell } from '../harness/spawned.js';
import { newJournal } from '../harness/tempFiles.js';

const FORMULA = '=HYPERLINK("http://x","y")';

/** A journal with something of everything: lists, referrals, dated details, recurring and snoozed reminders, archive. */
async function buildJournal(db: string): Promise<void> {
  const steps: string[][] = [
    ['contact', 'add', 'Jane Doe', '--email', 'jane@example.com', '--email', 'j@work.example', '--phone', '+1 512 555 0100', '--company', 'Doe & Co', '--role', 'Owner', '--birthday', '02-29', '--since', '2019-06-01', '--every', '2w', '--met', 'trade show', '--alias', 'JD', '--tag', 'vip', '--tag', 'clients'],
    ['contact', 'add', 'Bob Lee', '--referred-by', 'Jane Doe', '--birthday', '1980-03-15', '--tag', 'clients'],
    ['contact', 'add', FORMULA, '--email', 'h@x.example'],
    ['contact', 'add', 'Old Friend', '--birthday', '1970-01-01'],
    ['add', 'Jane Doe', '--via', 'call', '--note', 'Loved the tulips, said "hi"\nand more', '--on', '2026-11-01', '--remember', 'expecting her first baby', '--remember-on', '2027-03', '--follow-up', '2026-12-01: send the catalog'],
    ['add', 'Bob Lee', '--via', 'visit', '--note', 'Order arrived damaged', '--complaint', '--on', '2026-11-20'],
    ['remember', 'Bob Lee', 'wedding anniversary', '--on', '06-12', '--yearly'],
    ['remind', 'Bob Lee', 'check the account', '--on', '2026-12-05', '--every', '1m'],
    ['snooze', '2', '--until', '2026-12-10'],
    ['remind', 'Jane Doe', 'old promise', '--on', '2026-11-10'],
    ['done', '3'],
    ['tag', 'vip', '--every', '14d'],
    ['config', 'set', 'cadence', '60d'],
    ['pause', 'Bob Lee', '--until', '2027-01-10'],
    ['archive', 'Old Friend'],
    ['relate', 'Bob Lee', '--to', 'Jane Doe', '--as', 'husband'],
    ['relate', 'Jane Doe', '--to', 'Mia Doe', '--as', 'mother'], // Mia is nobody in the journal: kept as a name
  ];
  for (const args of steps) await relOk(args, { db });
}

describe('rel export', () => {
  const db = newJournal();
  beforeAll(() => buildJournal(db));

  it('export all, imported into a new journal, exports byte for byte the same', async () => {
    const first = await relOk(['export', 'all'], { db });
    const copy = newJournal();
    expect(await relOk(['import', '-'], { db: copy, input: first })).toBe('restored 4 contacts, 2 conversations, 2 details, 3 reminders, 2 relations, 1 tag cadence, 1 setting from stdin\n');
    const second = await relOk(['export', 'all'], { db: copy });
    expect(second).toBe(first);
    const doc = JSON.parse(first);
    expect(doc.tags).toEqual([{ tag: 'vip', cadence: '14d' }]);
    expect(doc.settings).toEqual({ cadence: '60d' });
    expect(doc.contacts.map((c: { id: number }) => c.id)).toEqual([1, 2, 3, 4]);
    expect(doc.version).toBe(2);
    expect(doc.contacts[1]).toMatchObject({ name: 'Bob Lee', referredBy: { id: 1, name: 'Jane Doe' }, pausedUntil: '2027-01-10', rhythm: { status: 'paused' } });
    expect(doc.relations).toMatchObject([{ id: 1, person: { id: 2, name: 'Bob Lee' } }, { id: 2, person: { id: 1, name: 'Jane Doe' }, of: { name: 'Mia Doe' } }]);
    expect(JSON.parse(await relOk(['show', 'Jane Doe', '--json'], { db: copy })).relations).toEqual(JSON.parse(await relOk(['show', 'Jane Doe', '--json'], { db })).relations);
  });

  it('export all keeps the highest ids given, so a restored journal never gives a deleted record\'s id again', async () => {
    const source = newJournal();
    for (const args of [['contact', 'add', 'Ann Lee'], ['contact', 'add', 'Temp Person', '--birthday', '1990-05-05'], ['add', 'ann', '--note', 'x'], ['add', 'Temp Person', '--note', 'y']]) {
      await relOk(args, { db: source });
    }
    await relOk(['rm', 'Temp Person', '--yes'], { db: source });
    const doc = await relOk(['export', 'all'], { db: source });
    expect(JSON.parse(doc).highestIds).toEqual({ contacts: 2, conversations: 2, details: 0, reminders: 0, relations: 0 });
    const copy = newJournal();
    await relOk(['import', '-'], { db: copy, input: doc });
    expect(await relOk(['export', 'all'], { db: copy })).toBe(doc);
    // Temp Person's birthday was the calendar's birthday-2@rel: Bob's is another event.
    expect(await relOk(['contact', 'add', 'Bob Stone'], { db: copy })).toBe('added Bob Stone (#3)\n');
    expect(await relOk(['add', 'bob', '--note', 'z'], { db: copy })).toBe('logged conversation with Bob Stone on 2026-11-23 (#3)\n');
  });

  it('relations as CSV and JSON: who is what of whom, a relative not in the journal by name only', async () => {
    const csv = parseCsv(await relOk(['export', 'relations'], { db })) as string[][];
    expect(csv).toEqual([
      ['id', 'contact_id', 'contact', 'relation', 'word', 'of_id', 'of', 'of_word'],
      ['1', '2', 'Bob Lee', 'spouse', 'husband', '1', 'Jane Doe', ''],
      ['2', '1', 'Jane Doe', 'parent', 'mother', '', 'Mia Doe', ''],
    ]);
    const json = JSON.parse(await relOk(['export', 'relations', '--format', 'json'], { db }));
    expect(json).toEqual([
      { id: 1, person: { id: 2, name: 'Bob Lee' }, relation: 'spouse', word: 'husband', of: { id: 1, name: 'Jane Doe' }, ofWord: null, createdAt: expect.any(String) },
      { id: 2, person: { id: 1, name: 'Jane Doe' }, relation: 'parent', word: 'mother', of: { name: 'Mia Doe' }, ofWord: null, createdAt: expect.any(String) },
    ]);
    // --tag: the relations of a person with the tag, on either side (Bob's is with Jane, a vip).
    const tagged = JSON.parse(await relOk(['export', 'relations', '--tag', 'vip', '--format', 'json'], { db })) as Array<{ id: number }>;
    expect(tagged.map((r) => r.id)).toEqual([1, 2]);
    expect(JSON.parse(await relOk(['export', 'relations', '--since', '2099-01-01', '--format', 'json'], { db }))).toEqual([]);
  });

  it('a version 1 document (older backups) still imports, and exports as today\'s version', async () => {
    const current = await relOk(['export', 'all'], { db });
    const copy = newJournal();
    await relOk(['import', '-'], { db: copy, input: JSON.stringify(asVersion1(JSON.parse(current))) });
    expect(await relOk(['export', 'all'], { db: copy })).toBe(current);
  });

  it('contacts as CSV: a header row, lists joined with "; ", the referrer by name, formulas neutralised', async () => {
    const csv = await relOk(['export', 'contacts'], { db });
    const [header, ...rows] = parseCsv(csv) as string[][];
    expect(header!.join(',')).toBe('id,name,emails,phones,company,role,birthday,customer_since,cadence,met,referred_by,aliases,tags,archived,paused_until,created_on,status,last_contact_on,due_on,referred_by_id');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['1', 'Jane Doe', 'jane@example.com; j@work.example', "'+1 512 555 0100", 'Doe & Co', 'Owner', "'--02-29", '2019-06-01', '2w', 'trade show', '', 'JD', 'clients; vip', 'false', '', '2026-11-23', 'drifting', '2026-11-01', '2026-11-15', '']);
    expect(rows.map((r) => r[16])).toEqual(['drifting', 'paused', 'neverContacted', 'archived']);
    expect([rows[1]![10], rows[1]![19]], 'the referrer by name, and by id').toEqual(['Jane Doe', '1']);
    expect(rows[2]![1]).toBe(`'${FORMULA}`);
    expect(csv).toContain(`3,"'=HYPERLINK(""http://x"",""y"")",h@x.example`);
    expect(rows[3]!.slice(1, 2).concat(rows[3]![13]!)).toEqual(['Old Friend', 'true']);
  });

  it('a phone or an alias is never two in a CSV read back: a vCard\'s extension is kept as "ext.", a semicolon in a flag refused', async () => {
    const source = newJournal();
    await relOk(['import', '-', '--format', 'vcf'], { db: source, input: 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Simon Perreault\r\nTEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102\r\nNICKNAME:Doc;Boss\r\nEND:VCARD\r\n' });
    expect(JSON.parse(await relOk(['show', 'simon', '--json'], { db: source })).person).toMatchObject({ phones: ['+1-418-656-9254 ext. 102'], aliases: ['Boss', 'Doc'] });
    const csv = await relOk(['export', 'contacts'], { db: source });
    expect(await relOk(['import', '-', '--format', 'csv'], { db: source, input: csv })).toMatch(/^added 0, updated 0, skipped 1 /);
    for (const [flag, value, message] of [
      ['--phone', '555 0101;ext=3', 'rel: --phone: "555 0101;ext=3" is not one phone number: a semicolon separates phones in exports (write an extension as "ext. 12")'],
      ['--phone', 'call me', 'rel: --phone: "call me" is not a phone number (it has no digits)'],
      ['--alias', 'Doc; Boss', 'rel: --alias: "Doc; Boss" is two aliases: a semicolon separates them in exports; give --alias once for each'],
    ]) {
      const refused = await rel(['contact', 'add', 'Ann Lee', flag!, value!], { db: source });
      expect([refused.code, refused.stderr]).toEqual([2, `${message}\n`]);
    }
  });

  it('rel\'s own TSV of contacts imports back whole, a value with quotes included (TSV writes no quoting)', async () => {
    const source = newJournal();
    await relOk(['contact', 'add', 'Bob Stone', '--role', '"Chief'], { db: source });
    await relOk(['contact', 'add', 'Ann Lee', '--alias', '"Annie"', '--company', 'Say "hi" Ltd'], { db: source });
    const tsv = await relOk(['export', 'contacts', '--format', 'tsv'], { db: source });
    const copy = newJournal();
    expect(await relOk(['import', '-', '--format', 'csv'], { db: copy, input: tsv })).toBe('added 2, updated 0, skipped 0 from stdin\n');
    const people = JSON.parse(await relOk(['list', '--json'], { db: copy })) as Array<{ name: string; role: string | null; company: string | null; aliases: string[] }>;
    expect(people.map((p) => [p.name, p.role, p.company, p.aliases])).toEqual([
      ['Ann Lee', null, 'Say "hi" Ltd', ['"Annie"']],
      ['Bob Stone', '"Chief', null, []],
    ]);
  });

  it('--raw leaves formulas as they are, in CSV and TSV', async () => {
    const csv = parseCsv(await relOk(['export', 'contacts', '--raw'], { db })) as string[][];
    expect(csv[3]![1]).toBe(FORMULA);
    const tsv = (await relOk(['export', 'contacts', '--format', 'tsv', '--raw'], { db })).split('\n');
    expect(tsv[3]!.split('\t')[1]).toBe(FORMULA);
    const safe = (await relOk(['export', 'contacts', '--format', 'tsv'], { db })).split('\n');
    expect(safe[3]!.split('\t')[1]).toBe(`'${FORMULA}`);
  });

  it("rel's own CSV imports back with the formula text intact", async () => {
    const copy = newJournal();
    const csv = await relOk(['export', 'contacts'], { db });
    expect(await relOk(['import', '-', '--format', 'csv'], { db: copy, input: csv })).toBe('added 4, updated 0, skipped 0 from stdin\n');
    const names = JSON.parse(await relOk(['list', '--json'], { db: copy })).map((c: { name: string }) => c.name);
    expect(names).toContain(FORMULA);
    const bob = JSON.parse(await relOk(['show', 'Bob Lee', '--json'], { db: copy })).person;
    expect(bob).toMatchObject({ birthday: '1980-03-15', referredBy: { id: 1, name: 'Jane Doe' }, tags: ['clients'], pausedUntil: '2027-01-10' });
  });

  it('conversations as JSON, NDJSON and TSV parse back to the same records', async () => {
    const json = JSON.parse(await relOk(['export', 'conversations', '--format', 'json'], { db }));
    // JSON gives each conversation its --json shape (SPEC §3); CSV and TSV keep their columns.
    const at = expect.any(String);
    expect(json).toEqual([
      { id: 1, people: [{ id: 1, name: 'Jane Doe' }], happenedOn: '2026-11-01', via: 'call', note: 'Loved the tulips, said "hi"\nand more', complaint: false, resolvedOn: null, resolutionNote: null, createdAt: at },
      { id: 2, people: [{ id: 2, name: 'Bob Lee' }], happenedOn: '2026-11-20', via: 'visit', note: 'Order arrived damaged', complaint: true, resolvedOn: null, resolutionNote: null, createdAt: at },
    ]);
    expect(JSON.parse(await relOk(['log', '--json'], { db }))).toEqual([...json].reverse());
    const ndjson = (await relOk(['export', 'conversations', '--format', 'ndjson'], { db })).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(ndjson).toEqual(json);
    const tsv = (await relOk(['export', 'conversations', '--format', 'tsv'], { db })).trimEnd().split('\n').map((line) => line.split('\t'));
    expect(tsv[0]).toEqual(['id', 'contact_id', 'contact', 'date', 'via', 'note', 'complaint', 'resolved_on', 'resolution_note', 'people', 'people_ids']);
    expect(tsv[1]).toEqual(['1', '1', 'Jane Doe', '2026-11-01', 'call', 'Loved the tulips, said "hi" and more', 'false', '', '', 'Jane Doe', '1']);
  });

  it('details and reminders, done and snoozed ones included', async () => {
    const details = JSON.parse(await relOk(['export', 'details', '--format', 'json'], { db }));
    expect(details.map((d: { text: string; date: string; yearly: boolean }) => [d.text, d.date, d.yearly])).toEqual([
      ['expecting her first baby', '2027-03', false],
      ['wedding anniversary', '--06-12', true],
    ]);
    const reminders = parseCsv(await relOk(['export', 'reminders'], { db }), { columns: true }) as Array<Record<string, string>>;
    expect(reminders.map((r) => [r.id, r.text, r.due, r.every, r.done_on, r.snoozed_until])).toEqual([
      ['1', 'send the catalog', '2026-12-01', '', '', ''],
      ['2', 'check the account', '2026-12-05', '1m', '', '2026-12-10'],
      ['3', 'old promise', '2026-11-10', '', '2026-11-23', ''],
    ]);
  });

  it('--since and --tag filter each table by what makes sense for it', async () => {
    const ids = async (args: string[]) => (JSON.parse(await relOk(['export', ...args, '--format', 'json'], { db })) as Array<{ id: number }>).map((r) => r.id);
    expect(await ids(['conversations', '--since', '2026-11-15'])).toEqual([2]);
    expect(await ids(['conversations', '--tag', 'vip'])).toEqual([1]);
    expect(await ids(['contacts', '--tag', 'clients'])).toEqual([1, 2]);
    expect(await ids(['contacts', '--since', '2026-11-24'])).toEqual([]);
    expect(await ids(['reminders', '--since', '2026-12-02'])).toEqual([2]);
    expect(await ids(['details', '--tag', 'vip'])).toEqual([1]);
  });

  it('contacts as vCard 3.0, read back by ical.js, with a stable UID per contact', async () => {
    const text = await relOk(['export', 'contacts', '--format', 'vcf'], { db });
    const parsed = ICAL.parse(text) as unknown[];
    const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]).map((jcard) => new ICAL.Component(jcard as unknown[]));
    expect(cards.map((c) => c.getFirstPropertyValue('uid'))).toEqual(['rel-contact-1@rel', 'rel-contact-2@rel', 'rel-contact-3@rel', 'rel-contact-4@rel']);
    const jane = cards[0]!;
    expect(jane.getFirstPropertyValue('fn')).toBe('Jane Doe');
    expect(jane.getAllProperties('email').map((p) => p.getFirstValue())).toEqual(['jane@example.com', 'j@work.example']);
    expect(String(jane.getFirstPropertyValue('bday'))).toBe('--02-29');
    expect(cards[2]!.getFirstPropertyValue('fn')).toBe(FORMULA);
  });

  it('a snoozed recurring follow-up: the calendar shows it on the snooze day and goes on where rel done puts it', async () => {
    const db = newJournal(); // the harness's day: 2026-11-23
    await relOk(['contact', 'add', 'Ann Lee'], { db });
    await relOk(['remind', 'ann', 'call', '--on', '2026-12-31', '--every', '2w'], { db });
    await relOk(['snooze', '1', '--until', '2027-01-03'], { db });
    const calendar = new ICAL.Component(ICAL.parse(await relOk(['export', 'dates'], { db })) as unknown[]);
    const occurrences = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!).iterator();
    const days = [0, 1, 2].map(() => occurrences.next()!.toString().slice(0, 10));
    expect(await relOk(['done', '1'], { db })).toContain('next on 2027-01-14');
    expect(days).toEqual(['2027-01-03', '2027-01-14', '2027-01-28']);
  });

  // The calendar, exported while the follow-up is snoozed, against rel done on each day it is due:
  // no day before the snooze day (rel today and rel reminders show none), then the same days.
  it.each([
    ['weekly', [['remind', 'sam', 'call', '--on', '2026-01-23', '--every', '1w', '2026-01-20'], ['snooze', '1', '--until', '2026-02-14', '2026-01-23']]],
    ['fortnightly, snoozed onto one of its own days', [['remind', 'sam', 'call', '--on', '2026-01-23', '--every', '2w', '2026-01-20'], ['snooze', '1', '--until', '2026-02-20', '2026-01-23']]],
    ['monthly on the 31st', [['remind', 'sam', 'call', '--on', '2026-01-31', '--every', '1m', '2026-01-20'], ['snooze', '1', '--until', '2026-03-05', '2026-01-31']]],
    ['monthly on the 31st, due on the 28th (1m@31)', [['remind', 'sam', 'call', '--on', '2025-12-31', '--every', '1m', '2025-12-20'], ['done', '1', '2026-01-31'], ['snooze', '1', '--until', '2026-03-02', '2026-02-20']]],
  ])('a snoozed recurring follow-up (%s): the calendar shows the days rel done goes through, from the snooze day', async (_, steps) => {
    await expectCalendarAsDone(steps);
  });

  // Due on a day a short month shortened (the 30th on 28 February): that day is in the calendar too.
  it.each([
    ['monthly on the 30th, due on the 28th', [['remind', 'sam', 'm30', '--on', '2027-01-30', '--every', '1m', '2027-01-30'], ['done', '1', '2027-01-30']]],
    ['quarterly on the 30th, due on the 28th', [['remind', 'sam', 'q30', '--on', '2026-11-30', '--every', '3m', '2026-11-30'], ['done', '1', '2026-11-30']]],
    ['monthly on the 29th, due on the 28th', [['remind', 'sam', 'm29', '--on', '2027-01-29', '--every', '1m', '2027-01-29'], ['done', '1', '2027-01-29']]],
    ['monthly on the 30th, due on the 28th, snoozed', [['remind', 'sam', 'm30', '--on', '2027-01-30', '--every', '1m', '2027-01-30'], ['done', '1', '2027-01-30'], ['snooze', '1', '--until', '2027-03-05', '2027-02-20']]],
  ])('a recurring follow-up (%s): the calendar shows the day it is due and the days rel done goes through', async (_, steps) => {
    await expectCalendarAsDone(steps, '2028-02-01'); // (calendars skip the February after: README)
  });

  /** The calendar exported after `steps` (each ending with its day) against rel done on each day it is due, until `until`. */
  async function expectCalendarAsDone(steps: string[][], until = '2026-09-01'): Promise<void> {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Sam Snooze'], { now: '2025-12-01' });
    for (const step of steps) await j.ok(step.slice(0, -1), { now: step.at(-1) });
    const exportedOn = steps.at(-1)!.at(-1)!;
    const calendar = new ICAL.Component(ICAL.parse(await j.ok(['export', 'dates'], { now: exportedOn })) as unknown[]);
    const occurrences = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!).iterator();
    const shown: string[] = [];
    for (let next = occurrences.next(); next && next.toString() < until; next = occurrences.next()) shown.push(next.toString());
    // From the day rel reminders gives it, rel done on each day it is due.
    const [listed] = await j.json<Array<{ dueOn: string; snoozedUntil: string | null }>>(['reminders', '--json'], { now: exportedOn });
    const kept: string[] = [];
    for (let due = dueOfReminder(listed!); due < until; due = /next on (\S+)/.exec(await j.ok(['done', '1'], { now: due }))![1]!) kept.push(due);
    expect(shown).toEqual(kept);
  }

  it('dates as iCalendar, read back by ical.js: birthdays, anniversaries, dated details, open reminders', async () => {
    const text = await relOk(['export', 'dates'], { db });
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(calendar.name).toBe('vcalendar');
    const events = new Map(calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), new ICAL.Event(v)]));
    // Old Friend is archived; reminder 3 is done.
    expect([...events.keys()].sort()).toEqual(['anniversary-1@rel', 'birthday-1@rel', 'birthday-2@rel', 'detail-1@rel', 'detail-2@rel', 'reminder-1@rel', 'reminder-2@rel']);
    // A recurring one, snoozed: the series stands on its own day, whose occurrence shows on the end of its snooze.
    expect(events.get('reminder-2@rel')!.startDate.toString()).toBe('2026-12-05');
    expect(events.get('reminder-2@rel')!.iterator().next()!.toString().slice(0, 10)).toBe('2026-12-10');
    expect(events.get('reminder-1@rel')!.summary).toBe('Follow up with Jane Doe: send the catalog');
    expect(events.get('detail-1@rel')!.summary).toBe('Jane Doe: expecting her first baby (March 2027)');
    const stamp = calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().getTime()).toBe(new Date('2026-11-23T10:00:00').getTime());
    const vip = new ICAL.Component(ICAL.parse(await relOk(['export', 'dates', '--tag', 'vip'], { db })) as unknown[]);
    expect(vip.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual(['birthday-1@rel', 'anniversary-1@rel', 'detail-1@rel', 'reminder-1@rel']);
  });

  it.each([
    [['conversations', '--format', 'vcf'], 'rel export conversations writes csv, tsv, json or ndjson'],
    [['contacts', '--format', 'ics'], 'rel export contacts writes csv, tsv, json, ndjson or vcf'],
    [['all', '--format', 'csv'], 'rel export all writes json only'],
    [['dates', '--format', 'json'], 'rel export dates writes ics only'],
    [['dates', '--since', '2026-01-01'], '--since does not apply to dates'],
    [['all', '--tag', 'vip'], '--since and --tag do not apply'],
    [['contacts', '--format', 'json', '--raw'], '--raw applies to csv and tsv only'],
  ])('rel export %j is a usage error naming what applies', async (args, message) => {
    const result = await rel(['export', ...args], { db });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^rel: /);
    expect(result.stderr).toContain(message);
  });
});

describe('rel export on an empty journal', () => {
  it('writes a header (CSV), an empty list (JSON) or an empty document (all)', async () => {
    const db = newJournal();
    expect(await relOk(['export', 'conversations'], { db })).toBe('id,contact_id,contact,date,via,note,complaint,resolved_on,resolution_note,people,people_ids\r\n');
    expect(await relOk(['export', 'contacts', '--format', 'json'], { db })).toBe('[]\n');
    expect(await relOk(['export', 'reminders', '--format', 'ndjson'], { db })).toBe('');
    expect(JSON.parse(await relOk(['export', 'all'], { db }))).toEqual({ format: 'rel-journal', version: 2, contacts: [], conversations: [], details: [], reminders: [], relations: [], tags: [], highestIds: { contacts: 0, conversations: 0, details: 0, reminders: 0, relations: 0 }, settings: {} });
  });
});

describe('rel export into a pipe closed early', () => {
  it('rel export conversations | head -1 exits 0 and says nothing on stderr', async () => {
    const db = newJournal();
    await relOk(['import', '-'], { db, input: bigJournal(60_000) });
    for (const what of ['conversations', 'all']) {
      const result = await shell(`$REL export ${what} | head -1`, { db, pipefail: true });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n')).toHaveLength(2);
    }
  });
});

type Ref = { id: number; name: string };

/** The parts of a version 2 document that version 1 wrote differently. */
interface Version2 {
  contacts: Array<{ rhythm: unknown; referredBy: Ref | null }>;
  conversations: Array<{ people: Ref[] }>;
  details: Array<{ person: Ref }>;
  reminders: Array<{ person: Ref }>;
}

/** A version 2 document as rel wrote it before version 2: ids for people, no rhythm. */
function asVersion1(doc: Version2): object {
  const id = (ref: Ref | null) => ref?.id ?? null;
  return {
    ...doc,
    version: 1,
    contacts: doc.contacts.map(({ rhythm: _rhythm, referredBy, ...c }: { rhythm: unknown; referredBy: Ref | null }) => ({ ...c, referredBy: id(referredBy) })),
    conversations: doc.conversations.map(({ people, ...v }: { people: Ref[] }) => ({ ...v, contactId: people[0]!.id })),
    details: doc.details.map(({ person, ...d }: { person: Ref }) => ({ ...d, contactId: person.id })),
    reminders: doc.reminders.map(({ person, ...r }: { person: Ref }) => ({ ...r, contactId: person.id })),
  };
}

/** A journal document (version 1) with one contact and many conversations: several megabytes of export. */
function bigJournal(conversations: number): string {
  const at = '2026-01-01T10:00:00.000Z';
  const contact = { id: 1, name: 'Jane Doe', emails: [], phones: [], aliases: [], tags: [], archived: false, createdOn: '2026-01-01', createdAt: at, updatedAt: at };
  const rows = Array.from({ length: conversations }, (_, i) => ({ id: i + 1, contactId: 1, happenedOn: '2026-01-02', via: 'call', note: `call number ${i + 1} about the spring order`, complaint: false, createdAt: at }));
  return JSON.stringify({ format: 'rel-journal', version: 1, contacts: [contact], conversations: rows });
}
