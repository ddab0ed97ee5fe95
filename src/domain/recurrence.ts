// When a recurring follow-up comes back after it is done.
//
// A monthly or yearly series keeps its anchor day (SPEC §3): monthly on the 31st falls on the last
// day of a shorter month and comes back to the 31st (Jan 31 → Feb 28 → Mar 31 → Apr 30); yearly
// on 29 February falls on 28 February in common years and on the 29th in leap years. A due day
// alone cannot say which day it stands for once a short month shortened it (Feb 28 may be the
// 28th, the 30th or the 31st), so the series carries its anchor (`anchorDay`) while it sits on
// such a day; on any other day the anchor is the due day's own day of the month.
import { addMonths, daysInMonth, dayNumber, fromDayNumber, makeDay, splitDay, type Day } from './calendar.js';
import type { Duration } from './duration.js';

/** The last day of the calendar rel keeps: a series never goes past it. */
const LAST_DAY = '9999-12-31';

/** The anchor day of a series standing on `dueOn`: the one it carries, else the due day's own. */
export function anchorOf(dueOn: Day, anchorDay: number | null | undefined): number {
  return anchorDay ?? splitDay(dueOn)[2];
}

/** The month count of a monthly or yearly recurrence; undefined for days and weeks. */
function monthsOf(every: Duration): number | undefined {
  return every.unit === 'm' ? every.count : every.unit === 'y' ? 12 * every.count : undefined;
}

/** The length in days of a recurrence in days or weeks. */
function daysOf(every: Duration): number {
  return every.count * (every.unit === 'w' ? 7 : 1);
}

/**
 * The k-th date of the series after `dueOn` (k ≥ 1), or undefined past the calendar's end. Months
 * are counted from the first of the due day's month with date-fns (calendar.ts's addMonths), and
 * the anchor day is then kept, or the month's last day when the month is shorter.
 */
function occurrence(dueOn: Day, every: Duration, anchor: number, k: number): Day | undefined {
  const months = monthsOf(every);
  if (months === undefined) {
    const n = dayNumber(dueOn) + k * daysOf(every);
    return n > dayNumber(LAST_DAY) ? undefined : fromDayNumber(n);
  }
  const [year, month] = splitDay(dueOn);
  if (year * 12 + month - 1 + k * months > 9999 * 12 + 11) return undefined; // after December 9999
  const [y, m] = splitDay(addMonths(makeDay(year, month, 1), k * months));
  return makeDay(y, m, Math.min(anchor, daysInMonth(y, m)));
}

/**
 * The first date of the series after `today` (a follow-up done late does not stay overdue, one
 * done early still moves on), keeping the anchor day. Undefined when the series has no date left
 * in the calendar rel keeps (years 1 to 9999): the caller says so instead of looping at its end.
 */
export function nextOccurrence(dueOn: Day, every: Duration, today: Day, anchorDay?: number | null): Day | undefined {
  const anchor = anchorOf(dueOn, anchorDay);
  // Start from the last period that can still be on or before today: at most two steps follow.
  for (let k = Math.max(1, periodsBefore(dueOn, every, today)); ; k++) {
    const next = occurrence(dueOn, every, anchor, k);
    if (next === undefined || next > today) return next;
  }
}

/** Whole periods from the due day to today (months counted by the calendar month): a lower bound. */
function periodsBefore(dueOn: Day, every: Duration, today: Day): number {
  const months = monthsOf(every);
  if (months === undefined) return Math.floor((dayNumber(today) - dayNumber(dueOn)) / daysOf(every));
  const [y0, m0] = splitDay(dueOn);
  const [y1, m1] = splitDay(today);
  return Math.floor((y1 * 12 + m1 - (y0 * 12 + m0)) / months);
}

/** What a series moved to `dueOn` carries: its anchor when that day is not the anchor's own, else null. */
export function anchorToCarry(dueOn: Day, every: Duration | undefined, anchor: number | null): number | null {
  if (anchor === null || every === undefined || monthsOf(every) === undefined) return null;
  return splitDay(dueOn)[2] === anchor ? null : anchor;
}

/**
 * Why `anchor` cannot be the day a series on `dueOn` keeps (undefined when it can): the due day's
 * own day of the month, or a later one when the due day is its month's last, of a series that
 * recurs by months or years. For a journal document read back, which may have been edited by hand.
 */
export function anchorProblem(dueOn: Day, every: Duration | undefined, anchor: number): string | undefined {
  if (every === undefined || monthsOf(every) === undefined) return 'is only for a follow-up that recurs by months or years';
  const [year, month, day] = splitDay(dueOn);
  if (!Number.isInteger(anchor) || anchor < day || anchor > 31) return `must be a day of the month from the due day's (${day}) to 31`;
  if (anchor > day && day !== daysInMonth(year, month)) return `can differ from the due day's day of the month only when that is the month's last, and ${dueOn} is not`;
  return undefined;
}
