// Day arithmetic is calendar arithmetic: the process's time zone must not move a day. date-fns works
// on a Date's local fields, so these run the calendar under zones with traps: Samoa skipped
// 30 December 2011, São Paulo's DST began at midnight (no 00:00 on 2018-11-04), London shifts an hour.
// Node reads a change of process.env.TZ at once, so each zone runs in this process.
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, daysInMonth, dayNumber, fromDayNumber, isDay, isLeapYear, localDay, weekday, type Day } from '../../src/domain/calendar.js';
import { addDuration, parseDuration } from '../../src/domain/duration.js';
import { nextOccurrence } from '../../src/domain/recurrence.js';

const ZONES = ['UTC', 'America/Sao_Paulo', 'Pacific/Apia', 'Europe/London', 'Pacific/Kiritimati', 'Australia/Lord_Howe'];
const originalTZ = process.env.TZ;

afterEach(() => {
  if (originalTZ === undefined) delete process.env.TZ;
  else process.env.TZ = originalTZ;
});

function inZone<T>(zone: string, work: () => T): T {
  process.env.TZ = zone;
  return work();
}

/** Days around the traps, and the ends of the calendar. */
function sampleDays(): Day[] {
  const days: Day[] = [];
  for (const start of ['2011-12-01', '2018-10-20', '2026-03-20', '2026-10-20', '1994-12-25', '2024-02-20', '0001-01-01', '0099-12-25', '9999-12-01']) {
    for (let k = 0; k < 40; k++) days.push(fromDayNumber(dayNumber(start) + k));
  }
  return days;
}

/** Every calendar function on every sample day, as one comparable record. */
function calendarAnswers(): unknown[] {
  const durations = ['1d', '1w', '1m', '3m', '1y'].map((text) => parseDuration(text));
  return sampleDays().map((day) => [
    day,
    addDays(day, 1),
    addDays(day, -1),
    addDays(day, 400),
    addMonths(day, 1),
    addMonths(day, -13),
    daysBetween('2011-12-29', day),
    dayNumber(day),
    weekday(day),
    isDay(day),
    ...durations.map((d) => addDuration(day, d)),
    day < '9000' ? nextOccurrence(day, durations[2]!, addDays(day, 100)) : null, // (by the calendar's end it would never pass today)
    addDays(day, 1e9),
    addMonths(day, -1e9),
  ]);
}

describe('the calendar in every time zone', () => {
  it('the zones are really in force (Samoa has no local 30 December 2011)', () => {
    expect(inZone('Pacific/Apia', () => new Date(2011, 11, 30, 12).getDate())).toBe(31);
  });

  it('gives the same answers in every zone as in UTC', () => {
    const expected = inZone('UTC', calendarAnswers);
    for (const zone of ZONES) expect(inZone(zone, calendarAnswers), zone).toEqual(expected);
  });

  it('counts the day Samoa skipped, and midnight DST days, as days', () => {
    for (const zone of ZONES) {
      inZone(zone, () => {
        expect(addDays('2011-12-29', 1), zone).toBe('2011-12-30');
        expect(addDays('2011-12-30', 1), zone).toBe('2011-12-31');
        expect(daysBetween('2011-12-29', '2011-12-31'), zone).toBe(2);
        expect(weekday('2011-12-30'), zone).toBe(5); // a Friday
        expect(isDay('2011-12-30'), zone).toBe(true);
        expect(daysInMonth(2011, 12), zone).toBe(31);
        expect(addDays('2018-11-03', 1), zone).toBe('2018-11-04');
        expect(daysBetween('2018-11-03', '2018-11-05'), zone).toBe(2);
        expect(addDays('2026-03-28', 2), zone).toBe('2026-03-30');
        expect(addMonths('2024-01-31', 1), zone).toBe('2024-02-29');
        expect(addMonths('2023-01-31', 1), zone).toBe('2023-02-28');
        expect(addMonths('2024-02-29', 12), zone).toBe('2025-02-28');
        expect(isLeapYear(2000) && !isLeapYear(1900), zone).toBe(true);
        expect(addDays('9999-12-31', 1), zone).toBe('9999-12-31');
        expect(addMonths('9999-12-31', 1), zone).toBe('9999-12-31');
        expect(addDays('0001-01-01', -1), zone).toBe('0001-01-01');
        expect(addDays('0050-02-28', 1), zone).toBe('0050-03-01'); // not 1950
      });
    }
  });

  it('turns an instant into the local day of the zone in force', () => {
    const instant = new Date('2026-11-23T02:00:00Z');
    expect(inZone('America/Sao_Paulo', () => localDay(instant))).toBe('2026-11-22');
    expect(inZone('Europe/London', () => localDay(instant))).toBe('2026-11-23');
    expect(inZone('Pacific/Apia', () => localDay(new Date('2011-12-30T11:00:00Z')))).toBe('2011-12-31'); // 01:00 on the 31st, at +14 hours
  });
});
