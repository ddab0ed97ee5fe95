// Thunderbird's address book exported as CSV ("Comma Separated"): First Name, Last Name, Display
// Name, Nickname, Primary Email, Secondary Email, Work Phone, Home Phone, Mobile Number, …, Job
// Title, Department, Organization, Birth Year, Birth Month, Birth Day, Custom 1–4, Notes. The
// birthday comes in three number columns (the year may be empty). Department, Web Page 1 and 2 and
// the Work and Home addresses are lines of the note (noteLines.ts). The custom fields, which hold
// whatever the user typed (a stray carriage return included), the screen name, fax and pager are
// not read: each is left out with a warning when it holds a value (csvLeftOut.ts).
import { aliasList, distinctValues, emailAddresses, phoneNumbers, setPresent, type ReadRecord } from './contactRecord.js';
import { isValidDate, makeDay, pad2 } from '../domain/calendar.js';
import type { ImportedContact } from '../domain/records.js';
import type { CsvHeader, CsvRow } from './csvRecords.js';
import { quoteValue } from './importError.js';
import { addressText, labelledLine, noteWithLines } from './noteLines.js';

const EMAIL_COLUMNS = ['Primary Email', 'Secondary Email'];
const PHONE_COLUMNS = ['Mobile Number', 'Work Phone', 'Home Phone'];

const ADDRESS_COLUMNS = ['Address', 'Address 2', 'City', 'State', 'ZipCode', 'Country'];
const READ_COLUMNS = new Set(
  [
    ...['Display Name', 'First Name', 'Last Name', 'Nickname', 'Organization', 'Job Title', 'Department', 'Notes'],
    ...['Birth Year', 'Birth Month', 'Birth Day', 'Web Page 1', 'Web Page 2'],
    ...EMAIL_COLUMNS,
    ...PHONE_COLUMNS,
    ...['Work', 'Home'].flatMap((kind) => ADDRESS_COLUMNS.map((part) => `${kind} ${part}`)),
  ].map((column) => column.toLowerCase()),
);

/** What the reader does with a column (csvLeftOut.ts): any other with a value is left out with a warning. */
export function thunderbirdColumnUse(key: string): 'read' | undefined {
  return READ_COLUMNS.has(key) ? 'read' : undefined;
}

export function isThunderbirdHeader(header: CsvHeader): boolean {
  return header.has('primary email') && header.has('display name');
}

export function contactFromThunderbirdRow(row: CsvRow): ReadRecord {
  const emails = distinctValues(row.checked(EMAIL_COLUMNS, emailAddresses));
  const phones = distinctValues(row.checked(PHONE_COLUMNS, phoneNumbers));
  const company = row.get('Organization');
  const name = row.name('Display Name', ['First Name', 'Last Name'], 'Nickname', 'Organization') ?? emails[0] ?? phones[0];
  if (typeof name !== 'string') return name;
  // A nickname written "Doc;Boss" is two aliases, as every reader of a contacts file takes it.
  const aliases = aliasList([row.get('Nickname') ?? ''], (problem) => row.warn('Nickname', problem));
  const contact: ImportedContact = { name, emails, phones, aliases, tags: [], source: { file: row.file, line: row.line } };
  const optional = { company, role: row.get('Job Title'), birthday: birthdayOf(row), note: noteWithLines(row.get('Notes'), thunderbirdNoteLines(row)) };
  setPresent(contact, optional);
  return contact;
}

/** Birth Year (optional), Birth Month and Birth Day: 'YYYY-MM-DD', or '--MM-DD' without a year. */
function birthdayOf(row: CsvRow): string | undefined {
  const [year, month, day] = ['Birth Year', 'Birth Month', 'Birth Day'].map((c) => row.get(c));
  if (!month && !day) return undefined;
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const numbers = /^\d{1,2}$/.test(month!) && /^\d{1,2}$/.test(day!) && (!year || /^\d{4}$/.test(year));
  if (numbers && !year && isValidDate(2000, m, d)) return `--${pad2(m)}-${pad2(d)}`;
  if (numbers && year && isValidDate(y, m, d)) return makeDay(y, m, d);
  row.warn('Birth Day', `${quoteValue([year, month, day].filter(Boolean).join('-'))} (year, month, day) is not a date`);
  return undefined;
}

/** Department, the web pages and the Work and Home addresses (Address, Address 2, City, State, ZipCode, Country), for the note. */
function thunderbirdNoteLines(row: CsvRow): Array<string | undefined> {
  const addresses = ['Work', 'Home'].map((kind) => {
    const street = [row.get(`${kind} Address`), row.get(`${kind} Address 2`)].join('\n');
    const parts = { street, city: row.get(`${kind} City`), region: row.get(`${kind} State`), postalCode: row.get(`${kind} ZipCode`), country: row.get(`${kind} Country`) };
    return labelledLine('Address', kind.toLowerCase(), addressText(parts));
  });
  const websites = ['Web Page 1', 'Web Page 2'].map((column) => labelledLine('Website', undefined, row.get(column)));
  return [labelledLine('Department', undefined, row.get('Department')), ...websites, ...addresses];
}
