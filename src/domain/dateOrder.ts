// Numeric dates in an imported file (15/03/1985, 4/2/1971) are read one way for the whole file,
// because one file comes from one program in one locale: 15/03/1985 proves that 04/02/1971 of the
// same file is 4 February, not 2 April (SPEC §3, rel import).
// - A value whose first number cannot be a month (> 12) proves day-first; one whose second
//   number cannot be a month proves month-first.
// - With proof one way only, that is the order (a --date-order saying otherwise does not apply).
// - With proof both ways the file is inconsistent: --date-order decides, else the order most
//   values prove (month-first on a tie); the values that contradict it are not read (the
//   importer warns about each).
// - With no proof, --date-order decides, else month-first: the order of Outlook's CSV export
//   and of the US locale most exporting programs default to. The import says it assumed so.
// dd.mm.yyyy (15.03.1985) is day-first wherever it is written, so it takes no part in this.
// Pure: the importer hands in the file's date texts and reads each with the decision.

export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** What a file with nothing to prove its order is read as (see the header). */
export const DEFAULT_DATE_ORDER: DateOrder = 'mdy';

/** A date written as two numbers and a year, separated by / or - (15/03/1985, 4-2-1971). */
export interface NumericDate {
  first: number;
  second: number;
  year: number;
}

// An optional time after the date ("3/15/1985 0:00:00"), as Outlook can write it, is ignored.
const NUMERIC = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?:[\sT].*)?$/;

/** The numbers of a slash or dash date with the year last; undefined for any other text. */
export function numericDateParts(text: string): NumericDate | undefined {
  const m = NUMERIC.exec(text.trim());
  return m ? { first: Number(m[1]), second: Number(m[3]), year: Number(m[4]) } : undefined;
}

/** The order a value proves: day-first when its first number is no month, month-first when its second is none. */
export function orderProvenBy(date: NumericDate): DateOrder | undefined {
  const [firstIsMonth, secondIsMonth] = [isMonth(date.first), isMonth(date.second)];
  if (!firstIsMonth && secondIsMonth) return 'dmy';
  if (firstIsMonth && !secondIsMonth) return 'mdy';
  return undefined;
}

const isMonth = (n: number): boolean => n >= 1 && n <= 12;

/** Whether the order changes what the value means (4/2 is 4 February or 2 April; 5/5 is the same either way). */
export function isAmbiguous(date: NumericDate): boolean {
  return isMonth(date.first) && isMonth(date.second) && date.first !== date.second;
}

export interface DateOrderDecision {
  order: DateOrder;
  /**
   * proof: values prove it and none the other way; most: values prove both ways and most prove
   * this one; flag: --date-order; default: nothing said which, so DEFAULT_DATE_ORDER.
   */
  by: 'proof' | 'most' | 'flag' | 'default';
  /** The first value that proves the order, when one does. */
  proof?: string;
  /** Values that prove the other order: each is left out, with a warning. */
  against: number;
  /** Values the order decides (two numbers that could each be the month). */
  ambiguous: number;
  /** A --date-order that values of the file contradict, and so was not followed. */
  overruled?: DateOrder;
}

/** The order of a file's numeric dates (the header gives the rules); undefined when it has none. */
export function decideDateOrder(texts: Iterable<string>, flag?: DateOrder): DateOrderDecision | undefined {
  const proofs: Record<DateOrder, string[]> = { dmy: [], mdy: [] };
  let ambiguous = 0;
  let numeric = 0;
  for (const text of texts) {
    const date = numericDateParts(text);
    if (!date) continue;
    numeric++;
    const proven = orderProvenBy(date);
    if (proven) proofs[proven].push(text.trim());
    else if (isAmbiguous(date)) ambiguous++;
  }
  if (numeric === 0) return undefined;
  const [dmy, mdy] = [proofs.dmy.length, proofs.mdy.length];
  if (dmy > 0 && mdy > 0) {
    const order = flag ?? (dmy > mdy ? 'dmy' : 'mdy');
    return { order, by: flag ? 'flag' : 'most', proof: proofs[order][0], against: proofs[other(order)].length, ambiguous };
  }
  if (dmy > 0 || mdy > 0) {
    const order: DateOrder = dmy > 0 ? 'dmy' : 'mdy';
    return { order, by: 'proof', proof: proofs[order][0], against: 0, ambiguous, ...(flag !== undefined && flag !== order && { overruled: flag }) };
  }
  return { order: flag ?? DEFAULT_DATE_ORDER, by: flag ? 'flag' : 'default', against: 0, ambiguous };
}

const other = (order: DateOrder): DateOrder => (order === 'dmy' ? 'mdy' : 'dmy');

/** Month and day of a numeric date in an order; the caller checks that they make a date. */
export function monthAndDay(date: NumericDate, order: DateOrder): { month: number; day: number } {
  return order === 'dmy' ? { month: date.second, day: date.first } : { month: date.first, day: date.second };
}

export function orderWords(order: DateOrder): string {
  return order === 'dmy' ? 'day-first' : 'month-first';
}

/**
 * How the dates were read, for the import's first line ("dates day-first") and its notes: a
 * guess is said as one, with the flag that corrects it.
 */
export function describeDateOrder(d: DateOrderDecision): string {
  const words = orderWords(d.order);
  switch (d.by) {
    case 'proof':
      return d.overruled ? `dates ${words} (${d.proof} proves it; --date-order ${d.overruled} does not apply)` : `dates ${words}`;
    case 'most':
      return `dates ${words} (most of them; ${d.against} ${d.against === 1 ? 'is' : 'are'} ${orderWords(other(d.order))} and left out; --date-order decides)`;
    case 'flag':
      return `dates ${words} (--date-order ${d.order})`;
    case 'default':
      return d.ambiguous === 0 ? `dates ${words}` : `dates read ${words}; use --date-order ${other(d.order)} if they are ${orderWords(other(d.order))}`;
  }
}

/** Whether how the dates were read needs saying after an import: a guess some date depends on, a conflict, or a --date-order that did not apply. */
export function isWorthSaying(d: DateOrderDecision): boolean {
  return (d.by === 'default' && d.ambiguous > 0) || d.by === 'most' || d.overruled !== undefined;
}
