import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, isLeapYear, splitDay } from '../../src/domain/calendar.js';
import {
  birthdayText, customerText, monthSpan, monthStatus, monthText, nextYearly, nextYearlyMonth, observedDay, ordinal, pastTense, readYearlyDate, whenText,
  yearlyDatesWithin, yearlyDetailText,
} from '../../src/domain/milestones.js';

const leapDay = { month: 2, day: 29 };

describe('readYearlyDate', () => {
  it('reads a full day, keeping it as the origin', () => {
    expect(readYearlyDate('1986-06-11')).toEqual({ monthDay: { month: 6, day: 11 }, origin: '1986-06-11', year: 1986 });
  });
  it('reads a date without a year (vCard --MM-DD)', () => {
    expect(readYearlyDate('--01-03')).toEqual({ monthDay: { month: 1, day: 3 }, origin: null, year: null });
  });
  it('accepts 29 February without a year', () => {
    expect(readYearlyDate('--02-29')).toEqual({ monthDay: leapDay, origin: null, year: null });
  });
  it('rejects impossible days, months and typos', () => {
    for (const bad of ['--02-30', '--13-01', '2027-02-29', '2027-03', 'soon', '']) expect(readYearlyDate(bad)).toBeUndefined();
  });
});

describe('observedDay and nextYearly', () => {
  it('observes 29 February on 29 February in a leap year', () => {
    expect(observedDay(2028, leapDay)).toBe('2028-02-29');
  });
  it('observes 29 February on 28 February in a common year', () => {
    expect(observedDay(2027, leapDay)).toBe('2027-02-28');
    expect(observedDay(2100, leapDay)).toBe('2100-02-28'); // 2100 is not a leap year
  });
  it('counts the start day itself (on or after)', () => {
    expect(nextYearly({ month: 6, day: 10 }, '2026-06-10')).toBe('2026-06-10');
  });
  it('moves to next year once this year’s date has passed', () => {
    expect(nextYearly({ month: 6, day: 9 }, '2026-06-10')).toBe('2027-06-09');
  });
  it('wraps across the new year', () => {
    expect(nextYearly({ month: 1, day: 3 }, '2026-12-28')).toBe('2027-01-03');
    expect(daysBetween('2026-12-28', nextYearly({ month: 1, day: 3 }, '2026-12-28'))).toBe(6);
  });
  it('finds 29 February in a leap year and 28 February in a common one', () => {
    expect(nextYearly(leapDay, '2028-02-01')).toBe('2028-02-29');
    expect(nextYearly(leapDay, '2027-02-01')).toBe('2027-02-28');
    expect(nextYearly(leapDay, '2027-02-28')).toBe('2027-02-28');
    expect(nextYearly(leapDay, '2027-03-01')).toBe('2028-02-29');
  });
  it('always lands on or after the start, less than a year and a day later, on the same date or its observance', () => {
    const days = fc.integer({ min: -25_000, max: 45_000 }).map(fromDayNumber); // 1901 … 2093
    const monthDays = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }).filter((md) => readYearlyDate(`--${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`) !== undefined);
    fc.assert(
      fc.property(days, monthDays, (from, md) => {
        const next = nextYearly(md, from);
        expect(next >= from).toBe(true);
        expect(daysBetween(from, next)).toBeLessThan(366);
        const [year, month, day] = splitDay(next);
        const observedLeapDay = md.month === 2 && md.day === 29 && !isLeapYear(year);
        expect([month, day]).toEqual(observedLeapDay ? [2, 28] : [md.month, md.day]);
        expect(nextYearly(md, addDays(next, 1)) > next).toBe(true);
      }),
    );
  });
});

describe('yearlyDatesWithin (the quick test that skips far-off yearly dates)', () => {
  it('holds the month-days observed within the days ahead, across the new year', () => {
    const soon = yearlyDatesWithin('2026-12-28', 14);
    expect(soon.size).toBe(15);
    for (const md of ['12-28', '12-31', '01-03', '01-11']) expect(soon.has(md)).toBe(true);
    for (const md of ['12-27', '01-12']) expect(soon.has(md)).toBe(false);
  });
  it('holds 29 February when 28 February is within the days ahead of a common year, not of a leap year', () => {
    expect(yearlyDatesWithin('2027-02-27', 1).has('02-29')).toBe(true);
    expect(yearlyDatesWithin('2028-02-27', 1).has('02-29')).toBe(false);
    expect(yearlyDatesWithin('2028-02-27', 2).has('02-29')).toBe(true);
  });
  it('agrees with nextYearly for any day and look-ahead', () => {
    const days = fc.integer({ min: 0, max: 30_000 }).map(fromDayNumber);
    const monthDays = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 29 }) });
    fc.assert(
      fc.property(days, fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 300, max: 400 })), monthDays, (from, ahead, md) => {
        const key = `${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;
        expect(yearlyDatesWithin(from, ahead).has(key)).toBe(daysBetween(from, nextYearly(md, from)) <= ahead);
      }),
      { numRuns: 400 },
    );
  });
});

describe('years and words', () => {
  it('says when in plain words', () => {
    expect([0, 1, 6, -1, -3].map(whenText)).toEqual(['today', 'tomorrow', 'in 6 days', 'yesterday', '3 days ago']);
  });
  it('says the age when the birth year is known, and only then', () => {
    expect(birthdayText(40, 1)).toBe('turns 40 tomorrow');
    expect(birthdayText(null, 6)).toBe('birthday in 6 days');
    expect(birthdayText(0, 0)).toBe('birthday today');
  });
  it('says the years as a customer', () => {
    expect(customerText(3, 0)).toBe('3 years a customer today');
    expect(customerText(1, 6)).toBe('1 year a customer in 6 days');
  });
  it('counts the years since a yearly detail given with its year', () => {
    expect(yearlyDetailText('wedding', 11, 3)).toBe('11 years since the wedding in 3 days');
    expect(yearlyDetailText('wedding', 11, 0)).toBe('11 years since the wedding today');
    expect(yearlyDetailText('shop opened', 1, 1)).toBe('1 year since the shop opened tomorrow');
    expect(yearlyDetailText('our first date', 5, 0)).toBe('5 years since our first date today');
    expect(yearlyDetailText("Peter's knee surgery", 2, 6)).toBe("2 years since Peter's knee surgery in 6 days");
    expect(yearlyDetailText('anniversary', 16, 3)).toBe('16th anniversary in 3 days');
    expect(yearlyDetailText('Wedding Anniversary', 21, 0)).toBe('21st Wedding Anniversary today');
    // Its first day, or no year: as it is.
    expect(yearlyDetailText('wedding', 0, 0)).toBe('wedding today');
    expect(yearlyDetailText('wedding', null, 3)).toBe('wedding in 3 days');
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th']);
  });

  it('puts a detail in the past tense for "ask how it went"', () => {
    expect(pastTense('baby due')).toBe('baby was due');
    expect(pastTense('Baby is due')).toBe('Baby was due');
    expect(pastTense('wedding')).toBe('wedding was');
    expect(pastTense('baby was due')).toBe('baby was due');
  });
});

describe('month-only details', () => {
  const march = monthSpan('2027-03')!;
  it('spans the whole month, with February’s length by the year', () => {
    expect(march).toEqual({ month: '2027-03', first: '2027-03-01', last: '2027-03-31' });
    expect(monthSpan('2027-02')?.last).toBe('2027-02-28');
    expect(monthSpan('2028-02')?.last).toBe('2028-02-29');
    expect(monthSpan('2027-13')).toBeUndefined();
    expect(monthSpan('2027-03-01')).toBeUndefined();
    expect(monthText(march)).toBe('March 2027');
  });
  it('is later before the window that precedes the month', () => {
    expect(monthStatus(march, '2027-02-14', 14)).toEqual({ phase: 'later', span: march, daysToStart: 15 });
  });
  it('comes up during the window before the month and through the month itself', () => {
    expect(monthStatus(march, '2027-02-15', 14)).toEqual({ phase: 'upcoming', span: march, daysToStart: 14 });
    expect(monthStatus(march, '2027-03-01', 14)).toEqual({ phase: 'upcoming', span: march, daysToStart: 0 });
    expect(monthStatus(march, '2027-03-31', 14)).toEqual({ phase: 'upcoming', span: march, daysToStart: -30 });
  });
  it('has passed once the month is over', () => {
    expect(monthStatus(march, '2027-04-01', 14)).toEqual({ phase: 'passed', span: march, daysSinceEnd: 1 });
    expect(monthStatus(march, '2027-04-10', 14)).toEqual({ phase: 'passed', span: march, daysSinceEnd: 10 });
  });
  it('recurs yearly: this year’s month until it ends, then next year’s, across the new year', () => {
    expect(nextYearlyMonth('2020-03', '2026-03-31')?.month).toBe('2026-03');
    expect(nextYearlyMonth('2020-03', '2026-04-01')?.month).toBe('2027-03');
    expect(nextYearlyMonth('2020-01', '2026-12-20')?.month).toBe('2027-01');
  });
});
