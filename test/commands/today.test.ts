// End-to-end: `rel today` (SPEC §4, issue 3) on journals built only with rel commands.
// Every journal is its own temporary file, so the tests run concurrently.
import { beforeAll, describe, it } from 'vitest';
import { makeJournal, type TestJournal as TodayJournal } from '../harness/journal.js';
import { applicable, readTodayText, type TodayJson } from '../harness/outputs.js';

const journal = (now = '2026-11-23'): TodayJournal => makeJournal({ now });

const today = (j: TodayJournal, asOf: string, ...flags: string[]) => j.ok(['today', '--as-of', asOf, ...flags]);
const todayJson = async (j: TodayJournal, asOf: string, ...flags: string[]) => JSON.parse(await today(j, asOf, '--json', ...flags)) as TodayJson;
/** Reason lines per person in the human output. */
const reasonsOn = async (j: TodayJournal, asOf: string, ...flags: string[]) =>
  Object.fromEntries(readTodayText(await today(j, asOf, ...flags)).map((p) => [p.name, p.reasons]));

describe.concurrent('rel today: the issue 3 acceptance', () => {
  let j: TodayJournal;
  beforeAll(async () => {
    j = journal('2026-11-20');
    await j.ok(['contact', 'add', 'Dana Reyes', '--every', '30d']);
    await j.ok(['add', 'Dana Reyes', '--note', 'coffee', '--on', '2026-10-07']);
    await j.ok(['contact', 'add', 'Bea Lund', '--birthday', '1986-11-24']);
    await j.ok(['add', 'Carl Ortiz', '--note', 'asked for the catalog', '--on', '2026-11-15', '--follow-up', '2026-11-20: send catalog']);
    await j.ok(['add', 'Ed Marsh', '--note', 'order arrived damaged', '--complaint', '--on', '2026-11-18']);
    await j.ok(['contact', 'add', 'Fay Chen', '--birthday', '12-03']);
    // 100 days on a 90-day cadence drifts less than 47 days on a 30-day one.
    await j.ok(['contact', 'add', 'Gus Hale', '--every', '90d']);
    await j.ok(['add', 'Gus Hale', '--note', 'trade show', '--on', '2026-08-15']);
  });

  it('ranks the follow-up, the birthday tomorrow, the complaint, the drifting, then the birthday in ten days', async ({ expect }) => {
    const result = await j.rel(['today', '--as-of', '2026-11-23']);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Monday 23 November 2026 — 6 people to reach out to',
        '',
        'Carl Ortiz #3',
        '  • follow up: send catalog — due 3 days ago',
        'Bea Lund #2',
        '  • turns 40 tomorrow',
        'Ed Marsh #4',
        '  • complaint open 5 days: order arrived damaged',
        'Dana Reyes #1',
        '  • last talked 47 days ago — every 30 days',
        'Gus Hale #6',
        '  • last talked 100 days ago — every 90 days',
        'Fay Chen #5',
        '  • birthday in 10 days',
        '',
      ].join('\n'),
    });
  });

  it('--json carries the same rows in the same order, with ids, scores and every reason', async ({ expect }) => {
    const [text, result] = await Promise.all([today(j, '2026-11-23'), j.rel(['today', '--as-of', '2026-11-23', '--json'])]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const data = JSON.parse(result.stdout) as TodayJson;
    expect(data).toHaveLength(6);
    expect(data.map((r) => ({ name: r.person.name, id: r.person.id, reasons: r.reasons.map((x) => x.text), talkedToday: r.talkedToday }))).toEqual(readTodayText(text));
    expect(data.map((r) => r.reasons.map(applicable))).toEqual([
      [{ tier: 'follow-up', source: 'reminder', date: '2026-11-20', days: -3, text: 'follow up: send catalog — due 3 days ago', reminderId: 1 }],
      [{ tier: 'date-tomorrow', source: 'birthday', date: '2026-11-24', days: 1, text: 'turns 40 tomorrow', years: 40 }],
      [{ tier: 'complaint', source: 'complaint', date: '2026-11-18', days: -5, text: 'complaint open 5 days: order arrived damaged', conversationId: 3 }],
      [{ tier: 'drifting', source: 'cadence', date: '2026-10-07', days: -47, text: 'last talked 47 days ago — every 30 days', cadence: '30d', dueOn: '2026-11-06' }],
      [{ tier: 'drifting', source: 'cadence', date: '2026-08-15', days: -100, text: 'last talked 100 days ago — every 90 days', cadence: '90d', dueOn: '2026-11-13' }],
      [{ tier: 'upcoming', source: 'birthday', date: '2026-12-03', days: 10, text: 'birthday in 10 days' }],
    ]);
    const scores = data.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(scores.length);
    for (const score of scores) expect(Number.isInteger(score)).toBe(true);
  });
});

describe.concurrent('rel today: the rules of SPEC §4', () => {
  it('lists a person once, with every reason, strongest first', async ({ expect }) => {
    const j = journal('2026-11-01');
    await j.ok(['contact', 'add', 'Pat Kerr', '--birthday', '1980-11-24', '--every', '2w']);
    await j.ok(['add', 'Pat', '--note', 'box arrived crushed', '--complaint', '--on', '2026-11-01', '--follow-up', '2026-11-10: call back']);
    await j.ok(['remember', 'Pat', 'golf trip', '--on', '2026-11-30']);
    await j.ok(['contact', 'add', 'Quinn Ash', '--birthday', '11-30']);
    const data = await todayJson(j, '2026-11-23');
    expect(data.map((r) => r.person.name)).toEqual(['Pat Kerr', 'Quinn Ash']);
    expect(data[0]?.reasons.map((r) => [r.tier, r.text])).toEqual([
      ['follow-up', 'follow up: call back — due 13 days ago'],
      ['date-tomorrow', 'turns 46 tomorrow'],
      ['complaint', 'complaint open 22 days: box arrived crushed'],
      ['drifting', 'last talked 22 days ago — every 2 weeks'],
      ['upcoming', 'golf trip in 7 days'],
    ]);
  });

  it('a conversation counts from its --on day, and one logged on the day removes drifting', async ({ expect }) => {
    const j = journal('2026-09-01');
    await j.ok(['contact', 'add', 'Dana Reyes', '--every', '30d']);
    expect(await reasonsOn(j, '2026-11-23')).toEqual({ 'Dana Reyes': ['never talked — added 83 days ago — every 30 days'] });
    await j.ok(['add', 'Dana', '--note', 'coffee', '--on', '2026-10-10'], { now: '2026-11-23' });
    expect(await reasonsOn(j, '2026-11-23')).toEqual({ 'Dana Reyes': ['last talked 44 days ago — every 30 days'] });
    await j.ok(['add', 'Dana', '--note', 'lunch'], { now: '2026-11-23' });
    const [onTheDay, dayBefore] = await Promise.all([today(j, '2026-11-23'), reasonsOn(j, '2026-11-22')]);
    expect(onTheDay).toContain('No one needs you today');
    expect(dayBefore).toEqual({ 'Dana Reyes': ['last talked 43 days ago — every 30 days'] });
  });

  it('never shows an archived person, whatever their reasons', async ({ expect }) => {
    const j = journal('2026-11-01');
    await j.ok(['contact', 'add', 'Ava Stone', '--birthday', '1970-11-24', '--every', '1w']);
    await j.ok(['add', 'Ava', '--note', 'late delivery', '--complaint', '--follow-up', '2026-11-20: call back']);
    await j.ok(['contact', 'add', 'Ben Cole', '--birthday', '11-24']);
    expect(Object.keys(await reasonsOn(j, '2026-11-23'))).toEqual(['Ava Stone', 'Ben Cole']);
    await j.ok(['archive', 'Ava']);
    const [text, data] = await Promise.all([reasonsOn(j, '2026-11-23'), todayJson(j, '2026-11-23', '--all')]);
    expect(text).toEqual({ 'Ben Cole': ['birthday tomorrow'] });
    expect(data.map((r) => r.person.name)).toEqual(['Ben Cole']);
    expect(data).toHaveLength(1);
    await j.ok(['unarchive', 'Ava']);
    expect(Object.keys(await reasonsOn(j, '2026-11-23'))).toEqual(['Ava Stone', 'Ben Cole']);
  });

  it('hides a snoozed follow-up until the snooze day and shows it from then on', async ({ expect }) => {
    const j = journal('2026-11-20');
    await j.ok(['contact', 'add', 'Sam Reed']);
    await j.ok(['remind', 'Sam', 'call about the renewal', '--on', '2026-11-21']);
    expect(await reasonsOn(j, '2026-11-20')).toEqual({ 'Sam Reed': ['follow up: call about the renewal — due tomorrow'] });
    await j.ok(['snooze', '1', '--until', '2026-11-25']);
    const [before, on, after] = await Promise.all([today(j, '2026-11-24'), reasonsOn(j, '2026-11-25'), reasonsOn(j, '2026-11-27')]);
    expect(before).toContain('No one needs you today');
    // Snoozed means due then (SPEC §4): due on the snooze day, overdue only from then.
    expect(on).toEqual({ 'Sam Reed': ['follow up: call about the renewal — due today'] });
    expect(after).toEqual({ 'Sam Reed': ['follow up: call about the renewal — due 2 days ago'] });
  });

  it('a paused person does not drift until the pause ends (other reasons stay); rel resume ends it early', async ({ expect }) => {
    const j = journal('2026-11-01');
    await j.ok(['contact', 'add', 'Paula Grey', '--every', '2w', '--birthday', '12-09']);
    await j.ok(['pause', 'Paula', '--until', '2026-12-10'], { now: '2026-11-20' });
    const [during, lastDay, ends] = await Promise.all([reasonsOn(j, '2026-12-01'), reasonsOn(j, '2026-12-09'), reasonsOn(j, '2026-12-10')]);
    expect(during).toEqual({ 'Paula Grey': ['birthday in 8 days'] });
    expect(lastDay).toEqual({ 'Paula Grey': ['birthday today'] });
    expect(ends).toEqual({ 'Paula Grey': ['never talked — added 39 days ago — every 2 weeks'] });
    expect(await j.ok(['resume', 'Paula'], { now: '2026-11-20' })).toBe('resumed Paula Grey\n');
    expect(await reasonsOn(j, '2026-12-01')).toEqual({ 'Paula Grey': ['never talked — added 30 days ago — every 2 weeks', 'birthday in 8 days'] });
  });

  it('tag cadences: rel tag --every applies, a person\'s own --every wins, the shortest tag wins', async ({ expect }) => {
    const j = journal('2026-11-01');
    await j.ok(['tag', 'vip', '--every', '14d']);
    await j.ok(['tag', 'golf', '--every', '3w']);
    await j.ok(['contact', 'add', 'Vic Tagged', '--tag', 'vip']);
    await j.ok(['contact', 'add', 'Olga Own', '--tag', 'vip', '--every', '60d']);
    await j.ok(['contact', 'add', 'Iris Own', '--tag', 'golf', '--every', '1w']);
    await j.ok(['contact', 'add', 'Max Both', '--tag', 'golf', '--tag', 'vip']);
    await j.ok(['contact', 'add', 'Gil Golf', '--tag', 'golf']);
    await j.ok(['contact', 'add', 'Nora Plain']);
    const [day16, day23] = await Promise.all([reasonsOn(j, '2026-11-16'), reasonsOn(j, '2026-11-23')]);
    expect(day16).toEqual({
      'Iris Own': ['never talked — added 15 days ago — every week'],
      'Max Both': ['never talked — added 15 days ago — every 14 days'],
      'Vic Tagged': ['never talked — added 15 days ago — every 14 days'],
    });
    expect(Object.keys(day23)).toEqual(['Iris Own', 'Max Both', 'Vic Tagged', 'Gil Golf']);
    expect(day23['Gil Golf']).toEqual(['never talked — added 22 days ago — every 3 weeks']);
  });

  it('rel config set cadence 60d changes the default cadence, and rel config shows it', async ({ expect }) => {
    const j = journal('2026-11-01');
    await j.ok(['contact', 'add', 'Dee Plain']);
    await j.ok(['contact', 'add', 'Tom Own', '--every', '90d']);
    expect(await j.ok(['config'])).toMatch(/^cadence +90d +#/m);
    expect(await today(j, '2027-01-01')).toContain('No one needs you today');
    expect(await j.ok(['config', 'set', 'cadence', '60d'])).toBe('cadence = 60d\n');
    const [config, configJson, after] = await Promise.all([j.ok(['config']), j.ok(['config', '--json']), reasonsOn(j, '2027-01-01')]);
    expect(config).toMatch(/^cadence +60d +# .*\(default 90d\)$/m);
    expect(JSON.parse(configJson)).toEqual({ cadence: '60d', days: '14', limit: '10', backups: '7' });
    expect(after).toEqual({ 'Dee Plain': ['never talked — added 61 days ago — every 60 days'] });
  });

  it('a recurring follow-up marked done comes back at its next date', async ({ expect }) => {
    const j = journal('2026-10-25');
    await j.ok(['contact', 'add', 'Rita Moss', '--every', '1y']);
    await j.ok(['remind', 'Rita', 'check the account', '--on', '2026-11-01', '--every', '1m']);
    expect(await reasonsOn(j, '2026-11-05')).toEqual({ 'Rita Moss': ['follow up: check the account — due 4 days ago'] });
    expect(await j.ok(['done', '1'], { now: '2026-11-05' })).toBe('done: check the account — Rita Moss; next on 2026-12-01\n');
    const [reminders, day5, day20, day31] = await Promise.all([
      j.ok(['reminders', '--json'], { now: '2026-11-05' }),
      today(j, '2026-11-05'),
      reasonsOn(j, '2026-11-20'),
      todayJson(j, '2026-12-01'),
    ]);
    expect(JSON.parse(reminders)).toEqual([
      { id: 1, person: { id: 1, name: 'Rita Moss' }, text: 'check the account', dueOn: '2026-12-01', every: '1m', anchorDay: null, doneOn: null, snoozedUntil: null, conversationId: null, createdAt: expect.any(String) },
    ]);
    expect(day5).toContain('No one needs you today');
    expect(day20).toEqual({ 'Rita Moss': ['follow up: check the account — due in 11 days'] });
    expect(day31[0]?.reasons.map(applicable)).toEqual([
      { tier: 'follow-up', source: 'reminder', date: '2026-12-01', days: 0, text: 'follow up: check the account — due today', reminderId: 1 },
    ]);
    // Done late, it moves past the missed dates instead of staying overdue.
    expect(await j.ok(['done', '1'], { now: '2027-01-10' })).toBe('done: check the account — Rita Moss; next on 2027-02-01\n');
    expect(await reasonsOn(j, '2027-02-01')).toEqual({ 'Rita Moss': ['follow up: check the account — due today'] });
  });

  it('a detail known only to the month comes up in the window before it and during it, then "ask how it went"', async ({ expect }) => {
    const j = journal('2026-11-23');
    await j.ok(['contact', 'add', 'Mia Fox', '--every', '1y']);
    expect(await j.ok(['remember', 'Mia', 'baby due', '--on', '2027-03'])).toContain('baby due');
    const days = ['2027-02-14', '2027-02-15', '2027-02-28', '2027-03-01', '2027-03-31', '2027-04-01', '2027-04-07', '2027-04-08'];
    const lists = await Promise.all(days.map((d) => reasonsOn(j, d)));
    expect(Object.fromEntries(days.map((d, i) => [d, lists[i]?.['Mia Fox'] ?? []]))).toEqual({
      '2027-02-14': [],
      '2027-02-15': ['baby due in March 2027'],
      '2027-02-28': ['baby due in March 2027'],
      '2027-03-01': ['baby due this month'],
      '2027-03-31': ['baby due this month'],
      '2027-04-01': ['baby was due in March 2027 — ask how it went'],
      '2027-04-07': ['baby was due in March 2027 — ask how it went'],
      '2027-04-08': [],
    });
  });

  it('the card says such a detail is coming up as rel today does, through its month', async ({ expect }) => {
    const j = journal('2026-11-23');
    await j.ok(['contact', 'add', 'Mia Fox', '--every', '1y']);
    await j.ok(['remember', 'Mia', 'baby due', '--on', '2027-03']);
    const comingUp = async (now: string) => /\nComing up\n((?: {2}.*\n)*)/.exec(await j.ok(['show', 'mia'], { now }))?.[1] ?? '';
    expect(await comingUp('2027-02-25')).toBe('  baby due in March 2027\n');
    expect(await comingUp('2027-03-10')).toBe('  baby due this month\n');
    expect(await comingUp('2027-03-31')).toBe('  baby due this month\n');
    expect(await comingUp('2027-04-03')).toBe(''); // asked about on today's list, not coming up
    expect((await j.json(['show', 'mia', '--json'], { now: '2027-03-10' })).upcoming).toMatchObject([{ month: '2027-03', text: 'baby due this month' }]);
  });

  it('a month-only event is asked about until a conversation after the month, not one during it', async ({ expect }) => {
    const j = journal('2026-11-23');
    await j.ok(['contact', 'add', 'Mia Fox', '--every', '1y']);
    await j.ok(['remember', 'Mia', 'baby due', '--on', '2027-03']);
    await j.ok(['add', 'Mia', '--note', 'any day now'], { now: '2027-03-20' });
    expect(await reasonsOn(j, '2027-03-31')).toEqual({ 'Mia Fox': ['baby due this month'] });
    expect(await reasonsOn(j, '2027-04-02')).toEqual({ 'Mia Fox': ['baby was due in March 2027 — ask how it went'] });
    await j.ok(['add', 'Mia', '--note', 'a girl, Ava'], { now: '2027-04-03' });
    expect(await reasonsOn(j, '2027-04-03')).toEqual({});
    expect(await reasonsOn(j, '2027-04-05')).toEqual({});
  });

  it('29 February is observed on 28 February in a common year and on the 29th in a leap year', async ({ expect }) => {
    const j = journal('2026-11-23');
    await j.ok(['contact', 'add', 'Lea Leap', '--birthday', '2000-02-29', '--every', '10y']);
    const [feb27, feb28, leap28, leap29] = await Promise.all([
      todayJson(j, '2027-02-27'),
      reasonsOn(j, '2027-02-28'),
      reasonsOn(j, '2028-02-28'),
      reasonsOn(j, '2028-02-29'),
    ]);
    expect(feb27[0]?.reasons.map(applicable)).toEqual([{ tier: 'date-tomorrow', source: 'birthday', date: '2027-02-28', days: 1, text: 'turns 27 tomorrow', years: 27 }]);
    expect(feb28).toEqual({ 'Lea Leap': ['turns 27 today'] });
    expect(leap28).toEqual({ 'Lea Leap': ['turns 28 tomorrow'] });
    expect(leap29).toEqual({ 'Lea Leap': ['turns 28 today'] });
  });

  it('the window wraps across the new year', async ({ expect }) => {
    const j = journal('2026-11-23');
    await j.ok(['contact', 'add', 'Jan Frost', '--birthday', '01-03']);
    await j.ok(['contact', 'add', 'Noel Berg', '--birthday', '1990-01-02']);
    const data = await todayJson(j, '2026-12-28');
    expect(data.map((r) => r.reasons.map(({ date, days, text }) => ({ name: r.person.name, date, days, text })))).toEqual([
      [{ name: 'Noel Berg', date: '2027-01-02', days: 5, text: 'turns 37 in 5 days' }],
      [{ name: 'Jan Frost', date: '2027-01-03', days: 6, text: 'birthday in 6 days' }],
    ]);
    expect(await reasonsOn(j, '2026-12-28')).toEqual({ 'Noel Berg': ['turns 37 in 5 days'], 'Jan Frost': ['birthday in 6 days'] });
  });
});
