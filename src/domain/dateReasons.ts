// The reasons a stored date gives on the list's day (SPEC §4): birthdays, customer anniversaries
// and dated details, in rel today's words, and their weights alone for the store's survey of
// dates (dateReasonWeights). The ranking (src/domain/ranking.ts) puts them with a person's others.
import { dayNumber, isDay, splitDay, type Day } from './calendar.js';
import { readStoredDate } from './dateInput.js';
import {
  birthdayText, customerText, monthSpan, monthStatus, monthText, nextYearly, nextYearlyMonth, pastTense, readYearlyDate, whenText,
  yearlyDetailText, type MonthDay, type MonthSpan,
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
    run.observances.set(key, (found = { date, year: splitDay(date)[0], weight: dateWhen(date, run)?.weight }));
  }
  return found;
}

/** A date reason before its words: its kind, day, days from the list's day and weight. */
interface DateWhen {
  kind: ReasonKind;
  date: Day;
  days: number;
  weight: number;
}

/** Today, tomorrow, or coming up within the window; a date further off gives no reason. */
function dateWhen(date: Day, run: Run): DateWhen | undefined {
  const days = dayNumber(date) - run.todayNumber;
  const kind: ReasonKind | undefined = days === 0 ? 'date-today' : days === 1 ? 'date-tomorrow' : days > 1 && days <= run.windowDays ? 'upcoming' : undefined;
  return kind && { kind, date, days, weight: weightIn(kind, nearness(days)) };
}

function dateReason(source: ReasonSource, date: Day, run: Run, text: (days: number) => string, ids: ReasonIds): Reason | undefined {
  const when = dateWhen(date, run);
  return when && reason(when.kind, source, date, when.days, text(when.days), when.weight, ids);
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
  return { date: next.date, year: next.year, weight: next.weight, years: yearly.year === null ? null : next.year - yearly.year };
}

/** A birthday that gives a reason: any but a birth day still to come. */
function birthdayAhead(stored: string | null, run: Run): Observance | undefined {
  const next = observance(stored, run);
  return next && (next.years === null || next.years >= 0) ? next : undefined;
}

/** A customer anniversary that gives a reason: "N years a customer" needs the year, and the day they became one is no anniversary. */
function customerAhead(stored: string | null, run: Run): (Observance & { years: number }) | undefined {
  const next = observance(stored, run);
  return next && next.years !== null && next.years >= 1 ? { date: next.date, year: next.year, weight: next.weight, years: next.years } : undefined;
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

/**
 * When a dated detail gives a reason on the day, before its words: the reason's kind, day, days
 * from the list's day and weight, and what its words need. The survey of dates weighs hundreds
 * of details this far only (dateReasonWeights), as it does birthdays.
 */
type DetailWhen = DateWhen & (
  | { form: 'month'; span: MonthSpan }
  | { form: 'yearly'; years: number | null }
  | { form: 'day' }
);

/** "Ask how it went" until a conversation after the event says it was asked (SPEC §4). */
const askedSince = (eventDay: Day, lastContactOn: Day | null): boolean => lastContactOn !== null && lastContactOn > eventDay;

/** Month-only details come up from the window before the month through its last day, then ask how it went. */
function monthWhen(span: MonthSpan, run: Run, lastContactOn: Day | null): DetailWhen | undefined {
  const status = monthStatus(span, run.today, run.windowDays);
  if (status.phase === 'upcoming') return { form: 'month', span, kind: 'upcoming', date: span.first, days: status.daysToStart, weight: comingUpWeight(status.daysToStart) };
  if (status.phase !== 'passed' || lastContactOn === RECURRING || status.daysSinceEnd > AFTER_EVENT_DAYS) return undefined;
  if (askedSince(span.last, lastContactOn)) return undefined;
  return { form: 'month', span, kind: 'after-event', date: span.last, days: -status.daysSinceEnd, weight: weightIn('after-event', nearness(status.daysSinceEnd)) };
}

function yearlyDetailWhen(date: string, run: Run): DetailWhen | undefined {
  const stored = readStoredDate(date);
  if (stored.kind === 'month') {
    const span = nextYearlyMonth(stored.month, run.today);
    return span && monthWhen(span, run, RECURRING);
  }
  const yearly = yearlySoon(date, run) ? readYearlyDate(date) : undefined;
  if (!yearly) return undefined;
  const next = observed(yearly.monthDay, run);
  if (yearly.origin !== null && next.date < yearly.origin) return undefined; // before the first one
  const when = dateWhen(next.date, run);
  // Given with its year, it counts them: "11 years since the wedding in 3 days" (issue 12).
  return when && { ...when, form: 'yearly', years: yearly.year === null ? null : next.year - yearly.year };
}

function oneOffDetailWhen(date: string, run: Run, lastContactOn: Day | null): DetailWhen | undefined {
  const stored = readStoredDate(date);
  if (stored.kind === 'month') {
    const span = monthSpan(stored.month);
    return span && monthWhen(span, run, lastContactOn);
  }
  if (stored.kind !== 'day' || !isDay(stored.day)) return undefined;
  const days = dayNumber(stored.day) - run.todayNumber;
  if (days >= 0) {
    const when = dateWhen(stored.day, run);
    return when && { ...when, form: 'day' };
  }
  if (-days > AFTER_EVENT_DAYS || askedSince(stored.day, lastContactOn)) return undefined;
  return { form: 'day', kind: 'after-event', date: stored.day, days, weight: weightIn('after-event', nearness(-days)) };
}

function detailWhen(date: string | null, yearly: boolean, run: Run, lastContactOn: Day | null): DetailWhen | undefined {
  if (date === null) return undefined;
  // A date without a year can only recur.
  return yearly || date.startsWith('--') ? yearlyDetailWhen(date, run) : oneOffDetailWhen(date, run, lastContactOn);
}

/** A detail's reason in words: "baby due in March 2027", "11 years since the wedding in 3 days", "moved house 3 days ago — ask how it went". */
function detailWords(text: string, when: DetailWhen): string {
  const asked = when.kind === 'after-event' ? ' — ask how it went' : '';
  switch (when.form) {
    case 'month':
      if (asked) return `${pastTense(text)} in ${monthText(when.span)}${asked}`;
      return when.days > 0 ? `${text} in ${monthText(when.span)}` : `${text} this month`;
    case 'yearly':
      return yearlyDetailText(text, when.years, when.days);
    case 'day':
      return asked ? `${pastTense(text)} ${whenText(when.days)}${asked}` : `${text} ${whenText(when.days)}`;
  }
}

function detailIds(detailId: number, when: DetailWhen): ReasonIds {
  if (when.form === 'month') return { detailId, month: when.span.month };
  return when.form === 'yearly' && when.years ? { detailId, years: when.years } : { detailId };
}

export function detailReason(d: RankDetail, run: Run, lastContactOn: Day | null): Reason | undefined {
  const when = detailWhen(d.date, d.yearly, run, lastContactOn);
  return when && reason(when.kind, 'detail', when.date, when.days, detailWords(d.text, when), when.weight, detailIds(d.id, when));
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
    // birthdays and anniversaries and 200 details, each once, in code not yet compiled (some 10 us
    // each with words).
    birthday: (stored) => birthdayAhead(stored, run)?.weight,
    customerSince: (stored) => customerAhead(stored, run)?.weight,
    detail: (date, yearly, lastContactOn) => detailWhen(date, yearly, run, lastContactOn)?.weight,
  };
}
