// Calendar days as plain 'YYYY-MM-DD' strings and day numbers (days since 1970-01-01).
// Working on the calendar, not on instants, keeps every computation free of time zones:
// the only place a zone matters is when the clock is turned into "today" (see localDay).

export type Day = string; // 'YYYY-MM-DD'

// Five digits are read (never accepted by isDay) for the year after 9999 that a yearly date seen
// from the last days of the calendar falls in.
const ISO_DAY = /^(\d{4,5})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function makeDay(year: number, month: number, day: number): Day {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function splitDay(day: Day): [number, number, number] {
  const m = ISO_DAY.exec(day);
  if (!m) throw new Error(`not a calendar day: ${day}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function isDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  return m !== null && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function dayNumber(day: Day): number {
  const [y, m, d] = splitDay(day);
  if (y >= 100) return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
  const early = new Date(0); // Date.UTC reads years 0-99 as 1900-1999
  early.setUTCFullYear(y, m - 1, d);
  return Math.round(early.getTime() / MS_PER_DAY);
}

const FIRST_DAY_NUMBER = dayNumber('0001-01-01');
const LAST_DAY_NUMBER = dayNumber('9999-12-31');

/**
 * The day with that number. Days are written with four-digit years, so arithmetic that runs past
 * the ends of the calendar (9999-12-31 plus a cadence) stops at them instead of making a day no
 * other function can read: "next due 9999-12-31" means never.
 */
export function fromDayNumber(n: number): Day {
  const date = new Date(Math.min(Math.max(n, FIRST_DAY_NUMBER), LAST_DAY_NUMBER) * MS_PER_DAY);
  return makeDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(day: Day, days: number): Day {
  return fromDayNumber(dayNumber(day) + days);
}

/** Adds calendar months, clamping to the end of a shorter month (Jan 31 + 1m = Feb 28/29). */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = splitDay(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (year > 9999) return '9999-12-31'; // the ends of the calendar, as in fromDayNumber
  if (year < 1) return '0001-01-01';
  return makeDay(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The calendar day of an instant in the process's local time zone (honours TZ). */
export function localDay(instant: Date): Day {
  return makeDay(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}
