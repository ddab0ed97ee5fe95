// Calendar days as plain 'YYYY-MM-DD' strings and day numbers (days since 1970-01-01).
// Working on the calendar, not on instants, keeps every computation free of time zones:
// the only place a zone matters is when the clock is turned into "today" (see localDay).
// The arithmetic is date-fns's, on dates whose fields are UTC (see utcDate.ts).
import { addDays as addDaysToDate, addMonths as addMonthsToDate, formatISO, getDay, getDaysInMonth, isLeapYear as isLeapYearOf } from 'date-fns';
import { millisecondsInDay } from 'date-fns/constants';
import { utcDate, UtcDate } from './utcDate.js';

export type Day = string; // 'YYYY-MM-DD'

// Five digits are read (never accepted by isDay) for the year after 9999 that a yearly date seen
// from the last days of the calendar falls in.

export function isLeapYear(year: number): boolean {
  return isLeapYearOf(utcDate(year, 1, 1));
}

export function daysInMonth(year: number, month: number): number {
  return month >= 1 && month <= 12 ? getDaysInMonth(utcDate(year, month, 1)) : 0;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  // Every month has a 28th: most days need no date built (isDay runs for every candidate of `rel today`).
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && (day <= 28 || day <= daysInMonth(year, month));
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function makeDay(year: number, month: number, day: number): Day {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function splitDay(day: Day): [number, number, number] {
  const parts = dayParts(day);
  if (!parts) throw new Error(`not a calendar day: ${day}`);
  return parts;
}

export function isDay(text: string): boolean {
  return readDay(text) !== undefined;
}

/** Year, month and day of a real calendar day 'YYYY-MM-DD'; undefined for anything else. */
export function readDay(text: string): [number, number, number] | undefined {
  const parts = dayParts(text);
  return parts !== undefined && isValidDate(parts[0], parts[1], parts[2]) ? parts : undefined;
}

/**
 * Year, month and day of 'YYYY-MM-DD' (or a five-digit year), read digit by digit: rel today
 * reads thousands of stored days once each, where a regular expression's match cost more than the
 * rest of the day's arithmetic.
 */
function dayParts(text: string): [number, number, number] | undefined {
  const yearEnd = text.length - 6;
  if ((yearEnd !== 4 && yearEnd !== 5) || text.charCodeAt(yearEnd) !== DASH || text.charCodeAt(yearEnd + 3) !== DASH) return undefined;
  const year = digitsOf(text, 0, yearEnd);
  const month = digitsOf(text, yearEnd + 1, yearEnd + 3);
  const day = digitsOf(text, yearEnd + 4, yearEnd + 6);
  return year < 0 || month < 0 || day < 0 ? undefined : [year, month, day];
}

const DASH = 0x2d;

/** The number the ASCII digits from `from` to `to` write; -1 when one is not a digit. */
function digitsOf(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

function dateOf(day: Day): UtcDate {
  return utcDate(...splitDay(day));
}

const CALENDAR = { start: utcDate(1, 1, 1), end: utcDate(9999, 12, 31) };

/**
 * 'YYYY-MM-DD' of where arithmetic landed, kept within the calendar rel writes (see fromDayNumber).
 * A step past even a Date's range (some 270,000 years) gives an invalid date: its direction says
 * which end it ran past.
 */
function dayOf(date: Date, direction: number): Day {
  if (Number.isNaN(date.getTime())) return formatISO(direction < 0 ? CALENDAR.start : CALENDAR.end, { representation: 'date' });
  // date-fns's clamp(date, CALENDAR), compared in place: clamp builds five dates a call.
  return formatISO(date < CALENDAR.start ? CALENDAR.start : date > CALENDAR.end ? CALENDAR.end : date, { representation: 'date' });
}

/**
 * Days since 1970-01-01: date-fns's differenceInCalendarDays from the epoch, counted on the time
 * value because `rel today` calls it for every candidate (date-fns's takes some 2 µs a call to
 * bring both dates to local midnight; this some 0.3 µs).
 */
export function dayNumber(day: Day): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    const [year, month, date] = splitDay(day);
    // Date.UTC builds no date (rel stats reads thousands of days); it reads years 0-99 as 1900-1999.
    const time = year >= 100 ? Date.UTC(year, month - 1, date) : utcDate(year, month, date).getTime();
    n = Math.round(time / millisecondsInDay);
    if (dayNumbers.size < DAY_NUMBERS_KEPT) dayNumbers.set(day, n);
  }
  return n;
}

/**
 * Day numbers already worked out: a listing of 100,000 people asks about the same few hundred
 * days (their last conversations, their due days) again and again. Bounded, as a day is a string
 * from the journal.
 */
const dayNumbers = new Map<Day, number>();
const DAY_NUMBERS_KEPT = 20_000;
/** The same the other way: rel list turns 100,000 stored due days, a few hundred distinct, into days. */
const daysByNumber = new Map<number, Day>();

const FIRST_DAY_NUMBER = dayNumber('0001-01-01');
const LAST_DAY_NUMBER = dayNumber('9999-12-31');

/**
 * The day with that number. Days are written with four-digit years, so arithmetic that runs past
 * the ends of the calendar (9999-12-31 plus a cadence) stops at them instead of making a day no
 * other function can read: "next due 9999-12-31" means never.
 */
export function fromDayNumber(n: number): Day {
  let day = daysByNumber.get(n);
  if (day === undefined) {
    // Within the calendar a time value's ISO text starts with its day: no date-fns date built and
    // formatted (some 5 µs; rel stats turns thousands of stored due days into days).
    if (Number.isInteger(n) && n >= FIRST_DAY_NUMBER && n <= LAST_DAY_NUMBER) day = new Date(n * millisecondsInDay).toISOString().slice(0, 10);
    else day = dayOf(addDaysToDate(new UtcDate(0), n), n);
    if (daysByNumber.size < DAY_NUMBERS_KEPT) daysByNumber.set(n, day);
  }
  return day;
}

export function addDays(day: Day, days: number): Day {
  return dayOf(addDaysToDate(dateOf(day), days), days);
}

/** Adds calendar months, clamping to the end of a shorter month (Jan 31 + 1m = Feb 28/29). */
export function addMonths(day: Day, months: number): Day {
  return dayOf(addMonthsToDate(dateOf(day), months), months);
}

/** Whole days from `from` to `to` (positive when `to` is later), on day numbers for speed as dayNumber says. */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return getDay(dateOf(day));
}

/** The calendar day of an instant in the process's local time zone (honours TZ). */
export function localDay(instant: Date): Day {
  return formatISO(instant, { representation: 'date' });
}

/** An instant to the minute in the process's local time zone, as a listing shows it: "2026-03-02 08:30". */
export function localMinute(instant: Date): string {
  return formatISO(instant).slice(0, 16).replace('T', ' ');
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}
