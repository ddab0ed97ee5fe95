// Contacts from a CSV file: rel's own export, Google Contacts or Outlook, told apart by the
// header. Parsing is synchronous over the file read whole: 100,000 rows parse in well under a
// second, and `rel import` stores them in one transaction anyway (SPEC §7).
import type { ImportedContact, ImportSource } from '../domain/records.js';
import { CsvHeader, CsvRow, readCsvRecords } from './csvRecords.js';
import { contactFromGoogleRow, isGoogleHeader } from './googleCsv.js';
import { ImportFormatError } from './importError.js';
import { contactFromOutlookRow, isOutlookHeader } from './outlookCsv.js';
import { isRelHeader, relRowReader } from './relCsv.js';

export type ContactsCsvDialect = 'rel' | 'google' | 'outlook';

/** Which program wrote this header; Google first, as its newer header also has Outlook's First Name. */
export function detectContactsCsv(headerNames: readonly string[]): ContactsCsvDialect | undefined {
  const header = new CsvHeader(headerNames);
  if (isGoogleHeader(header)) return 'google';
  if (isOutlookHeader(header)) return 'outlook';
  if (isRelHeader(header)) return 'rel';
  return undefined;
}

export interface ContactsCsvOptions {
  /** Skip detection (rel import --format). */
  dialect?: ContactsCsvDialect;
  /** Told of each row left out for having nothing to name a person by, so it can be reported. */
  onUnnamed?: (source: ImportSource) => void;
}

/** Every contact in the file, in file order; rows with nothing to name a person by are skipped. */
export function readContactsCsv(input: string | Uint8Array, file: string, options: ContactsCsvOptions = {}): ImportedContact[] {
  const [headerRecord, ...records] = readCsvRecords(input, file);
  if (!headerRecord) throw new ImportFormatError({ file }, 'the file is empty; expected a header line and one contact per line');
  const header = new CsvHeader(headerRecord.cells);
  const dialect = options.dialect ?? detectContactsCsv(headerRecord.cells);
  if (!dialect) {
    throw new ImportFormatError(
      { file, line: headerRecord.line },
      "the header is not one rel knows: expected rel's columns (at least name), or a Google Contacts or Outlook CSV export",
    );
  }
  const read = rowReader(dialect, header);
  const contacts: ImportedContact[] = [];
  for (const record of records) {
    const contact = read(new CsvRow(header, record, file));
    if (contact) contacts.push(contact);
    else options.onUnnamed?.({ file, line: record.line });
  }
  return contacts;
}

function rowReader(dialect: ContactsCsvDialect, header: CsvHeader): (row: CsvRow) => ImportedContact | undefined {
  switch (dialect) {
    case 'google':
      return contactFromGoogleRow;
    case 'outlook':
      return contactFromOutlookRow;
    case 'rel':
      return relRowReader(header);
  }
}
