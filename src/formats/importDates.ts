// Dates as other programs write them, turned into rel's stored forms: 'YYYY-MM-DD', or
// '--MM-DD' for a birthday without a year. Each reader returns undefined for text it cannot
// read, and the caller raises an ImportFormatError naming the file, line and field.
import { isValidDate, makeDay, pad2 } from '../domain/calendar.js';

// Placeholder years that mean "no year": Apple writes 1604 (with X-APPLE-OMIT-YEAR=1604),
// some Android builds write 0000.
const NO_YEAR = new Set(['1604', '0000']);

/** Whether a month and day exist in some year (29 February does). */
function isMonthDay(month: number, day: number): boolean {
  return isValidDate(2000, month, day);
}

function dayOrYearless(year: string, month: number, day: number, omitYear?: string): string | undefined {
  if (NO_YEAR.has(year) || year === omitYear) return isMonthDay(month, day) ? `--${pad2(month)}-${pad2(day)}` : undefined;
  const y = Number(year);
  return isValidDate(y, month, day) ? makeDay(y, month, day) : undefined;
}

/**
 * ISO 8601 dates as vCards and Google write them: 1980-03-15, 19800315, --0315, --03-15,
 * optionally followed by a time (1980-03-15T00:00:00Z), which is ignored. `omitYear` is Apple's
 * X-APPLE-OMIT-YEAR: the year that stands for "no year".
 */
export function readIsoDate(text: string, omitYear?: string): string | undefined {
  const value = text.trim();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T[\d:.]*(?:Z|[+-][\d:]+)?)?$/.exec(value);
  if (m) return dayOrYearless(m[1]!, Number(m[2]), Number(m[3]), omitYear);
  m = /^--(\d{2})-?(\d{2})$/.exec(value);
  if (m) return isMonthDay(Number(m[1]), Number(m[2])) ? `--${m[1]}-${m[2]}` : undefined;
  return undefined;
}

/**
 * Outlook's M/D/YYYY (US order, as its CSV export writes it whatever the locale of the data).
 * When the first number cannot be a month but the second can (25/12/1980), the date is read
 * day first. Outlook's "no date" (0/0/00) is the empty string.
 */
export function readOutlookDate(text: string): string | undefined {
  const value = text.trim();
  if (/^0{1,2}\/0{1,2}\/0{2,4}$/.test(value)) return '';
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s.*)?$/.exec(value);
  if (!m) return readIsoDate(value);
  let [month, day] = [Number(m[1]), Number(m[2])];
  if (month > 12 && day <= 12) [month, day] = [day, month];
  return dayOrYearless(m[3]!, month, day);
}

/** rel's own forms: YYYY-MM-DD, and for birthdays --MM-DD (also MM-DD, as `rel edit` accepts). */
export function readRelDate(text: string, options: { yearless: boolean }): string | undefined {
  const value = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return isValidDate(Number(m[1]), Number(m[2]), Number(m[3])) ? value : undefined;
  if (!options.yearless) return undefined;
  m = /^(?:--)?(\d{2})-(\d{2})$/.exec(value);
  if (m) return isMonthDay(Number(m[1]), Number(m[2])) ? `--${m[1]}-${m[2]}` : undefined;
  return undefined;
}
