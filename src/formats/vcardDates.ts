// A card's dates: its birthday (BDAY) and the yearly dates besides it, an anniversary (4.0's
// ANNIVERSARY, or X-MS-/X-EVOLUTION-/X-ANNIVERSARY in 3.0) and an Apple date (item1.X-ABDATE,
// named by item1.X-ABLabel), each read in the order the file's numeric dates prove
// (importDates.ts). A value that is not a date, a free-text one (4.0's VALUE=text, "circa 1980")
// and a second, different birthday are left out with a warning naming the line and property.
import type { ImportedDate } from '../domain/records.js';
import type { FileDates } from './importDates.js';
import { quoteValue } from './importError.js';
import { paramValues, type RawVCard, type VCardProperty } from './vcardLines.js';
import { appleLabel } from './vcardRelations.js';
import { textOf } from './vcardText.js';

/** A card being read, as far as its dates need: how the file's dates read, and where to report what cannot be read. */
export interface CardDates {
  card: RawVCard;
  dates: FileDates;
  warn(property: VCardProperty, problem: string): void;
}

// vCard 4.0's ANNIVERSARY, and the same date as Outlook, Evolution and Thunderbird write it in 3.0.
export const ANNIVERSARIES = new Set(['ANNIVERSARY', 'X-ANNIVERSARY', 'X-MS-ANNIVERSARY', 'X-EVOLUTION-ANNIVERSARY']);

export function isDateProperty(property: VCardProperty): boolean {
  return property.name === 'BDAY' || property.name === 'X-ABDATE' || ANNIVERSARIES.has(property.name);
}

/** The first BDAY that is a date; each other BDAY that is no date, or another day, is warned about. */
export function birthdayOf(reading: CardDates): string | undefined {
  let birthday: string | undefined;
  for (const property of reading.card.properties.filter((p) => p.name === 'BDAY')) {
    const day = dateOf(reading, property);
    if (!day || day === birthday) continue;
    if (birthday === undefined) birthday = day;
    else reading.warn(property, `${quoteValue(textOf(property).trim())} is a second birthday; the first, ${birthday}, is kept`);
  }
  return birthday;
}

/** A date property's day; '' or undefined when empty, or (with a warning) free text or not a date. */
function dateOf(reading: CardDates, property: VCardProperty): string | undefined {
  const text = textOf(property);
  const read = reading.dates.read(text, { omitYear: paramValues(property, 'X-APPLE-OMIT-YEAR')[0] });
  if (!('problem' in read)) return read.day;
  // vCard 4.0 allows a date in words (VALUE=text): no date rel can keep, but no mistake either.
  reading.warn(property, isFreeText(property) ? `${quoteValue(text.trim())} is a date in words, which rel cannot keep; left out` : read.problem);
  return undefined;
}

/**
 * The yearly dates besides the birthday, each with what it is: an anniversary, or an Apple date
 * (X-ABDATE) named by the X-ABLabel of its group. Each reads as BDAY does; the same date under
 * two names (Evolution writes ANNIVERSARY and X-EVOLUTION-ANNIVERSARY) counts once.
 */
export function datesOf(reading: CardDates): ImportedDate[] {
  const dates: ImportedDate[] = [];
  for (const property of reading.card.properties) {
    const text = ANNIVERSARIES.has(property.name) ? 'anniversary' : property.name === 'X-ABDATE' ? appleDateLabel(reading.card, property.group) : undefined;
    const date = text === undefined ? undefined : dateOf(reading, property);
    if (text !== undefined && date && !dates.some((d) => d.text === text && d.date === date)) dates.push({ text, date });
  }
  return dates;
}

/**
 * What an Apple date is, from the X-ABLabel of its group: Apple's own labels are written
 * _$!<Anniversary>!$_ ("anniversary"; _$!<Other>!$_ and no label at all are just a "date"), and
 * a label the user typed is kept as typed.
 */
function appleDateLabel(card: RawVCard, group: string | undefined): string {
  const { label, builtIn } = appleLabel(card, group, textOf);
  const name = builtIn ? label.toLowerCase() : label;
  return name === '' || name === 'other' ? 'date' : name;
}

function isFreeText(property: VCardProperty): boolean {
  return paramValues(property, 'VALUE').some((v) => v.toLowerCase() === 'text');
}
