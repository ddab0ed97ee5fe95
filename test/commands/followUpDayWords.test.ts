// A follow-up's day read as it is meant: a time of day said with it is kept in the text or refused,
// never dropped; "december" said in December is this one; a person's name given as the first
// argument of rel remind's text is refused; a customer's --since lists the forms it takes. Today
// is Sunday 6 December 2026.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom } from '../harness/journal.js';

interface ReminderJson {
  id: number;
  text: string;
  dueOn: string;
}

const NOW = '2026-12-06';

const withGina = journalFrom(
  async (j) => {
    await j.ok(['contact', 'add', 'Gina Ross']);
  },
  { now: NOW },
);

const withBells = journalFrom(
  async (j) => {
    await j.ok(['contact', 'add', 'Ann Bell']);
    await j.ok(['contact', 'add', 'Tom Bell']);
    await j.ok(['contact', 'add', 'Callum Grey']);
  },
  { now: NOW },
);

const due = async (j: Awaited<ReturnType<typeof withGina>>): Promise<string[][]> => (await j.json<ReminderJson[]>(['reminders', '--json'])).map((r) => [r.dueOn, r.text]);

describe('a time of day said with a follow-up’s day', () => {
  it('--follow-up keeps the day and puts the time, as written, at the front of the text', async () => {
    const j = await withGina();
    const follow = (text: string) => j.ok(['add', 'gina', '--note', 'rang', '--follow-up', text]);
    expect(await follow('friday 10:00: call back')).toContain('follow up 2026-12-11');
    expect(await follow('tomorrow at 3pm: call back')).toContain('follow up 2026-12-07');
    expect(await follow('monday 9am: ring Gina')).toContain('follow up 2026-12-07');
    expect(await follow('2026-12-11 10:00: call about renewal')).toContain('follow up 2026-12-11');
    expect(await follow('friday 15h')).toContain('follow up 2026-12-11');
    // A time in the text itself stays where it is.
    expect(await follow('tomorrow: call at 10:00')).toContain('follow up 2026-12-07');
    expect(await due(j)).toEqual([
      ['2026-12-07', 'at 3pm call back'],
      ['2026-12-07', '9am ring Gina'],
      ['2026-12-07', 'call at 10:00'],
      ['2026-12-11', '10:00 call back'],
      ['2026-12-11', '10:00 call about renewal'],
      ['2026-12-11', '15h rang'],
    ]);
  });

  it('rel remind --on, rel reminder edit --on and rel snooze --until refuse it, saying to put the time in the text', async () => {
    const j = await withGina();
    expect(await expectRefused(j, ['remind', 'gina', 'call', '--on', 'friday 10am'], 2)).toBe(
      'rel: --on: "friday 10am" says a time of day, and rel keeps days only: put the time in the text, rel remind gina "call at 10am" --on "friday"',
    );
    expect(await expectRefused(j, ['remind', 'gina', 'call', '--on', 'friday at 10:30'], 2)).toContain('rel remind gina "call at 10:30" --on "friday"');
    expect(await expectRefused(j, ['remind', 'gina', 'call', '--on', 'next monday at 9'], 2)).toBe(
      'rel: --on: "next monday at 9" says a time of day, and rel keeps days only: give the day alone and put the time in the text',
    );
    await j.ok(['remind', 'gina', 'call', '--on', 'friday']);
    expect(await expectRefused(j, ['reminder', 'edit', '1', '--on', 'monday 9am'], 2)).toBe(
      'rel: --on: "monday 9am" says a time of day, and rel keeps days only: give the day alone, "monday", and put "9am" in the text',
    );
    expect(await expectRefused(j, ['snooze', '1', '--until', 'tomorrow at 3pm'], 2)).toContain('"tomorrow at 3pm" says a time of day, and rel keeps days only');
  });
});

describe('a month named in that month', () => {
  it('"december" said on 6 December is this December: a follow-up due today, as --on 2026-12 is, not overdue and not next year', async () => {
    const j = await withGina();
    expect(await j.ok(['remind', 'gina', 'dec', '--on', 'december'])).toBe('reminder 1: dec — Gina Ross, due 2026-12-06\n');
    expect(await j.ok(['remind', 'gina', 'dec', '--on', '2026-12'])).toBe('reminder 2: dec — Gina Ross, due 2026-12-06\n');
    expect(await j.ok(['add', 'gina', '--note', 'x', '--follow-up', 'december: renew'])).toContain('follow up 2026-12-06');
    // Another month is still the next one, on its first day.
    expect(await j.ok(['remind', 'gina', 'jun', '--on', 'june'])).toContain('due 2027-06-01');
    expect(await j.ok(['remind', 'gina', 'nov', '--on', 'november'])).toContain('due 2027-11-01');
  });

  it('a snooze, which must end after today, goes to next December; rel log --since december is from 1 December', async () => {
    const j = await withGina();
    await j.ok(['add', 'gina', '--note', 'old', '--on', '2026-11-30']);
    await j.ok(['add', 'gina', '--note', 'new', '--on', '2026-12-02']);
    await j.ok(['remind', 'gina', 'call', '--on', 'friday']);
    expect(await j.ok(['snooze', '1', '--until', 'december'])).toContain('snoozed until 2027-12-01');
    expect(await j.ok(['log', '--since', 'december'])).not.toContain('old');
    expect(await j.ok(['log', '--since', 'december'])).toContain('new');
  });
});

describe('rel remind with another person as the first argument of the text', () => {
  it('refuses a whole name, or a text that is only one person’s name, and writes nothing', async () => {
    const j = await withBells();
    expect(await expectRefused(j, ['remind', 'Ann Bell', 'Tom Bell', 'call both', '--on', 'friday'], 2)).toBe(
      'rel: "Tom Bell" is Tom Bell (#2), another person: a follow-up is for one person; for each, write rel remind "Ann Bell" "call both" --on "friday" and rel remind "Tom Bell" "call both" --on "friday"; if the name is part of what to do, give the text as one argument: rel remind "Ann Bell" "Tom Bell call both" --on "friday"',
    );
    expect(await expectRefused(j, ['remind', 'ann', 'tom', '--on', 'friday'], 2)).toBe(
      'rel: "tom" is Tom Bell (#2), another person: a follow-up is for one person, and its text says what to do: write it for each, e.g. rel remind "Ann Bell" "what to do" --on "friday" and rel remind "Tom Bell" "what to do" --on "friday"',
    );
  });

  it('takes the text given as one argument, and texts whose first word only starts a name or is a number', async () => {
    const j = await withBells();
    await j.ok(['remind', 'Ann Bell', 'Tom Bell call both', '--on', 'friday']);
    await j.ok(['remind', 'ann', 'call', 'both', '--on', 'friday']);
    await j.ok(['remind', 'ann', 'call', '--on', 'friday']);
    await j.ok(['remind', 'ann', '2', 'boxes', '--on', 'friday']);
    expect((await j.json<ReminderJson[]>(['reminders', '--json'])).map((r) => r.text)).toEqual(['Tom Bell call both', 'call both', 'call', '2 boxes']);
  });
});

describe('a customer’s --since (rel contact add, rel edit)', () => {
  it('lists the forms it takes, MM-DD among them, and refuses a month alone', async () => {
    const j = await withGina();
    const forms = 'use YYYY-MM-DD, MM-DD (the last one), today, yesterday, a weekday, or a phrase such as "last tuesday", "2 weeks ago"';
    expect(await expectRefused(j, ['edit', 'gina', '--since', '2020-13-05'], 2)).toBe(`rel: --since: "2020-13-05" is not a real calendar day; ${forms}`);
    expect(await expectRefused(j, ['edit', 'gina', '--since', '2024-05'], 2)).toBe(`rel: --since: "2024-05" gives only a month; this needs the day; ${forms}`);
    await j.ok(['edit', 'gina', '--since', '05-01']);
    expect((await j.json(['show', 'gina', '--json'])).person).toMatchObject({ customerSince: '2026-05-01' });
  });
});
