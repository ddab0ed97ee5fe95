// What a limited `rel today` (rankTodayTop in today.ts) asks of stored dates, and the conditions
// it shares between its queries:
// - Reach: the days a list can look at, as query parameters;
// - the SQL conditions for rows that give (or, for dates, can give) a reason;
// - DateWeights: whether a stored date gives a reason on the list's day and how much it weighs,
//   weighed by the domain (src/domain/ranking.ts), once per distinct stored value: thousands of
//   birthdays share a few hundred values, and each one runs the domain's own rules for
//   29 February, ages, anniversaries and month-only details.
import { addDays, dayNumber, isLeapYear, splitDay, type Day, daysBetween } from '../domain/calendar.js';
import { AFTER_EVENT_DAYS, dateReasonWeights, type DateReasonWeights, type RankOptions } from '../domain/ranking.js';
import type { Journal } from './journal.js';

/** The days within reach of a list: the window ahead, and the days after an event. */
export interface Reach {
  asOf: Day;
  asOfDay: number;
  windowEnd: Day;
  /** The last day a date can be on to give a reason: tomorrow is "tomorrow" even with --days 0. */
  datesEnd: Day;
  afterFrom: Day;
  monthFrom: string;
  monthTo: string;
  /** The list's month ('YYYY-MM'): a one-off month before it is over. */
  asOfMonth: string;
  /** The month-days ('MM-DD') from the list's day to datesEnd: one range, or two across the new year. */
  dayFrom1: string;
  dayTo1: string;
  dayFrom2: string;
  dayTo2: string;
  months: string;
}

/**
 * The month-days ('MM-DD', which sort in calendar order) from `from` through `to`, as two ranges:
 * the second is empty unless they run across the new year. 29 February rides on 28 February in
 * common years: a stretch ending on 28 February takes it in.
 */
function monthDayRanges(from: Day, to: Day): Pick<Reach, 'dayFrom1' | 'dayTo1' | 'dayFrom2' | 'dayTo2'> {
  const none = { dayFrom2: '1', dayTo2: '0' };
  if (dayNumber(to) - dayNumber(from) >= 365) return { dayFrom1: '01-01', dayTo1: '12-31', ...none };
  const first = from.slice(5);
  const last = to.endsWith('-02-28') && !isLeapYear(splitDay(to)[0]) ? '02-29' : to.slice(5);
  return first <= last ? { dayFrom1: first, dayTo1: last, ...none } : { dayFrom1: first, dayTo1: '12-31', dayFrom2: '01-01', dayTo2: last };
}

/** 'MM' of every month from the one holding `from` through the one holding `to`. */
function monthsWithin(from: Day, to: Day): string[] {
  const months = new Set<string>();
  const days = daysBetween(from, to); // counted, not compared: the calendar stops at 9999-12-31
  for (let k = 0; k <= days; k++) months.add(addDays(from, k).slice(5, 7));
  return [...months];
}

export function reachOf(asOf: Day, windowDays: number): Reach {
  const datesEnd = addDays(asOf, Math.max(windowDays, 1));
  const afterFrom = addDays(asOf, -AFTER_EVENT_DAYS);
  return {
    asOf,
    asOfDay: dayNumber(asOf),
    windowEnd: addDays(asOf, windowDays),
    datesEnd,
    afterFrom,
    monthFrom: afterFrom.slice(0, 7),
    monthTo: datesEnd.slice(0, 7),
    asOfMonth: asOf.slice(0, 7),
    ...monthDayRanges(asOf, datesEnd),
    months: JSON.stringify(monthsWithin(afterFrom, datesEnd)),
  };
}

// Rows that give a reason, exactly as the domain decides, on a table aliased `t`.
/** An open follow-up due by the window's end (tomorrow's even with --days 0) and not snoozed past the day. */
export const promise = (t: string): string => `${t}.done_on IS NULL AND ${t}.due_on <= @datesEnd AND (${t}.snoozed_until IS NULL OR ${t}.snoozed_until <= @asOf)`;
/**
 * Drifting: past the due day the store keeps on each contact (written by the domain's dueOf,
 * src/store/rhythm.ts) and not paused on the day — statusOf's comparisons on stored facts, valid
 * while no conversation is dated after the day. Whoever is read in full, the domain decides again.
 */
export const drifts = (t: string): string => `${t}.due_day < @asOfDay AND (${t}.paused_until IS NULL OR ${t}.paused_until <= @asOf)`;

// Stored dates that can give a reason: every one that does, and a few that do not (the domain
// sorts those out). A yearly day is near when its month-day comes up in the window.

// [contact id, date, yearly, last conversation] of every detail near the day, as JSON: each kind of
// date read as ranges of an index alone, one branch each (no detail is in two):
// - one-off days from a week back to the window's end, and one-off months around the day
//   (details_dated, by date);
// - days without a year ('--MM-DD') near the day (details_dated: they sort by month and day);
// - yearly days and yearly months given with their year, by month and day or by month
//   (details_yearly_day, migration 0020).
// The last conversation is asked only when a one-off date is over (a day before the list's day, a
// month before its month), the only time the domain reads it ("ask how it went", SPEC §4), and
// looks up the person's row: the rest come from the indexes alone.
const LAST_CONTACT = '(SELECT c.last_contact_on FROM contacts c WHERE c.id = t.contact_id)';
const BY_DATE = 'details t INDEXED BY details_dated';
const BY_YEARLY_DAY = 'details t INDEXED BY details_yearly_day WHERE t.yearly = 1 AND t.date IS NOT NULL AND t.date NOT LIKE \'--%\'';
const DETAILS_NEAR = `SELECT json_group_array(json_array(contact_id, date, yearly, last)) FROM (
  SELECT t.contact_id, t.date, t.yearly, CASE WHEN t.date < @asOf THEN ${LAST_CONTACT} END AS last
    FROM ${BY_DATE} WHERE t.date BETWEEN @afterFrom AND @datesEnd AND t.yearly = 0 AND length(t.date) = 10
  UNION ALL SELECT t.contact_id, t.date, t.yearly, CASE WHEN t.date < @asOfMonth THEN ${LAST_CONTACT} END
    FROM ${BY_DATE} WHERE t.date BETWEEN @monthFrom AND @monthTo AND t.yearly = 0 AND length(t.date) = 7
  ${[1, 2].map((n) => `UNION ALL SELECT t.contact_id, t.date, t.yearly, NULL FROM ${BY_DATE} WHERE t.date BETWEEN '--' || @dayFrom${n} AND '--' || @dayTo${n}`).join('\n  ')}
  ${[1, 2].map((n) => `UNION ALL SELECT t.contact_id, t.date, t.yearly, NULL FROM ${BY_YEARLY_DAY} AND substr(t.date, 6) BETWEEN @dayFrom${n} AND @dayTo${n} AND length(t.date) = 10`).join('\n  ')}
  UNION ALL SELECT t.contact_id, t.date, t.yearly, NULL FROM ${BY_YEARLY_DAY} AND substr(t.date, 6) IN (SELECT value FROM json_each(@months)) AND length(t.date) = 7)`;

/** The weights of the date reasons stored values give on the list's day, each value weighed once by the domain. */
export class DateWeights {
  private readonly weigh: DateReasonWeights;
  // null: weighed, and it gives no reason
  private readonly birthdays = new Map<string, number | null>();
  private readonly customers = new Map<string, number | null>();
  private readonly details = new Map<string, number | null>();

  constructor(options: RankOptions) {
    this.weigh = dateReasonWeights(options);
  }

  /** The weight of a stored value's reason; undefined when it gives none. */
  // Looked up before anything is made to weigh it: the survey asks some 4,000 times on a large
  // journal for 900 distinct values, in code not yet compiled.
  birthday(value: string | null): number | undefined {
    if (value === null) return undefined;
    const kept = this.birthdays.get(value);
    return kept !== undefined ? (kept ?? undefined) : keep(this.birthdays, value, this.weigh.birthday(value));
  }

  customer(value: string | null): number | undefined {
    if (value === null) return undefined;
    const kept = this.customers.get(value);
    return kept !== undefined ? (kept ?? undefined) : keep(this.customers, value, this.weigh.customerSince(value));
  }

  detail(date: string, yearly: number, lastContactOn: Day | null): number | undefined {
    const key = lastContactOn === null ? `${yearly}${date}` : `${yearly}${date} ${lastContactOn}`;
    const kept = this.details.get(key);
    return kept !== undefined ? (kept ?? undefined) : keep(this.details, key, this.weigh.detail(date, yearly === 1, lastContactOn));
  }
}

/** Keeps a weight just worked out (null for none) and gives it back. */
function keep(known: Map<string, number | null>, key: string, weight: number | undefined): number | undefined {
  known.set(key, weight ?? null);
  return weight;
}

export interface DatedPerson {
  id: number;
  /** The weight of their strongest date reason. */
  weight: number;
}

/** [id, birthday, customer since] of every active contact whose yearly day is near. */
export type YearlyRow = [id: number, birthday: string | null, customerSince: string | null];
/** [contact id, date, yearly, the person's last conversation] of a detail near the day. */
export type DetailRow = [contactId: number, date: string, yearly: number, lastContactOn: Day | null];

/** The weight of the strongest date reason of everyone with one among these rows, added to `strongest`. */
export function strongestDates(yearly: readonly YearlyRow[], details: readonly DetailRow[], weights: DateWeights, strongest = new Map<number, number>()): Map<number, number> {
  // Plain loops over indexes: some 2,400 rows on a large journal, in code not yet compiled, where
  // a callback a row and destructuring cost more than the weighing (todaySurvey.ts).
  for (let k = 0; k < yearly.length; k++) {
    const row = yearly[k]!;
    if (row[1] !== null) offer(strongest, row[0], weights.birthday(row[1]));
    if (row[2] !== null) offer(strongest, row[0], weights.customer(row[2]));
  }
  for (let k = 0; k < details.length; k++) {
    const row = details[k]!;
    offer(strongest, row[0], weights.detail(row[1], row[2], row[3]));
  }
  return strongest;
}

function offer(strongest: Map<number, number>, id: number, weight: number | undefined): void {
  if (weight !== undefined && weight > (strongest.get(id) ?? -Infinity)) strongest.set(id, weight);
}

/**
 * Everyone with a date reason, strongest first: those whose strongest the survey already found
 * (`found`), and the people of these rows. Archived people with a dated detail are among them: the
 * callers drop them.
 */
export function datedPeople(found: ReadonlyMap<number, number>, yearly: readonly YearlyRow[], details: readonly DetailRow[], weights: DateWeights): DatedPerson[] {
  const people: DatedPerson[] = [];
  strongestDates(yearly, details, weights, new Map(found)).forEach((weight, id) => people.push({ id, weight }));
  return people.sort((a, b) => b.weight - a.weight);
}

/** The details near the day, from one query. */
export function detailsNear(j: Journal, reach: Reach): DetailRow[] {
  return JSON.parse(j.stmt<[Reach], string>(DETAILS_NEAR).pluck().get(reach) ?? '[]') as DetailRow[];
}
