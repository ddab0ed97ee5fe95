// What a contacts file says about a person that rel has no field for (a website, a postal address,
// a department, a second role) is kept as lines of the contact's note, one line each, after the
// file's own note: the import remembers the note as a detail, shown on the card and found by
// `rel search`, as LinkedIn's profile URL is kept. The lines are the same on every reading of a
// file, so a second import finds the detail it made and adds nothing.
import { distinctValues } from './contactRecord.js';

/** An address as its parts, each as the file gives it (a street may be several lines). */
export interface PostalAddress {
  poBox?: string;
  extended?: string;
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

/** One line of the parts that have text: `Calle Mayor 12, 28013 Madrid, ES`, or '' when none has. */
export function addressText(address: PostalAddress): string {
  const { poBox, extended, street, city, region, postalCode, country } = address;
  const regionAndCode = [region, postalCode].map(oneLineText).filter((p) => p !== '').join(' ');
  return [poBox, extended, street, city, regionAndCode, country]
    .map(oneLineText)
    .filter((p) => p !== '')
    .join(', ');
}

/** A text of several lines as one: each line trimmed of spaces and of the commas that end it ("Silicon Alley 5,"), the empty ones dropped, the others joined by ", ". */
export function oneLineText(text: string | undefined): string {
  return (text ?? '')
    .split(/\r\n|[\r\n]/)
    .map((line) => line.trim().replace(/\s*,+$/, ''))
    .filter((line) => line !== '')
    .join(', ');
}

/**
 * `Website (work): https://…`: what it is, the file's label for it when it has one (as the reader
 * gives it: the program's own words in lower case, the user's as typed; "other" is none), the value
 * on one line; undefined without a value.
 */
export function labelledLine(what: string, label: string | undefined, value: string | undefined): string | undefined {
  const text = oneLineText(value);
  if (text === '') return undefined;
  const word = (label ?? '').trim();
  return `${word === '' || word.toLowerCase() === 'other' ? what : `${what} (${word})`}: ${text}`;
}

/** The file's note, then each line once, one a line; undefined when there is neither. */
export function noteWithLines(note: string | undefined, lines: ReadonlyArray<string | undefined>): string | undefined {
  const kept = distinctValues(lines.filter((line): line is string => line !== undefined));
  const text = [note?.trim() ?? '', ...kept].filter((part) => part !== '').join('\n');
  return text === '' ? undefined : text;
}
