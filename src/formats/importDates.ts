// Dates as other programs write them, turned into rel's stored forms: 'YYYY-MM-DD', or
// '--MM-DD' for a birthday without a year. One reader for every importer, since a birthday comes
// in every form from every source (a phone writes BDAY:1995/05/05, a German Outlook 15.03.1985):
// - ISO 8601 as vCards and Google write it: 1980-03-15, 19800315, --03-15, --0315, with a time
//   after it ignored; year first with slashes or dots (1995/05/05, 1995.5.5);
// - two numbers and a year (15/03/1985, 3/15/1985, 4-2-1971), in the order decided for the whole
//   file (src/domain/dateOrder.ts); dd.mm.yyyy (15.03.1985), day-first;
// - English month names: 12 Mar 2024, 12-Mar-2024, March 12, 2024 (LinkedIn's 12-Mar-24 too, when
//   two-digit years are allowed: they are this century);
// - rel's own MM-DD for a birthday without a year, and Outlook's 0/0/00 for no date at all.
// A text that is none of these is a problem, which the importer reports as a warning naming the
// file, line and field, and the field is left out.
import { isValidDate, makeDay, pad2 } from '../domain/calendar.js';
import { decideDateOrder, DEFAULT_DATE_ORDER, monthAndDay, numericDateParts, orderProvenBy, orderWords, type DateOrder, type DateOrderDecision } from '../domain/dateOrder.js';
import { quoteValue } from './importError.js';

// Placeholder years that mean "no year": Apple writes 1604 (with X-APPLE-OMIT-YEAR=1604),
// some Android builds write 0000.
const NO_YEAR = new Set(['1604', '0000']);

export interface DateReadOptions {
  /** Apple's X-APPLE-OMIT-YEAR: the year that stands for "no year". */
  omitYear?: string;
  /** The field needs a year (a customer since, a pause): a date without one is a problem. */
  needsYear?: boolean;
  /** 12-Mar-24 is 2024 (LinkedIn's older exports); otherwise a two-digit year is not read. */
  twoDigitYears?: boolean;
}

/** A day ('' for a value that says "no date", as Outlook's 0/0/00), or why the text is not one. */
export type DateResult = { day: string } | { problem: string };

const EXPECTED = 'expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY, or --MM-DD without a year';

/** The dates of one file, read in the order its numeric dates prove (or --date-order, or the default). */
export class FileDates {
  readonly order: DateOrder;

  constructor(readonly decision: DateOrderDecision | undefined) {
    this.order = decision?.order ?? DEFAULT_DATE_ORDER;
  }

  /** Decides the order from every date text of the file. */
  static of(texts: Iterable<string>, flag?: DateOrder): FileDates {
    return new FileDates(decideDateOrder(texts, flag));
  }

  read(text: string, options: DateReadOptions = {}): DateResult {
    const value = text.trim();
    if (value === '' || /^0{1,2}([/.-])0{1,2}\1(?:00|0000)$/.test(value)) return { day: '' };
    const day = this.dayOf(value, options);
    if (typeof day !== 'string') return { problem: `${quoteValue(value)} ${day?.problem ?? `is not a date; ${EXPECTED}`}` };
    if (options.needsYear && day.startsWith('--')) return { problem: `${quoteValue(value)} has no year; this needs a full date (YYYY-MM-DD)` };
    return { day };
  }

  /** The day, undefined when the text is no date, or the problem with a numeric date of the wrong order. */
  private dayOf(value: string, options: DateReadOptions): string | { problem: string } | undefined {
    let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[\sT][\d:.]*(?:Z|[+-][\d:]+)?)?$/.exec(value) ?? /^(\d{4})()(\d{2})(\d{2})(?:T[\d:.]*(?:Z|[+-][\d:]+)?)?$/.exec(value);
    if (m) return dayOrYearless(m[1]!, Number(m[3]), Number(m[4]), options.omitYear);
    m = /^--(\d{2})-?(\d{2})$/.exec(value) ?? /^(\d{2})-(\d{2})$/.exec(value);
    if (m) return yearless(Number(m[1]), Number(m[2]));
    m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
    if (m) return dayOrYearless(m[3]!, Number(m[2]), Number(m[1]));
    const numeric = numericDateParts(value);
    if (numeric) {
      const proven = orderProvenBy(numeric);
      if (proven !== undefined && proven !== this.order) return { problem: `is ${orderWords(proven)}, but this file's dates are read ${orderWords(this.order)}` };
      const { month, day } = monthAndDay(numeric, this.order);
      return dayOrYearless(String(numeric.year), month, day);
    }
    return dayWithMonthName(value, options.twoDigitYears === true);
  }
}

function yearless(month: number, day: number): string | undefined {
  return isValidDate(2000, month, day) ? `--${pad2(month)}-${pad2(day)}` : undefined; // 2000: 29 February exists
}

function dayOrYearless(year: string, month: number, day: number, omitYear?: string): string | undefined {
  if (NO_YEAR.has(year) || year === omitYear) return yearless(month, day);
  const y = Number(year);
  return isValidDate(y, month, day) ? makeDay(y, month, day) : undefined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1 to 12 for an English month name or its abbreviation (Mar, March, Sept). */
function monthNamed(word: string): number | undefined {
  const name = word.toLowerCase();
  const index = MONTHS.findIndex((month) => month === name || month.slice(0, 3) === name || (name === 'sept' && month === 'september'));
  return index < 0 ? undefined : index + 1;
}

/** 12 Mar 2024, 12-Mar-2024, 12-Mar-24, March 12, 2024. */
function dayWithMonthName(value: string, twoDigitYears: boolean): string | undefined {
  const dayFirst = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4}|\d{2})$/.exec(value);
  const monthFirst = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(value);
  const [day, name, year] = dayFirst ? [dayFirst[1]!, dayFirst[2]!, dayFirst[3]!] : monthFirst ? [monthFirst[2]!, monthFirst[1]!, monthFirst[3]!] : [];
  const month = name === undefined ? undefined : monthNamed(name);
  if (month === undefined || year === undefined) return undefined;
  if (year.length === 2 && !twoDigitYears) return undefined;
  return dayOrYearless(year.length === 2 ? `20${year}` : year, month, Number(day));
}
