// Contacts from a CSV file: rel's own export or any CSV with a Name column, Google Contacts,
// Outlook, Thunderbird or LinkedIn, told apart by the header. Parsing is synchronous over the
// file read whole: 100,000 rows parse in well under a second, and `rel import` stores them in one
// transaction anyway (SPEC §7). The file's numeric dates are looked at first, all together, to
// decide their order (src/domain/dateOrder.ts); then each row is read, and whatever cannot be read
// is left out with a warning, as is each column the reader has no field for (csvLeftOut.ts).
import type { DateOrder } from '../domain/dateOrder.js';
import type { ImportedContact } from '../domain/records.js';
import { NOBODY, oneLineFields, type ContactsFile, type ReadRecord, type UnnamedRecord } from './contactRecord.js';
import { columnsLeftOut, warnUnreadColumns, type ColumnUse, type UnreadColumn } from './csvLeftOut.js';
import { CsvHeader, CsvRow, readCsvRecords, type CsvRecord } from './csvRecords.js';
import { contactFromGoogleRow, googleColumnUse, googleDateColumns, isGoogleHeader } from './googleCsv.js';
import { FileDates } from './importDates.js';
import { ImportFormatError, type ImportWarning, type Warn } from './importError.js';
import { contactFromLinkedInRow, isLinkedInHeader, LINKEDIN_DATE_COLUMNS, linkedInColumnUse } from './linkedinCsv.js';
import { contactFromOutlookRow, isOutlookHeader, OUTLOOK_DATE_COLUMNS, outlookColumnsLeftOut, outlookHeader, outlookKind } from './outlookCsv.js';
import { hasNameParts, isRelHeader, relColumnsLeftOut, relCsvKind, relDateColumns, relRowReader } from './relCsv.js';
import { CONVERSATION_COLUMNS, DETAIL_COLUMNS, RELATION_COLUMNS, REMINDER_COLUMNS } from './columns.js';
import { contactFromThunderbirdRow, isThunderbirdHeader, thunderbirdColumnUse } from './thunderbirdCsv.js';

export type ContactsCsvDialect = 'rel' | 'google' | 'outlook' | 'thunderbird' | 'linkedin' | 'names';

interface Dialect {
  detect: (header: CsvHeader) => boolean;
  kind: (header: CsvHeader) => string;
  dateColumns: (header: CsvHeader) => readonly string[];
  reader: (header: CsvHeader) => (row: CsvRow) => ReadRecord;
  /** The columns the reader leaves out, each warned about when it holds a value (csvLeftOut.ts). */
  leftOut: (header: CsvHeader) => UnreadColumn[];
  /** The header as the reader reads it, when not as the file has it: Outlook's in another language, translated. */
  header?: (header: CsvHeader) => CsvHeader;
}

const byUse = (use: ColumnUse) => (header: CsvHeader): UnreadColumn[] => columnsLeftOut(header, use);

const fixed = <T>(value: T) => (): T => value;

/**
 * In the order they are tried: Google first, as its newer header also has Outlook's First Name;
 * a plain Name column before Outlook, whose export has none (`Name,E-mail Address` is someone's
 * own list, and its Name column the name); first and last name columns alone last, as every
 * program's export has those too.
 */
const DIALECTS: ReadonlyArray<[ContactsCsvDialect, Dialect]> = [
  ['google', { detect: isGoogleHeader, kind: fixed('Google Contacts CSV'), dateColumns: googleDateColumns, reader: fixed(contactFromGoogleRow), leftOut: byUse(googleColumnUse) }],
  ['linkedin', { detect: isLinkedInHeader, kind: fixed('LinkedIn connections CSV'), dateColumns: fixed(LINKEDIN_DATE_COLUMNS), reader: fixed(contactFromLinkedInRow), leftOut: byUse(linkedInColumnUse) }],
  ['thunderbird', { detect: isThunderbirdHeader, kind: fixed('Thunderbird CSV'), dateColumns: fixed([]), reader: fixed(contactFromThunderbirdRow), leftOut: byUse(thunderbirdColumnUse) }],
  ['rel', { detect: isRelHeader, kind: relCsvKind, dateColumns: relDateColumns, reader: relRowReader, leftOut: relColumnsLeftOut }],
  ['outlook', { detect: isOutlookHeader, header: outlookHeader, kind: outlookKind, dateColumns: fixed(OUTLOOK_DATE_COLUMNS), reader: fixed(contactFromOutlookRow), leftOut: outlookColumnsLeftOut }],
  ['names', { detect: hasNameParts, kind: relCsvKind, dateColumns: relDateColumns, reader: relRowReader, leftOut: relColumnsLeftOut }],
];

/** Which program wrote this header. */
export function detectContactsCsv(headerNames: readonly string[]): ContactsCsvDialect | undefined {
  const header = new CsvHeader(headerNames);
  return DIALECTS.find(([, d]) => d.detect(header))?.[0];
}

export interface ContactsCsvOptions {
  /** Skip detection. */
  dialect?: ContactsCsvDialect;
  /** --date-order: how to read numeric dates when none of the file's own proves it. */
  dateOrder?: DateOrder;
}

/** Why a row with more cells than the header is skipped (csvRecords.ts warns of it). */
const UNREADABLE_ROW = 'more cells than the header has';

const EXPECTED_HEADERS = "expected a Name column (or First and Last Name), rel's own, or a Google Contacts, Outlook, Thunderbird or LinkedIn connections CSV export";

/** The columns a header has, as an error shows them: the first five, each on one line and short. */
function columnsOf(cells: readonly string[]): string {
  const shown = cells.slice(0, 5).map((cell) => {
    const text = cell.replace(/\s+/g, ' ').trim();
    return text.length > 24 ? `${text.slice(0, 23)}…` : text === '' ? '(empty)' : text;
  });
  return cells.length > 5 ? `${shown.join(', ')} and ${cells.length - 5} more` : shown.join(', ');
}

/** rel's own exports that hold no contacts, by their header: what `rel import` cannot take back. */
const OTHER_EXPORTS: Array<[string, readonly string[]]> = [
  ['conversations', CONVERSATION_COLUMNS],
  ['details', DETAIL_COLUMNS],
  ['reminders', REMINDER_COLUMNS],
  ['relations', RELATION_COLUMNS],
];

/** Why a header is not read: what it has, or that it is no CSV at all, and what rel reads. */
function unknownHeader(cells: readonly string[]): string {
  if (cells[0]?.trimStart().startsWith('<')) return `the header is not one rel knows: ${EXPECTED_HEADERS} (this looks like XML or HTML, not a CSV file)`;
  if (cells[0]?.trim() === 'BEGIN:VCALENDAR') return "this is a calendar (rel export dates), which rel import does not read: it imports contacts (a CSV, or vCards) and restores rel export all";
  const header = cells.map((c) => c.trim()).join(',');
  const own = OTHER_EXPORTS.find(([, columns]) => columns.join(',') === header);
  if (own !== undefined) return `this is rel export ${own[0]}, which rel import does not read back: it imports contacts (rel export contacts) and restores the whole journal from rel export all`;
  return `the header is not one rel knows (its columns: ${columnsOf(cells)}): ${EXPECTED_HEADERS}`;
}

/** Every contact in the file, in file order, and what was left out. */
export function readContactsCsv(input: string | Uint8Array, file: string, options: ContactsCsvOptions = {}): ContactsFile {
  const warnings: ImportWarning[] = [];
  const warn: Warn = (place, problem) => warnings.push({ ...place, problem });
  const { records: [headerRecord, ...records], unreadable } = readCsvRecords(input, file, warn);
  if (!headerRecord) throw new ImportFormatError({ file }, 'the file is empty; expected a header line and one contact per line');
  const name = options.dialect ?? detectContactsCsv(headerRecord.cells);
  if (!name) {
    throw new ImportFormatError({ file, line: headerRecord.line }, unknownHeader(headerRecord.cells));
  }
  const dialect = DIALECTS.find(([n]) => n === name)![1];
  const fileHeader = new CsvHeader(headerRecord.cells);
  const header = dialect.header?.(fileHeader) ?? fileHeader;
  const unnamed: UnnamedRecord[] = unreadable.map((line) => ({ file, line, reason: UNREADABLE_ROW }));
  warnUnreadColumns(file, header, records, dialect.leftOut(header), warn);
  const read = readRows({ file, header, records, unnamed, warnings }, { dateColumns: dialect.dateColumns(header), reader: dialect.reader(header) }, options.dateOrder);
  return { kind: dialect.kind(header), records: records.length + unreadable.length, unit: 'row', ...read };
}

/** Records under one header, and what was already left out of their file (each skipped record is also a warning). */
export interface RowsToRead {
  file: string;
  header: CsvHeader;
  records: readonly CsvRecord[];
  unnamed: UnnamedRecord[];
  warnings: ImportWarning[];
}

/** How a kind of file reads its rows: which columns hold dates, and a row's record. */
export interface RowReading {
  dateColumns: readonly string[];
  reader: (row: CsvRow) => ReadRecord;
}

/**
 * The records' contacts, in file order, the file's numeric dates looked at together first; what
 * cannot be read joins `unnamed` and `warnings`. Shared with rel's JSON reader (contactsJson.ts),
 * so that a contact reads the same from either file.
 */
export function readRows(rows: RowsToRead, how: RowReading, dateOrder: DateOrder | undefined): Pick<ContactsFile, 'dates' | 'contacts' | 'unnamed' | 'warnings'> {
  const { file, header, records, unnamed, warnings } = rows;
  const warn: Warn = (place, problem) => warnings.push({ ...place, problem });
  const dates = FileDates.of(dateTexts(header, how.dateColumns, records), dateOrder);
  const reading = { dates, warn };
  const contacts: ImportedContact[] = [];
  for (const record of records) {
    const contact = how.reader(new CsvRow(header, record, file, reading));
    if (contact === undefined) {
      unnamed.push({ file, line: record.line });
      warn({ file, line: record.line }, NOBODY);
    } else if ('skipped' in contact) unnamed.push({ file, line: record.line, reason: contact.skipped });
    else contacts.push(oneLineFields(contact));
  }
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  unnamed.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ...(dates.decision && { dates: dates.decision }), contacts, unnamed, warnings };
}

function* dateTexts(header: CsvHeader, columns: readonly string[], records: readonly CsvRecord[]): Iterable<string> {
  const indexes = columns.map((c) => header.indexOf(c)).filter((i) => i !== undefined);
  for (const record of records) for (const index of indexes) yield record.cells[index] ?? '';
}
