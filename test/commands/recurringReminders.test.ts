// A recurring follow-up keeps its anchor day through rel done, snooze, reminder edit and undo
// (SPEC §3: monthly on the 31st goes Jan 31 → Feb 28 → Mar 31 → Apr 30).
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, makeJournal, type TestJournal } from '../harness/journal.js';

const withJane = journalFrom(async (j) => {
  await j.ok(['contact', 'add', 'Jane Doe']);
});

const dueOn = async (j: TestJournal, now: string) => (await j.json<Array<{ dueOn: string; every: string | null }>>(['reminders', '--json'], { now }))[0];

/** rel done on each due day, `times` times; the due days it moved the follow-up to. */
async function doneOnEachDueDay(j: TestJournal, first: string, times: number): Promise<string[]> {
  const days: string[] = [];
  let due = first;
  for (let i = 0; i < times; i++) {
    const said = await j.ok(['done', '1'], { now: due });
    due = /next on (\S+)/.exec(said)![1]!;
    days.push(due);
  }
  return days;
}

describe('a recurring follow-up keeps its anchor day', () => {
  it('monthly on the 31st, done on each due day through a leap year', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'monthly report', '--on', '2027-01-31', '--every', '1m'], { now: '2027-01-01' });
    expect(await doneOnEachDueDay(j, '2027-01-31', 14)).toEqual([
      '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30', '2027-07-31', '2027-08-31', '2027-09-30', '2027-10-31', '2027-11-30', '2027-12-31',
      '2028-01-31', '2028-02-29', '2028-03-31',
    ]);
    // What every listing shows stays a plain recurrence.
    expect(await dueOn(j, '2028-03-01')).toMatchObject({ dueOn: '2028-03-31', every: '1m' });
  });

  it('yearly on 29 February: 28 February in common years, the 29th in leap years', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'leap-day call', '--on', '2024-02-29', '--every', '1y'], { now: '2024-02-01' });
    expect(await doneOnEachDueDay(j, '2024-02-29', 5)).toEqual(['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29', '2029-02-28']);
  });

  it('through a snooze, an edit of its text and an edit of its recurrence', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'invoice', '--on', '2027-01-31', '--every', '1m'], { now: '2027-01-01' });
    expect(await j.ok(['done', '1'], { now: '2027-01-31' })).toBe('done: invoice — Jane Doe; next on 2027-02-28\n');
    await j.ok(['snooze', '1', '--until', '2027-03-02'], { now: '2027-02-27' });
    await j.ok(['reminder', 'edit', '1', '--text', 'send the invoice'], { now: '2027-02-27' });
    expect(await j.ok(['done', '1'], { now: '2027-03-02' })).toBe('done: send the invoice — Jane Doe; next on 2027-03-31\n');
    expect(await j.ok(['done', '1'], { now: '2027-03-31' })).toBe('done: send the invoice — Jane Doe; next on 2027-04-30\n');
    // Every two months from here: still on the 31st, the last day of a shorter month.
    await j.ok(['reminder', 'edit', '1', '--every', '2m'], { now: '2027-04-01' });
    expect(await j.ok(['done', '1'], { now: '2027-04-30' })).toBe('done: send the invoice — Jane Doe; next on 2027-06-30\n');
    expect(await j.ok(['done', '1'], { now: '2027-06-30' })).toBe('done: send the invoice — Jane Doe; next on 2027-08-31\n');
  });

  it('a new due day is the new anchor', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'invoice', '--on', '2027-01-31', '--every', '1m'], { now: '2027-01-01' });
    await j.ok(['done', '1'], { now: '2027-01-31' }); // now due 2027-02-28, on the 31st
    await j.ok(['reminder', 'edit', '1', '--on', '2027-02-27'], { now: '2027-02-01' });
    expect(await j.ok(['done', '1'], { now: '2027-02-27' })).toBe('done: invoice — Jane Doe; next on 2027-03-27\n');
  });

  it('rel undo of a done puts the follow-up back on its shortened day, still on its anchor', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'invoice', '--on', '2027-01-31', '--every', '1m'], { now: '2027-01-01' });
    await j.ok(['done', '1'], { now: '2027-01-31' });
    await j.ok(['done', '1'], { now: '2027-02-28' });
    expect(await dueOn(j, '2027-03-01')).toMatchObject({ dueOn: '2027-03-31' });
    await j.ok(['undo'], { now: '2027-03-01' });
    expect(await dueOn(j, '2027-03-01')).toMatchObject({ dueOn: '2027-02-28', every: '1m' });
    expect(await j.ok(['done', '1'], { now: '2027-03-01' })).toBe('done: invoice — Jane Doe; next on 2027-03-31\n');
    // And back to the first due day, which carries nothing.
    await j.ok(['undo'], { now: '2027-03-01' });
    await j.ok(['undo'], { now: '2027-03-01' });
    expect(await dueOn(j, '2027-03-01')).toMatchObject({ dueOn: '2027-01-31' });
  });

  it('through a backup: export all carries the anchor, and the restored journal keeps it', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'monthly report', '--on', '2026-10-31', '--every', '1m'], { now: '2026-10-01' });
    await j.ok(['done', '1'], { now: '2026-10-31' }); // now due 2026-11-30, for the 31st
    const doc = await j.ok(['export', 'all'], { now: '2026-11-01' });
    expect(JSON.parse(doc).reminders[0]).toMatchObject({ dueOn: '2026-11-30', every: '1m', anchorDay: 31 });
    const restored = makeJournal();
    await restored.ok(['import', '-'], { input: doc, now: '2026-11-01' });
    expect(await restored.ok(['export', 'all'], { now: '2026-11-01' })).toBe(doc);
    expect(await restored.ok(['export', 'dates', '--format', 'ics'], { now: '2026-11-01' })).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=-1');
    expect(await restored.ok(['done', '1'], { now: '2026-11-30' })).toMatch(/next on 2026-12-31/);
  });

  it('a document read back refuses an anchor day its follow-up cannot keep, and one without it is a plain series', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'monthly report', '--on', '2026-11-30', '--every', '1m'], { now: '2026-11-01' });
    const doc = JSON.parse(await j.ok(['export', 'all'], { now: '2026-11-01' }));
    const withAnchor = (anchorDay: unknown, every = '1m', dueOn = '2026-11-30') => JSON.stringify({ ...doc, reminders: [{ ...doc.reminders[0], anchorDay, every, dueOn }] });
    for (const [input, problem] of [
      [withAnchor(31, '2w'), 'reminders[0].anchorDay: 31 is only for a follow-up that recurs by months or years'],
      [withAnchor(29), "reminders[0].anchorDay: 29 must be a day of the month from the due day's (30) to 31"],
      [withAnchor(31, '1m', '2026-12-30'), "reminders[0].anchorDay: 31 can differ from the due day's day of the month only when that is the month's last, and 2026-12-30 is not"],
      [withAnchor('31'), 'reminders[0].anchorDay: "31" is not a whole number'],
    ] as const) {
      const restored = makeJournal();
      const result = await restored.rel(['import', '-'], { input, now: '2026-11-01' });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(problem);
    }
    // Its own day as the anchor, or none at all (documents from before rel carried it): the due day's.
    for (const input of [withAnchor(30), JSON.stringify({ ...doc, reminders: [{ ...doc.reminders[0], anchorDay: undefined }] })]) {
      const restored = makeJournal();
      await restored.ok(['import', '-'], { input, now: '2026-11-01' });
      expect(await restored.ok(['done', '1'], { now: '2026-11-30' })).toMatch(/next on 2026-12-30/);
    }
  });

  it('at the end of the calendar: an error line, nothing written', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'last call', '--on', '9999-12-31', '--every', '1d'], { now: '9999-12-01' });
    expect(await expectRefused(j, ['done', '1'], 1, { now: '9999-12-31' })).toBe(
      'rel: reminder #1 has no next date before the end of the calendar rel keeps (9999-12-31); make it a one-off with rel reminder edit 1 --no-every, then rel done 1',
    );
  });
});
