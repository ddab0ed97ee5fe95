// When a recurring follow-up comes back once it is done.
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/domain/duration.js';
import { nextOccurrence } from '../../src/domain/recurrence.js';

const every = (text: string) => parseDuration(text);

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
  });

  it('a date on the series that is today is not the next one', () => {
    expect(nextOccurrence('2026-10-23', every('1m'), '2026-11-23')).toBe('2026-12-23');
  });

  it('keeps the day of the month of the series through short months', () => {
    expect(nextOccurrence('2026-01-31', every('1m'), '2026-02-10')).toBe('2026-02-28');
    expect(nextOccurrence('2026-01-31', every('1m'), '2026-03-01')).toBe('2026-03-31');
    expect(nextOccurrence('2026-01-31', every('1m'), '2026-04-15')).toBe('2026-04-30');
  });

  it('always returns a day after today', () => {
    for (const [due, cadence] of [['2026-11-23', '1d'], ['2025-01-01', '10d'], ['2026-12-31', '1y'], ['2024-02-29', '3m']] as const) {
      for (const today of ['2026-11-23', '2027-01-01', '2026-02-28']) {
        const next = nextOccurrence(due, every(cadence), today);
        expect(next > today && next > due).toBe(true);
      }
    }
  });
});
