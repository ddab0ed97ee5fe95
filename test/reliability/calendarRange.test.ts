// The ends of the calendar: days are 'YYYY-MM-DD' from 0001-01-01 to 9999-12-31. Input beyond them
// is refused in words; arithmetic that runs past them stops there instead of throwing later.
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayNumber, daysBetween, fromDayNumber, isDay } from '../../src/domain/calendar.js';
import { DateInputError, parseDateInput } from '../../src/domain/dateInput.js';
import { addDuration } from '../../src/domain/duration.js';

describe('the ends of the calendar', () => {
  it('counts days in the years 1 to 99 like any other (Date.UTC reads them as 1900-1999)', () => {
    for (const day of ['0001-01-01', '0050-03-01', '0099-12-31', '0100-01-01', '1900-03-01', '9999-12-31']) expect(fromDayNumber(dayNumber(day))).toBe(day);
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
    expect(daysBetween('0004-02-28', '0004-03-01')).toBe(2); // year 4 was a leap year
  });

  it('stops at 9999-12-31 and 0001-01-01 instead of making a day nothing can read', () => {
    expect(addDays('9999-12-31', 1)).toBe('9999-12-31');
    expect(addDays('9999-12-01', 90)).toBe('9999-12-31');
    expect(addMonths('9999-12-31', 1)).toBe('9999-12-31');
    expect(addDuration('2026-11-23', { count: 9999, unit: 'y' })).toBe('9999-12-31');
    expect(addDays('0001-01-01', -1)).toBe('0001-01-01');
    expect(addMonths('0001-01-31', -1)).toBe('0001-01-01');
  });

  it('reads the year after 9999 that a yearly date seen from the end of the calendar falls in, but never accepts it', () => {
    expect(daysBetween('9999-12-31', '10000-01-01')).toBe(1);
    expect(isDay('10000-01-01')).toBe(false);
  });

  it('refuses a phrase that lands beyond the calendar, in words', async () => {
    await expect(parseDateInput('in 99999 years', { today: '2026-11-23', prefer: 'future', label: '--on' })).rejects.toThrow(DateInputError);
    await expect(parseDateInput('in 99999 years', { today: '2026-11-23', prefer: 'future', label: '--on' })).rejects.toThrow(/outside the calendar rel keeps \(years 1 to 9999\)/);
  });

  it('reads phrases relative to a day in the years 1 to 99 from that day', async () => {
    expect(await parseDateInput('in 2 weeks', { today: '0050-03-01', prefer: 'future' })).toEqual({ kind: 'day', day: '0050-03-15' });
  });
});
