// The yearly dates a contacts file gives (an anniversary, an Apple date under its label) against
// what the contact remembers: a date is remembered once, and not over a detail of that text (the
// user's own "anniversary", dated or not). A dated detail of that text on another day is a value
// the contact keeps, which the import does not take and says so, as a birthday it gives
// otherwise. Pure; used by contactMerge.ts.
import type { ImportedDate } from './records.js';

/** What a contact remembers, for an import not to add it again. */
export interface HeldDetails {
  /** Whether the contact remembers the text, as a detail or a line of one. */
  has(text: string): boolean;
  /** The dates of the contact's dated details of exactly that text, each once. */
  datesOf(text: string): readonly string[];
}

/** A new contact remembers nothing yet. */
export const NO_DETAILS: HeldDetails = { has: () => false, datesOf: () => [] };

/** A date of the file the contact has on another day: `kept` its dates (joined), `given` the file's. */
export interface OtherDate {
  text: string;
  kept: string;
  given: string;
}

/**
 * Of the record's dates, those to remember (`fresh`) and those the contact has on another day
 * (`other`): `before` are the dates this import remembers already (earlier records of the person).
 */
export function sortDates(given: readonly ImportedDate[], held: HeldDetails, before: readonly ImportedDate[]): { fresh: ImportedDate[]; other: OtherDate[] } {
  const fresh: ImportedDate[] = [];
  const other: OtherDate[] = [];
  for (const date of given) {
    const known = [...held.datesOf(date.text), ...[...before, ...fresh].filter((d) => d.text === date.text).map((d) => d.date)];
    if (known.some((day) => isSameDay(day, date.date)) || other.some((o) => o.text === date.text && o.given === date.date)) continue;
    if (known.length > 0) other.push({ text: date.text, kept: known.join(' and '), given: date.date });
    else if (!held.has(date.text)) fresh.push(date); // an undated detail of that text: remembered already, and no day to differ
  }
  return { fresh, other };
}

/** The same day, or the same day of the year when one has no year ("--06-14" and "2010-06-14"): nothing to say. */
function isSameDay(a: string, b: string): boolean {
  const yearless = (day: string, dated: string) => day.startsWith('--') && /^\d{4}-/.test(dated) && dated.slice(4) === day.slice(1);
  return a === b || yearless(a, b) || yearless(b, a);
}
