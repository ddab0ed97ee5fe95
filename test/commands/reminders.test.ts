// rel remind, done, snooze and reminders: the promises made, kept, and put off.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, type TestJournal } from '../harness/journal.js';

interface ReminderJson {
  id: number;
  text: string;
  dueOn: string;
  every: string | null;
  doneOn: string | null;
  snoozedUntil: string | null;
}

const withJane = journalFrom(async (j) => {
  await j.ok(['contact', 'add', 'Jane Doe']);
});

const reminders = (j: TestJournal, ...args: string[]) => j.json<ReminderJson[]>(['reminders', '--json', ...args]);

describe('rel remind', () => {
  it('sets a follow-up on a phrase date', async () => {
    const j = await withJane();
    expect(await j.rel(['remind', 'jane', 'send', 'the', 'spring', 'catalog', '--on', 'next friday'])).toEqual({
      code: 0,
      stdout: 'reminder 1: send the spring catalog — Jane Doe, due 2026-11-27\n',
      stderr: '',
    });
    expect(await reminders(j)).toEqual([{ id: 1, person: { id: 1, name: 'Jane Doe' }, text: 'send the spring catalog', dueOn: '2026-11-27', every: null, anchorDay: null, doneOn: null, snoozedUntil: null, conversationId: null, createdAt: expect.any(String) }]);
  });

  it('sets a recurring follow-up', async () => {
    const j = await withJane();
    expect(await j.ok(['remind', 'jane', 'check the account', '--on', '2026-12-01', '--every', '1 month'])).toBe(
      'reminder 1: check the account — Jane Doe, due 2026-12-01, every 1m\n',
    );
    expect((await reminders(j))[0]).toMatchObject({ every: '1m' });
  });

  it('reads "in 2 weeks" and a bare weekday as coming days', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'a', '--on', 'in 2 weeks']);
    await j.ok(['remind', 'jane', 'b', '--on', 'wednesday']);
    expect((await reminders(j)).map((r) => [r.text, r.dueOn])).toEqual([
      ['b', '2026-11-25'],
      ['a', '2026-12-07'],
    ]);
  });

  describe('refuses and writes nothing', () => {
    it('a missing --on (usage error naming the flag)', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['remind', 'jane', 'call'], 2)).toBe('rel: missing --on; for example: rel remind jane "call" --on "next friday"');
      // The day said at the end (or the start) of the text: the example takes it out into --on.
      expect(await expectRefused(j, ['remind', 'jane', 'send', 'the', 'catalog', 'next', 'friday'], 2)).toBe('rel: missing --on; for example: rel remind jane "send the catalog" --on "next friday"');
      expect(await expectRefused(j, ['remind', 'jane', 'tomorrow', 'call', 'back'], 2)).toBe('rel: missing --on; for example: rel remind jane "call back" --on "tomorrow"');
      expect(await j.json(['reminders', '--json'])).toEqual([]);
    });

    it('with an example a shell takes as written: a name of two words in quotes, a text with $ in single quotes', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['remind', 'Jane Doe', 'invoice $500'], 2)).toBe(`rel: missing --on; for example: rel remind "Jane Doe" 'invoice $500' --on "next friday"`);
      expect(await expectRefused(j, ['pause', 'Jane Doe'], 2)).toBe('rel: missing --until; for example: rel pause "Jane Doe" --until 2027-01-15');
      expect(await expectRefused(j, ['tag', '--clear'], 2)).toBe('rel: name the tag: rel tag vip --clear');
      expect(await expectRefused(j, ['unrelate', 'Jane Doe'], 2)).toBe('rel: missing --to; for example: rel unrelate "Jane Doe" --to <name>');
    });

    it('a bad date or duration', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['remind', 'jane', 'call', '--on', 'never'], 2)).toMatch(/^rel: --on: "never" is not a date; use YYYY-MM-DD/);
      expect(await expectRefused(j, ['remind', 'jane', 'call', '--on', 'tomorrow', '--every', '0d'], 2)).toContain('--every: "0d" is not a duration');
      // Every form it offers is one it reads (README: Durations), the words too.
      await j.ok(['remind', 'jane', 'call', '--on', 'tomorrow']);
      const often = 'is not a duration; use 10d, 2w, 3m or 1y (also 2 weeks, 6 months), or daily, weekly, fortnightly, monthly, quarterly or yearly';
      expect(await expectRefused(j, ['reminder', 'edit', '1', '--every', 'often'], 2)).toBe(`rel: --every: "often" ${often}`);
      expect(await expectRefused(j, ['edit', 'jane', '--every', 'often'], 2)).toBe(`rel: --every: "often" ${often}`);
      await j.ok(['reminder', 'edit', '1', '--every', 'fortnightly']);
    });

    it('a phrase that lands beyond the year 9999', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['remind', 'jane', 'call', '--on', 'in 10000 years', '--every', '1y'], 2)).toMatch(/^rel: --on: "in 10000 years" is outside the calendar rel keeps \(years 1 to 9999\); use /);
    });

    it('an unknown person', async () => {
      const j = await withJane();
      expect(await expectRefused(j, ['remind', 'nobody', 'call', '--on', 'tomorrow'], 1)).toBe('rel: no contact matches "nobody"; see rel list, or add them first: rel contact add nobody');
    });
  });
});

describe('rel done', () => {
  it('closes a one-off follow-up: gone from reminders, listed with --all', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'send the catalog', '--on', '2026-11-20']);
    expect(await j.rel(['done', '1'])).toEqual({ code: 0, stdout: 'done: send the catalog — Jane Doe\n', stderr: '' });
    expect(await reminders(j)).toEqual([]);
    expect(await reminders(j, '--all')).toMatchObject([{ id: 1, doneOn: '2026-11-23' }]);
    expect(await j.ok(['reminders', '--all'])).toBe('#1  2026-11-20  Jane Doe  send the catalog  done 2026-11-23\n');
  });

  it('moves a recurring follow-up to its next date after today', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'monthly check', '--on', '2026-11-20', '--every', '1m']);
    await j.ok(['remind', 'jane', 'late check', '--on', '2026-09-01', '--every', '1m']);
    expect(await j.ok(['done', '1'])).toBe('done: monthly check — Jane Doe; next on 2026-12-20\n');
    expect(await j.ok(['done', '#2'])).toBe('done: late check — Jane Doe; next on 2026-12-01\n');
    expect((await reminders(j)).map((r) => [r.id, r.dueOn, r.doneOn])).toEqual([
      [2, '2026-12-01', null],
      [1, '2026-12-20', null],
    ]);
  });

  it('refuses an unknown id, a done one, and a non-number, writing nothing', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'call', '--on', 'tomorrow']);
    await j.ok(['done', '1']);
    expect(await expectRefused(j, ['done', '1'], 1)).toBe('rel: reminder #1 was already done on 2026-11-23');
    expect(await expectRefused(j, ['done', '9'], 1)).toBe('rel: no reminder #9; rel reminders lists them with their ids');
    expect(await expectRefused(j, ['done', 'call'], 2)).toBe('rel: "call" is not a reminder id; ids are numbers, as shown by rel reminders');
  });
});

describe('rel snooze', () => {
  it('puts a follow-up off to a day, when it is due (SPEC §4 "Snoozed means due then"), shown with the day it had', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'call', '--on', '2026-11-22']);
    await j.ok(['remind', 'jane', 'send it', '--on', '2026-11-30']);
    expect(await j.rel(['snooze', '1', '--until', '2026-12-05'])).toEqual({ code: 0, stdout: 'snoozed until 2026-12-05: call — Jane Doe\n', stderr: '' });
    expect(await j.ok(['reminders'])).toBe(['#2  2026-11-30  Jane Doe  send it', '#1  2026-12-05  Jane Doe  call     snoozed from 2026-11-22', ''].join('\n'));
    expect((await reminders(j)).find((r) => r.id === 1)).toMatchObject({ id: 1, dueOn: '2026-11-22', snoozedUntil: '2026-12-05' });
    expect(await j.ok(['show', 'jane'])).toContain('  2026-12-05: call (snoozed from 2026-11-22) [reminder 1]\n');
    // Once the day comes, it is due that day, and overdue only from then.
    expect(await j.ok(['reminders'], { now: '2026-12-07' })).toContain('#1  2026-12-05  Jane Doe  call     snoozed from 2026-11-22\n');
  });

  it('a snoozed recurring follow-up is listed with both: the day it had and how often it comes back', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'monthly check', '--on', '2026-11-25', '--every', '1m']);
    await j.ok(['snooze', '1', '--until', '2026-11-28']);
    expect(await j.ok(['reminders'])).toBe('#1  2026-11-28  Jane Doe  monthly check  snoozed from 2026-11-25, every 1m\n');
    expect(await j.ok(['show', 'jane'])).toContain('  2026-11-28: monthly check (snoozed from 2026-11-25, every 1m) [reminder 1]\n');
  });

  it('reads a phrase', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'call', '--on', 'today']);
    expect(await j.ok(['snooze', '1', '--until', 'in 2 weeks'])).toBe('snoozed until 2026-12-07: call — Jane Doe\n');
  });

  it("reads today's weekday as next week's (the day is a Monday), as rel pause does", async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'call', '--on', 'today']);
    expect(await j.ok(['snooze', '1', '--until', 'monday'])).toBe('snoozed until 2026-11-30: call — Jane Doe\n');
    expect(await j.ok(['pause', 'jane', '--until', 'monday'])).toBe('paused Jane Doe until 2026-11-30: no drifting reminders till then\n');
  });

  describe('refuses and writes nothing', () => {
    const withReminder = journalFrom(async (j) => {
      await j.ok(['contact', 'add', 'Jane Doe']);
      await j.ok(['remind', 'jane', 'call', '--on', 'tomorrow']);
    });

    it('a missing --until (usage error)', async () => {
      expect(await expectRefused(await withReminder(), ['snooze', '1'], 2)).toBe('rel: missing --until; for example: rel snooze 1 --until monday');
    });

    it('a day that is not after today', async () => {
      const j = await withReminder();
      expect(await expectRefused(j, ['snooze', '1', '--until', 'today'], 2)).toBe('rel: --until 2026-11-23 is not after today (2026-11-23); snooze to a later day');
      expect(await expectRefused(j, ['snooze', '1', '--until', '2026-11-01'], 2)).toContain('is not after today');
    });

    it('a done reminder, an unknown one, and a bad id', async () => {
      const j = await withReminder();
      await j.ok(['done', '1']);
      expect(await expectRefused(j, ['snooze', '1', '--until', 'friday'], 1)).toBe('rel: reminder #1 is already done');
      expect(await expectRefused(j, ['snooze', '2', '--until', 'friday'], 1)).toBe('rel: no reminder #2; rel reminders lists them with their ids');
      expect(await expectRefused(j, ['snooze', 'one', '--until', 'friday'], 2)).toContain('"one" is not a reminder id');
    });
  });
});

describe('rel reminders', () => {
  it('with none open, says how many --all lists (done, or of archived people), with the command', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'send the catalog', '--on', '2026-12-01']);
    await j.ok(['remind', 'jane', 'call back', '--on', '2026-12-02']);
    await j.ok(['done', '2']);
    await j.ok(['archive', 'jane']);
    expect(await j.rel(['reminders'])).toEqual({ code: 0, stdout: '', stderr: 'No open reminders; 2 done or of archived people: rel reminders --all\n' });
    await j.ok(['done', '1']);
    expect(await j.rel(['reminders', 'jane'])).toEqual({ code: 0, stdout: '', stderr: 'No open reminders; 2 done or of archived people: rel reminders jane --all\n' });
    expect((await j.rel(['reminders', '--all'])).stdout.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('lists open follow-ups, soonest first, for everyone or one person', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'send the catalog', '--on', '2026-12-01']);
    await j.ok(['add', 'Bob Lee', '--note', 'quote', '--follow-up', '2026-11-20: call back']);
    expect(await j.rel(['reminders'])).toEqual({
      code: 0,
      stderr: '',
      stdout: ['#2  2026-11-20  Bob Lee   call back', '#1  2026-12-01  Jane Doe  send the catalog', ''].join('\n'),
    });
    expect(await j.ok(['reminders', 'bob'])).toBe('#2  2026-11-20  Bob Lee  call back\n');
    expect((await reminders(j, 'jane')).map((r) => r.id)).toEqual([1]);
  });

  it('with none is not an error', async () => {
    const j = await withJane();
    expect(await j.rel(['reminders'])).toEqual({ code: 0, stdout: '', stderr: 'No open reminders. Add one: rel remind NAME "what" --on "next friday"\n' });
    expect(await j.rel(['reminders', '--json'])).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('refuses an unknown person', async () => {
    expect(await expectRefused(await withJane(), ['reminders', 'Jnae'], 1)).toBe('rel: no contact matches "Jnae"; did you mean Jane Doe (#1)?');
  });
});

describe('rel reminders: the first 20, and what the limit left out', () => {
  // Jane: 22 open, due 1–22 December, and one done; Eve, archived: 3 open, listed and counted only
  // with --all (every follow-up, as the exports hold them) or by her name.
  const many = journalFrom(async (j) => {
    await j.ok(['contact', 'add', 'Jane Doe']);
    for (let day = 1; day <= 22; day++) await j.ok(['remind', 'jane', `call ${day}`, '--on', `2026-12-${String(day).padStart(2, '0')}`]);
    await j.ok(['remind', 'jane', 'done already', '--on', '2026-12-24']);
    await j.ok(['done', '23']);
    await j.ok(['contact', 'add', 'Eve Moss']);
    for (let n = 1; n <= 3; n++) await j.ok(['remind', 'eve', `eve ${n}`, '--on', '2026-11-30']);
    await j.ok(['archive', 'eve']);
  });
  const texts = (stdout: string): string[] => stdout.split('\n').filter(Boolean).map((line) => line.split(/ {2,}/)[3]!);

  it('lists the 20 soonest and says on stderr how many more there are', async () => {
    const j = await many();
    const { code, stdout, stderr } = await j.rel(['reminders']);
    expect(code).toBe(0);
    expect(texts(stdout)).toEqual(Array.from({ length: 20 }, (_, i) => `call ${i + 1}`));
    expect(stderr).toBe('… and 2 more: rel reminders --limit 22\n');
  });

  it("--limit N shows that many; --all every one, done ones and archived people's too; a limit that leaves nothing out says nothing", async () => {
    const j = await many();
    expect(await j.rel(['reminders', '--limit', '3'])).toMatchObject({ code: 0, stderr: '… and 19 more: rel reminders --limit 22\n' });
    expect(texts(await j.ok(['reminders', '--limit', '22']))).toHaveLength(22);
    expect(await j.rel(['reminders', '--limit', '22'])).toMatchObject({ stderr: '' });
    expect(texts(await j.ok(['reminders', '--all']))).toEqual(['eve 1', 'eve 2', 'eve 3', ...Array.from({ length: 22 }, (_, i) => `call ${i + 1}`), 'done already']);
    // The hint's command lists exactly what the count says: --all would add the done one and Eve's.
    expect(texts(await j.ok(['reminders', '--limit', '22']))).toHaveLength(22);
    expect(await j.rel(['reminders', '--all', '--limit', '22'])).toMatchObject({ stderr: '… and 4 more: rel reminders --all --limit 26\n' });
  });

  it('one person: the same limit, and the command names them', async () => {
    const j = await many();
    expect(await j.rel(['reminders', 'Jane Doe', '--limit', '21'])).toMatchObject({ code: 0, stderr: '… and 1 more: rel reminders "Jane Doe" --limit 22\n' });
    expect(texts(await j.ok(['reminders', 'eve']))).toEqual(['eve 1', 'eve 2', 'eve 3']);
  });

  it('--json holds the same rows as the table', async () => {
    const j = await many();
    const { stdout, stderr } = await j.rel(['reminders', '--json', '--limit', '5']);
    expect((JSON.parse(stdout) as ReminderJson[]).map((r) => r.text)).toEqual(['call 1', 'call 2', 'call 3', 'call 4', 'call 5']);
    expect(stderr).toBe('… and 17 more: rel reminders --limit 22 --json\n');
    expect(await reminders(j)).toHaveLength(20);
  });

  it('refuses a limit of 0 or one that is not a number (usage error)', async () => {
    const j = await many();
    expect(await expectRefused(j, ['reminders', '--limit', '0'], 2)).toBe('rel: --limit must be at least 1; rel reminders --all lists every follow-up');
    expect(await expectRefused(j, ['reminders', '--limit', '-1'], 2)).toBe('rel: --limit must be at least 1; rel reminders --all lists every follow-up');
    expect(await expectRefused(j, ['reminders', '--limit', '1000000000'], 2)).toBe('rel: --limit goes up to 999999999; rel reminders --all lists every follow-up');
    expect(await expectRefused(j, ['reminders', '--limit', 'ten'], 2)).toBe('rel: --limit must be a whole number, got "ten"');
  });
});
