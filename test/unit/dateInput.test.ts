// What people type as dates, with an injected "today": Monday 23 November 2026.
import { afterEach, describe, expect, it } from 'vitest';
import { DATE_FORMS, dateAtAnEnd, dateForms, DateInputError, parseDateInput, parseDay, parsePlainDate, readStoredDate, storeDate, type DateInputOptions } from '../../src/domain/dateInput.js';
import { parsePhrase } from '../../src/domain/datePhrase.js';

const TODAY = '2026-11-23'; // a Monday
const future: DateInputOptions = { today: TODAY, prefer: 'future' };
const past: DateInputOptions = { today: TODAY, prefer: 'past' };
const day = (text: string, opts: DateInputOptions = future) => parseDay(text, opts);

describe('ISO days', () => {
  it('reads YYYY-MM-DD, with or without leading zeros', async () => {
    expect(await day('2027-03-15')).toBe('2027-03-15');
    expect(await day(' 2027-3-5 ')).toBe('2027-03-05');
    expect(await day('2028-02-29')).toBe('2028-02-29');
  });

  it.each(['2026-02-30', '2026-13-45', '2027-02-29', '2026-04-31', '2026-00-10', '2026-01-00'])('refuses the impossible day %s', async (text) => {
    await expect(day(text, { ...future, label: '--on' })).rejects.toThrow(`--on: "${text}" is not a real calendar day; use ${dateForms(future)}`);
  });
});

describe('MM-DD', () => {
  it('is a yearly date where the field allows one', async () => {
    const yearless: DateInputOptions = { ...past, allow: ['yearless'] };
    expect(await parseDateInput('03-15', yearless)).toEqual({ kind: 'yearless', monthDay: '03-15' });
    expect(await parseDateInput('2-29', yearless)).toEqual({ kind: 'yearless', monthDay: '02-29' });
    expect(await parseDateInput('--12-24', yearless)).toEqual({ kind: 'yearless', monthDay: '12-24' });
  });

  it('is the nearest such day in the preferred direction where a year is needed', async () => {
    expect(await day('03-15', future)).toBe('2027-03-15');
    expect(await day('03-15', past)).toBe('2026-03-15');
    expect(await day('12-01', future)).toBe('2026-12-01');
    expect(await day('12-01', past)).toBe('2025-12-01');
    expect(await day('11-23', future)).toBe(TODAY);
    expect(await day('11-23', past)).toBe(TODAY);
  });

  it('finds the nearest 29 February in a leap year', async () => {
    expect(await day('02-29', future)).toBe('2028-02-29');
    expect(await day('02-29', past)).toBe('2024-02-29');
  });

  it('refuses a day no year has', async () => {
    await expect(parseDateInput('02-30', { ...past, allow: ['yearless'] })).rejects.toThrow('"02-30" is not a real calendar day');
    await expect(day('13-01')).rejects.toThrow('is not a real calendar day');
  });
});

describe('YYYY-MM', () => {
  it('is a month where the field allows it', async () => {
    expect(await parseDateInput('2027-03', { ...future, allow: ['month'] })).toEqual({ kind: 'month', month: '2027-03' });
    expect(await parseDateInput('2027-3', { ...future, allow: ['month', 'yearless'] })).toEqual({ kind: 'month', month: '2027-03' });
  });

  it('is refused where a day is needed, or when the month does not exist', async () => {
    await expect(parseDateInput('2027-03', future)).rejects.toThrow('"2027-03" gives only a month; this needs the day');
    await expect(day('2027-03')).rejects.toThrow('gives only a month');
    await expect(parseDateInput('2027-13', { ...future, allow: ['month'] })).rejects.toThrow('"2027-13" is not a real month');
  });

  it('is its first day in a day field that reads a month so (a follow-up, a --since), whichever way the field looks', async () => {
    const follow = { ...future, monthAsFirstDay: true, label: '--follow-up' };
    expect(await day('2027-06', follow)).toBe('2027-06-01');
    expect(await day('2027-6', follow)).toBe('2027-06-01');
    expect(await day('2026-05', { ...past, monthAsFirstDay: true })).toBe('2026-05-01');
    // The month "june" names, said on 23 November 2026: the same day.
    expect(await day('june', follow)).toBe(await day('2027-06', follow));
    await expect(day('2027-13', follow)).rejects.toThrow(`--follow-up: "2027-13" is not a real month; use ${dateForms(follow)}`);
    await expect(day('0000-06', follow)).rejects.toThrow('"0000-06" is outside the calendar rel keeps');
  });
});

describe('words', () => {
  it('today, now, tomorrow, yesterday in any case', async () => {
    expect(await day('today')).toBe(TODAY);
    expect(await day('now')).toBe(TODAY);
    expect(await day('Tomorrow')).toBe('2026-11-24');
    expect(await day(' YESTERDAY ')).toBe('2026-11-22');
    expect(await day('tomorrow', { today: '2026-12-31', prefer: 'past' })).toBe('2027-01-01');
    expect(await day('yesterday', { today: '2028-03-01', prefer: 'past' })).toBe('2028-02-29');
  });

  it('a bare weekday points the way the field prefers; today counts as itself', async () => {
    expect(await day('friday', future)).toBe('2026-11-27');
    expect(await day('friday', past)).toBe('2026-11-20');
    expect(await day('fri', future)).toBe('2026-11-27');
    expect(await day('sunday', future)).toBe('2026-11-29');
    expect(await day('sunday', past)).toBe('2026-11-22');
    expect(await day('monday', future)).toBe(TODAY);
    expect(await day('monday', past)).toBe(TODAY);
    expect(await day('on tuesday', past)).toBe('2026-11-17');
  });

  it("in a field that must be after today (a snooze, a pause), today's weekday is next week's", async () => {
    const afterToday = { ...future, afterToday: true };
    expect(await day('monday', afterToday)).toBe('2026-11-30');
    expect(await day('mon', afterToday)).toBe('2026-11-30');
    expect(await day('tuesday', afterToday)).toBe('2026-11-24');
    expect(await day('today', afterToday)).toBe(TODAY); // said as today: the field refuses it
  });

  it('"next" and "last" skip today; "next friday" is the coming one, whatever the field prefers', async () => {
    expect(await day('next friday', past)).toBe('2026-11-27');
    expect(await day('next monday', future)).toBe('2026-11-30');
    expect(await day('last tuesday', future)).toBe('2026-11-17');
    expect(await day('last monday', past)).toBe('2026-11-16');
    expect(await day('this friday', past)).toBe('2026-11-27');
  });
});

describe('phrases (chrono-node)', () => {
  it('reads "in 2 weeks", "3 days ago" and friends from today', async () => {
    expect(await day('in 2 weeks')).toBe('2026-12-07');
    expect(await day('in 1 week')).toBe('2026-11-30');
    expect(await day('3 days ago', past)).toBe('2026-11-20');
    expect(await day('a week ago', past)).toBe('2026-11-16');
    expect(await day('next week')).toBe('2026-11-30');
    expect(await day('in two weeks')).toBe('2026-12-07');
  });

  it('parsePhrase itself: the whole text must be one date', () => {
    expect(parsePhrase('in 2 weeks', TODAY, 'future')).toBe('2026-12-07');
    expect(parsePhrase('3 days ago', TODAY, 'past')).toBe('2026-11-20');
    expect(parsePhrase('last tuesday', TODAY, 'past')).toBe('2026-11-17');
    expect(parsePhrase('next friday or so', TODAY, 'future')).toBeUndefined();
    expect(parsePhrase('call her in 2 weeks', TODAY, 'future')).toBeUndefined();
    expect(parsePhrase('gibberish', TODAY, 'future')).toBeUndefined();
  });

  describe('in any time zone', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it.each([
      ['Pacific/Kiritimati', -840],
      ['Pacific/Pago_Pago', 660],
      ['America/New_York', 300],
      ['Europe/Berlin', -60],
    ])('%s gives the same days, across a DST change', (zone, offset) => {
      process.env.TZ = zone;
      expect(new Date('2026-11-23T00:00:00Z').getTimezoneOffset()).toBe(offset); // the zone is in force
      expect(parsePhrase('in 2 weeks', '2026-10-25', 'future')).toBe('2026-11-08');
      expect(parsePhrase('3 days ago', '2026-03-30', 'past')).toBe('2026-03-27');
      expect(parsePhrase('in 1 week', TODAY, 'future')).toBe('2026-11-30');
    });
  });
});

describe('days counted from today, read without chrono', () => {
  const PHRASES = [
    'in 1 week', 'in 2 weeks', 'in a week', 'in two weeks', 'in 3 days', 'in a day', 'in 10 days', 'within 2 weeks', 'in 1 month', 'in a month', 'in 2 months',
    'in twelve months', 'in 1 year', 'in a year', 'next week', 'next month', 'next year', 'last week', 'last month', 'last year', '2 weeks ago', 'a week ago',
    '3 days ago', '1 month ago', '2 years ago', 'a month from now', '2 weeks from now', 'In 2  Weeks',
  ];
  const days: string[] = [];
  for (let year = 2026; year <= 2028; year++) for (let month = 1; month <= 12; month++) for (const dayOfMonth of [1, 9, 17, 28]) days.push(`${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`);

  it('gives the day chrono gives, on every day of the month up to the 28th', () => {
    for (const today of days) {
      for (const phrase of PHRASES) {
        const plain = parsePlainDate(phrase, { today, prefer: 'future' });
        expect(plain, `${phrase} on ${today}`).toEqual({ kind: 'day', day: parsePhrase(phrase.toLowerCase(), today, 'future') });
      }
    }
  });

  it('ends a month counted from the 31st on the last day of a shorter month, as recurrences do', () => {
    expect(parsePlainDate('in 1 month', { today: '2026-01-31', prefer: 'future' })).toEqual({ kind: 'day', day: '2026-02-28' });
    expect(parsePlainDate('next month', { today: '2028-01-30', prefer: 'future' })).toEqual({ kind: 'day', day: '2028-02-29' });
    expect(parsePlainDate('last month', { today: '2026-03-31', prefer: 'past' })).toEqual({ kind: 'day', day: '2026-02-28' });
    expect(parsePlainDate('in a year', { today: '2028-02-29', prefer: 'future' })).toEqual({ kind: 'day', day: '2029-02-28' });
  });
});

describe('days written with / or .', () => {
  it.each([
    ['15/12/2026', '2026-12-15'],
    ['12/15/2026', '2026-12-15'],
    ['15.12.2026', '2026-12-15'],
    ['1.2.2027', '2027-02-01'],
    ['2027/2/1', '2027-02-01'],
    ['5/5/2027', '2027-05-05'],
  ])('reads %j: a slash date is day-first when its first number is no month, month-first when its second is none; dots are day-first', async (text, expected) => {
    expect(await day(text)).toBe(expected);
  });

  it('without a year, is a yearly date where the field takes one, else the nearest such day', async () => {
    expect(await parseDateInput('15/03', { ...past, allow: ['yearless'], phrases: false })).toEqual({ kind: 'yearless', monthDay: '03-15' });
    expect(await day('25/12', future)).toBe('2026-12-25');
    expect(await day('12/25', past)).toBe('2025-12-25');
    expect(await day('15.12', future)).toBe('2026-12-15');
  });

  it('refuses one that reads two ways, with both readings, and an impossible day', async () => {
    await expect(day('05/06/2027', { ...future, label: '--on' })).rejects.toThrow(`--on: "05/06/2027" could be 6 May or 5 June; use ${dateForms(future)}`);
    await expect(day('3/4', { ...future, label: '--on' })).rejects.toThrow('could be 4 March or 3 April');
    await expect(day('31/02/2027', { ...future, label: '--on' })).rejects.toThrow(`--on: "31/02/2027" is not a real calendar day; use ${dateForms(future)}`);
    await expect(day('13/13', future)).rejects.toThrow('is not a real calendar day');
  });
});

describe('a day said at an end of a text', () => {
  it.each([
    ['call tomorrow', { date: 'tomorrow', rest: 'call' }],
    ['call back next week', { date: 'next week', rest: 'call back' }],
    ['send the catalog on friday', { date: 'on friday', rest: 'send the catalog' }],
    ['in 2 weeks send the catalog', { date: 'in 2 weeks', rest: 'send the catalog' }],
    ['2027-03-01 renew the contract', { date: '2027-03-01', rest: 'renew the contract' }],
  ])('finds it in %j', async (text, expected) => {
    expect(await dateAtAnEnd(text, future)).toEqual(expected);
  });

  it('looks at the last words only when asked: a name after which a day was said', async () => {
    expect(await dateAtAnEnd('ann lee friday', future, 'last')).toEqual({ date: 'friday', rest: 'ann lee' });
    expect(await dateAtAnEnd('tomorrow call back', future, 'last')).toBeUndefined();
  });

  it.each(['send 2 samples', 'call back', 'tomorrow', ''])('finds none in %j (never the whole text)', async (text) => {
    expect(await dateAtAnEnd(text, future)).toBeUndefined();
  });
});

describe('rubbish', () => {
  it.each(['whenever', 'the day after the party', '12/25/26', '2026-11-23-01', '31.12.26', '1/2/3', '', '   ', 'next friday or so'])(
    'refuses %j and lists the accepted forms',
    async (text) => {
      const attempt = parseDay(text, { ...future, label: '--follow-up' });
      await expect(attempt).rejects.toBeInstanceOf(DateInputError);
      await expect(parseDay(text, { ...future, label: '--follow-up' })).rejects.toThrow(`--follow-up: "${text}" is not a date; use ${dateForms(future)}`);
    },
  );

  it.each(['in 9999 years', '10000 years ago', 'in 8000 years'])('refuses %j, a phrase beyond the years 0001-9999 a day is written in', async (text) => {
    await expect(parseDay(text, { ...past, label: '--on' })).rejects.toThrow(`--on: "${text}" is outside the calendar rel keeps (years 1 to 9999); use ${dateForms(past)}`);
  });

  it('DATE_FORMS names every accepted form', () => {
    for (const form of ['YYYY-MM-DD', 'MM-DD', 'YYYY-MM', 'today', 'tomorrow', 'yesterday', 'weekday', 'in 2 weeks', 'next friday', 'last tuesday']) {
      expect(DATE_FORMS).toContain(form);
    }
  });

  it('parsePlainDate leaves phrases to the phrase parser and refuses digit soup itself', () => {
    expect(parsePlainDate('next weekend', future)).toBeUndefined();
    expect(parsePlainDate('in 1000 years', future)).toBeUndefined();
    expect(() => parsePlainDate('12/25/26', future)).toThrow(DateInputError);
  });
});

describe('stored forms', () => {
  it('round-trips days, months and yearless dates', () => {
    for (const value of [
      { kind: 'day', day: '2027-03-15' },
      { kind: 'month', month: '2027-03' },
      { kind: 'yearless', monthDay: '02-29' },
    ] as const) {
      expect(readStoredDate(storeDate(value))).toEqual(value);
    }
    expect(storeDate({ kind: 'yearless', monthDay: '06-12' })).toBe('--06-12');
  });
});
