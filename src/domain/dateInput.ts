// Turning what people type ("2027-03-15", "03-15", "2027-03", "tomorrow", "friday", "in 2 weeks")
// into calendar values. Plain forms are parsed here; phrases go to chrono-node, loaded only then.
import { addDays, addMonths, isDay, isValidDate, makeDay, monthName, pad2, splitDay, weekday, type Day } from './calendar.js';
import { isAmbiguous, orderProvenBy } from './dateOrder.js';
import { ValueError } from '../errors.js';
import { dateForms } from './dateForms.js';
import { splitTimeOfDay, timeOfDay } from './timeOfDay.js';

/** A day, a month known without its day, or a yearly date without a year (birthdays). */
export type DateValue =
  | { kind: 'day'; day: Day }
  | { kind: 'month'; month: string } // 'YYYY-MM'
  | { kind: 'yearless'; monthDay: string }; // 'MM-DD'

export type DateKind = DateValue['kind'];

export interface DateInputOptions {
  today: Day;
  /** Which way a bare weekday or MM-DD points: a follow-up looks ahead, a conversation back. */
  prefer: 'past' | 'future';
  /** Kinds the field accepts besides a plain day. */
  allow?: DateKind[];
  /** The flag or field, for the error message. */
  label?: string;
  /** Words and phrases ("tomorrow", "next friday"); off for a calendar date such as a birthday. */
  phrases?: boolean;
  /** The day must be after today (the end of a snooze or a pause): "monday" said on a Monday is the next one. */
  afterToday?: boolean;
  /**
   * A month alone (YYYY-MM, "june") is its first day, where a day is needed: a follow-up due in
   * June 2027, or a --since. Where the day looks ahead (a follow-up), the month under way is today:
   * its first day is past, the month is not ("december" said on 6 December).
   */
  monthAsFirstDay?: boolean;
  /** MM-DD, read as the nearest such day in any plain day field, is among the forms an error lists (a --since). */
  listsMonthDay?: boolean;
}

export { DATE_FORMS, dateForms } from './dateForms.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export class DateInputError extends ValueError {}

function invalid(text: string, opts: DateInputOptions, why = 'is not a date'): DateInputError {
  const label = opts.label ? `${opts.label}: ` : '';
  return new DateInputError(`${label}"${text}" ${why}; use ${dateForms(opts)}`);
}

/** Stored form: 'YYYY-MM-DD', 'YYYY-MM' or '--MM-DD' (the vCard way of writing a date without a year). */
export function storeDate(value: DateValue): string {
  switch (value.kind) {
    case 'day':
      return value.day;
    case 'month':
      return value.month;
    case 'yearless':
      return `--${value.monthDay}`;
  }
}

export function readStoredDate(stored: string): DateValue {
  if (stored.startsWith('--')) return { kind: 'yearless', monthDay: stored.slice(2) };
  // The length first: rel today reads hundreds of stored days in code not yet compiled.
  if (stored.length === 7 && /^\d{4}-\d{2}$/.test(stored)) return { kind: 'month', month: stored };
  return { kind: 'day', day: stored };
}

function weekdayFrom(today: Day, target: number, direction: 'past' | 'future', skipToday: boolean): Day {
  const current = weekday(today);
  if (direction === 'future') {
    let delta = (target - current + 7) % 7;
    if (delta === 0 && skipToday) delta = 7;
    return addDays(today, delta);
  }
  let delta = (current - target + 7) % 7;
  if (delta === 0 && skipToday) delta = 7;
  return addDays(today, -delta);
}

/** The counts people write in words: "in a week", "in two months". */
const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * "in 2 weeks", "within a month", "3 days ago", "a year from now", "next week", "last month":
 * days, weeks, months or years counted from today, read here because they are the most common
 * follow-ups and chrono takes some 60 ms of a run to load and read one. Read as chrono reads them,
 * except that a month counted from the 31st ends on the last day of a shorter month (Jan 31 + 1
 * month is Feb 28, where chrono says Mar 3). Counts of up to three digits: larger ones are left
 * to chrono, which says when they leave the calendar.
 */
function countedDay(input: string, today: Day): Day | undefined {
  const ahead = /^(?:(?:in|within)\s+(\w+)\s+(day|week|month|year)s?|(\w+)\s+(day|week|month|year)s?\s+from\s+now)$/.exec(input);
  const ago = /^(\w+)\s+(day|week|month|year)s?\s+ago$/.exec(input);
  const nextOrLast = /^(next|last)\s+(week|month|year)$/.exec(input);
  const [count, unit, sign] = ahead
    ? [ahead[1] ?? ahead[3]!, ahead[2] ?? ahead[4]!, 1]
    : ago
      ? [ago[1]!, ago[2]!, -1]
      : nextOrLast
        ? ['1', nextOrLast[2]!, nextOrLast[1] === 'next' ? 1 : -1]
        : [];
  const n = count === undefined ? undefined : /^\d{1,3}$/.test(count) ? Number(count) : COUNT_WORDS[count];
  if (n === undefined || sign === undefined) return undefined;
  if (unit === 'day') return addDays(today, sign * n);
  if (unit === 'week') return addDays(today, sign * 7 * n);
  return addMonths(today, sign * n * (unit === 'year' ? 12 : 1));
}

/** The plain forms, with no parser library: undefined when the text is something else. */
export function parsePlainDate(text: string, opts: DateInputOptions): DateValue | undefined {
  const input = text.trim().toLowerCase();
  const allow = opts.allow ?? [];
  if (input === 'today' || input === 'now') return { kind: 'day', day: opts.today };
  if (input === 'tomorrow') return { kind: 'day', day: addDays(opts.today, 1) };
  if (input === 'yesterday') return { kind: 'day', day: addDays(opts.today, -1) };
  const weekdayPhrase = /^(?:(next|last|this|coming|on)\s+)?([a-z]+)$/.exec(input);
  const weekdayIndex = WEEKDAYS.findIndex((w) => w === weekdayPhrase?.[2] || w.slice(0, 3) === weekdayPhrase?.[2]);
  if (weekdayPhrase && weekdayIndex >= 0) {
    // "next friday" is the coming Friday, as GNU date reads it; "last tuesday" the one before today.
    const word = weekdayPhrase[1];
    const direction = word === 'last' ? 'past' : word === undefined || word === 'on' ? opts.prefer : 'future';
    const skipToday = word === 'next' || word === 'last' || (opts.afterToday === true && direction === 'future');
    return { kind: 'day', day: weekdayFrom(opts.today, weekdayIndex, direction, skipToday) };
  }
  const counted = countedDay(input, opts.today);
  if (counted !== undefined) return { kind: 'day', day: counted };

  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  if (m) {
    const day = makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!isDay(day)) throw invalid(text, opts, 'is not a real calendar day');
    return { kind: 'day', day };
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(input);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw invalid(text, opts, 'is not a real month');
    if (!allow.includes('month') && opts.monthAsFirstDay) return firstDayOf(Number(m[1]), month, text, opts);
    if (!allow.includes('month')) throw invalid(text, opts, 'gives only a month; this needs the day');
    return { kind: 'month', month: `${m[1]}-${pad2(month)}` };
  }
  m = /^(?:--)?(\d{1,2})-(\d{1,2})$/.exec(input);
  if (m) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (!isValidDate(2000, month, day)) throw invalid(text, opts, 'is not a real calendar day');
    const monthDay = `${pad2(month)}-${pad2(day)}`;
    if (allow.includes('yearless')) return { kind: 'yearless', monthDay };
    return { kind: 'day', day: nearestMonthDay(opts.today, month, day, opts.prefer) };
  }
  const written = writtenDate(input);
  if (written) return writtenDay(written, text, opts);
  if (/^[\d\s/.:-]+$/.test(input)) throw invalid(text, opts);
  return undefined;
}

/**
 * 2027-06 where a day is needed: 2027-06-01, the day "june" said in 2026 names. A follow-up in the
 * month under way is due today, not on a first day already past (the end of a snooze, which must
 * be after today, stays the first day, and is refused as before it).
 */
function firstDayOf(year: number, month: number, text: string, opts: DateInputOptions): DateValue {
  const [thisYear, thisMonth] = splitDay(opts.today);
  if (opts.prefer === 'future' && opts.afterToday !== true && year === thisYear && month === thisMonth) return { kind: 'day', day: opts.today };
  const day = makeDay(year, month, 1);
  if (!isDay(day)) throw invalid(text, opts, 'is outside the calendar rel keeps (years 1 to 9999)');
  return { kind: 'day', day };
}

/** A day as people write it with / or .: its numbers in the order written, the year when given. */
interface WrittenDate {
  year: number | undefined;
  first: number;
  second: number;
  /** 2026/12/15: year, month, day. 15.12.2026: day first, as it is wherever dots are written. */
  order: 'ymd' | 'dmy' | 'either';
}

function writtenDate(input: string): WrittenDate | undefined {
  const ymd = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(input);
  if (ymd) return { year: Number(ymd[1]), first: Number(ymd[2]), second: Number(ymd[3]), order: 'ymd' };
  const m = /^(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}))?$/.exec(input);
  return m ? { year: m[4] === undefined ? undefined : Number(m[4]), first: Number(m[1]), second: Number(m[3]), order: m[2] === '.' ? 'dmy' : 'either' } : undefined;
}

/**
 * 15/12/2026, 12/15, 15.12, 2026/12/15: the day they name. A slash date is read in the order it
 * proves, as an imported file's are (dateOrder.ts); one that reads both ways (05/06) is refused
 * with both readings. Without a year it is a yearly date where the field takes one,
 * else the nearest such day, as MM-DD.
 */
function writtenDay(date: WrittenDate, text: string, opts: DateInputOptions): DateValue {
  const { first, second } = date;
  const numbers = { first, second, year: date.year ?? 2000 };
  if (date.order === 'either' && isAmbiguous(numbers)) throw invalid(text, opts, `could be ${second} ${monthName(first)} or ${first} ${monthName(second)}`);
  const dayFirst = date.order === 'dmy' || (date.order === 'either' && orderProvenBy(numbers) === 'dmy');
  const [month, day] = dayFirst ? [second, first] : [first, second];
  if (!isValidDate(date.year ?? 2000, month, day)) throw invalid(text, opts, 'is not a real calendar day');
  if (date.year !== undefined) return { kind: 'day', day: makeDay(date.year, month, day) };
  if (opts.allow?.includes('yearless')) return { kind: 'yearless', monthDay: `${pad2(month)}-${pad2(day)}` };
  return { kind: 'day', day: nearestMonthDay(opts.today, month, day, opts.prefer) };
}

/** MM-DD in a field that needs a year: the closest such day in the preferred direction. */
function nearestMonthDay(today: Day, month: number, day: number, prefer: 'past' | 'future'): Day {
  const [year] = splitDay(today);
  for (const y of prefer === 'future' ? [year, year + 1, year + 2, year + 3, year + 4] : [year, year - 1, year - 2, year - 3, year - 4]) {
    if (!isValidDate(y, month, day)) continue; // 29 February
    const candidate = makeDay(y, month, day);
    if (prefer === 'future' ? candidate >= today : candidate <= today) return candidate;
  }
  throw new DateInputError(`no ${pad2(month)}-${pad2(day)} near ${today}`);
}

/** Parses any accepted form; phrases load chrono-node on first use. */
export async function parseDateInput(text: string, opts: DateInputOptions): Promise<DateValue> {
  if (opts.phrases === false && !/^[\d\s/.-]*$/.test(text)) throw invalid(text, opts);
  // "friday 10am", "2026-12-11 10:00": the day, said with an hour rel would drop.
  const timed = splitTimeOfDay(text);
  if (timed && (await readsAsDate(timed.date, opts))) throw timeOfDay(text, opts.label, timed);
  const plain = parsePlainDate(text, opts);
  if (plain) return plain;
  const { readPhrase } = await import('./datePhrase.js');
  const phrase = readPhrase(text, opts.today, opts.prefer);
  if (!phrase) throw invalid(text, opts);
  if (phrase.timed) throw timeOfDay(text, opts.label);
  if (phrase.month && opts.monthAsFirstDay && !opts.allow?.includes('month')) {
    // "december" said in December is this one where a day looks ahead; chrono reads the next.
    const { year, month, yearSaid } = phrase.month;
    return firstDayOf(yearSaid ? year : nearestYearOf(month, opts), month, text, opts);
  }
  if (!isDay(phrase.day)) throw invalid(text, opts, 'is outside the calendar rel keeps (years 1 to 9999)');
  return { kind: 'day', day: phrase.day };
}

/** The year of the nearest such month in the preferred direction, the month under way included unless the day must be after today. */
function nearestYearOf(month: number, opts: DateInputOptions): number {
  const [year, current] = splitDay(opts.today);
  if (opts.afterToday === true) return month > current ? year : year + 1;
  if (opts.prefer === 'future') return month >= current ? year : year + 1;
  return month <= current ? year : year - 1;
}

/** For fields that need one calendar day. */
export async function parseDay(text: string, opts: DateInputOptions): Promise<Day> {
  const value = await parseDateInput(text, { ...opts, allow: [] });
  if (value.kind !== 'day') throw invalid(text, opts);
  return value.day;
}

/** A text split around the words that say a day: "call back" and "next week" of "call back next week". */
export interface DateInText {
  date: string;
  rest: string;
}

/** Whether `words` are a date a field of `opts` reads. */
async function readsAsDate(words: string, opts: DateInputOptions): Promise<boolean> {
  return parseDateInput(words, opts).then(
    () => true,
    () => false,
  );
}

/**
 * The day said at the end of a text ("call tomorrow", "call back next week") or at its start
 * ("in 2 weeks send the catalog"), for a refusal that shows how to write them apart: the longest
 * run of up to four words at either end (or at the `last` only) that reads as a date, the end
 * first, never the whole text.
 */
export async function dateAtAnEnd(text: string, opts: DateInputOptions, ends: 'either' | 'last' = 'either'): Promise<DateInText | undefined> {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const end = words.slice(-n).join(' ');
    if (await readsAsDate(end, opts)) return { date: end, rest: words.slice(0, -n).join(' ') };
    if (ends === 'last') continue;
    const start = words.slice(0, n).join(' ');
    if (await readsAsDate(start, opts)) return { date: start, rest: words.slice(n).join(' ') };
  }
  return undefined;
}
