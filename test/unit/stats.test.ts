import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Duration } from '../../src/domain/duration.js';
import {
  chartRange,
  countStatuses,
  countStatusGroups,
  countComplaints,
  groupReferrers,
  summarizeComplaints,
  summarizeCountedComplaints,
  type ComplaintDays,
  weekStart,
  weeklyCounts,
  type StatusGroup,
} from '../../src/domain/stats.js';
import type { RhythmFacts } from '../../src/domain/rhythm.js';

const d = (count: number, unit: Duration['unit'] = 'd'): Duration => ({ count, unit });
const settings = { tagCadences: new Map([['inner', d(2, 'w')]]), defaultCadence: d(90) };
const today = '2026-11-23'; // a Monday

describe('countStatuses', () => {
  it('counts each status, by the rhythm of each person', () => {
    const person = (over: Partial<RhythmFacts>): RhythmFacts => ({ cadence: null, tags: [], pausedUntil: null, createdOn: '2026-11-01', lastContactOn: '2026-11-20', archived: false, imported: false, ...over });
    const counts = countStatuses(
      [person({}), person({ lastContactOn: null }), person({ cadence: '1w', lastContactOn: '2026-11-01' }), person({ cadence: '1w', lastContactOn: '2026-11-01' }), person({ archived: true })],
      settings,
      today,
    );
    expect(counts).toEqual({ onTrack: 1, dueSoon: 0, drifting: 2, neverContacted: 1, paused: 0, archived: 1 });
  });
});

describe('countStatusGroups', () => {
  it('counts each group of people alike by the same rule as each person, added to the counts given', () => {
    const group = (over: Partial<StatusGroup>): StatusGroup => ({ archived: false, pausedUntil: null, dueOn: '2026-12-20', talked: true, people: 1, ...over });
    const counts = countStatusGroups(
      [
        group({ people: 3 }), // on track
        group({ dueOn: today, people: 2 }), // due today: due soon
        group({ dueOn: '2026-11-30' }), // in 7 days: due soon
        group({ dueOn: '2026-12-01' }), // in 8: on track
        group({ dueOn: '2026-11-22', people: 4 }), // drifting
        group({ dueOn: '2026-11-22', talked: false }), // drifting before never contacted
        group({ dueOn: today, talked: false, people: 5 }), // due soon, though never contacted
        group({ dueOn: '2026-12-01', talked: false, people: 5 }), // in 8: never contacted
        group({ dueOn: null, talked: false }), // an import waiting for a first talk
        group({ dueOn: '2026-11-01', pausedUntil: '2026-11-24' }), // paused
        group({ dueOn: '2026-11-01', pausedUntil: today }), // the pause ends today: drifting
        group({ archived: true, pausedUntil: '2027-01-01', talked: false, people: 6 }),
      ],
      today,
      { onTrack: 10, dueSoon: 0, drifting: 0, neverContacted: 0, paused: 0, archived: 0 },
    );
    expect(counts).toEqual({ onTrack: 14, dueSoon: 8, drifting: 6, neverContacted: 6, paused: 1, archived: 6 });
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
        { happenedOn: '2026-11-01', resolvedOn: '2026-11-04', complaints: 1 },
        { happenedOn: '2026-11-10', resolvedOn: '2026-11-11', complaints: 1 },
        { happenedOn: '2026-11-20', resolvedOn: null, complaints: 1 },
      ]),
    ).toEqual({ open: 1, openArchived: 0, resolved: 2, averageDaysToResolve: 2 });
  });
  it('weighs complaints counted together by how many they are', () => {
    const days = [
      { happenedOn: '2026-11-01', resolvedOn: '2026-11-04', complaints: 3 },
      { happenedOn: '2026-11-10', resolvedOn: '2026-11-11', complaints: 1 },
      { happenedOn: '2026-11-20', resolvedOn: null, complaints: 2 },
    ];
    expect(summarizeComplaints(days)).toEqual({ open: 2, openArchived: 0, resolved: 4, averageDaysToResolve: 2.5 });
    const one = days.flatMap((d) => Array.from({ length: d.complaints }, () => ({ ...d, complaints: 1 })));
    expect(summarizeComplaints(one)).toEqual(summarizeComplaints(days));
  });
  it('rounds the average to two decimals and has none when nothing is resolved', () => {
    const thirds = [0, 1, 1].map((n) => ({ happenedOn: '2026-11-01', resolvedOn: `2026-11-0${1 + n}`, complaints: 1 }));
    expect(summarizeComplaints(thirds).averageDaysToResolve).toBe(0.67);
    expect(summarizeComplaints([{ happenedOn: '2026-11-01', resolvedOn: null, complaints: 1 }])).toEqual({ open: 1, openArchived: 0, resolved: 0, averageDaysToResolve: null });
    expect(summarizeComplaints([])).toEqual({ open: 0, openArchived: 0, resolved: 0, averageDaysToResolve: null });
  });
});

describe('groupReferrers', () => {
  it('folds (referrer, referred) rows into one entry per referrer, keeping their order', () => {
    expect(
      groupReferrers([
        { referrerId: 1, referrerName: 'Ann', referrerArchived: 1, id: 2, name: 'Ben' },
        { referrerId: 1, referrerName: 'Ann', referrerArchived: 1, id: 3, name: 'Cat' },
        { referrerId: 2, referrerName: 'Ben', referrerArchived: 0, id: 4, name: 'Dan' },
      ]),
    ).toEqual([
      { id: 1, name: 'Ann', archived: true, referred: [{ id: 2, name: 'Ben' }, { id: 3, name: 'Cat' }] },
      { id: 2, name: 'Ben', archived: false, referred: [{ id: 4, name: 'Dan' }] },
    ]);
  });
});

describe('complaints counted by day', () => {
  // Days near one another (so that pairs share days), a few that are no calendar day, and open ones.
  const day = fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 1, max: 60 }).map((n) => new Date(Date.UTC(2026, 9, n)).toISOString().slice(0, 10)) },
    { weight: 1, arbitrary: fc.constantFrom('2026-02-30', '2026-13-01', '12026-01-05', 'soon', '') },
  );
  const complaint = fc.record({ happenedOn: day, resolvedOn: fc.option(day, { freq: 4 }), complaints: fc.integer({ min: 1, max: 5 }) });

  it('sum up as the complaints one by one: the days to resolve of those in order add up day by day', () => {
    fc.assert(
      fc.property(fc.array(complaint, { maxLength: 40 }), (complaints: ComplaintDays[]) => {
        expect(summarizeCountedComplaints(countComplaints(complaints))).toEqual(summarizeComplaints(complaints));
      }),
      { numRuns: 500 },
    );
  });

  it('keep out of order those resolved before they were made, or on a day that is no calendar day', () => {
    const { days, others } = countComplaints([
      { happenedOn: '2026-11-10', resolvedOn: '2026-11-12', complaints: 2 },
      { happenedOn: '2026-11-12', resolvedOn: null, complaints: 1 },
      { happenedOn: '2026-11-15', resolvedOn: '2026-11-12', complaints: 1 },
      { happenedOn: '2026-02-30', resolvedOn: '2026-03-02', complaints: 1 },
    ]);
    expect(days).toEqual([
      { day: '2026-11-10', open: 0, made: 2, resolved: 0 },
      { day: '2026-11-12', open: 1, made: 0, resolved: 2 },
    ]);
    expect(others.map((c) => c.happenedOn)).toEqual(['2026-11-15', '2026-02-30']);
    // 2 complaints of 2 days each, one of none (resolved before it was made), one without a reading
    expect(summarizeCountedComplaints({ days, others })).toEqual({ open: 1, openArchived: 0, resolved: 4, averageDaysToResolve: 1 });
    // The open ones only archived people were in are said apart, not counted open (rel today never shows them).
    expect(summarizeCountedComplaints({ days, others }, 1)).toEqual({ open: 0, openArchived: 1, resolved: 4, averageDaysToResolve: 1 });
  });
});
