// A stored date in words, as the card, search's hits and the changes rel says it made show it.
// Apart from card.ts, so that a listing that words dates does not load the whole card.
import { monthName } from '../domain/calendar.js';
import { readStoredDate } from '../domain/dateInput.js';

/** '--03-15' → "15 March", '2027-03' → "March 2027", a day stays ISO. */
export function describeStoredDate(stored: string): string {
  const value = readStoredDate(stored);
  if (value.kind === 'yearless') {
    const [month, day] = value.monthDay.split('-').map(Number);
    return `${day} ${monthName(month ?? 1)}`;
  }
  if (value.kind === 'month') {
    const [year, month] = value.month.split('-').map(Number);
    return `${monthName(month ?? 1)} ${year}`;
  }
  return value.day;
}

/** A detail's date as the card says it: "2027-03-15", "15 March, every year", "14 June, every year since 2015". */
export function describeDetailDate(stored: string, yearly: boolean): string {
  if (!yearly) return describeStoredDate(stored);
  const value = readStoredDate(stored);
  if (value.kind !== 'day') return `${describeStoredDate(stored)}, every year`;
  const [year, month, day] = value.day.split('-').map(Number);
  return `${day} ${monthName(month ?? 1)}, every year since ${year}`;
}
