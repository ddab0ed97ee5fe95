// Durations: 10d, 2w, 3m, 1y, and adding them to calendar days.
import { describe, expect, it } from 'vitest';
import { addDuration, approximateDays, describeEvery, DURATION_FORMS, formatDuration, parseDuration, tryParseDuration } from '../../src/domain/duration.js';

describe('parseDuration', () => {
  it.each([
    ['10d', { count: 10, unit: 'd' }],
    ['2w', { count: 2, unit: 'w' }],
    ['3m', { count: 3, unit: 'm' }],
    ['1y', { count: 1, unit: 'y' }],
    [' 14 days ', { count: 14, unit: 'd' }],
    ['2 Weeks', { count: 2, unit: 'w' }],
    ['1 month', { count: 1, unit: 'm' }],
    ['6mo', { count: 6, unit: 'm' }],
    ['2 yrs', { count: 2, unit: 'y' }],
    // The words people use for a rhythm.
    ['daily', { count: 1, unit: 'd' }],
    ['Weekly', { count: 1, unit: 'w' }],
    ['week', { count: 1, unit: 'w' }],
    ['fortnightly', { count: 2, unit: 'w' }],
    [' monthly ', { count: 1, unit: 'm' }],
    ['quarterly', { count: 3, unit: 'm' }],
    ['yearly', { count: 1, unit: 'y' }],
    ['annually', { count: 1, unit: 'y' }],
  ])('%j', (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });

  it.each(['', '0d', '2', 'd', '2x', '-1w', '1.5m', 'two weeks', '10000d', '2 fortnights', 'biweekly', 'often', 'constructor', 'hasOwnProperty'])('refuses %j with the accepted forms', (text) => {
    expect(tryParseDuration(text)).toBeUndefined();
    expect(() => parseDuration(text, '--every')).toThrow(`--every: "${text}" is not a duration; use ${DURATION_FORMS}`);
  });

  it('offers every word it reads for a rhythm, each as the duration it is read as', () => {
    expect(DURATION_FORMS).toBe('10d, 2w, 3m or 1y (also 2 weeks, 6 months), or daily, weekly, fortnightly, monthly, quarterly or yearly');
    const offered = /, or (.*)$/.exec(DURATION_FORMS)![1]!.split(/, | or /);
    expect(offered.map((word) => formatDuration(parseDuration(word)))).toEqual(['1d', '1w', '2w', '1m', '3m', '1y']);
    for (const form of ['10d', '2w', '3m', '1y', '2 weeks', '6 months']) expect(tryParseDuration(form)).toBeDefined();
  });

  it('formats back to the short form', () => {
    expect(formatDuration(parseDuration('2 weeks'))).toBe('2w');
    expect(formatDuration(parseDuration('30 days'))).toBe('30d');
    expect(formatDuration(parseDuration('fortnightly'))).toBe('2w');
    // Each word's duration is its own: changing one read leaves the next as it was.
    parseDuration('monthly').count = 5;
    expect(parseDuration('monthly')).toEqual({ count: 1, unit: 'm' });
  });
});

describe('addDuration', () => {
  it('adds days and weeks across months and years', () => {
    expect(addDuration('2026-11-23', parseDuration('10d'))).toBe('2026-12-03');
    expect(addDuration('2026-12-25', parseDuration('2w'))).toBe('2027-01-08');
    expect(addDuration('2028-02-28', parseDuration('1d'))).toBe('2028-02-29');
  });

  it('adds months and years on the calendar, clamping to the end of a shorter month', () => {
    expect(addDuration('2027-01-31', parseDuration('1m'))).toBe('2027-02-28');
    expect(addDuration('2028-01-31', parseDuration('1m'))).toBe('2028-02-29');
    expect(addDuration('2026-03-31', parseDuration('1m'))).toBe('2026-04-30');
    expect(addDuration('2026-08-31', parseDuration('3m'))).toBe('2026-11-30');
    expect(addDuration('2026-11-30', parseDuration('3m'))).toBe('2027-02-28');
    expect(addDuration('2028-02-29', parseDuration('1y'))).toBe('2029-02-28');
    expect(addDuration('2026-11-23', parseDuration('1y'))).toBe('2027-11-23');
  });

  it('counts several times from the start, so a clamped month does not stick', () => {
    const month = parseDuration('1m');
    expect(addDuration('2027-01-31', month, 2)).toBe('2027-03-31');
    expect(addDuration(addDuration('2027-01-31', month), month)).toBe('2027-03-28');
    expect(addDuration('2026-11-23', parseDuration('2w'), 3)).toBe('2027-01-04');
  });
});

describe('approximateDays and describeEvery', () => {
  it('compares cadences of different units', () => {
    expect(approximateDays(parseDuration('2w'))).toBe(14);
    expect(approximateDays(parseDuration('1m'))).toBeGreaterThan(approximateDays(parseDuration('30d')));
    expect(approximateDays(parseDuration('1m'))).toBeLessThan(approximateDays(parseDuration('31d')));
    expect(approximateDays(parseDuration('1y'))).toBeGreaterThan(approximateDays(parseDuration('365d')));
  });

  it('says it in words', () => {
    expect(describeEvery(parseDuration('1m'))).toBe('every month');
    expect(describeEvery(parseDuration('2w'))).toBe('every 2 weeks');
    expect(describeEvery(parseDuration('30d'))).toBe('every 30 days');
  });
});
