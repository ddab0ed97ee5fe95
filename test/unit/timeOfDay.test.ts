// The time of day said with a day, split from it; the colon that ends a follow-up's day.
import { describe, expect, it } from 'vitest';
import { dateColon, splitTimeOfDay } from '../../src/domain/timeOfDay.js';

describe('splitTimeOfDay', () => {
  it.each([
    ['friday 10:00', { date: 'friday', time: '10:00' }],
    ['tomorrow at 3pm', { date: 'tomorrow', time: 'at 3pm' }],
    ['2026-12-11 15h30', { date: '2026-12-11', time: '15h30' }],
    ['9am monday', { date: 'monday', time: '9am' }],
    ['next friday at noon', { date: 'next friday', time: 'at noon' }],
  ])('%s', (text, expected) => {
    expect(splitTimeOfDay(text)).toEqual(expected);
  });

  it.each(['december 15', 'in 2 weeks', 'friday', '10:00', 'friday 25:00', 'call at 3'])('%s has no time of day apart from a day', (text) => {
    expect(splitTimeOfDay(text)).toBeUndefined();
  });
});

describe('dateColon', () => {
  it('skips the colon inside a time', () => {
    expect(dateColon('friday 10:00: call back')).toBe(12);
    expect(dateColon('tomorrow: call at 10:00')).toBe(8);
    expect(dateColon('friday 10:00')).toBe(-1);
    expect(dateColon('Zed: tomorrow: call')).toBe(3);
  });
});
