// Calendar days as plain strings: weekdays, leap years, and day arithmetic with no time zone in it.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, dayNumber, daysBetween, daysInMonth, fromDayNumber, isDay, isLeapYear, isValidDate, localDay, makeDay, monthName, splitDay, weekday } from '../../src/domain/calendar.js';

describe('weekday', () => {
  it.each([
    ['1970-01-01', 4],
    ['1969-12-31', 3],
    ['2026-11-23', 1],
    ['2026-11-29', 0],
    ['2000-02-29', 2],
    ['2028-02-29', 2],
    ['1900-01-01', 1],
  ])('%s is day %i of the week', (day, expected) => {
    expect(weekday(day)).toBe(expected);
  });
});

describe('leap years', () => {
  it('follows the Gregorian rule', () => {
    expect([2024, 2028, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2026, 2027, 1900, 2100].map(isLeapYear)).toEqual([false, false, false, false]);
  });

  it('gives February its days', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
    expect(daysInMonth(2026, 13)).toBe(0);
  });

  it('checks dates', () => {
    expect(isValidDate(2028, 2, 29)).toBe(true);
    expect(isValidDate(2026, 2, 29)).toBe(false);
    expect(isValidDate(2026, 0, 1)).toBe(false);
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-2-28')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('counts days between, across month, year and leap day', () => {
    expect(daysBetween('2026-11-23', '2026-11-30')).toBe(7);
    expect(daysBetween('2026-11-30', '2026-11-23')).toBe(-7);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('adds days and months', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('1970-01-01', -1)).toBe('1969-12-31');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2026-11-30', -9)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-11-23', 14)).toBe('2028-01-23');
  });

  it('day numbers round-trip', () => {
    for (const day of ['1970-01-01', '1969-07-20', '2000-02-29', '2026-11-23', '9999-12-31']) expect(fromDayNumber(dayNumber(day))).toBe(day);
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('day numbers give the days that day arithmetic gives, and stop at the ends of the calendar', () => {
    const first = dayNumber('0001-01-01');
    const last = dayNumber('9999-12-31');
    const numbers = [first - 400, first - 1, last + 1, last + 400];
    for (let n = first; n <= last; n += 397) numbers.push(n);
    for (let n = dayNumber('1968-12-01'); n <= dayNumber('1972-03-31'); n++) numbers.push(n);
    for (let n = last - 800; n <= last; n++) numbers.push(n, first + (last - n));
    for (const n of numbers) expect(fromDayNumber(n), `day ${n}`).toBe(addDays('1970-01-01', n));
    expect(fromDayNumber(first - 1)).toBe('0001-01-01');
    expect(fromDayNumber(last + 1)).toBe('9999-12-31');
  });

  it('builds and splits days', () => {
    expect(makeDay(987, 3, 4)).toBe('0987-03-04');
    expect(splitDay('2026-11-23')).toEqual([2026, 11, 23]);
    expect(() => splitDay('23/11/2026')).toThrow('not a calendar day');
    expect(monthName(3)).toBe('March');
  });

  describe('has no time zone in it', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it.each(['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'UTC'])('%s: DST changes do not shift a day', (zone) => {
      process.env.TZ = zone;
      // US DST starts 2026-03-08, EU 2026-03-29, Lord Howe's half-hour change 2026-04-05.
      expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
      expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
      expect(daysBetween('2026-04-04', '2026-04-06')).toBe(2);
      expect(addDays('2026-10-31', 2)).toBe('2026-11-02');
      expect(weekday('2026-03-08')).toBe(0);
    });
  });
});

describe('localDay', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('is the calendar day where the clock is read (TZ)', () => {
    const instant = new Date('2026-11-24T04:30:00Z');
    process.env.TZ = 'UTC';
    expect(localDay(instant)).toBe('2026-11-24');
    process.env.TZ = 'America/New_York';
    expect(localDay(instant)).toBe('2026-11-23');
    process.env.TZ = 'Pacific/Kiritimati';
    expect(localDay(new Date('2026-11-23T11:00:00Z'))).toBe('2026-11-24');
  });
});

describe('reading a day', () => {
  // What the days were read by before they were read digit by digit.
  const ISO_DAY = /^(\d{4,5})-(\d{2})-(\d{2})$/;
  const byPattern = (text: string): [number, number, number] | undefined => {
    const m = ISO_DAY.exec(text);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
  };
  const parts = (text: string): [number, number, number] | undefined => {
    try {
      return splitDay(text);
    } catch {
      return undefined;
    }
  };
  // Texts shaped like a day, most of them one: runs of digits, seldom with what is almost one
  // (':' follows '9'), of four (or two to six), two and two (or one to three) characters, between
  // dashes and, seldom, what is almost one.
  const seldom = <T>(usual: fc.Arbitrary<T>, other: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: usual }, { weight: 1, arbitrary: other });
  const digitLike = seldom(fc.constantFrom(...'0123456789'), fc.constantFrom(':', '/', '١', '１', 'a', ' '));
  const run = (min: number, max: number) => fc.array(digitLike, { minLength: min, maxLength: max }).map((chars) => chars.join(''));
  const part = (length: number, around: number) => seldom(run(length, length), run(length - around, length + around));
  const dash = seldom(fc.constant('-'), fc.constantFrom('/', '.', '', '−'));
  const nearDay = fc.tuple(part(4, 2), dash, part(2, 1), dash, part(2, 1), seldom(fc.constant(''), fc.constantFrom('\n', ' '))).map((bits) => bits.join(''));

  it('reads the same year, month and day as a pattern of digits and dashes would, and refuses the same texts', () => {
    fc.assert(
      fc.property(fc.oneof(nearDay, fc.string({ maxLength: 12 }), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))), (text) => {
        expect(parts(text)).toEqual(byPattern(text));
        const m = byPattern(text);
        expect(isDay(text)).toBe(m !== undefined && isValidDate(m[0], m[1], m[2]));
      }),
      { numRuns: 5000 },
    );
    expect(splitDay('10000-01-01')).toEqual([10000, 1, 1]);
    expect(isDay('2026-02-29')).toBe(false);
    expect(() => splitDay('2026-11-2')).toThrow('not a calendar day: 2026-11-2');
  });
});
