// A recurring follow-up keeps its anchor day through rel done, snooze, reminder edit and undo
// (SPEC §3: monthly on the 31st goes Jan 31 → Feb 28 → Mar 31 → Apr 30).
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom, type TestJournal } from '../harness/journal.js';

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

  it('at the end of the calendar: an error line, nothing written', async () => {
    const j = await withJane();
    await j.ok(['remind', 'jane', 'last call', '--on', '9999-12-31', '--every', '1d'], { now: '9999-12-01' });
    expect(await expectRefused(j, ['done', '1'], 1, { now: '9999-12-31' })).toBe(
      'rel: reminder #1 has no next date before the end of the calendar rel keeps (9999-12-31); make it a one-off with rel reminder edit 1 --no-every, then rel done 1',
    );
  });
});
