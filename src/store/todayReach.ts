// What a limited `rel today` knows about everyone without ranking everyone (see rankTodayTop in
// today.ts):
// - datedPeople: who has a date reason (a birthday, a customer anniversary, a dated detail), and
//   how much their strongest one weighs. SQL finds the few stored dates near the day; the domain
//   decides, so the rules for 29 February, month-only details and years live in one place;
// - countWithReasons: how many people have at least one reason, the list's total, counted by SQL
//   over sets it decides exactly, without reading those people's rows into JavaScript.
import { addDays, dayNumber, isLeapYear, splitDay, type Day } from '../domain/calendar.js';
import { AFTER_EVENT_DAYS, rankContacts, type RankInput, type RankOptions } from '../domain/ranking.js';
import type { Journal } from './journal.js';

/** The days within reach of a list: the window ahead, and the days after an event. */
export interface Reach {
  asOf: Day;
  asOfDay: number;
  windowEnd: Day;
  /** The last day a one-off date can be on to give a reason: tomorrow is "tomorrow" even with --days 0. */
  datesEnd: Day;
  /** The month a week back: month-only details from it on can give a reason. */
  monthFrom: string;
  monthDays: string;
  months: string;
}

/** 'MM-DD' of every day from `from` through `days` later; 29 February rides on 28 February in common years. */
function monthDaysWithin(from: Day, days: number): string[] {
  const monthDays: string[] = [];
  for (let k = 0; k <= days; k++) {
    const day = addDays(from, k);
    monthDays.push(day.slice(5));
    if (day.endsWith('-02-28') && !isLeapYear(splitDay(day)[0])) monthDays.push('02-29');
  }
  return monthDays;
}

/** 'MM' of every month from the one holding `from` through the one holding `to`. */
function monthsWithin(from: Day, to: Day): string[] {
  const months = new Set<string>();
  for (let day = from; day <= to; day = addDays(day, 1)) months.add(day.slice(5, 7));
  return [...months];
}

export function reachOf(asOf: Day, windowDays: number): Reach {
  const windowEnd = addDays(asOf, windowDays);
  const datesEnd = addDays(asOf, Math.max(windowDays, 1));
  const afterFrom = addDays(asOf, -AFTER_EVENT_DAYS);
  return {
    asOf,
    asOfDay: dayNumber(asOf),
    windowEnd,
    datesEnd,
    monthFrom: afterFrom.slice(0, 7),
    monthDays: JSON.stringify(monthDaysWithin(asOf, Math.max(windowDays, 1))),
    months: JSON.stringify(monthsWithin(afterFrom, datesEnd)),
  };
}

export interface DetailRow {
  contact_id: number;
  id: number;
  text: string;
  date: string;
  yearly: number;
}

interface YearlyRow {
  id: number;
  birthday: string | null;
  customer_since: string | null;
}

// Every stored form that can give a date reason gets through (and some that cannot: the domain
// sorts those out): one-off days and months from a week back to the window's end, yearly days on
// the days ahead, yearly months in the months around. The inner query reads only the index of
// dated details; the table is read for the few rows that pass.
const DETAILS_IN_REACH = `SELECT contact_id, id, text, date, yearly FROM details WHERE id IN (
  SELECT id FROM details WHERE date IS NOT NULL AND (
    date BETWEEN @monthFrom AND @datesEnd
    OR substr(date, -5) IN (SELECT value FROM json_each(@monthDays))
    OR (length(date) = 7 AND substr(date, 6, 2) IN (SELECT value FROM json_each(@months)))))`;

// No index holds birthdays by day of the year, so this one reads every contact (archived ones too:
// the index of active contacts would cost a look-up per row); it returns only the few whose day
// comes up.
const YEARLY_IN_REACH = `SELECT id, birthday, customer_since FROM contacts WHERE
  substr(birthday, -5) IN (SELECT value FROM json_each(@monthDays))
  OR substr(customer_since, -5) IN (SELECT value FROM json_each(@monthDays))`;

/** A person known only by their dates, paused for ever so that no drifting reason mixes in. */
function datesOnly(id: number, options: RankOptions): RankInput {
  return {
    id,
    name: '',
    birthday: null,
    customerSince: null,
    cadence: null,
    tags: [],
    pausedUntil: '9999-12-31',
    createdOn: options.today,
    archived: false,
    lastContactOn: options.today,
    reminders: [],
    details: [],
    complaints: [],
  };
}

function datedInputs(j: Journal, reach: Reach, options: RankOptions): RankInput[] {
  const people = new Map<number, RankInput & { details: RankInput['details'][number][] }>();
  const person = (id: number) => {
    let input = people.get(id);
    if (!input) people.set(id, (input = { ...datesOnly(id, options), details: [] }));
    return input;
  };
  for (const c of j.stmt<[Reach], YearlyRow>(YEARLY_IN_REACH).all(reach)) Object.assign(person(c.id), { birthday: c.birthday, customerSince: c.customer_since });
  for (const d of j.stmt<[Reach], DetailRow>(DETAILS_IN_REACH).all(reach)) person(d.contact_id).details.push({ id: d.id, text: d.text, date: d.date, yearly: d.yearly === 1 });
  return [...people.values()];
}

export interface DatedPerson {
  id: number;
  /** The weight of their strongest date reason. */
  weight: number;
}

/**
 * Everyone with a date reason on the list's day (archived people with a dated detail included:
 * the callers drop them), strongest date first.
 */
export function datedPeople(j: Journal, reach: Reach, options: RankOptions): DatedPerson[] {
  const rows = rankContacts(datedInputs(j, reach, options), options);
  return rows.map((row) => ({ id: row.contactId, weight: row.reasons[0]?.weight ?? 0 })).sort((a, b) => b.weight - a.weight);
}

// Whose stored rhythm says they drift: the same test as the domain's (src/domain/cadence.ts), on
// the columns migration 0003 keeps, valid while no conversation is dated after the list's day.
export const DRIFTING = 'archived = 0 AND due_day < @asOfDay AND (paused_until IS NULL OR paused_until <= @asOf)';

// Follow-ups due by the window's end and not snoozed past the day give a reason, and so does every
// open complaint: none is dated after the day, or the caller would have ranked everyone.
const COUNT_WITH_REASONS = `SELECT count(*) AS n FROM (
  SELECT id FROM contacts WHERE ${DRIFTING}
  UNION
  SELECT c.id FROM contacts c WHERE c.archived = 0 AND c.id IN (
    SELECT contact_id FROM reminders WHERE done_on IS NULL AND due_on <= @windowEnd AND (snoozed_until IS NULL OR snoozed_until <= @asOf)
    UNION SELECT contact_id FROM conversations WHERE complaint = 1 AND resolved_on IS NULL
    UNION SELECT value FROM json_each(@dated)))`;

/** How many active people have at least one reason on the list's day; `dated` holds those with a date reason. */
export function countWithReasons(j: Journal, reach: Reach, dated: readonly DatedPerson[]): number {
  const params = { ...reach, dated: JSON.stringify(dated.map((p) => p.id)) };
  return j.stmt<[typeof params], { n: number }>(COUNT_WITH_REASONS).get(params)?.n ?? 0;
}
