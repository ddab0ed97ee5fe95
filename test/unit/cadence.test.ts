import { describe, expect, it } from 'vitest';
import { effectiveCadence, isPaused, nextDueDate, parseTagCadences } from '../../src/domain/cadence.js';
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
