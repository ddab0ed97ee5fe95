// Google Contacts CSV ("Google CSV" export), both generations of its header:
// - since 2023: First Name, Middle Name, Last Name, …, Organization Name, Organization Title,
//   Birthday, Notes, Labels, E-mail 1 - Label, E-mail 1 - Value, Phone 1 - Value, …
// - before: Name, Given Name, Additional Name, Family Name, …, Birthday, Notes,
//   Group Membership, E-mail 1 - Type, E-mail 1 - Value, …, Organization 1 - Name, Organization 1 - Title
// One cell may hold several values separated by " ::: " (two emails of the same label, the
// labels of a contact: "* myContacts ::: Friends"). Birthdays are 1980-03-15, or --03-15 without a year
// (importDates.ts reads the other forms a hand-edited file may have).
// Relations are "Relation 1 - Label" ("Type" before) and "Relation 1 - Value": relatives of the
// contact, except "Referred By", which is who referred them. Dates are "Event 1 - Label" ("Type"
// before) and "Event 1 - Value": an anniversary, or a date of the user's own label, each a yearly
// detail with its year, as Outlook's Anniversary column and a vCard's anniversary become.
// The department, websites and addresses are lines of the note (noteLines.ts): "Department: Sales",
// "Website (work): https://…", "Address (home): Hauptstr. 1, 10115 Berlin" (the Formatted column,
// else the parts). The name's prefix and suffix (Dr., Jr.), phonetic names, photos, IM handles and
// custom fields are left out, each column with a warning (csvLeftOut.ts).
import { aliasList, distinctValues, emailAddresses, phoneNumbers, tagsFromGroups, type ReadRecord } from './contactRecord.js';
import type { ImportedContact, ImportedRelation } from '../domain/records.js';
import { isReferralLabel, relationOfLabel } from '../domain/relations.js';
import type { CsvHeader, CsvRow } from './csvRecords.js';
import { addressText, labelledLine, noteWithLines } from './noteLines.js';

const EMAIL_VALUES = /^e-mail \d+ - value$/;
const EVENT_VALUES = /^event \d+ - value$/;
const PHONE_VALUES = /^phone \d+ - value$/;

export function isGoogleHeader(header: CsvHeader): boolean {
  const markers = ['labels', 'group membership', 'given name', 'organization 1 - name'];
  return markers.some((m) => header.has(m)) || header.indexesMatching(EMAIL_VALUES).length > 0 || header.indexesMatching(PHONE_VALUES).length > 0;
}

// The columns read: the name's (the first with text names the person), the company's, the
// birthday, notes and labels; each email, phone, event, relation, website and address.
const READ_COLUMNS = new Set([
  'name', 'first name', 'middle name', 'last name', 'given name', 'additional name', 'family name', 'file as', 'nickname',
  'organization name', 'organization 1 - name', 'organization title', 'organization 1 - title', 'organization department', 'organization 1 - department',
  'birthday', 'notes', 'labels', 'group membership',
]);
const READ_NUMBERED = /^(?:(?:e-mail|phone) \d+ - value|(?:event|relation|website) \d+ - (?:label|type|value)|address \d+ - (?:label|type|formatted|street|po box|extended address|city|region|postal code|country))$/;
// Left out without a word: the label of a value ("E-mail 1 - Label": * Work), which says what the
// value is, and is read with it or goes with its warning ("IM 1 - Service" with "IM 1 - Value");
// and Sensitivity and Priority, flags the older export copied from Outlook's items.
const SILENT_COLUMNS = /^(?:.+ \d+ - (?:label|type|service)|sensitivity|priority)$/;

/** What the reader does with a column (csvLeftOut.ts): any other with a value is left out with a warning. */
export function googleColumnUse(key: string): 'read' | 'silent' | undefined {
  if (READ_COLUMNS.has(key) || READ_NUMBERED.test(key)) return 'read';
  return SILENT_COLUMNS.test(key) ? 'silent' : undefined;
}

/** Several values in one cell, as Google writes them. */
function splitGoogleValues(cells: string[]): string[] {
  return cells.flatMap((cell) => cell.split(':::'));
}

/** The columns that hold dates, for the file's date order: the birthday and every event's value. */
export function googleDateColumns(header: CsvHeader): string[] {
  return ['Birthday', ...header.names.filter((name) => EVENT_VALUES.test(name.trim().toLowerCase()))];
}

/** The values of the columns matching `pattern`, each cell split, the ones `check` refuses warned about under their column. */
function checkedValues(row: CsvRow, pattern: RegExp, check: typeof emailAddresses): string[] {
  return distinctValues(row.cellsMatching(pattern).flatMap(([column, cell]) => check(splitGoogleValues([cell]), (problem) => row.warn(column, problem))));
}

export function contactFromGoogleRow(row: CsvRow): ReadRecord {
  const emails = checkedValues(row, EMAIL_VALUES, emailAddresses);
  const phones = checkedValues(row, PHONE_VALUES, phoneNumbers);
  const company = row.get('Organization Name') || row.get('Organization 1 - Name');
  const name =
    row.name('Name', ['First Name', 'Middle Name', 'Last Name'], ['Given Name', 'Additional Name', 'Family Name'], 'File As', 'Nickname', 'Organization Name', 'Organization 1 - Name') ??
    emails[0] ??
    phones[0];
  if (typeof name !== 'string') return name;
  const contact: ImportedContact = {
    name,
    emails,
    phones,
    aliases: aliasList(splitGoogleValues([row.get('Nickname')]), (problem) => row.warn('Nickname', problem)),
    tags: tagsFromGroups(splitGoogleValues([row.get('Labels') || row.get('Group Membership')])),
    source: { file: row.file, line: row.line },
  };
  const role = row.get('Organization Title') || row.get('Organization 1 - Title');
  const birthday = row.date('Birthday');
  const note = noteWithLines(row.get('Notes'), googleNoteLines(row));
  if (company) contact.company = company;
  if (role) contact.role = role;
  if (birthday) contact.birthday = birthday;
  if (note) contact.note = note;
  addGoogleRelations(row, contact);
  addGoogleEvents(row, contact);
  return contact;
}

/** Event N - Label / - Value: "Anniversary" (any case), a label of the user's own as typed, none "date". */
function addGoogleEvents(row: CsvRow, contact: ImportedContact): void {
  const dates: NonNullable<ImportedContact['dates']> = [];
  for (let n = 1; row.has(`Event ${n} - Value`); n++) {
    const label = (row.get(`Event ${n} - Label`) || row.get(`Event ${n} - Type`)).replace(/^\*\s*/, '').trim();
    const date = row.date(`Event ${n} - Value`);
    if (date) dates.push({ text: label === '' || /^other$/i.test(label) ? 'date' : /^anniversary$/i.test(label) ? 'anniversary' : label, date });
  }
  if (dates.length > 0) contact.dates = dates;
}

/** Relation N - Label / - Value (the label "Type" before 2023): relatives, and the referrer Google keeps among them. */
function addGoogleRelations(row: CsvRow, contact: ImportedContact): void {
  const relations: ImportedRelation[] = [];
  for (let n = 1; row.has(`Relation ${n} - Value`); n++) {
    const label = row.get(`Relation ${n} - Label`) || row.get(`Relation ${n} - Type`);
    for (const name of distinctValues(splitGoogleValues([row.get(`Relation ${n} - Value`)]))) {
      if (isReferralLabel(label)) contact.referredBy ??= name;
      else relations.push({ name, ...relationOfLabel(label.replace(/^\*\s*/, '')), line: row.line });
    }
  }
  if (relations.length > 0) contact.relations = relations;
}

/** Organization Department, Website N and Address N (labelled as the file labels them), for the note. */
function googleNoteLines(row: CsvRow): Array<string | undefined> {
  const lines = [labelledLine('Department', undefined, row.get('Organization Department') || row.get('Organization 1 - Department'))];
  for (let n = 1; row.has(`Website ${n} - Value`); n++) {
    const label = googleLabel(row.get(`Website ${n} - Label`) || row.get(`Website ${n} - Type`));
    lines.push(...splitGoogleValues([row.get(`Website ${n} - Value`)]).map((url) => labelledLine('Website', label, url)));
  }
  for (let n = 1; row.has(`Address ${n} - Formatted`) || row.has(`Address ${n} - Street`); n++) {
    const part = (name: string) => row.get(`Address ${n} - ${name}`);
    const parts = { poBox: part('PO Box'), extended: part('Extended Address'), street: part('Street'), city: part('City'), region: part('Region'), postalCode: part('Postal Code'), country: part('Country') };
    lines.push(labelledLine('Address', googleLabel(part('Label') || part('Type')), part('Formatted') || addressText(parts)));
  }
  return lines;
}

// The labels Google gives websites and addresses itself; any other is the user's own.
const GOOGLE_LABELS = new Set(['home', 'work', 'other', 'home page', 'homepage', 'blog', 'profile', 'ftp']);

/** A label as the note shows it: Google's own in lower case ("* Work" → "work"), the user's as typed. */
function googleLabel(label: string): string {
  const word = label.replace(/^\*\s*/, '').trim();
  return GOOGLE_LABELS.has(word.toLowerCase()) ? word.toLowerCase() : word;
}
