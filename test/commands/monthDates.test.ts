// A month alone (YYYY-MM) where a day is needed: a follow-up known only to the month is due on its
// first day, as "june" is (rel add --follow-up, rel remind, rel reminder edit, rel snooze); a
// pause given a month ends on its first day (rel pause --until); a --since of a month keeps what is from its first day on (rel log, rel export). Today is Monday
// 23 November 2026.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom } from '../harness/journal.js';

interface ReminderJson {
  id: number;
  text: string;
  dueOn: string;
  snoozedUntil: string | null;
}

const withJane = journalFrom(async (j) => {
  await j.ok(['contact', 'add', 'Jane Doe']);
});

const history = journalFrom(async (j) => {
  await j.ok(['add', 'Jane Doe', '--note', 'september', '--on', '2026-09-30']);
  await j.ok(['add', 'jane', '--note', 'first of october', '--on', '2026-10-01']);
  await j.ok(['add', 'jane', '--note', 'november', '--on', '2026-11-02']);
});

describe('a follow-up known only to the month', () => {
  it('rel add --follow-up "2027-06: ..." is due on 1 June 2027, as "june: ..." is', async () => {
    const j = await withJane();
    expect(await j.ok(['add', 'jane', '--note', 'hi', '--follow-up', 'june: renew the policy'])).toContain('follow up 2027-06-01');
    expect(await j.ok(['add', 'jane', '--note', 'hi', '--follow-up', '2027-06: renew the policy'])).toContain('follow up 2027-06-01');
    expect(await j.ok(['add', 'jane', '--note', 'hi', '--follow-up', '2027-07'])).toContain('follow up 2027-07-01');
    const due = (await j.json<ReminderJson[]>(['reminders', '--json'])).map((r) => [r.dueOn, r.text]);
    expect(due).toEqual([
      ['2027-06-01', 'renew the policy'],
      ['2027-06-01', 'renew the policy'],
      ['2027-07-01', 'hi'],
    ]);
  });

  it('rel remind --on, rel reminder edit --on and rel snooze --until read it the same way', async () => {
    const j = await withJane();
    expect(await j.ok(['remind', 'jane', 'renew', '--on', '2027-06'])).toBe('reminder 1: renew — Jane Doe, due 2027-06-01\n');
    expect(await j.ok(['reminder', 'edit', '1', '--on', '2027-07'])).toContain('due 2027-07-01');
    expect(await j.ok(['snooze', '1', '--until', '2027-08'])).toBe('snoozed until 2027-08-01: renew — Jane Doe\n');
    expect(await j.json<ReminderJson[]>(['reminders', '--json'])).toMatchObject([{ dueOn: '2027-07-01', snoozedUntil: '2027-08-01' }]);
  });

  it('an impossible month, or a snooze to this month (its first day is past), is refused and writes nothing', async () => {
    const j = await withJane();
    expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--follow-up', '2027-13: renew'], 2)).toBe(
      'rel: --follow-up: "2027-13" is not a real month; use YYYY-MM-DD, YYYY-MM (its first day), today, tomorrow, a weekday, or a phrase such as "in 2 weeks", "next friday"',
    );
    expect(await expectRefused(j, ['remind', 'jane', 'renew', '--on', 'whenever'], 2)).toContain('use YYYY-MM-DD, YYYY-MM (its first day), today');
    await j.ok(['remind', 'jane', 'renew', '--on', 'friday']);
    expect(await expectRefused(j, ['snooze', '1', '--until', '2026-11'], 2)).toBe('rel: --until 2026-11-01 is not after today (2026-11-23); snooze to a later day');
  });
});

describe('--since a month', () => {
  it('rel log --since 2026-10 lists what is from 1 October on', async () => {
    const j = await history();
    const notes = async (...args: string[]) => (await j.json<Array<{ note: string }>>(['log', '--json', ...args])).map((v) => v.note);
    expect(await notes('--since', '2026-10')).toEqual(['november', 'first of october']);
    expect(await notes('--since', '2026-11')).toEqual(['november']);
    expect(await notes('--since', '2026-9')).toEqual(['november', 'first of october', 'september']);
  });

  it('rel export --since 2026-10 keeps the same', async () => {
    const j = await history();
    const notes = async (since: string) => (await j.json<Array<{ note: string }>>(['export', 'conversations', '--since', since, '--format', 'json'])).map((v) => v.note);
    expect(await notes('2026-10')).toEqual(await notes('2026-10-01'));
    expect(await notes('2026-10')).toEqual(['first of october', 'november']);
  });

  it('a --since refused lists every form it takes: MM-DD and YYYY-MM among them', async () => {
    const j = await history();
    const forms = 'use YYYY-MM-DD, YYYY-MM (its first day), MM-DD (the last one), today, yesterday, a weekday, or a phrase such as "last tuesday", "2 weeks ago"';
    expect(await expectRefused(j, ['log', '--since', 'whenever'], 2)).toBe(`rel: --since: "whenever" is not a date; ${forms}`);
    expect(await expectRefused(j, ['log', '--since', '2026-13'], 2)).toBe(`rel: --since: "2026-13" is not a real month; ${forms}`);
    expect(await expectRefused(j, ['export', 'conversations', '--since', 'whenever'], 2)).toBe(`rel: --since: "whenever" is not a date; ${forms}`);
    // The MM-DD it lists: the last 1 October.
    expect((await j.json<Array<{ note: string }>>(['log', '--json', '--since', '10-01'])).map((v) => v.note)).toEqual(['november', 'first of october']);
  });
});

describe('the end of a pause given a month', () => {
  it('rel pause NAME --until 2027-06 pauses until 1 June 2027', async () => {
    const j = await withJane();
    expect(await j.ok(['pause', 'jane', '--until', '2027-06'])).toBe('paused Jane Doe until 2027-06-01: no drifting reminders till then\n');
    expect((await j.json<{ person: { pausedUntil: string } }>(['show', 'jane', '--json'])).person.pausedUntil).toBe('2027-06-01');
  });

  it('a pause refused lists YYYY-MM among its forms; this month (its first day is past) is not after today', async () => {
    const j = await withJane();
    expect(await expectRefused(j, ['pause', 'jane', '--until', 'whenever'], 2)).toBe(
      'rel: --until: "whenever" is not a date; use YYYY-MM-DD, YYYY-MM (its first day), tomorrow, a weekday, or a phrase such as "in 2 weeks", "next friday"',
    );
    expect(await expectRefused(j, ['pause', 'jane', '--until', '2027-13'], 2)).toContain('"2027-13" is not a real month; use YYYY-MM-DD, YYYY-MM (its first day), tomorrow');
    expect(await expectRefused(j, ['pause', 'jane', '--until', '2026-11'], 2)).toBe('rel: --until 2026-11-01 is not after today (2026-11-23); pause until a later day');
  });
});
