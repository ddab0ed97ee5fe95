// Outlook's CSV export ("Comma Separated Values", Outlook 2010–365 and Outlook.com): First Name,
// Middle Name, Last Name, Title (Mr., Dr.), Suffix, Company, Job Title, Business Phone, Home
// Phone, Mobile Phone, E-mail Address, E-mail 2 Address, E-mail 3 Address, Birthday, Anniversary,
// Notes, Categories, Referred By… Birthdays and anniversaries are M/D/YYYY in the US (0/0/00 when
// there is none), but the exporting computer's date format elsewhere (15/03/1985, 15.03.1985): the
// file's own dates decide (src/domain/dateOrder.ts). Categories are separated by ';'. An anniversary becomes a yearly detail, with its year.
// Spouse, Children (several names, separated by ',' or ';'), Manager's Name and Assistant's Name
// are relatives of the contact (src/domain/importRelations.ts links or keeps them).
// Department, Profession (besides the Job Title), Web Page and the Business, Home and Other
// addresses are lines of the note (noteLines.ts): "Address (business): 220 Congress Ave, Austin,
// TX 78701". Title (Mr., Dr.), Suffix (Jr.), faxes, pagers and the other columns rel has no field
// for are left out, each with a warning when it holds a value (csvLeftOut.ts).
import { aliasList, distinctValues, emailAddresses, phoneNumbers, tagsFromGroups, type ReadRecord } from './contactRecord.js';
import type { ImportedContact, ImportedRelation } from '../domain/records.js';
import type { RelationKind } from '../domain/relations.js';
import { columnsLeftOut, type UnreadColumn } from './csvLeftOut.js';
import { CsvHeader, type CsvRow } from './csvRecords.js';
import { addressText, labelledLine, noteWithLines } from './noteLines.js';
import { OUTLOOK_TRANSLATIONS } from './outlookTranslations.js';

const EMAIL_COLUMNS = ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address'];
// Voice numbers, the one a person carries first; faxes and pagers are left out.
const PHONE_COLUMNS = ['Mobile Phone', 'Primary Phone', 'Business Phone', 'Business Phone 2', 'Home Phone', 'Home Phone 2', 'Other Phone', 'Car Phone', 'Company Main Phone'];

function readsAsOutlook(header: CsvHeader): boolean {
  return header.has('e-mail address') || (header.has('first name') && (header.has('business phone') || header.has('mobile phone') || header.has('job title')));
}

export function isOutlookHeader(header: CsvHeader): boolean {
  return readsAsOutlook(outlookHeader(header));
}

/**
 * The header as the reader reads it: an English export's as it is, another language's translated
 * (outlookTranslations.ts) when that makes it Outlook's. Once per file.
 */
export function outlookHeader(header: CsvHeader): CsvHeader {
  if (readsAsOutlook(header)) return header;
  const translated = OUTLOOK_TRANSLATIONS.map((translation) => new CsvHeader(header.names, translation));
  return translated.find(readsAsOutlook) ?? header;
}

/** "Outlook CSV", "Outlook CSV (German)". */
export function outlookKind(header: CsvHeader): string {
  return header.translation ? `Outlook CSV (${header.translation.language})` : 'Outlook CSV';
}

/** The columns that hold dates, for the file's date order. */
export const OUTLOOK_DATE_COLUMNS = ['Birthday', 'Anniversary'];

export function contactFromOutlookRow(row: CsvRow): ReadRecord {
  const emails = distinctValues(row.checked(EMAIL_COLUMNS, emailAddresses));
  const phones = distinctValues(row.checked(PHONE_COLUMNS, phoneNumbers));
  const company = row.get('Company');
  const name = row.name(['First Name', 'Middle Name', 'Last Name'], 'Nickname', 'Company') ?? emails[0] ?? phones[0];
  if (typeof name !== 'string') return name;
  const contact: ImportedContact = {
    name,
    emails,
    phones,
    aliases: aliasList([row.get('Nickname')], (problem) => row.warn('Nickname', problem)),
    tags: tagsFromGroups(row.get('Categories').split(';')),
    source: { file: row.file, line: row.line },
  };
  const role = row.get('Job Title');
  const birthday = row.date('Birthday');
  const anniversary = row.date('Anniversary');
  const note = noteWithLines(row.get('Notes'), outlookNoteLines(row, role));
  const referredBy = row.get('Referred By');
  if (company) contact.company = company;
  if (role) contact.role = role;
  if (birthday) contact.birthday = birthday;
  if (note) contact.note = note;
  if (referredBy) contact.referredBy = referredBy;
  if (anniversary) contact.dates = [{ text: 'anniversary', date: anniversary }];
  const relations = outlookRelatives(row);
  if (relations.length > 0) contact.relations = relations;
  return contact;
}

const RELATIVE_COLUMNS: ReadonlyArray<[column: string, kind: RelationKind]> = [
  ['Spouse', 'spouse'],
  ['Children', 'child'],
  ["Manager's Name", 'manager'],
  ["Assistant's Name", 'assistant'],
];

function outlookRelatives(row: CsvRow): ImportedRelation[] {
  return RELATIVE_COLUMNS.flatMap(([column, kind]) => {
    const names = kind === 'child' ? row.get(column).split(/[,;]/) : [row.get(column)];
    return distinctValues(names).map((name) => ({ name, kind, line: row.line }));
  });
}

// Outlook's three addresses, each in Street, Street 2, Street 3, City, State, Postal Code,
// Country/Region and Address PO Box columns.
const ADDRESS_KINDS = ['Business', 'Home', 'Other'];
const ADDRESS_PARTS = ['Street', 'Street 2', 'Street 3', 'Address PO Box', 'City', 'State', 'Postal Code', 'Country/Region'];

const READ_COLUMNS = new Set(
  [
    ...['First Name', 'Middle Name', 'Last Name', 'Nickname', 'Company', 'Job Title', 'Profession', 'Department', 'Web Page'],
    ...['Birthday', 'Anniversary', 'Notes', 'Categories', 'Referred By'],
    ...EMAIL_COLUMNS,
    ...PHONE_COLUMNS,
    ...RELATIVE_COLUMNS.map(([column]) => column),
    ...ADDRESS_KINDS.flatMap((kind) => ADDRESS_PARTS.map((part) => `${kind} ${part}`)),
  ].map((column) => column.toLowerCase()),
);
// Left out without a word: Priority, Sensitivity and Private, flags of the Outlook item; each
// email's Type (SMTP, EX: how Outlook sends to it) and Display Name, which Outlook makes of the
// name and the address ("Robert Mitchell (rob@…)").
const SILENT_COLUMNS = /^(?:priority|sensitivity|private|e-mail(?: \d)? (?:type|display name))$/;

/** What the reader does with a column (csvLeftOut.ts): any other with a value is left out with a warning. */
function outlookColumnUse(key: string): 'read' | 'silent' | undefined {
  if (READ_COLUMNS.has(key)) return 'read';
  return SILENT_COLUMNS.test(key) ? 'silent' : undefined;
}

// What Outlook writes under Gender when nobody chose one: "Unspecified", in German "Keine Angabe"
// (the German export in open-xchange/appsuite-middleware's OutlookCSVContactImportTest).
const NO_GENDER = new Set(['unspecified', 'keine angabe']);

/**
 * The columns left out. Two hold a value in every row that says nothing: Gender, "Unspecified"
 * unless someone chose one, and Initials, which Outlook makes of the name ("R.J.M." for Robert J.
 * Mitchell) unless someone typed others.
 */
export function outlookColumnsLeftOut(header: CsvHeader): UnreadColumn[] {
  const saysNothing = new Map<number | undefined, UnreadColumn['saysNothing']>([
    [header.indexOf('Gender'), (cell) => NO_GENDER.has(cell.toLowerCase())],
    [header.indexOf('Initials'), initialsOfTheName(header)],
  ]);
  return columnsLeftOut(header, outlookColumnUse).map((column) => ({ ...column, saysNothing: saysNothing.get(column.index) }));
}

/**
 * Whether the initials are the first letters of the words of the row's First, Middle and Last Name,
 * as Outlook makes them. Compared letter by letter, making nothing: it runs for every row.
 */
function initialsOfTheName(header: CsvHeader): NonNullable<UnreadColumn['saysNothing']> {
  const parts = ['First Name', 'Middle Name', 'Last Name'].map((column) => header.indexOf(column)).filter((index) => index !== undefined);
  return (initials, cells) => {
    let at = nextLetter(initials, 0);
    for (const index of parts) {
      const name = cells[index] ?? '';
      for (let i = 0; i < name.length; i++) {
        if (!LETTER.test(name[i]!) || (i > 0 && !WORD_BREAK.test(name[i - 1]!))) continue;
        if (at === initials.length || initials[at]!.toLowerCase() !== name[i]!.toLowerCase()) return false;
        at = nextLetter(initials, at + 1);
      }
    }
    return at === initials.length;
  };
}

const LETTER = /\p{L}/u;
const WORD_BREAK = /[\s.-]/;

/** The index of the first letter of `text` at or after `from`, its length when there is none. */
function nextLetter(text: string, from: number): number {
  let at = from;
  while (at < text.length && !LETTER.test(text[at]!)) at++;
  return at;
}

/** Department, Profession, Web Page and the addresses, for the note. */
function outlookNoteLines(row: CsvRow, role: string): Array<string | undefined> {
  const profession = row.get('Profession');
  const addresses = ADDRESS_KINDS.map((kind) => {
    const street = ['', ' 2', ' 3'].map((n) => row.get(`${kind} Street${n}`)).join('\n');
    const parts = { poBox: row.get(`${kind} Address PO Box`), street, city: row.get(`${kind} City`), region: row.get(`${kind} State`), postalCode: row.get(`${kind} Postal Code`), country: row.get(`${kind} Country/Region`) };
    return labelledLine('Address', kind.toLowerCase(), addressText(parts));
  });
  const otherRole = profession.toLowerCase() === role.toLowerCase() ? undefined : labelledLine('Profession', undefined, profession);
  return [labelledLine('Department', undefined, row.get('Department')), otherRole, labelledLine('Website', undefined, row.get('Web Page')), ...addresses];
}
