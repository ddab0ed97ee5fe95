import { describe, expect, it } from 'vitest';
import type { Duration } from '../../src/domain/duration.js';
import {
  chartRange,
  contactStatus,
  countStatuses,
  groupReferrers,
  summarizeComplaints,
  weekStart,
  weeklyCounts,
  type StatusContact,
} from '../../src/domain/stats.js';

const d = (count: number, unit: Duration['unit'] = 'd'): Duration => ({ count, unit });
const settings = { tagCadences: new Map([['inner', d(2, 'w')]]), defaultCadence: d(90) };
const today = '2026-11-23'; // a Monday
const person = (over: Partial<StatusContact>): StatusContact => ({ cadence: null, tags: [], pausedUntil: null, createdOn: '2026-01-01', lastContact: '2026-11-20', ...over });

describe('contactStatus', () => {
  it('is on track while the next conversation is more than 7 days away', () => {
    expect(contactStatus(person({ lastContact: '2026-11-20' }), settings, today)).toBe('onTrack');
    expect(contactStatus(person({ cadence: '30d', lastContact: '2026-11-01' }), settings, today)).toBe('onTrack'); // due 12-01: 8 days
  });
  it('is due soon when the due day is within 7 days, today included', () => {
    expect(contactStatus(person({ cadence: '30d', lastContact: '2026-10-31' }), settings, today)).toBe('dueSoon'); // due 11-30: 7 days
    expect(contactStatus(person({ cadence: '30d', lastContact: '2026-10-24' }), settings, today)).toBe('dueSoon'); // due today
  });
  it('is drifting the day after the due day, using the tag cadence when the person has none', () => {
    expect(contactStatus(person({ cadence: '30d', lastContact: '2026-10-23' }), settings, today)).toBe('drifting'); // due 11-22
    expect(contactStatus(person({ tags: ['inner'], lastContact: '2026-11-08' }), settings, today)).toBe('drifting'); // 2w: due 11-22
    expect(contactStatus(person({ tags: ['inner'], lastContact: '2026-11-09' }), settings, today)).toBe('dueSoon'); // due today
  });
  it('counts someone never talked to as never contacted, however long ago they were added', () => {
    expect(contactStatus(person({ lastContact: null, createdOn: '2020-01-01' }), settings, today)).toBe('neverContacted');
  });
  it('puts a paused person apart until the pause ends, as rel today does', () => {
    expect(contactStatus(person({ cadence: '30d', lastContact: '2026-01-01', pausedUntil: '2026-12-01' }), settings, today)).toBe('paused');
    expect(contactStatus(person({ lastContact: null, pausedUntil: '2026-12-01' }), settings, today)).toBe('paused');
    expect(contactStatus(person({ cadence: '30d', lastContact: '2026-01-01', pausedUntil: today }), settings, today)).toBe('drifting');
  });
  it('counts each status', () => {
    const counts = countStatuses(
      [person({}), person({ lastContact: null }), person({ cadence: '1w', lastContact: '2026-11-01' }), person({ cadence: '1w', lastContact: '2026-11-01' })],
      settings,
      today,
    );
    expect(counts).toEqual({ onTrack: 1, dueSoon: 0, drifting: 2, neverContacted: 1, paused: 0 });
  });
});

describe('weeks', () => {
  it('start on Monday', () => {
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23'); // Sunday
    expect(weekStart('2026-11-22')).toBe('2026-11-16');
    expect(weekStart('2027-01-01')).toBe('2026-12-28'); // across the new year
  });
  it('cover 26 weeks through today', () => {
    expect(chartRange(today)).toEqual({ from: '2026-06-01', to: today });
    expect(chartRange('2026-11-25', 2)).toEqual({ from: '2026-11-16', to: '2026-11-25' });
  });
  it('sum conversations per week, oldest first, empty weeks included', () => {
    const weeks = weeklyCounts(
      [
        { day: '2026-06-01', count: 1 },
        { day: '2026-05-31', count: 9 }, // before the chart
        { day: '2026-11-16', count: 2 },
        { day: '2026-11-22', count: 1 }, // the Sunday of the same week
        { day: '2026-11-23', count: 1 },
        { day: '2026-11-24', count: 5 }, // after today
      ],
      today,
    );
    expect(weeks).toHaveLength(26);
    expect(weeks[0]).toEqual({ week: '2026-06-01', count: 1 });
    expect(weeks[24]).toEqual({ week: '2026-11-16', count: 3 });
    expect(weeks[25]).toEqual({ week: '2026-11-23', count: 1 });
    expect(weeks.reduce((n, w) => n + w.count, 0)).toBe(5);
  });
});

describe('summarizeComplaints', () => {
  it('counts open and resolved, and averages the days to resolve', () => {
    expect(
      summarizeComplaints([
        { happenedOn: '2026-11-01', resolvedOn: '2026-11-04' },
        { happenedOn: '2026-11-10', resolvedOn: '2026-11-11' },
        { happenedOn: '2026-11-20', resolvedOn: null },
      ]),
    ).toEqual({ open: 1, resolved: 2, averageDaysToResolve: 2 });
  });
  it('rounds the average to two decimals and has none when nothing is resolved', () => {
    const thirds = [0, 1, 1].map((n) => ({ happenedOn: '2026-11-01', resolvedOn: `2026-11-0${1 + n}` }));
    expect(summarizeComplaints(thirds).averageDaysToResolve).toBe(0.67);
    expect(summarizeComplaints([{ happenedOn: '2026-11-01', resolvedOn: null }])).toEqual({ open: 1, resolved: 0, averageDaysToResolve: null });
    expect(summarizeComplaints([])).toEqual({ open: 0, resolved: 0, averageDaysToResolve: null });
  });
});

describe('groupReferrers', () => {
  it('folds (referrer, referred) rows into one entry per referrer, keeping their order', () => {
    expect(
      groupReferrers([
        { referrerId: 1, referrerName: 'Ann', id: 2, name: 'Ben' },
        { referrerId: 1, referrerName: 'Ann', id: 3, name: 'Cat' },
        { referrerId: 2, referrerName: 'Ben', id: 4, name: 'Dan' },
      ]),
    ).toEqual([
      { id: 1, name: 'Ann', referred: [{ id: 2, name: 'Ben' }, { id: 3, name: 'Cat' }] },
      { id: 2, name: 'Ben', referred: [{ id: 4, name: 'Dan' }] },
    ]);
  });
});
