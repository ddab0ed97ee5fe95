import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, isDay, localDay } from '../../src/domain/calendar.js';
import {
  RANK_WEIGHTS, compareNames, comingUpWeight, complaintWeight, dateReasonWeights, driftingWeight, followUpAheadWeight, followUpWeight, rankContacts, rankTop, scoreCeiling, tierMax, type RankInput,
  type RankOptions, type Reason,
} from '../../src/domain/ranking.js';

const TODAY = '2026-06-10';
const ninetyDays = { count: 90, unit: 'd' } as const;

function person(fields: Partial<RankInput> & { id: number; name: string }): RankInput {
  const base = { birthday: null, customerSince: null, cadence: null, tags: [], pausedUntil: null, createdOn: TODAY, archived: false, imported: false, lastContactOn: null };
  return { ...base, reminders: [], details: [], complaints: [], ...fields };
}

function rank(inputs: RankInput[], options: Partial<RankOptions> = {}) {
  return rankContacts(inputs, { today: TODAY, windowDays: 14, defaultCadence: ninetyDays, tagCadences: new Map(), ...options });
}

/** The reasons of one person (empty when they are not listed). */
function reasonsOf(fields: Partial<RankInput>, options: Partial<RankOptions> = {}): Reason[] {
  return rank([person({ id: 1, name: 'Ann', ...fields })], options)[0]?.reasons ?? [];
}

const brief = (reasons: Reason[]) => reasons.map((r) => [r.kind, r.days, r.text]);
const reminder = (dueOn: string, extra: Partial<RankInput['reminders'][number]> = {}) => ({ id: 7, text: 'send the catalog', dueOn, snoozedUntil: null, every: null, ...extra });
const detail = (date: string, text = 'baby due', yearly = false) => ({ id: 3, text, date, yearly });

describe('rel today: the SPEC §4 order', () => {
  it('ranks follow-up, birthday tomorrow, complaint, drifting, then a birthday in ten days', () => {
    const journal = [
      person({ id: 1, name: 'Eve', birthday: '--06-20' }),
      person({ id: 2, name: 'Dana', cadence: '30d', lastContactOn: '2026-04-24' }),
      person({ id: 3, name: 'Carl', complaints: [{ conversationId: 9, happenedOn: '2026-06-05', note: 'order arrived damaged' }] }),
      person({ id: 4, name: 'Ben', birthday: '1986-06-11' }),
      person({ id: 5, name: 'Fay', reminders: [reminder('2026-06-07')] }),
    ];
    const rows = rank(journal);
    expect(rows.map((r) => r.name)).toEqual(['Fay', 'Ben', 'Carl', 'Dana', 'Eve']);
    expect(rows.map((r) => r.reasons[0]!.text)).toEqual([
      'follow up: send the catalog — due 3 days ago',
      'turns 40 tomorrow',
      'complaint open 5 days: order arrived damaged',
      'last talked 47 days ago — every 30 days',
      'birthday in 10 days',
    ]);
  });

  it('keeps the tiers apart: no amount of extra reasons lifts a person into the tier above', () => {
    const tiers = [...new Set(Object.values(RANK_WEIGHTS.tiers))].sort((a, b) => b - a);
    for (let i = 1; i < tiers.length; i++) expect(tiers[i]! + RANK_WEIGHTS.inTier + RANK_WEIGHTS.extraCap).toBeLessThan(tiers[i - 1]!);
    const busy = person({ id: 1, name: 'Busy', complaints: Array.from({ length: 12 }, (_, i) => ({ conversationId: i, happenedOn: '2020-01-01', note: null })) });
    const promise = person({ id: 2, name: 'Promise', reminders: [reminder(TODAY)] });
    expect(rank([busy, promise]).map((r) => r.name)).toEqual(['Promise', 'Busy']);
  });
});

describe('one row per person', () => {
  it('lists every reason, strongest first, and adds a little for each extra reason', () => {
    const rows = rank([person({ id: 1, name: 'Ann', birthday: '--06-10', reminders: [reminder('2026-06-08')], lastContactOn: '2026-01-01' })]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.reasons.map((r) => r.kind)).toEqual(['follow-up', 'date-today', 'drifting']);
    expect(rows[0]!.score).toBe(Math.round(rows[0]!.reasons[0]!.weight + 2 * RANK_WEIGHTS.extraReason));
  });
  it('leaves out people with no reason today', () => {
    expect(rank([person({ id: 1, name: 'Quiet', lastContactOn: TODAY })])).toEqual([]);
  });
  it('never shows archived contacts', () => {
    expect(rank([person({ id: 1, name: 'Gone', archived: true, reminders: [reminder('2026-06-01')], birthday: '--06-10' })])).toEqual([]);
  });
  it('orders equal scores by name, then id, whatever the input order', () => {
    const make = (id: number, name: string) => person({ id, name, birthday: '--06-12' });
    const rows = rank([make(3, 'bob'), make(1, 'Zoe'), make(4, 'Ann'), make(2, 'Ann')]);
    expect(rows.map((r) => [r.name, r.contactId])).toEqual([['Ann', 2], ['Ann', 4], ['bob', 3], ['Zoe', 1]]);
  });
});

describe('follow-ups', () => {
  it('are promises when due today or overdue, with ids for a JSON consumer', () => {
    expect(reasonsOf({ reminders: [reminder(TODAY)] })[0]).toMatchObject({ kind: 'follow-up', source: 'reminder', reminderId: 7, date: TODAY, days: 0, text: 'follow up: send the catalog — due today' });
    expect(brief(reasonsOf({ reminders: [reminder('2026-06-09')] }))).toEqual([['follow-up', -1, 'follow up: send the catalog — due yesterday']]);
  });
  it('rank by how overdue they are', () => {
    const rows = rank([person({ id: 1, name: 'A', reminders: [reminder('2026-06-08')] }), person({ id: 2, name: 'B', reminders: [reminder('2026-05-31')] })]);
    expect(rows.map((r) => r.name)).toEqual(['B', 'A']);
  });
  it('come up within the window with a lower weight, and not beyond it', () => {
    expect(brief(reasonsOf({ reminders: [reminder('2026-06-12')] }))).toEqual([['upcoming', 2, 'follow up: send the catalog — due in 2 days']]);
    expect(brief(reasonsOf({ reminders: [reminder('2026-06-24')] }))).toEqual([['upcoming', 14, 'follow up: send the catalog — due in 14 days']]);
    expect(reasonsOf({ reminders: [reminder('2026-06-25')] })).toEqual([]);
  });
  it('stay hidden while snoozed and come back due on the snooze day, overdue only from then', () => {
    const snoozed = reminder('2026-06-05', { snoozedUntil: '2026-06-12' });
    expect(reasonsOf({ reminders: [snoozed] })).toEqual([]);
    expect(brief(reasonsOf({ reminders: [snoozed] }, { today: '2026-06-12' }))).toEqual([['follow-up', 0, 'follow up: send the catalog — due today']]);
    const twoDaysLate = reasonsOf({ reminders: [snoozed] }, { today: '2026-06-14' });
    expect(brief(twoDaysLate)).toEqual([['follow-up', -2, 'follow up: send the catalog — due 2 days ago']]);
    expect(twoDaysLate[0]!.weight).toBe(followUpWeight(2));
  });
  it('due tomorrow rank with tomorrow\'s dates, above anyone drifting, even with --days 0', () => {
    expect(brief(reasonsOf({ reminders: [reminder('2026-06-11')] }))).toEqual([['date-tomorrow', 1, 'follow up: send the catalog — due tomorrow']]);
    expect(brief(reasonsOf({ reminders: [reminder('2026-06-11')] }, { windowDays: 0 }))).toEqual([['date-tomorrow', 1, 'follow up: send the catalog — due tomorrow']]);
    const promise = person({ id: 1, name: 'Zoe', reminders: [reminder('2026-06-11')] });
    const drifting = person({ id: 2, name: 'Abe', cadence: '30d', lastContactOn: '2025-01-01' });
    const complaining = person({ id: 3, name: 'Cy', complaints: [{ conversationId: 1, happenedOn: '2020-01-01', note: null }] });
    expect(rank([drifting, complaining, promise]).map((r) => r.name)).toEqual(['Zoe', 'Cy', 'Abe']);
  });
  it('skip done reminders', () => {
    expect(reasonsOf({ reminders: [reminder('2026-06-05', { doneOn: '2026-06-06' })] })).toEqual([]);
  });
});

describe('talked today (SPEC §4 "Talked today, done for today")', () => {
  const talked = { lastContactOn: TODAY };
  it('leaves the list, with a date today, a birthday tomorrow or a date coming up', () => {
    expect(rank([person({ id: 1, name: 'Renée', customerSince: '2023-06-10', ...talked })])).toEqual([]);
    expect(rank([person({ id: 1, name: 'Ben', birthday: '1986-06-11', ...talked })])).toEqual([]);
    expect(rank([person({ id: 1, name: 'Ann', reminders: [reminder('2026-06-12')], ...talked })])).toEqual([]);
  });
  it('stays for a follow-up due or overdue, or an open complaint, ranked by those alone but shown with every reason, those first', () => {
    const [row] = rank([person({ id: 1, name: 'Ann', birthday: '1986-06-11', reminders: [reminder('2026-06-09')], ...talked })]);
    expect(row).toMatchObject({ talkedToday: true, setAside: false, score: Math.round(followUpWeight(1)) });
    expect(brief(row!.reasons)).toEqual([['follow-up', -1, 'follow up: send the catalog — due yesterday'], ['date-tomorrow', 1, 'turns 40 tomorrow']]);
    // A complaint opened today keeps the follow-up due tomorrow beside it, shown after it though it weighs more.
    const claim = { conversationId: 4, happenedOn: TODAY, note: 'claim too slow' };
    const [carl] = rank([person({ id: 1, name: 'Carl', complaints: [claim], reminders: [reminder('2026-06-11', { text: 'call about the claim' })], ...talked })]);
    expect(carl).toMatchObject({ talkedToday: true, setAside: false, score: Math.round(complaintWeight(0)) });
    expect(brief(carl!.reasons)).toEqual([['complaint', 0, 'complaint opened today: claim too slow'], ['date-tomorrow', 1, 'follow up: call about the claim — due tomorrow']]);
    const complaint = { conversationId: 4, happenedOn: TODAY, note: 'late delivery' };
    expect(brief(rank([person({ id: 1, name: 'Ann', complaints: [complaint], ...talked })])[0]!.reasons)).toEqual([['complaint', 0, 'complaint opened today: late delivery']]);
  });
  it('comes last with --all, marked, with every reason or none', () => {
    const renee = person({ id: 1, name: 'Renée', customerSince: '2023-06-10', ...talked });
    const quiet = person({ id: 2, name: 'Quiet', ...talked });
    const drifting = person({ id: 3, name: 'Zed', cadence: '30d', lastContactOn: '2026-01-01' });
    const options = { today: TODAY, windowDays: 14, defaultCadence: ninetyDays, tagCadences: new Map() };
    const rows = rankContacts([renee, quiet, drifting], options, true);
    expect(rows.map((r) => [r.name, r.talkedToday, r.setAside, r.reasons.map((x) => x.text)])).toEqual([
      ['Zed', false, false, ['last talked 160 days ago — every 30 days']],
      ['Renée', true, true, ['3 years a customer today']],
      ['Quiet', true, true, []],
    ]);
  });
  it('means talked on the list\'s day: yesterday\'s conversation leaves tomorrow\'s birthday on the list', () => {
    expect(reasonsOf({ birthday: '1986-06-11', lastContactOn: '2026-06-09' })).toHaveLength(1);
  });
});

describe('asked how it went (SPEC §4)', () => {
  it('a conversation after a one-off date clears its "ask how it went"', () => {
    const surgery = detail('2026-06-05', "Peter's knee surgery");
    expect(brief(reasonsOf({ details: [surgery], lastContactOn: '2026-06-01' }))).toEqual([['after-event', -5, "Peter's knee surgery was 5 days ago — ask how it went"]]);
    expect(reasonsOf({ details: [surgery], lastContactOn: '2026-06-06' })).toEqual([]);
    // On the day itself it was not yet asked how it went.
    expect(reasonsOf({ details: [surgery], lastContactOn: '2026-06-05' })).toHaveLength(1);
  });
  it('and after a month-only detail, a conversation after the month', () => {
    const baby = detail('2026-05', 'baby due');
    const june3 = { today: '2026-06-03' };
    expect(brief(reasonsOf({ details: [baby], lastContactOn: '2026-05-20' }, june3))).toEqual([['after-event', -3, 'baby was due in May 2026 — ask how it went']]);
    expect(reasonsOf({ details: [baby], lastContactOn: '2026-06-02' }, june3)).toEqual([]);
  });
});

describe('birthdays and customer anniversaries', () => {
  it('say the age turned when the year is known', () => {
    expect(reasonsOf({ birthday: '1986-06-11' })[0]).toMatchObject({ kind: 'date-tomorrow', source: 'birthday', date: '2026-06-11', days: 1, years: 40, text: 'turns 40 tomorrow' });
    expect(brief(reasonsOf({ birthday: '1986-06-10' }))).toEqual([['date-today', 0, 'turns 40 today']]);
  });
  it('work without a year, with no age in the words', () => {
    expect(brief(reasonsOf({ birthday: '--06-16' }))).toEqual([['upcoming', 6, 'birthday in 6 days']]);
    expect(reasonsOf({ birthday: '--06-16' })[0]!.years).toBeUndefined();
  });
  it('come up within the window only', () => {
    expect(reasonsOf({ birthday: '--06-25' })).toEqual([]);
    expect(reasonsOf({ birthday: '--06-16' }, { windowDays: 5 })).toEqual([]);
    expect(brief(reasonsOf({ birthday: '--06-11' }, { windowDays: 0 }))).toEqual([['date-tomorrow', 1, 'birthday tomorrow']]);
  });
  it('wrap across the new year', () => {
    const options = { today: '2026-12-28', windowDays: 14 };
    expect(reasonsOf({ birthday: '--01-03', createdOn: '2026-12-28' }, options)[0]).toMatchObject({ kind: 'upcoming', date: '2027-01-03', days: 6, text: 'birthday in 6 days' });
    expect(brief(reasonsOf({ birthday: '1987-01-03', createdOn: '2026-12-28' }, options))).toEqual([['upcoming', 6, 'turns 40 in 6 days']]);
  });
  it('observe 29 February on the day in a leap year', () => {
    const reasons = reasonsOf({ birthday: '2000-02-29', createdOn: '2028-02-28' }, { today: '2028-02-28' });
    expect(reasons[0]).toMatchObject({ kind: 'date-tomorrow', date: '2028-02-29', text: 'turns 28 tomorrow' });
  });
  it('observe 29 February on 28 February in a common year, with the right age', () => {
    const options = { today: '2027-02-28' };
    expect(reasonsOf({ birthday: '2000-02-29', createdOn: options.today }, options)[0]).toMatchObject({ kind: 'date-today', date: '2027-02-28', text: 'turns 27 today' });
    expect(reasonsOf({ birthday: '--02-29', createdOn: options.today }, options)[0]).toMatchObject({ kind: 'date-today', text: 'birthday today' });
    expect(reasonsOf({ birthday: '2000-02-29', createdOn: '2027-03-01' }, { today: '2027-03-01' })).toEqual([]);
  });
  it('count years as a customer, and skip the day they became one', () => {
    expect(reasonsOf({ customerSince: '2023-06-10' })[0]).toMatchObject({ kind: 'date-today', source: 'customer-since', years: 3, text: '3 years a customer today' });
    expect(brief(reasonsOf({ customerSince: '2025-06-11' }))).toEqual([['date-tomorrow', 1, '1 year a customer tomorrow']]);
    expect(reasonsOf({ customerSince: TODAY })).toEqual([]);
    expect(reasonsOf({ customerSince: '--06-10' })).toEqual([]);
  });
  it('ignore unreadable stored dates instead of failing the list', () => {
    expect(reasonsOf({ birthday: 'june', customerSince: '2023-02-30' })).toEqual([]);
  });
});

describe('dated details', () => {
  it('count on their day, the day before, and within the window', () => {
    expect(reasonsOf({ details: [detail(TODAY)] })[0]).toMatchObject({ kind: 'date-today', source: 'detail', detailId: 3, text: 'baby due today' });
    expect(brief(reasonsOf({ details: [detail('2026-06-11', 'wedding')] }))).toEqual([['date-tomorrow', 1, 'wedding tomorrow']]);
    expect(brief(reasonsOf({ details: [detail('2026-06-16')] }))).toEqual([['upcoming', 6, 'baby due in 6 days']]);
    expect(reasonsOf({ details: [detail('2026-06-30')] })).toEqual([]);
  });
  it('suggest asking how it went for 7 days after a one-off day, and not after', () => {
    expect(reasonsOf({ details: [detail('2026-06-07')] })[0]).toMatchObject({ kind: 'after-event', days: -3, text: 'baby was due 3 days ago — ask how it went' });
    expect(brief(reasonsOf({ details: [detail('2026-06-03', 'surgery')] }))).toEqual([['after-event', -7, 'surgery was 7 days ago — ask how it went']]);
    expect(reasonsOf({ details: [detail('2026-06-02')] })).toEqual([]);
  });
  it('recur yearly, with or without a year, and never ask how it went', () => {
    expect(brief(reasonsOf({ details: [detail('--06-15', 'wedding anniversary')] }))).toEqual([['upcoming', 5, 'wedding anniversary in 5 days']]);
    expect(brief(reasonsOf({ details: [detail('2019-06-15', 'wedding anniversary', true)] }))).toEqual([['upcoming', 5, '7th wedding anniversary in 5 days']]);
    expect(reasonsOf({ details: [detail('2019-06-07', 'wedding anniversary', true)] })).toEqual([]);
    expect(reasonsOf({ details: [detail('2027-06-15', 'first anniversary', true)] })).toEqual([]); // not yet begun
  });
  it('given with a year, count the years; on the first day or without a year, as they are (issue 12)', () => {
    const wedding = (date: string, today = '2026-06-10') => reasonsOf({ details: [{ ...detail(date, 'wedding', true), id: 4 }], createdOn: today }, { today });
    expect(wedding('2015-06-13')).toMatchObject([{ kind: 'upcoming', days: 3, text: '11 years since the wedding in 3 days', years: 11, detailId: 4 }]);
    expect(wedding('2015-06-10')).toMatchObject([{ kind: 'date-today', text: '11 years since the wedding today', years: 11 }]);
    expect(wedding('2025-06-11')).toMatchObject([{ kind: 'date-tomorrow', text: '1 year since the wedding tomorrow', years: 1 }]);
    expect(wedding('2026-06-10')).toMatchObject([{ kind: 'date-today', text: 'wedding today' }]);
    expect(wedding('2026-06-10')[0]!.years).toBeUndefined();
    expect(wedding('--06-13')).toMatchObject([{ text: 'wedding in 3 days' }]);
    expect(wedding('--06-13')[0]!.years).toBeUndefined();
    // Across the new year, and on 28 February for a 29 February in a common year.
    expect(wedding('2015-01-02', '2026-12-30')).toMatchObject([{ text: '12 years since the wedding in 3 days', years: 12 }]);
    expect(wedding('2016-02-29', '2027-02-26')).toMatchObject([{ date: '2027-02-28', text: '11 years since the wedding in 2 days' }]);
  });
  it('skip undated details', () => {
    expect(reasonsOf({ details: [{ id: 1, text: 'loves golf', date: null, yearly: false }] })).toEqual([]);
  });
});

describe('details known only to the month', () => {
  const baby = [detail('2027-03')];
  const at = (today: string) => reasonsOf({ details: baby, createdOn: today }, { today });
  it('are silent before the window that precedes the month', () => {
    expect(at('2027-02-14')).toEqual([]);
  });
  it('come up during the window before the month', () => {
    expect(at('2027-02-15')[0]).toMatchObject({ kind: 'upcoming', date: '2027-03-01', days: 14, month: '2027-03', text: 'baby due in March 2027' });
  });
  it('come up through the month itself, never as "today"', () => {
    expect(brief(at('2027-03-01'))).toEqual([['upcoming', 0, 'baby due this month']]);
    expect(brief(at('2027-03-31'))).toEqual([['upcoming', -30, 'baby due this month']]);
  });
  it('have passed once the month is over: ask how it went for 7 days', () => {
    expect(at('2027-04-03')[0]).toMatchObject({ kind: 'after-event', date: '2027-03-31', days: -3, text: 'baby was due in March 2027 — ask how it went' });
    expect(brief(at('2027-04-07'))).toEqual([['after-event', -7, 'baby was due in March 2027 — ask how it went']]);
    expect(at('2027-04-08')).toEqual([]);
  });
  it('recur when yearly, across the new year', () => {
    expect(brief(reasonsOf({ details: [detail('2020-01', 'trade show', true)], createdOn: '2026-12-20' }, { today: '2026-12-20' }))).toEqual([['upcoming', 12, 'trade show in January 2027']]);
  });
});

describe('complaints', () => {
  it('say how long they have been open, with the note', () => {
    expect(reasonsOf({ complaints: [{ conversationId: 9, happenedOn: '2026-06-05', note: 'order arrived damaged' }] })[0]).toMatchObject({
      kind: 'complaint', conversationId: 9, date: '2026-06-05', days: -5, text: 'complaint open 5 days: order arrived damaged',
    });
    expect(brief(reasonsOf({ complaints: [{ conversationId: 9, happenedOn: TODAY, note: null }] }))).toEqual([['complaint', 0, 'complaint opened today']]);
  });
  it('rank the longest open first', () => {
    const c = (id: number, name: string, happenedOn: string) => person({ id, name, complaints: [{ conversationId: id, happenedOn, note: null }] });
    expect(rank([c(1, 'A', '2026-06-09'), c(2, 'B', '2026-05-01')]).map((r) => r.name)).toEqual(['B', 'A']);
  });
});

describe('drifting', () => {
  it('ranks worst first relative to the cadence: 47 days on 30 above 100 days on 90', () => {
    const rows = rank([person({ id: 1, name: 'Long', lastContactOn: '2026-03-02' }), person({ id: 2, name: 'Short', cadence: '30d', lastContactOn: '2026-04-24' })]);
    expect(rows.map((r) => r.reasons[0]!.text)).toEqual(['last talked 47 days ago — every 30 days', 'last talked 100 days ago — every 90 days']);
    expect(rows[0]!.reasons[0]).toMatchObject({ kind: 'drifting', source: 'cadence', date: '2026-04-24', days: -47, cadence: '30d', dueOn: '2026-05-24' });
  });
  it('starts the day after the due day', () => {
    expect(reasonsOf({ cadence: '30d', lastContactOn: '2026-05-11' })).toEqual([]);
    expect(brief(reasonsOf({ cadence: '30d', lastContactOn: '2026-05-10' }))).toEqual([['drifting', -31, 'last talked 31 days ago — every 30 days']]);
  });
  it('is cleared by a conversation today', () => {
    expect(reasonsOf({ cadence: '1d', lastContactOn: TODAY, createdOn: '2020-01-01' })).toEqual([]);
  });
  it('counts from the day added when never talked to', () => {
    expect(brief(reasonsOf({ createdOn: '2026-03-02' }))).toEqual([['drifting', -100, 'never talked — added 100 days ago — every 90 days']]);
    expect(reasonsOf({ createdOn: '2026-03-12' })).toEqual([]);
  });
  it('waits while paused, resumes on the pause’s end day, and a pause hides nothing else', () => {
    const paused = { lastContactOn: '2026-01-01', pausedUntil: '2026-06-11', birthday: '--06-12' };
    expect(reasonsOf(paused).map((r) => r.kind)).toEqual(['upcoming']);
    expect(reasonsOf({ ...paused, pausedUntil: TODAY }).map((r) => r.kind)).toEqual(['drifting', 'upcoming']);
  });
  it('uses the shortest tag cadence, and the contact’s own cadence over its tags', () => {
    const tagCadences = new Map([['inner', '2w'], ['clients', '1m']]);
    const tagged = { tags: ['clients', 'inner'], lastContactOn: '2026-05-20' };
    expect(brief(reasonsOf(tagged, { tagCadences }))).toEqual([['drifting', -21, 'last talked 21 days ago — every 2 weeks']]);
    expect(reasonsOf({ ...tagged, cadence: '3m' }, { tagCadences })).toEqual([]);
    expect(reasonsOf({ ...tagged, tags: ['clients'] }, { tagCadences })).toEqual([]);
  });
  it('keeps each contact’s own cadence when many share a last-contact day', () => {
    const same = (id: number, name: string, cadence: string | null) => person({ id, name, cadence, lastContactOn: '2026-05-01' });
    expect(rank([same(1, 'Weekly', '1w'), same(2, 'Yearly', '1y'), same(3, 'Default', null), same(4, 'Weekly too', '7d')]).map((r) => r.name)).toEqual(['Weekly', 'Weekly too']);
  });
  it('uses the default cadence passed in', () => {
    expect(brief(reasonsOf({ lastContactOn: '2026-05-20' }, { defaultCadence: { count: 2, unit: 'w' } }))).toEqual([['drifting', -21, 'last talked 21 days ago — every 2 weeks']]);
  });
});

// The store bounds the people it has not read with these (src/store/todayStreams.ts): they must be
// the ranking's own weights, and move one way only.
describe('the weight of one reason', () => {
  const days = Array.from({ length: 400 }, (_, d) => d);
  const nonDecreasing = (values: number[]) => values.every((v, i) => i === 0 || v >= values[i - 1]!);
  const only = (fields: Partial<RankInput>) => rank([person({ id: 1, name: 'Ann', lastContactOn: addDays(TODAY, -1), ...fields })])[0]!;

  it('follow-ups and complaints weigh more the longer they wait; dates coming up weigh less the further off', () => {
    expect(nonDecreasing(days.map(followUpWeight))).toBe(true);
    expect(nonDecreasing(days.map(complaintWeight))).toBe(true);
    expect(nonDecreasing(days.map((d) => -comingUpWeight(d)))).toBe(true);
    expect(nonDecreasing(days.map((d) => driftingWeight(1 + d / 30)))).toBe(true);
    expect(followUpWeight(7) - followUpWeight(0)).toBe(RANK_WEIGHTS.inTier / 2);
  });

  it('are what rankContacts gives a person with that one reason', () => {
    for (const d of [0, 1, 3, 7, 20, 365]) {
      const followUp = only({ reminders: [reminder(addDays(TODAY, -d))] });
      expect(followUp.reasons[0]!.weight).toBe(followUpWeight(d));
      expect(followUp.score).toBe(Math.round(followUpWeight(d)));
      const complaint = only({ complaints: [{ conversationId: 1, happenedOn: addDays(TODAY, -d), note: null }] });
      expect(complaint.reasons[0]!.weight).toBe(complaintWeight(d));
    }
    for (const d of [1, 2, 9, 14]) expect(only({ reminders: [reminder(addDays(TODAY, d))] }).reasons[0]!.weight).toBe(followUpAheadWeight(d));
    expect(followUpAheadWeight(2)).toBe(comingUpWeight(2));
    for (const since of [31, 47, 100, 400]) {
      const drifting = only({ cadence: '30d', lastContactOn: addDays(TODAY, -since) });
      expect(drifting.reasons[0]!.weight).toBe(driftingWeight(since / 30));
    }
  });

  it('never exceed their tier, and a person never scores above their strongest reason plus the cap', () => {
    expect(followUpWeight(10_000)).toBeLessThanOrEqual(tierMax('follow-up'));
    expect(complaintWeight(10_000)).toBeLessThanOrEqual(tierMax('complaint'));
    expect(driftingWeight(10_000)).toBeLessThanOrEqual(tierMax('drifting'));
    expect(comingUpWeight(-3)).toBe(tierMax('upcoming'));
    const busy = only({ reminders: Array.from({ length: 15 }, (_, i) => ({ ...reminder(addDays(TODAY, -i)), id: i })) });
    expect(busy.score).toBe(scoreCeiling(followUpWeight(14)));
  });
});

describe('rankTop', () => {
  // People with names that tie, drifting or not, with a follow-up, a birthday, archived, talked to today.
  const someone = fc.record({
    name: fc.constantFrom('Ann', 'ann', 'Bob', 'Åsa', 'Zoe'),
    since: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
    due: fc.option(fc.integer({ min: -30, max: 30 }), { nil: null }),
    birthday: fc.option(fc.integer({ min: -5, max: 20 }), { nil: null }),
    archived: fc.boolean(),
  });
  const people = fc.array(someone, { maxLength: 150, size: 'max' }).map((all) =>
    all.map((p, i) => person({
      id: i + 1, name: p.name, archived: p.archived, createdOn: '2025-01-01',
      lastContactOn: p.since === null ? null : addDays(TODAY, -p.since),
      reminders: p.due === null ? [] : [reminder(addDays(TODAY, p.due))],
      birthday: p.birthday === null ? null : `1990${addDays(TODAY, p.birthday).slice(4)}`,
    })),
  );

  it('is the first rows of rankContacts and how many it has, at any limit', () => {
    const options: RankOptions = { today: TODAY, windowDays: 14, defaultCadence: ninetyDays, tagCadences: new Map() };
    fc.assert(
      fc.property(people, fc.integer({ min: 0, max: 20 }), (inputs, limit) => {
        const all = rankContacts(inputs, options);
        expect(rankTop(inputs, options, limit)).toEqual({ rows: all.slice(0, limit), total: all.length });
      }),
      { numRuns: 500 },
    );
  });
});

describe('a stored date weighed alone', () => {
  // dateReasonWeights (the store's survey of dates near the day) must weigh each date exactly as
  // the list weighs the one date of a person who has nothing else, not talked to on the day.
  const day = fc.tuple(fc.integer({ min: 2025, max: 2028 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    .filter((d) => isDay(d));
  const options = fc.record({ today: day, windowDays: fc.integer({ min: 0, max: 60 }) }).map((o) => ({ ...o, defaultCadence: ninetyDays, tagCadences: new Map<string, string>() }));
  // A date near the list's day (where every rule applies), in each stored form, some years back or ahead.
  const near = fc.record({
    form: fc.constantFrom('day', 'month', 'yearless', 'junk'),
    days: fc.integer({ min: -45, max: 75 }),
    years: fc.integer({ min: -2, max: 40 }),
  });
  const storedNear = ({ form, days, years }: { form: string; days: number; years: number }, today: string): string => {
    const date = addDays(today, days);
    const shifted = `${String(Number(date.slice(0, 4)) - years).padStart(4, '0')}${date.slice(4)}`;
    if (form === 'month') return shifted.slice(0, 7);
    if (form === 'yearless') return `--${date.slice(5)}`;
    if (form === 'junk') return ['2026-13-01', 'soon', '', '2000-02-29', '--02-29', '2001-02-29'][Math.abs(days) % 6]!;
    return shifted;
  };
  const daysSinceTalked = fc.option(fc.integer({ min: 1, max: 60 }), { nil: null });
  // Known only by this date: paused for good, so no drifting reason mixes in.
  const alone = (fields: Partial<RankInput>, o: RankOptions): number | undefined =>
    rankContacts([person({ id: 1, name: 'Ann', pausedUntil: '9999-12-31', createdOn: '2020-01-01', ...fields })], o)[0]?.reasons[0]?.weight;

  // Several dates with one weigher: what it works out once for a month-day serves every date of it, and only of it.
  it('as a birthday, a customer anniversary or a detail, on any day and window', () => {
    fc.assert(
      fc.property(fc.array(near, { minLength: 1, maxLength: 6 }), options, fc.boolean(), daysSinceTalked, (specs, o, yearly, since) => {
        const weigh = dateReasonWeights(o);
        const lastContactOn = since === null ? null : addDays(o.today, -since);
        for (const spec of specs) {
          const value = storedNear(spec, o.today);
          expect(weigh.birthday(value)).toBe(alone({ birthday: value }, o));
          expect(weigh.customerSince(value)).toBe(alone({ customerSince: value }, o));
          expect(weigh.detail(value, yearly, lastContactOn)).toBe(alone({ details: [detail(value, 'trip', yearly)], lastContactOn }, o));
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('the order of names', () => {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const sign = (n: number) => Math.sign(n) || 0;

  it("is the collator's, also where names are compared without it", () => {
    const char = fc.constantFrom(...'aAbBeEzZéÉèöÖüñçÅİ -.\'_,0129øØßẞæÆœŒłŁđĐðÐþıdlosf'.split(''));
    const name = fc.array(char, { maxLength: 8 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(sign(compareNames(a, b)), `${a} / ${b}`).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 6000 },
    );
    for (const [a, b] of [['Zoé', 'Zoe'], ['Ann', 'Ann-Marie'], ['Ann Lee', 'Ann-Lee'], ["O'Brien", 'O.Brien'], ['Lee 2', 'Lee 10'], ['Åsa', 'Asa'], ['Søren', 'Soren'], ['Søren', 'Sorensen'], ['Straße', 'Strasse'], ['Strauß', 'Strauss'], ['Æsa', 'Aesa'], ['Æsa', 'Af'], ['Łukasz', 'Lukas'], ['Œuvre', 'Oeuvre'], ['Þór', 'Thor'], ['Ðorđe', 'Dorde']]) {
      expect(sign(compareNames(a!, b!)), `${a} / ${b}`).toBe(sign(collator.compare(a!, b!)));
    }
  });
});

describe('time zones', () => {
  const savedTZ = process.env.TZ;
  afterEach(() => {
    if (savedTZ === undefined) delete process.env.TZ;
    else process.env.TZ = savedTZ;
  });
  const journal = [
    person({ id: 1, name: 'Kim', birthday: '--01-01', lastContactOn: '2026-10-01' }),
    person({ id: 2, name: 'Lee', reminders: [reminder('2026-12-31')], details: [detail('2027-01')], createdOn: '2026-12-01' }),
  ];
  const options = { today: '2026-12-31', windowDays: 14 };

  it('gives the same list in UTC+14 and UTC−11: the domain works on calendar days only', () => {
    const instant = new Date('2026-12-31T12:00:00Z');
    process.env.TZ = 'Pacific/Kiritimati';
    const east = { day: localDay(instant), rows: rank(journal, options) };
    process.env.TZ = 'Pacific/Pago_Pago';
    const west = { day: localDay(instant), rows: rank(journal, options) };
    // The zone really changed (the same instant is a different local day) …
    expect([east.day, west.day]).toEqual(['2027-01-01', '2026-12-31']);
    // … yet for a given day the ranking is identical; only the caller's choice of "today" depends on TZ.
    expect(east.rows).toEqual(west.rows);
    expect(east.rows.map((r) => r.name)).toEqual(['Lee', 'Kim']);
  });

  it('never reads the clock in the ranking modules', () => {
    for (const file of ['ranking', 'milestones', 'cadence']) {
      const source = readFileSync(new URL(`../../src/domain/${file}.ts`, import.meta.url), 'utf8');
      expect(source).not.toMatch(/new Date\(|Date\.now|process\.env/);
    }
  });
});
