// Yearly dates (birthdays, customer anniversaries, yearly details) and details known only to the
// month, with the plain words `rel today` uses for them. Calendar arithmetic on Day strings only:
// no clock and no time zone, so "today" is always a parameter.
import { dayNumber, daysBetween, daysInMonth, fromDayNumber, isLeapYear, isValidDate, makeDay, monthName, readDay, splitDay, type Day } from './calendar.js';
import { readStoredDate } from './dateInput.js';

export interface MonthDay {
  month: number;
  day: number;
}

/** A yearly date as stored: its month and day, and the original day and its year when the year is known. */
export interface YearlyDate {
  monthDay: MonthDay;
  origin: Day | null;
  year: number | null;
}

/** 'YYYY-MM-DD' or '--MM-DD' → a yearly date; a month, an impossible day or a typo → undefined. */
export function readYearlyDate(stored: string): YearlyDate | undefined {
  const value = readStoredDate(stored);
  if (value.kind === 'day') {
    // Read once (readDay): rel today reads hundreds of stored birthdays, once each, in code not yet compiled.
    const parts = readDay(value.day);
    return parts && { monthDay: { month: parts[1], day: parts[2] }, origin: value.day, year: parts[0] };
  }
  if (value.kind !== 'yearless') return undefined;
  const m = /^(\d{2})-(\d{2})$/.exec(value.monthDay);
  const monthDay = { month: Number(m?.[1]), day: Number(m?.[2]) };
  // 2000 was a leap year, so 02-29 counts as a real yearly date.
  return m && isValidDate(2000, monthDay.month, monthDay.day) ? { monthDay, origin: null, year: null } : undefined;
}

/** A birthday with its year is the day they were born: one after today cannot be (without the year, '--MM-DD', any can). */
export function bornAfter(birthday: string, today: Day): boolean {
  return /^\d{4}-/.test(birthday) && birthday > today;
}

/** The day a yearly date falls on in a given year: 29 February is observed on 28 February in common years. */
export function observedDay(year: number, monthDay: MonthDay): Day {
  const leapDayInCommonYear = monthDay.month === 2 && monthDay.day === 29 && !isLeapYear(year);
  return makeDay(year, monthDay.month, leapDayInCommonYear ? 28 : monthDay.day);
}

/** The first observance of a yearly date on or after `from` (string order is date order for 'YYYY-MM-DD'). */
export function nextYearly(monthDay: MonthDay, from: Day): Day {
  const [year] = splitDay(from);
  const thisYear = observedDay(year, monthDay);
  return thisYear >= from ? thisYear : observedDay(year + 1, monthDay);
}

/**
 * The month-days ('MM-DD') whose next observance falls within `days` days of `from`: a cheap test
 * that lets `rel today` skip the yearly dates of most contacts without parsing them.
 */
export function yearlyDatesWithin(from: Day, days: number): Set<string> {
  // The days ahead, one by one, and what is observed on each: a month-day is observed within the
  // days ahead exactly when its next observance is one of them.
  const within = new Set<string>();
  for (let k = 0, n = dayNumber(from); k <= days && within.size < 366; k++) {
    const day = fromDayNumber(n + k);
    within.add(day.slice(5));
    if (day.endsWith('-02-28') && !isLeapYear(splitDay(day)[0])) within.add('02-29');
  }
  return within;
}

/** 'today', 'tomorrow', 'in 6 days'; for the past 'yesterday', '3 days ago'. */
export function whenText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** "turns 40 tomorrow"; without a known year (or before the first birthday) "birthday in 6 days". */
export function birthdayText(age: number | null, days: number): string {
  return age !== null && age > 0 ? `turns ${age} ${whenText(days)}` : `birthday ${whenText(days)}`;
}

/** "3 years a customer today", "1 year a customer in 6 days". */
export function customerText(years: number, days: number): string {
  return `${years} ${years === 1 ? 'year' : 'years'} a customer ${whenText(days)}`;
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 112th. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Words that already say whose or which: "since the wedding", but "since our wedding", "since Peter's surgery". */
const DETERMINED = /^(?:the|a|an|my|our|your|his|her|their|its|this|that|\S+'s)\s/i;

/**
 * A yearly detail with its year, counted: "11 years since the wedding in 3 days", "16th anniversary
 * today"; on its first day (or without a year) as it is: "wedding today".
 */
export function yearlyDetailText(text: string, years: number | null, days: number): string {
  if (years === null || years < 1) return `${text} ${whenText(days)}`;
  if (/\banniversary$/i.test(text)) return `${ordinal(years)} ${text} ${whenText(days)}`;
  const what = DETERMINED.test(text) ? text : `the ${text}`;
  return `${years} ${years === 1 ? 'year' : 'years'} since ${what} ${whenText(days)}`;
}

/** "baby due" → "baby was due"; "wedding" → "wedding was": how a passed detail reads. */
export function pastTense(text: string): string {
  if (/\bwas due\b/i.test(text)) return text;
  return /\bdue\b/i.test(text) ? text.replace(/\b(?:is |are )?due\b/i, 'was due') : `${text} was`;
}

export interface MonthSpan {
  month: string; // 'YYYY-MM'
  first: Day;
  last: Day;
}

/** 'YYYY-MM' → its first and last day; anything else → undefined. */
export function monthSpan(month: string): MonthSpan | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const year = Number(m?.[1]);
  const monthNumber = Number(m?.[2]);
  if (!m || !isValidDate(year, monthNumber, 1)) return undefined;
  return { month, first: makeDay(year, monthNumber, 1), last: makeDay(year, monthNumber, daysInMonth(year, monthNumber)) };
}

/** "March 2027". */
export function monthText(span: MonthSpan): string {
  const [year, month] = splitDay(span.first);
  return `${monthName(month)} ${year}`;
}

/**
 * Where today stands against a month-only detail (SPEC §4): 'upcoming' from `windowDays` before
 * the month starts through its last day, 'passed' once the month is over, 'later' before that.
 */
export type MonthStatus =
  | { phase: 'later'; span: MonthSpan; daysToStart: number }
  | { phase: 'upcoming'; span: MonthSpan; daysToStart: number } // ≤ 0 while the month runs
  | { phase: 'passed'; span: MonthSpan; daysSinceEnd: number }; // ≥ 1

export function monthStatus(span: MonthSpan, today: Day, windowDays: number): MonthStatus {
  const daysToStart = daysBetween(today, span.first);
  const daysSinceEnd = daysBetween(span.last, today);
  if (daysSinceEnd > 0) return { phase: 'passed', span, daysSinceEnd };
  return daysToStart > windowDays ? { phase: 'later', span, daysToStart } : { phase: 'upcoming', span, daysToStart };
}

/** A month that recurs every year: this year's if it has not ended yet, else next year's. */
export function nextYearlyMonth(month: string, today: Day): MonthSpan | undefined {
  const [year] = splitDay(today);
  const inYear = (y: number) => monthSpan(`${String(y).padStart(4, '0')}-${month.slice(5, 7)}`);
  const thisYear = inYear(year);
  return !thisYear || thisYear.last >= today ? thisYear : inYear(year + 1);
}
