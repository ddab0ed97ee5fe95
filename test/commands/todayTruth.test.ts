// End-to-end: the changed rules of SPEC §4 (issue 12), each replayed as it happened to a user,
// with the clock (REL_NOW) on the days named.
import { describe, it } from 'vitest';
import { runRel } from '../harness/inProcess.js';
import { makeJournal } from '../harness/journal.js';
import { readTodayText, type TodayJson } from '../harness/outputs.js';
import { key, ScriptedTerminal } from '../harness/scriptedTerminal.js';

const people = (stdout: string) => Object.fromEntries(readTodayText(stdout).map((p) => [p.name, p.reasons]));

describe.concurrent('rel today tells the truth', () => {
  it('talked today, done for today: the customer called on her anniversary leaves the list; --all shows her marked', async ({ expect }) => {
    const j = makeJournal({ now: '2026-11-23' });
    await j.ok(['contact', 'add', 'Renée Blanc', '--since', '2023-11-23']);
    await j.ok(['contact', 'add', 'Omar Diaz', '--since', '2022-11-23']);
    expect(people(await j.ok(['today']))).toEqual({ 'Omar Diaz': ['4 years a customer today'], 'Renée Blanc': ['3 years a customer today'] });
    await j.ok(['add', 'Renée', '--note', 'called to say thank you']);
    const limited = await j.ok(['today']);
    expect(limited).toMatch(/— 1 person to reach out to/);
    expect(people(limited)).toEqual({ 'Omar Diaz': ['4 years a customer today'] });
    const all = readTodayText(await j.ok(['today', '--all']));
    expect(all.map((p) => [p.name, p.talkedToday, p.reasons])).toEqual([
      ['Omar Diaz', false, ['4 years a customer today']],
      ['Renée Blanc', true, ['3 years a customer today']],
    ]);
    const json = JSON.parse(await j.ok(['today', '--all', '--json'])) as TodayJson;
    expect(json.map((row) => [row.person.name, row.talkedToday])).toEqual([['Omar Diaz', false], ['Renée Blanc', true]]);
  });

  it('a follow-up due or an open complaint keeps someone talked to today on the list', async ({ expect }) => {
    const j = makeJournal({ now: '2026-11-23' });
    await j.ok(['add', 'Kwame Mensah', '--note', 'order', '--on', '2026-11-10', '--follow-up', '2026-11-20: send the invoice']);
    await j.ok(['add', 'Kwame', '--note', 'quick call about the delivery']);
    const rows = readTodayText(await j.ok(['today']));
    expect(rows.map((p) => [p.name, p.talkedToday, p.reasons])).toEqual([['Kwame Mensah', true, ['follow up: send the invoice — due 3 days ago']]]);
  });

  it('someone kept on the list for a complaint shows every reason, as someone set aside does; today, --all, --json and --review agree', async ({ expect }) => {
    const j = makeJournal({ now: '2026-12-06' });
    await j.ok(['add', 'Carl Diaz', '--note', 'Claim too slow', '--complaint', '--follow-up', 'tomorrow: call about claim']);
    await j.ok(['add', 'Tom Bell', '--note', 'Life cover', '--follow-up', 'tomorrow: call back']);
    await j.ok(['contact', 'add', 'Ada Byrne', '--birthday', '12-07']);
    const carl = ['complaint opened today: Claim too slow', 'follow up: call about claim — due tomorrow'];
    // Carl is ranked by his complaint alone: Ada's birthday tomorrow comes first, as before.
    const listed = readTodayText(await j.ok(['today']));
    expect(listed.map((p) => [p.name, p.talkedToday])).toEqual([['Ada Byrne', false], ['Carl Diaz', true]]);
    expect(listed[1]!.reasons).toEqual(carl);
    const ada = listed[0]!.reasons;
    expect(readTodayText(await j.ok(['today', '--all'])).map((p) => [p.name, p.reasons])).toEqual([
      ['Ada Byrne', ada],
      ['Carl Diaz', carl],
      ['Tom Bell', ['follow up: call back — due tomorrow']],
    ]);
    const json = JSON.parse(await j.ok(['today', '--json'])) as TodayJson;
    expect(json.map((row) => [row.person.name, row.reasons.map((r) => r.text)])).toEqual([['Ada Byrne', ada], ['Carl Diaz', carl]]);
    expect(json[1]!.score).toBeLessThan(json[0]!.score);
    const terminal = new ScriptedTerminal([key('space'), key('q')]);
    const review = await runRel(['today', '--review'], { journalPath: j.db, now: '2026-12-06', tty: true, interactive: true, terminal });
    expect(review.code, review.stderr).toBe(0);
    expect(terminal.frames[1]).toContain(`2 of 2 to reach out to\n\nCarl Diaz #1 — talked today\n${carl.map((r) => `  • ${r}\n`).join('')}\n`);
  });

  it('rel today --all when everyone was talked to today lists them all, marked', async ({ expect }) => {
    const j = makeJournal({ now: '2026-11-23' });
    for (const name of ['Ada Byrne', 'Ben Cho', 'Cleo Diaz']) await j.ok(['add', name, '--note', 'catch-up']);
    expect(await j.ok(['today'])).toContain('No one needs you today');
    const json = JSON.parse(await j.ok(['today', '--all', '--json'])) as TodayJson;
    expect(json.map((row) => [row.person.name, row.talkedToday, row.reasons.length])).toEqual([
      ['Ada Byrne', true, 0],
      ['Ben Cho', true, 0],
      ['Cleo Diaz', true, 0],
    ]);
    const all = await j.ok(['today', '--all']);
    expect(all).toContain('Ada Byrne #1 — talked today');
    // Not "0 people to reach out to", then three names.
    expect(all).toMatch(/^Monday 23 November 2026 — no one to reach out to; talked to today:\n\nAda Byrne #1/);
  });

  it('an empty list never says nothing comes up while someone talked to today has something coming up', async ({ expect }) => {
    const j = makeJournal({ now: '2026-12-03' });
    await j.ok(['add', 'Maria Lopez', 'Tom Lopez', '--note', 'lunch', '--follow-up', 'Tom: 2026-12-10: send the venue list']);
    expect(await j.ok(['today'])).toBe('Thursday 3 December 2026\nNo one needs you today. 1 person you talked to today has something coming up: rel today --all\n');
    expect(readTodayText(await j.ok(['today', '--all'])).map((p) => [p.name, p.reasons])).toEqual([
      ['Tom Lopez', ['follow up: send the venue list — due in 7 days']],
      ['Maria Lopez', []],
    ]);
    // Outside the window the follow-up is nothing that comes up, for him as for anyone.
    expect(await j.ok(['today', '--days', '3'])).toContain('No one needs you today, and nothing comes up in the next 3 days.');
    await j.ok(['contact', 'add', 'Ada Byrne', '--birthday', '12-06']);
    await j.ok(['add', 'Ada', '--note', 'catch-up']);
    expect(await j.ok(['today'])).toContain('No one needs you today. 2 people you talked to today have something coming up: rel today --all\n');
    expect(await j.ok(['today', '--days', '5'])).toContain('1 person you talked to today has something coming up: rel today --days 5 --all\n');
    await j.ok(['archive', 'Tom']);
    expect(await j.ok(['today'])).toContain('1 person you talked to today has something coming up');
  });

  it('asked how it went: a conversation after the surgery clears "ask how it went"', async ({ expect }) => {
    const j = makeJournal({ now: '2026-01-10' });
    await j.ok(['add', 'Anna Berg', '--note', 'intro', '--on', '2026-01-10']);
    await j.ok(['remember', 'anna', "Peter's knee surgery", '--on', '2026-01-13']);
    expect(people(await j.ok(['today'], { now: '2026-01-14' }))).toEqual({ 'Anna Berg': ["Peter's knee surgery was yesterday — ask how it went"] });
    // The card before the call says it too, in the same words.
    expect(await j.ok(['show', 'anna'], { now: '2026-01-14' })).toContain("\nJust gone by\n  2026-01-13: Peter's knee surgery was yesterday — ask how it went\n");
    expect((await j.json(['show', 'anna', '--json'], { now: '2026-01-14' })).justPast).toMatchObject([{ tier: 'after-event', detailId: 1, days: -1 }]);
    await j.ok(['add', 'anna', '--note', 'surgery went well'], { now: '2026-01-14' });
    for (const day of ['2026-01-15', '2026-01-17', '2026-01-20']) expect(people(await j.ok(['today'], { now: day }))).toEqual({});
    expect(await j.ok(['show', 'anna'], { now: '2026-01-15' })).not.toContain('Just gone by');
    expect((await j.json(['show', 'anna', '--json'], { now: '2026-01-15' })).justPast).toEqual([]);
  });

  it('snoozed means due then: due on the 30th, snoozed on the 28th until 1 February, is due on 1 February', async ({ expect }) => {
    const j = makeJournal({ now: '2026-01-20' });
    await j.ok(['add', 'Lena Park', '--note', 'quote', '--follow-up', '2026-01-30: call about the quote']);
    await j.ok(['snooze', '1', '--until', '2026-02-01'], { now: '2026-01-28' });
    expect(people(await j.ok(['today'], { now: '2026-01-31' }))).toEqual({});
    const json = JSON.parse(await j.ok(['today', '--json'], { now: '2026-02-01' })) as TodayJson;
    expect(json[0]?.reasons.map((r) => [r.tier, r.days, r.text])).toEqual([['follow-up', 0, 'follow up: call about the quote — due today']]);
    expect(people(await j.ok(['today'], { now: '2026-02-03' }))).toEqual({ 'Lena Park': ['follow up: call about the quote — due 2 days ago'] });
  });

  it('a promise due tomorrow ranks above someone one day past a 30-day rhythm', async ({ expect }) => {
    const j = makeJournal({ now: '2026-10-23' });
    await j.ok(['contact', 'add', 'Dana Reyes', '--every', '30d']);
    await j.ok(['add', 'Dana', '--note', 'coffee']);
    await j.ok(['add', 'Mia Lopez', '--note', "mom's 70th", '--follow-up', "2026-11-24: call about mom's 70th bouquet"], { now: '2026-11-20' });
    const rows = readTodayText(await j.ok(['today'], { now: '2026-11-23' }));
    expect(rows.map((p) => [p.name, p.reasons[0]])).toEqual([
      ['Mia Lopez', "follow up: call about mom's 70th bouquet — due tomorrow"],
      ['Dana Reyes', 'last talked 31 days ago — every 30 days'],
    ]);
  });
});

describe.concurrent('who drifts', () => {
  it('an imported address book does not drift in three months; the hand-added and the tagged do; everyone agrees', async ({ expect }) => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tempDir } = await import('../harness/tempFiles.js');
    const j = makeJournal({ now: '2026-01-10' });
    const csv = join(tempDir(), 'phone.csv');
    writeFileSync(csv, 'Name,E-mail 1 - Value\nWholesale Supplier,orders@supplier.example\nPlumber Joe,joe@plumb.example\nAunt May,may@example.com\n');
    expect(await j.ok(['import', csv])).toMatch(/^added 3,/);
    await j.ok(['contact', 'add', 'Hand Added']);
    await j.ok(['tag', 'family', '--every', '30d']);
    await j.ok(['edit', 'Aunt May', '--tag', 'family']);
    const later = { now: '2026-04-20' }; // 100 days on
    expect(people(await j.ok(['today'], later))).toEqual({
      'Aunt May': ['never talked — added 100 days ago — every 30 days'],
      'Hand Added': ['never talked — added 100 days ago — every 90 days'],
    });
    const listed = JSON.parse(await j.ok(['list', '--overdue', '--json'], later)) as Array<{ name: string }>;
    expect(listed.map((p) => p.name)).toEqual(['Aunt May', 'Hand Added']);
    const stats = JSON.parse(await j.ok(['stats', '--json'], later)) as { contacts: Record<string, number> };
    expect(stats.contacts).toMatchObject({ drifting: 2, neverContacted: 2 });
    const plumber = JSON.parse(await j.ok(['show', 'Plumber Joe', '--json'], later)) as { person: { imported: boolean; rhythm: { status: string; dueOn: string | null } } };
    expect(plumber.person).toMatchObject({ imported: true, rhythm: { status: 'neverContacted', dueOn: null } });
    // Talked to once, they keep a rhythm like anyone.
    await j.ok(['add', 'Plumber Joe', '--note', 'fixed the sink'], { now: '2026-04-20' });
    expect(people(await j.ok(['today'], { now: '2026-08-01' }))).toMatchObject({ 'Plumber Joe': ['last talked 103 days ago — every 90 days'] });
  });
});
