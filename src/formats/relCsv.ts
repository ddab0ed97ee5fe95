// rel's own contacts CSV/TSV (the columns of columns.ts), and any CSV with a Name column, as a
// spreadsheet made by hand (or one with first and last name columns instead, read after the
// programs' own exports, which have those too): only a name is needed; headers match case-insensitively, with spaces
// or hyphens for underscores and other common spellings (Email, E-mail Address, Phone Number,
// Mobile, Organization, Job Title, Nickname, Notes…) accepted; any other column with a value is
// left out with a warning (csvLeftOut.ts). Lists are split at ';'. Cells are read back from
// formula neutralisation ('=x → =x).
// The id column is read as who the contact was in the journal that exported it, for matching
// (importPlan.ts); a value that is not a whole number (a spreadsheet's own "C-001") is ignored.
// New contacts are still numbered by the receiving journal, and created_on is not imported (a
// complete restore with ids is `rel export all`, JSON). A value that cannot be read (a date, a
// cadence, an email) is left out with a warning; a row with no name is named by its first email
// or phone, and with none of those it is no person.
import { formatDuration, tryParseDuration, DURATION_FORMS } from '../domain/duration.js';
import { distinctValues, emailAddresses, phoneNumbers, readableAliases, recordName, setPresent, type ReadRecord, type UnreadableName } from './contactRecord.js';
import type { ImportedContact } from '../domain/records.js';
import type { UnreadColumn } from './csvLeftOut.js';
import type { CsvHeader, CsvRow } from './csvRecords.js';
import { quoteValue } from './importError.js';
import { restoreSpreadsheetCell } from './spreadsheetSafe.js';

const REL_COLUMNS = ['id', 'name', 'first_name', 'last_name', 'emails', 'phones', 'company', 'role', 'birthday', 'customer_since', 'cadence', 'met', 'referred_by', 'referred_by_id', 'aliases', 'tags', 'archived', 'paused_until', 'note'] as const;
export type RelColumn = (typeof REL_COLUMNS)[number];
const READ_COLUMNS = new Set<string>(REL_COLUMNS);

// What rel's own export adds that a journal works out for itself (columns.ts): the keep-in-touch
// status and its days, and the day the exporting journal added the person. Left out without a
// word from rel's own export only: in someone's spreadsheet a Status column is their own.
const DERIVED_COLUMNS = new Set(['status', 'last_contact_on', 'due_on', 'created_on']);

const SPELLINGS: Record<string, RelColumn> = {
  email: 'emails', e_mail: 'emails', email_address: 'emails', e_mail_address: 'emails',
  phone: 'phones', phone_number: 'phones', mobile: 'phones', mobile_phone: 'phones', telephone: 'phones',
  organization: 'company', organisation: 'company', job_title: 'role',
  alias: 'aliases', nickname: 'aliases', tag: 'tags', categories: 'tags', notes: 'note',
  first: 'first_name', given_name: 'first_name', forename: 'first_name', last: 'last_name', surname: 'last_name', family_name: 'last_name',
};

/** The dates of rel's columns, for the file's date order. */
const DATE_COLUMNS = new Set<string>(['birthday', 'customer_since', 'paused_until']);

function canonicalColumn(name: string): string {
  const key = name.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return SPELLINGS[key] ?? key;
}

export function isRelHeader(header: CsvHeader): boolean {
  return header.names.some((name) => canonicalColumn(name) === 'name');
}

/** A list of people by first and last name (and no Name column): read as a CSV with a Name column, the name from its parts. */
export function hasNameParts(header: CsvHeader): boolean {
  const columns = new Set(header.names.map(canonicalColumn));
  return columns.has('first_name') && columns.has('last_name');
}

/** rel's own export, or someone's spreadsheet with a Name column. */
export function relCsvKind(header: CsvHeader): string {
  const columns = new Set(header.names.map(canonicalColumn));
  if (['id', 'name', 'emails', 'created_on'].every((c) => columns.has(c))) return 'rel CSV';
  return columns.has('name') ? 'CSV with a Name column' : 'CSV with name columns';
}

/** The header's date columns (the first of each spelling), for the file's date order. */
export function relDateColumns(header: CsvHeader): string[] {
  const seen = new Set<string>();
  return header.names.filter((name) => {
    const column = canonicalColumn(name);
    if (!DATE_COLUMNS.has(column) || seen.has(column)) return false;
    seen.add(column);
    return true;
  });
}

/** A column of rel's as one file has it: its name as the header writes it (for warnings), and where it is. */
interface FileColumn {
  name: string;
  index: number;
}

/**
 * Reads rows of one file: resolves the header's spellings, and where each column is, once.
 * `columnOf` names the column of rel's a header name is (rel's JSON reader gives its own keys).
 */
export function relRowReader(header: CsvHeader, columnOf: (name: string) => string = canonicalColumn): (row: CsvRow) => ReadRecord {
  const columns = fileColumns(header, columnOf);
  return (row) => contactFromRelRow(new RelCells(row, columns));
}

/** Each column of the header, by the column of rel's it is: the first of each spelling. */
function fileColumns(header: CsvHeader, columnOf: (name: string) => string): Map<string, FileColumn> {
  const columns = new Map<string, FileColumn>();
  header.names.forEach((name, index) => {
    const column = columnOf(name);
    if (!columns.has(column)) columns.set(column, { name, index });
  });
  return columns;
}

/** The columns the reader leaves out: none of rel's, or a second spelling of one ("Email" after "emails"); rel's own export's derived ones say nothing. */
export function relColumnsLeftOut(header: CsvHeader): UnreadColumn[] {
  const read = new Set([...fileColumns(header, canonicalColumn)].flatMap(([column, at]) => (READ_COLUMNS.has(column) ? [at.index] : [])));
  const derivedSaysNothing = relCsvKind(header) === 'rel CSV';
  return header.names.flatMap((name, index) => (read.has(index) || (derivedSaysNothing && DERIVED_COLUMNS.has(canonicalColumn(name))) ? [] : [{ index }]));
}

class RelCells {
  constructor(
    readonly row: CsvRow,
    private readonly columns: Map<string, FileColumn>,
  ) {}

  text(column: RelColumn): string {
    const at = this.columns.get(column);
    return at === undefined ? '' : restoreSpreadsheetCell(this.row.cellAt(at.index)).trim();
  }

  list(column: RelColumn): string[] {
    return distinctValues(this.text(column).split(';'));
  }

  /** A list whose values `check` takes; each other one is warned about under the column. */
  checkedList(column: RelColumn, check: typeof emailAddresses): string[] {
    return check(this.text(column).split(';'), (problem) => this.row.warn(this.field(column), problem));
  }

  date(column: RelColumn, options: { needsYear: boolean }): string | undefined {
    return this.row.dateOf(this.text(column), this.field(column), options);
  }

  /** The name, or first and last name (recordName: one that cannot be a name skips the record). */
  name(): string | UnreadableName | undefined {
    const source = (column: RelColumn) => [this.field(column), this.text(column)] as const;
    return recordName([[source('name')], [source('first_name'), source('last_name')]], (field, problem) => this.row.warn(field, problem), (field) => field);
  }

  /** The column as the header writes it, for a warning. */
  field(column: RelColumn): string {
    return this.columns.get(column)?.name ?? column;
  }
}

function contactFromRelRow(cells: RelCells): ReadRecord {
  const emails = cells.checkedList('emails', emailAddresses);
  const phones = cells.checkedList('phones', phoneNumbers);
  const name = cells.name() ?? emails[0] ?? phones[0];
  if (typeof name !== 'string') return name;
  const contact: ImportedContact = {
    name,
    emails,
    phones,
    aliases: readableAliases(cells.list('aliases'), (problem) => cells.row.warn(cells.field('aliases'), problem)),
    tags: cells.list('tags'),
    source: { file: cells.row.file, line: cells.row.line },
  };
  const optional = {
    company: cells.text('company'),
    role: cells.text('role'),
    birthday: cells.date('birthday', { needsYear: false }),
    customerSince: cells.date('customer_since', { needsYear: true }),
    cadence: cadenceOf(cells),
    met: cells.text('met'),
    referredBy: cells.text('referred_by'),
    note: cells.text('note'),
    pausedUntil: cells.date('paused_until', { needsYear: true }),
  };
  setPresent(contact, optional);
  const archived = archivedOf(cells);
  if (archived !== undefined) contact.archived = archived;
  const relId = relIdOf(cells, 'id');
  if (relId !== undefined) contact.relId = relId;
  const referrerId = contact.referredBy === undefined ? undefined : relIdOf(cells, 'referred_by_id');
  if (referrerId !== undefined) contact.referredById = referrerId;
  return contact;
}

/** `12` (or `#12`, as rel shows ids); anything else in the column is someone else's numbering. */
function relIdOf(cells: RelCells, column: 'id' | 'referred_by_id'): number | undefined {
  const digits = /^#?(\d{1,15})$/.exec(cells.text(column))?.[1];
  const id = Number(digits);
  return digits !== undefined && id > 0 ? id : undefined;
}

function cadenceOf(cells: RelCells): string | undefined {
  const text = cells.text('cadence');
  if (!text) return undefined;
  const duration = tryParseDuration(text);
  if (duration) return formatDuration(duration);
  cells.row.warn(cells.field('cadence'), `${quoteValue(text)} is not a duration; use ${DURATION_FORMS}`);
  return undefined;
}

function archivedOf(cells: RelCells): boolean | undefined {
  const text = cells.text('archived').toLowerCase();
  if (text === '') return undefined;
  if (['true', '1', 'yes', 'y'].includes(text)) return true;
  if (['false', '0', 'no', 'n'].includes(text)) return false;
  cells.row.warn(cells.field('archived'), `${quoteValue(text)} is not true or false`);
  return undefined;
}
