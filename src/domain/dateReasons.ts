// The reasons a stored date gives on the list's day (SPEC §4): birthdays, customer anniversaries
// and dated details, in rel today's words, and their weights alone for the store's survey of
// dates (dateReasonWeights). The ranking (src/domain/ranking.ts) puts them with a person's others.
import { dayNumber, isDay, type Day } from './calendar.js';
import { readStoredDate } from './dateInput.js';
import {
  birthdayText, customerText, monthSpan, monthStatus, monthText, nextYearly, nextYearlyMonth, pastTense, readYearlyDate, whenText,
  yearlyDetailText, yearsAt, type MonthDay, type MonthSpan,
} from './milestones.js';
import type { RankDetail, RankOptions, Reason, ReasonSource } from './rankRecords.js';
import { reason, startRun, type Observed, type ReasonIds, type Run } from './rankRun.js';
import { AFTER_EVENT_DAYS, comingUpWeight, nearness, weightIn, type ReasonKind } from './rankWeights.js';

/** When a month-day is next observed: worked out once a run for each, shared by its hundreds of birthdays on a large journal. */
function observed(monthDay: MonthDay, run: Run): Observed {
  const key = monthDay.month * 100 + monthDay.day;
  let found = run.observances.get(key);
  if (found === undefined) {
    const date = nextYearly(monthDay, run.today);
    run.observances.set(key, (found = { date, weight: dateWeight(date, run) }));
  }
  return found;
}

/** Today, tomorrow, or coming up within the window; a date further off gives no reason. */
const dateKind = (days: number, run: Run): ReasonKind | undefined =>
  days === 0 ? 'date-today' : days === 1 ? 'date-tomorrow' : days > 1 && days <= run.windowDays ? 'upcoming' : undefined;

function dateReason(source: ReasonSource, date: Day, run: Run, text: (days: number) => string, ids: ReasonIds): Reason | undefined {
  const days = dayNumber(date) - run.todayNumber;
  const kind = dateKind(days, run);
  return kind && reason(kind, source, date, days, text(days), weightIn(kind, nearness(days)), ids);
}

/** dateReason's weight alone. */
function dateWeight(date: Day, run: Run): number | undefined {
  const days = dayNumber(date) - run.todayNumber;
  const kind = dateKind(days, run);
  return kind && weightIn(kind, nearness(days));
}

/** Stored yearly dates end in MM-DD; one far off (or unreadable) is skipped before any parsing. */
const yearlySoon = (stored: string | null, run: Run): stored is string => stored !== null && run.yearlySoon.has(stored.slice(-5));

/** A stored yearly date's next observance, with the years it counts then (null without a year). */
interface Observance extends Observed {
  years: number | null;
}

function observance(stored: string | null, run: Run): Observance | undefined {
  const yearly = yearlySoon(stored, run) ? readYearlyDate(stored) : undefined;
  if (!yearly) return undefined;
  const next = observed(yearly.monthDay, run);
  return { date: next.date, weight: next.weight, years: yearly.origin === null ? null : yearsAt(yearly.origin, next.date) };
}

/** A birthday that gives a reason: any but a birth day still to come. */
function birthdayAhead(stored: string | null, run: Run): Observance | undefined {
  const next = observance(stored, run);
  return next && (next.years === null || next.years >= 0) ? next : undefined;
}

/** A customer anniversary that gives a reason: "N years a customer" needs the year, and the day they became one is no anniversary. */
function customerAhead(stored: string | null, run: Run): (Observance & { years: number }) | undefined {
  const next = observance(stored, run);
  return next && next.years !== null && next.years >= 1 ? { date: next.date, weight: next.weight, years: next.years } : undefined;
}

export function birthdayReason(stored: string | null, run: Run): Reason | undefined {
  const next = birthdayAhead(stored, run);
  return next && dateReason('birthday', next.date, run, (days) => birthdayText(next.years, days), next.years ? { years: next.years } : {});
}

export function customerReason(stored: string | null, run: Run): Reason | undefined {
  const next = customerAhead(stored, run);
  return next && dateReason('customer-since', next.date, run, (days) => customerText(next.years, days), { years: next.years });
}

/** Passed for a recurring month-only detail, which never asks how it went. */
const RECURRING = 'recurring' as const;

/** Month-only details come up from the window before the month through its last day. */
function monthComingUp(d: RankDetail, span: MonthSpan, daysToStart: number): Reason {
  const text = daysToStart > 0 ? `${d.text} in ${monthText(span)}` : `${d.text} this month`;
  return reason('upcoming', 'detail', span.first, daysToStart, text, comingUpWeight(daysToStart), { detailId: d.id, month: span.month });
}

/** "Ask how it went" until a conversation after the event says it was asked (SPEC §4). */
const askedSince = (eventDay: Day, lastContactOn: Day | null): boolean => lastContactOn !== null && lastContactOn > eventDay;

function monthDetailReason(d: RankDetail, span: MonthSpan, run: Run, lastContactOn: Day | null): Reason | undefined {
  const status = monthStatus(span, run.today, run.windowDays);
  if (status.phase === 'upcoming') return monthComingUp(d, span, status.daysToStart);
  if (status.phase !== 'passed' || lastContactOn === RECURRING || status.daysSinceEnd > AFTER_EVENT_DAYS) return undefined;
  if (askedSince(span.last, lastContactOn)) return undefined;
  const text = `${pastTense(d.text)} in ${monthText(span)} — ask how it went`;
  return reason('after-event', 'detail', span.last, -status.daysSinceEnd, text, weightIn('after-event', nearness(status.daysSinceEnd)), { detailId: d.id, month: span.month });
}

function yearlyDetailReason(d: RankDetail, date: string, run: Run): Reason | undefined {
  const stored = readStoredDate(date);
  if (stored.kind === 'month') {
    const span = nextYearlyMonth(stored.month, run.today);
    return span && monthDetailReason(d, span, run, RECURRING);
  }
  const yearly = yearlySoon(date, run) ? readYearlyDate(date) : undefined;
  if (!yearly) return undefined;
  const next = observed(yearly.monthDay, run).date;
  if (yearly.origin !== null && next < yearly.origin) return undefined; // before the first one
  // Given with its year, it counts them: "11 years since the wedding in 3 days" (issue 12).
  const years = yearly.origin === null ? null : yearsAt(yearly.origin, next);
  return dateReason('detail', next, run, (days) => yearlyDetailText(d.text, years, days), years ? { detailId: d.id, years } : { detailId: d.id });
}

function oneOffDetailReason(d: RankDetail, date: string, run: Run, lastContactOn: Day | null): Reason | undefined {
  const stored = readStoredDate(date);
  if (stored.kind === 'month') {
    const span = monthSpan(stored.month);
    return span && monthDetailReason(d, span, run, lastContactOn);
  }
  if (stored.kind !== 'day' || !isDay(stored.day)) return undefined;
  const days = dayNumber(stored.day) - run.todayNumber;
  if (days >= 0) return dateReason('detail', stored.day, run, (n) => `${d.text} ${whenText(n)}`, { detailId: d.id });
  if (-days > AFTER_EVENT_DAYS || askedSince(stored.day, lastContactOn)) return undefined;
  const text = `${pastTense(d.text)} ${whenText(days)} — ask how it went`;
  return reason('after-event', 'detail', stored.day, days, text, weightIn('after-event', nearness(-days)), { detailId: d.id });
}

export function detailReason(d: RankDetail, run: Run, lastContactOn: Day | null): Reason | undefined {
  if (d.date === null) return undefined;
  // A date without a year can only recur.
  return d.yearly || d.date.startsWith('--') ? yearlyDetailReason(d, d.date, run) : oneOffDetailReason(d, d.date, run, lastContactOn);
}

/** The weight of the reason one stored date gives on the day, or undefined when it gives none. */
export interface DateReasonWeights {
  birthday(stored: string): number | undefined;
  customerSince(stored: string): number | undefined;
  detail(date: string, yearly: boolean, lastContactOn: Day | null): number | undefined;
}

/**
 * Stored dates weighed one at a time by the rules that give a person's date reasons (rankContacts's
 * own), with no person around them: for callers that weigh thousands of dates before reading
 * anyone (src/store/todayReach.ts). A person talked to on the day has no date reason on the list;
 * such callers leave those people out first.
 */
export function dateReasonWeights(options: RankOptions): DateReasonWeights {
  const run = startRun(options);
  return {
    // Weighed without their words, each month-day once: a large journal weighs some 700 stored
    // birthdays and anniversaries, each once, in code not yet compiled (some 10 us each with words).
    birthday: (stored) => birthdayAhead(stored, run)?.weight,
    customerSince: (stored) => customerAhead(stored, run)?.weight,
    detail: (date, yearly, lastContactOn) => detailReason({ id: 0, text: '', date, yearly }, run, lastContactOn)?.weight,
  };
}
