// LinkedIn's connections export (Connections.csv, in the archive "Get a copy of your data" sends):
// a few lines of notes, a blank line (csvRecords.ts passes over them), then First Name, Last Name,
// URL, Email Address, Company, Position, Connected On. Older exports have no URL column, and write
// Connected On as 12-Mar-24 rather than 12 Mar 2024. Most connections hide their email.
// rel keeps no web addresses of its own: the profile URL becomes a remembered detail
// ("LinkedIn: https://…"), and the day of connecting becomes how you met ("LinkedIn, connected
// 2024-03-12").
import { emailAddresses, setPresent, type ReadRecord } from './contactRecord.js';
import type { ImportedContact } from '../domain/records.js';
import type { CsvHeader, CsvRow } from './csvRecords.js';

/** The columns that hold dates, for the file's date order. */
export const LINKEDIN_DATE_COLUMNS = ['Connected On'];

const READ_COLUMNS = new Set(['first name', 'last name', 'url', 'email address', 'company', 'position', 'connected on']);

/** What the reader does with a column (csvLeftOut.ts): any other with a value is left out with a warning. */
export function linkedInColumnUse(key: string): 'read' | undefined {
  return READ_COLUMNS.has(key) ? 'read' : undefined;
}

export function isLinkedInHeader(header: CsvHeader): boolean {
  return header.has('connected on') && header.has('first name');
}

export function contactFromLinkedInRow(row: CsvRow): ReadRecord {
  const emails = row.checked(['Email Address'], emailAddresses);
  const name = row.name(['First Name', 'Last Name']) ?? emails[0];
  if (typeof name !== 'string') return name;
  const contact: ImportedContact = { name, emails, phones: [], aliases: [], tags: [], source: { file: row.file, line: row.line } };
  const connected = row.date('Connected On', { needsYear: true, twoDigitYears: true });
  const url = row.get('URL');
  const optional = { company: row.get('Company'), role: row.get('Position'), met: connected ? `LinkedIn, connected ${connected}` : 'LinkedIn', note: url && `LinkedIn: ${url}` };
  setPresent(contact, optional);
  return contact;
}
