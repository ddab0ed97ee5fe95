// When a recurring follow-up comes back once it is done.
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/domain/duration.js';
import { anchorOf, anchorToCarry, nextOccurrence } from '../../src/domain/recurrence.js';

const every = (text: string) => parseDuration(text);

/**
 * A series done on each of its due days, `times` times, as rel done moves it: the due day and the
 * anchor day it carries go from one date to the next.
 */
function doneOnEachDay(start: string, cadence: string, times: number): string[] {
  const days = [start];
  let due = start;
  let carried: number | null = null;
  for (let i = 0; i < times; i++) {
    const next = nextOccurrence(due, every(cadence), due, carried);
    if (next === undefined) throw new Error(`no date after ${due}`);
    carried = anchorToCarry(next, every(cadence), anchorOf(due, carried));
    due = next;
    days.push(due);
  }
  return days;
}

describe('nextOccurrence', () => {
  it('done on time or a little late: one period after the due day', () => {
    expect(nextOccurrence('2026-11-20', every('1m'), '2026-11-23')).toBe('2026-12-20');
    expect(nextOccurrence('2026-11-23', every('1w'), '2026-11-23')).toBe('2026-11-30');
  });

  it('done early: still the next date of the series, never the same day again', () => {
    expect(nextOccurrence('2026-12-01', every('1m'), '2026-11-23')).toBe('2027-01-01');
  });

  it('done very late: skips the missed dates instead of staying overdue', () => {
    expect(nextOccurrence('2026-09-01', every('1m'), '2026-11-23')).toBe('2026-12-01');
    expect(nextOccurrence('2026-01-12', every('2w'), '2026-11-23')).toBe('2026-11-30');
    expect(nextOccurrence('2020-02-29', every('1y'), '2026-11-23')).toBe('2027-02-28');
    expect(nextOccurrence('1990-01-01', every('1d'), '2026-11-23')).toBe('2026-11-24');
  });

  it('a date on the series that is today is not the next one', () => {
    expect(nextOccurrence('2026-10-23', every('1m'), '2026-11-23')).toBe('2026-12-23');
  });

  it('keeps the day of the month of the series through short months', () => {
    expect(nextOccurrence('2026-01-31', every('1m'), '2026-02-10')).toBe('2026-02-28');
    expect(nextOccurrence('2026-01-31', every('1m'), '2026-03-01')).toBe('2026-03-31');
    expect(nextOccurrence('2026-01-31', every('1m'), '2026-04-15')).toBe('2026-04-30');
  });

  it('a due day a short month shortened goes back to the anchor day it carries', () => {
    expect(nextOccurrence('2026-02-28', every('1m'), '2026-02-28', 31)).toBe('2026-03-31');
    expect(nextOccurrence('2026-02-28', every('1m'), '2026-02-28', 30)).toBe('2026-03-30');
    expect(nextOccurrence('2026-02-28', every('1m'), '2026-02-28')).toBe('2026-03-28'); // the 28th's own series
    expect(nextOccurrence('2026-04-30', every('1m'), '2026-05-02', 31)).toBe('2026-05-31');
    expect(nextOccurrence('2029-02-28', every('1y'), '2029-02-28', 29)).toBe('2030-02-28');
    expect(nextOccurrence('2031-02-28', every('1y'), '2031-02-28', 29)).toBe('2032-02-29');
  });

  it('monthly on the 31st, done on each due day for three years (2028 a leap year)', () => {
    expect(doneOnEachDay('2027-01-31', '1m', 36)).toEqual([
      '2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30', '2027-07-31', '2027-08-31', '2027-09-30', '2027-10-31', '2027-11-30', '2027-12-31',
      '2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30', '2028-05-31', '2028-06-30', '2028-07-31', '2028-08-31', '2028-09-30', '2028-10-31', '2028-11-30', '2028-12-31',
      '2029-01-31', '2029-02-28', '2029-03-31', '2029-04-30', '2029-05-31', '2029-06-30', '2029-07-31', '2029-08-31', '2029-09-30', '2029-10-31', '2029-11-30', '2029-12-31',
      '2030-01-31',
    ]);
  });

  it('on the 30th and the 29th: February shortens them, March gives them back', () => {
    expect(doneOnEachDay('2027-01-30', '1m', 3)).toEqual(['2027-01-30', '2027-02-28', '2027-03-30', '2027-04-30']);
    expect(doneOnEachDay('2027-12-29', '1m', 3)).toEqual(['2027-12-29', '2028-01-29', '2028-02-29', '2028-03-29']);
    expect(doneOnEachDay('2028-11-29', '3m', 3)).toEqual(['2028-11-29', '2029-02-28', '2029-05-29', '2029-08-29']);
    expect(doneOnEachDay('2026-08-31', '6m', 3)).toEqual(['2026-08-31', '2027-02-28', '2027-08-31', '2028-02-29']);
  });

  it('yearly on 29 February: the 28th in common years, the 29th in leap years, 2100 not a leap year', () => {
    expect(doneOnEachDay('2024-02-29', '1y', 9)).toEqual([
      '2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29', '2029-02-28', '2030-02-28', '2031-02-28', '2032-02-29', '2033-02-28',
    ]);
    expect(doneOnEachDay('2096-02-29', '1y', 8).slice(-5)).toEqual(['2100-02-28', '2101-02-28', '2102-02-28', '2103-02-28', '2104-02-29']);
    expect(doneOnEachDay('2024-02-29', '2y', 3)).toEqual(['2024-02-29', '2026-02-28', '2028-02-29', '2030-02-28']);
  });

  it('carries the anchor day only while the due day is not its own', () => {
    expect(anchorToCarry('2027-02-28', every('1m'), 31)).toBe(31);
    expect(anchorToCarry('2027-03-31', every('1m'), 31)).toBeNull();
    expect(anchorToCarry('2027-02-28', every('1w'), 31)).toBeNull(); // days and weeks have no anchor
    expect(anchorOf('2027-02-28', 31)).toBe(31);
    expect(anchorOf('2027-02-28', null)).toBe(28);
  });

  it('always returns a day after today', () => {
    for (const [due, cadence] of [['2026-11-23', '1d'], ['2025-01-01', '10d'], ['2026-12-31', '1y'], ['2024-02-29', '3m']] as const) {
      for (const today of ['2026-11-23', '2027-01-01', '2026-02-28']) {
        const next = nextOccurrence(due, every(cadence), today);
        expect(next !== undefined && next > today && next > due).toBe(true);
      }
    }
  });

  it('at the end of the calendar: the last dates there are, then none (no loop, no error)', () => {
    expect(nextOccurrence('9999-11-30', every('1m'), '9999-12-01')).toBe('9999-12-30');
    expect(nextOccurrence('9999-11-30', every('1m'), '9999-12-01', 31)).toBe('9999-12-31');
    expect(nextOccurrence('9999-12-30', every('1d'), '9999-12-30')).toBe('9999-12-31');
    expect(nextOccurrence('9999-12-31', every('1d'), '9999-12-31')).toBeUndefined();
    expect(nextOccurrence('9999-12-15', every('1m'), '9999-12-20')).toBeUndefined();
    expect(nextOccurrence('9999-02-28', every('1y'), '9999-03-01')).toBeUndefined();
    expect(nextOccurrence('9999-12-25', every('2w'), '9999-12-31')).toBeUndefined();
    expect(nextOccurrence('0001-01-01', every('9999y'), '9999-12-31')).toBeUndefined();
  });
});
