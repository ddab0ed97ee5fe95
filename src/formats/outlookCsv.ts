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
// TX 78701". Title (Mr., Dr.) and Suffix (Jr.) are left out.
import { aliasList, distinctValues, emailAddresses, phoneNumbers, tagsFromGroups, type ReadRecord } from './contactRecord.js';
import type { ImportedContact, ImportedRelation } from '../domain/records.js';
import type { RelationKind } from '../domain/relations.js';
import type { CsvHeader, CsvRow } from './csvRecords.js';
import { addressText, labelledLine, noteWithLines } from './noteLines.js';

const EMAIL_COLUMNS = ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address'];
// Voice numbers, the one a person carries first; faxes and pagers are left out.
const PHONE_COLUMNS = ['Mobile Phone', 'Primary Phone', 'Business Phone', 'Business Phone 2', 'Home Phone', 'Home Phone 2', 'Other Phone', 'Car Phone', 'Company Main Phone'];

export function isOutlookHeader(header: CsvHeader): boolean {
  return header.has('e-mail address') || (header.has('first name') && (header.has('business phone') || header.has('mobile phone') || header.has('job title')));
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
