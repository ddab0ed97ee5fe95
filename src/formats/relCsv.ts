// rel's own contacts CSV/TSV (the columns of columns.ts), and spreadsheets made by hand in its
// image: only `name` is needed; headers match case-insensitively, with spaces or hyphens for
// underscores and singular forms (Email, Phone, Tag, Alias, Notes) accepted; other columns are
// ignored. Lists are split at ';'. Cells are read back from formula neutralisation ('=x → =x).
// The id column is read as who the contact was in the journal that exported it, for matching
// (importPlan.ts); a value that is not a whole number (a spreadsheet's own "C-001") is ignored.
// New contacts are still numbered by the receiving journal, and created_on is not imported (a
// complete restore with ids is `rel export all`, JSON).
import { formatDuration, tryParseDuration, DURATION_FORMS } from '../domain/duration.js';
import { distinctValues } from './contactRecord.js';
import type { ImportedContact } from '../domain/records.js';
import type { CsvHeader, CsvRow } from './csvRecords.js';
import { quoteValue } from './importError.js';
import { readRelDate } from './importDates.js';
import { restoreSpreadsheetCell } from './spreadsheetSafe.js';

type RelColumn = 'id' | 'name' | 'emails' | 'phones' | 'company' | 'role' | 'birthday' | 'customer_since' | 'cadence' | 'met' | 'referred_by' | 'aliases' | 'tags' | 'archived' | 'paused_until' | 'note';

const SPELLINGS: Record<string, RelColumn> = { email: 'emails', phone: 'phones', alias: 'aliases', tag: 'tags', notes: 'note' };

function canonicalColumn(name: string): string {
  const key = name.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return SPELLINGS[key] ?? key;
}

export function isRelHeader(header: CsvHeader): boolean {
  return header.names.some((name) => canonicalColumn(name) === 'name');
}

/** Reads rows of one file: resolves the header's spellings once. */
export function relRowReader(header: CsvHeader): (row: CsvRow) => ImportedContact | undefined {
  const actual = new Map<string, string>();
  for (const name of header.names) {
    const column = canonicalColumn(name);
    if (!actual.has(column)) actual.set(column, name);
  }
  return (row) => contactFromRelRow(new RelCells(row, actual));
}

class RelCells {
  constructor(
    readonly row: CsvRow,
    private readonly actual: Map<string, string>,
  ) {}

  text(column: RelColumn): string {
    const name = this.actual.get(column);
    return name === undefined ? '' : restoreSpreadsheetCell(this.row.get(name)).trim();
  }

  list(column: RelColumn): string[] {
    return distinctValues(this.text(column).split(';'));
  }

  date(column: RelColumn, options: { yearless: boolean }): string | undefined {
    const text = this.text(column);
    if (!text) return undefined;
    const day = readRelDate(text, options);
    if (!day) throw this.row.error(column, `${quoteValue(text)} is not a date; expected YYYY-MM-DD${options.yearless ? ' or --MM-DD' : ''}`);
    return day;
  }
}

function contactFromRelRow(cells: RelCells): ImportedContact | undefined {
  const name = cells.text('name');
  if (!name) {
    if (cells.row.isEmpty()) return undefined;
    throw cells.row.error('name', 'is empty; every contact needs a name');
  }
  const contact: ImportedContact = {
    name,
    emails: cells.list('emails'),
    phones: cells.list('phones'),
    aliases: cells.list('aliases'),
    tags: cells.list('tags'),
    source: { file: cells.row.file, line: cells.row.line },
  };
  const optional = {
    company: cells.text('company'),
    role: cells.text('role'),
    birthday: cells.date('birthday', { yearless: true }),
    customerSince: cells.date('customer_since', { yearless: false }),
    cadence: cadenceOf(cells),
    met: cells.text('met'),
    referredBy: cells.text('referred_by'),
    note: cells.text('note'),
    pausedUntil: cells.date('paused_until', { yearless: false }),
  };
  for (const [key, value] of Object.entries(optional)) if (value) Object.assign(contact, { [key]: value });
  const archived = archivedOf(cells);
  if (archived !== undefined) contact.archived = archived;
  const relId = relIdOf(cells);
  if (relId !== undefined) contact.relId = relId;
  return contact;
}

/** `12` (or `#12`, as rel shows ids); anything else in the column is someone else's numbering. */
function relIdOf(cells: RelCells): number | undefined {
  const digits = /^#?(\d{1,15})$/.exec(cells.text('id'))?.[1];
  const id = Number(digits);
  return digits !== undefined && id > 0 ? id : undefined;
}

function cadenceOf(cells: RelCells): string | undefined {
  const text = cells.text('cadence');
  if (!text) return undefined;
  const duration = tryParseDuration(text);
  if (!duration) throw cells.row.error('cadence', `${quoteValue(text)} is not a duration; use ${DURATION_FORMS}`);
  return formatDuration(duration);
}

function archivedOf(cells: RelCells): boolean | undefined {
  const text = cells.text('archived').toLowerCase();
  if (text === '') return undefined;
  if (['true', '1', 'yes', 'y'].includes(text)) return true;
  if (['false', '0', 'no', 'n'].includes(text)) return false;
  throw cells.row.error('archived', `${quoteValue(text)} is not true or false`);
}
