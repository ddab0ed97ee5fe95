import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Duration } from '../../src/domain/duration.js';
import { addDays } from '../../src/domain/calendar.js';
import { dueOf, rhythmLookup, rhythmOf, statusBounds, statusFrom, type RhythmFacts, type StatusBounds } from '../../src/domain/rhythm.js';

const d = (count: number, unit: Duration['unit'] = 'd'): Duration => ({ count, unit });
const settings = { tagCadences: new Map([['inner', d(2, 'w')], ['quarterly', d(3, 'm')]]), defaultCadence: d(90) };
const today = '2026-11-23'; // a Monday
const person = (over: Partial<RhythmFacts>): RhythmFacts => ({
  cadence: null, tags: [], pausedUntil: null, createdOn: '2026-01-01', lastContactOn: '2026-11-20', archived: false, imported: false, ...over,
});
const status = (over: Partial<RhythmFacts>, on = today) => rhythmOf(person(over), settings, on).status;

describe('rhythmOf: who drifts (SPEC §4)', () => {
  const imported = { imported: true, lastContactOn: null, createdOn: '2026-01-01' };
  it('someone who only came in through an import and was never talked to has nothing due on the default cadence', () => {
    const rhythm = rhythmOf(person(imported), settings, today);
    expect(rhythm).toMatchObject({ status: 'neverContacted', dueOn: null, daysPastDue: 0 });
    expect(status(imported, '2030-01-01')).toBe('neverContacted');
  });
  it('drifts on a cadence of their own or of a tag', () => {
    expect(status({ ...imported, cadence: '30d' })).toBe('drifting');
    expect(status({ ...imported, tags: ['quarterly'] })).toBe('drifting');
  });
  it('drifts from the last conversation once talked to, like anyone', () => {
    expect(status({ ...imported, lastContactOn: '2026-06-01' })).toBe('drifting');
  });
  it('someone added by hand and never talked to counts from the day added', () => {
    expect(status({ lastContactOn: null, createdOn: '2026-01-01' })).toBe('drifting');
    expect(status({ lastContactOn: null, createdOn: '2026-11-01' })).toBe('neverContacted');
  });
});

describe('rhythmOf: the status', () => {
  it('is on track while the next conversation is more than 7 days away', () => {
    expect(status({ lastContactOn: '2026-11-20' })).toBe('onTrack');
    expect(status({ cadence: '30d', lastContactOn: '2026-11-01' })).toBe('onTrack'); // due 12-01: 8 days
  });
  it('is due soon when the due day is within 7 days, today included', () => {
    expect(status({ cadence: '30d', lastContactOn: '2026-10-31' })).toBe('dueSoon'); // due 11-30: 7 days
    expect(status({ cadence: '30d', lastContactOn: '2026-10-24' })).toBe('dueSoon'); // due today
  });
  it('is drifting the day after the due day, using the tag cadence when the person has none', () => {
    expect(status({ cadence: '30d', lastContactOn: '2026-10-23' })).toBe('drifting'); // due 11-22
    expect(status({ tags: ['inner'], lastContactOn: '2026-11-08' })).toBe('drifting'); // 2w: due 11-22
    expect(status({ tags: ['inner'], lastContactOn: '2026-11-09' })).toBe('dueSoon'); // due today
  });
  it('counts someone never talked to from the day added: never contacted, due soon in the last 7 days, drifting after', () => {
    expect(status({ lastContactOn: null, createdOn: '2026-11-01' })).toBe('neverContacted'); // due 2027-01-30
    expect(status({ lastContactOn: null, createdOn: '2026-08-31', cadence: '90d' })).toBe('dueSoon'); // due 11-29: 6 days
    expect(status({ lastContactOn: null, createdOn: '2026-08-25', cadence: '90d' })).toBe('dueSoon'); // due today
    expect(status({ lastContactOn: null, createdOn: '2020-01-01' })).toBe('drifting');
  });
  it('puts a paused person apart until the pause ends, and an archived one always', () => {
    expect(status({ cadence: '30d', lastContactOn: '2026-01-01', pausedUntil: '2026-12-01' })).toBe('paused');
    expect(status({ lastContactOn: null, pausedUntil: '2026-12-01' })).toBe('paused');
    expect(status({ cadence: '30d', lastContactOn: '2026-01-01', pausedUntil: today })).toBe('drifting');
    expect(status({ cadence: '30d', lastContactOn: '2026-01-01', pausedUntil: '2026-12-01', archived: true })).toBe('archived');
  });
  it('is not drifting after a conversation today, whatever the cadence', () => {
    expect(status({ cadence: '1d', lastContactOn: today })).toBe('dueSoon');
  });
});

describe('rhythmOf: the numbers', () => {
  it('says where the cadence comes from', () => {
    expect(rhythmOf(person({ cadence: '30d' }), settings, today)).toMatchObject({ cadenceSource: 'contact', cadenceTag: null, cadence: d(30) });
    expect(rhythmOf(person({ tags: ['quarterly', 'inner'] }), settings, today)).toMatchObject({ cadenceSource: 'tag', cadenceTag: 'inner' });
    expect(rhythmOf(person({}), settings, today)).toMatchObject({ cadenceSource: 'default', cadence: d(90) });
  });
  it('is not past due on the due day itself, one day past due the day after', () => {
    expect(rhythmOf(person({ cadence: '30d', lastContactOn: '2026-01-01' }), settings, '2026-01-31')).toMatchObject({ dueOn: '2026-01-31', daysPastDue: 0, ratio: 1 });
    expect(rhythmOf(person({ cadence: '30d', lastContactOn: '2026-01-01' }), settings, '2026-02-01')).toMatchObject({ daysPastDue: 1, cadenceDays: 30, status: 'drifting' });
  });
  it('measures a month cadence in the calendar days of that interval', () => {
    expect(rhythmOf(person({ cadence: '1m', lastContactOn: '2026-01-31' }), settings, '2026-03-01')).toMatchObject({ dueOn: '2026-02-28', cadenceDays: 28, daysPastDue: 1 });
  });
  it('ranks 47 days on a 30-day cadence worse than 100 days on a 90-day one', () => {
    const a = rhythmOf(person({ cadence: '30d', lastContactOn: '2026-04-24' }), settings, '2026-06-10');
    const b = rhythmOf(person({ cadence: '90d', lastContactOn: '2026-03-02' }), settings, '2026-06-10');
    expect(a.ratio).toBeGreaterThan(b.ratio);
  });
  it('keeps the due day apart from the day asked about (what the store keeps)', () => {
    const facts = person({ cadence: '2w', lastContactOn: '2026-11-01' });
    const { status: _status, daysPastDue: _past, ratio: _ratio, lastContactOn: _last, ...due } = rhythmOf(facts, settings, today);
    expect(dueOf(facts, settings)).toEqual(due);
  });
});

describe('rhythmLookup (many people, each cadence and day worked out once)', () => {
  const lookup = rhythmLookup(settings, today);
  it('gives the same answers as rhythmOf, asked in any order', () => {
    const people = [
      person({}), person({ cadence: '30d' }), person({ tags: ['inner'], lastContactOn: '2026-03-01' }), person({ lastContactOn: null }),
      person({ cadence: '30d' }), person({ tags: ['quarterly', 'inner'], pausedUntil: '2027-01-01' }), person({ archived: true }),
    ];
    for (const facts of people) expect(lookup(facts)).toEqual(rhythmOf(facts, settings, today));
  });
  it('keeps people with the same last day but different cadences apart', () => {
    expect(lookup(person({ cadence: '1w', lastContactOn: '2026-05-01' }))?.status).toBe('drifting');
    expect(lookup(person({ cadence: '1y', lastContactOn: '2026-05-01' }))?.status).toBe('onTrack');
  });
  it('gives nothing for an unreadable day', () => {
    expect(lookup(person({ lastContactOn: 'someday' }))).toBeUndefined();
  });
});

describe('statusBounds: the days statusFrom tells apart', () => {
  // Where a day falls against the bounds: the kind the store counts it in (src/store/stats.ts).
  const dueKind = (dueOn: string | null, b: StatusBounds) => (dueOn === null ? 0 : dueOn < b.dueFrom ? 1 : dueOn <= b.dueSoonTo ? 2 : 3);
  const pauseKind = (pausedUntil: string | null, b: StatusBounds) => pausedUntil !== null && pausedUntil > b.pausedAfter;
  const day = fc.integer({ min: -40, max: 40 }).map((n) => addDays(today, n));
  const facts = fc.record({ archived: fc.boolean(), talked: fc.boolean(), dueOn: fc.option(day), pausedUntil: fc.option(day) });

  it('gives facts whose days fall within the same bounds the same status', () => {
    const bounds = statusBounds(today);
    fc.assert(
      fc.property(facts, fc.option(day), fc.option(day), (a, dueOn, pausedUntil) => {
        const b = { ...a, dueOn, pausedUntil };
        if (dueKind(a.dueOn, bounds) === dueKind(b.dueOn, bounds) && pauseKind(a.pausedUntil, bounds) === pauseKind(b.pausedUntil, bounds)) {
          expect(statusFrom(b, today)).toBe(statusFrom(a, today));
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('puts each bound where the status changes', () => {
    const base = { archived: false, talked: true, pausedUntil: null };
    const b = statusBounds(today);
    expect(statusFrom({ ...base, dueOn: addDays(b.dueFrom, -1) }, today)).toBe('drifting');
    expect(statusFrom({ ...base, dueOn: b.dueFrom }, today)).toBe('dueSoon');
    expect(statusFrom({ ...base, dueOn: b.dueSoonTo }, today)).toBe('dueSoon');
    expect(statusFrom({ ...base, dueOn: addDays(b.dueSoonTo, 1) }, today)).toBe('onTrack');
    expect(statusFrom({ ...base, dueOn: null, pausedUntil: addDays(b.pausedAfter, 1) }, today)).toBe('paused');
    expect(statusFrom({ ...base, dueOn: null, pausedUntil: b.pausedAfter }, today)).toBe('onTrack');
  });
});
