import { describe, expect, it } from 'vitest';
import { driftLookup, driftStatus, effectiveCadence, isPaused, nextDueDate, parseTagCadences } from '../../src/domain/cadence.js';
import type { Duration } from '../../src/domain/duration.js';

const d = (count: number, unit: Duration['unit'] = 'd'): Duration => ({ count, unit });
const ninetyDays = d(90);
const tags = parseTagCadences(new Map([['inner', '2w'], ['monthly', '1m'], ['thirty', '30d'], ['fortnight', '14d'], ['quarterly', '3m']]));

describe('effectiveCadence', () => {
  it('uses the contact’s own cadence over its tags and the default', () => {
    expect(effectiveCadence('3m', ['inner'], tags, ninetyDays)).toEqual({ cadence: d(3, 'm'), source: 'contact', tag: null });
  });
  it('uses the shortest of the tags’ cadences when the contact has none', () => {
    expect(effectiveCadence(null, ['quarterly', 'inner'], tags, ninetyDays)).toEqual({ cadence: d(2, 'w'), source: 'tag', tag: 'inner' });
  });
  it('compares tag cadences by approximate length: 30 days is shorter than a month', () => {
    expect(effectiveCadence(null, ['monthly', 'thirty'], tags, ninetyDays).tag).toBe('thirty');
  });
  it('breaks a tie between equally long tag cadences by tag name, whatever the order given', () => {
    expect(effectiveCadence(null, ['inner', 'fortnight'], tags, ninetyDays).tag).toBe('fortnight');
    expect(effectiveCadence(null, ['fortnight', 'inner'], tags, ninetyDays).tag).toBe('fortnight');
  });
  it('falls back to the default when no tag has a cadence', () => {
    expect(effectiveCadence(null, ['golf'], tags, ninetyDays)).toEqual({ cadence: ninetyDays, source: 'default', tag: null });
    expect(effectiveCadence(null, [], tags, ninetyDays).source).toBe('default');
  });
  it('ignores an unreadable stored cadence instead of failing', () => {
    expect(effectiveCadence('often', ['inner'], tags, ninetyDays).source).toBe('tag');
    expect(parseTagCadences(new Map<string, string | Duration>([['bad', 'soon'], ['ok', d(10)]]))).toEqual(new Map([['ok', d(10)]]));
  });
});

describe('nextDueDate', () => {
  it('adds the cadence to the last contact (or the day added)', () => {
    expect(nextDueDate('2026-01-01', d(2, 'w'))).toBe('2026-01-15');
    expect(nextDueDate('2026-01-31', d(1, 'm'))).toBe('2026-02-28');
    expect(nextDueDate('2026-04-24', d(30))).toBe('2026-05-24');
  });
});

describe('isPaused', () => {
  it('holds while the pause ends after today, and no longer on its end day', () => {
    expect(isPaused('2026-06-11', '2026-06-10')).toBe(true);
    expect(isPaused('2026-06-10', '2026-06-10')).toBe(false);
    expect(isPaused(null, '2026-06-10')).toBe(false);
  });
});

describe('driftStatus', () => {
  it('is not drifting on the due day itself', () => {
    expect(driftStatus('2026-01-01', d(30), '2026-01-31')).toMatchObject({ dueOn: '2026-01-31', daysSince: 30, drifting: false, ratio: 1 });
  });
  it('drifts the day after the due day', () => {
    expect(driftStatus('2026-01-01', d(30), '2026-02-01')).toMatchObject({ daysSince: 31, cadenceDays: 30, drifting: true });
  });
  it('is not drifting after a conversation today', () => {
    expect(driftStatus('2026-06-10', d(1), '2026-06-10')).toMatchObject({ daysSince: 0, drifting: false });
  });
  it('measures a month cadence in the calendar days of that interval', () => {
    expect(driftStatus('2026-01-31', d(1, 'm'), '2026-03-01')).toMatchObject({ cadenceDays: 28, daysSince: 29, drifting: true });
  });
  it('ranks 47 days on a 30-day cadence worse than 100 days on a 90-day one', () => {
    const a = driftStatus('2026-04-24', d(30), '2026-06-10');
    const b = driftStatus('2026-03-02', d(90), '2026-06-10');
    expect([a.daysSince, b.daysSince]).toEqual([47, 100]);
    expect(a.ratio).toBeGreaterThan(b.ratio);
  });
});

describe('driftLookup (cadence and drift for many contacts, each worked out once)', () => {
  const lookup = driftLookup(tags, ninetyDays, '2026-06-10');
  it('gives the same answers as effectiveCadence and driftStatus, asked in any order', () => {
    const cases: [string | null, string[], string][] = [
      [null, [], '2026-03-01'], ['30d', [], '2026-03-01'], [null, ['inner'], '2026-03-01'], [null, [], '2026-06-01'], ['30d', [], '2026-03-01'], [null, ['quarterly', 'inner'], '2026-05-20'],
    ];
    for (const [own, contactTags, since] of cases) {
      const cadence = effectiveCadence(own, contactTags, tags, ninetyDays).cadence;
      expect(lookup(own, contactTags, since)).toEqual({ cadence, drift: driftStatus(since, cadence, '2026-06-10') });
    }
  });
  it('keeps contacts with the same last day but different cadences apart', () => {
    expect(lookup('1w', [], '2026-05-01')?.drift.drifting).toBe(true);
    expect(lookup('1y', [], '2026-05-01')?.drift.drifting).toBe(false);
  });
  it('gives nothing for an unreadable day', () => {
    expect(lookup(null, [], 'someday')).toBeUndefined();
  });
});
