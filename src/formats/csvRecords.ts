// Reading a CSV file into records that know their line.
//
// The file is decoded first (UTF-8 or UTF-16 by BOM, else UTF-8, else windows-1252, as
// Outlook's ANSI exports are), then split into cells (csvSyntax.ts). A record's line is counted
// here: one per record plus the line breaks inside its quoted cells, which are kept as written.
// The delimiter is the one of comma, semicolon (Excel in many European locales) or tab (rel's
// TSV) that the header line uses most. Notes a program writes before the header (LinkedIn's
// "Notes:" and a paragraph, then a blank line) are passed over. A row with more cells than the
// header cannot be read (a comma inside a value that lacks quotes shifts every cell after it): it
// is left out with a warning, and the rest of the file is read.
import { recordName, type UnreadableName } from './contactRecord.js';
import { CsvSyntaxError, parseCsv } from './csvSyntax.js';
import type { DateReadOptions, FileDates } from './importDates.js';
import { ImportFormatError, type Warn } from './importError.js';
import { decodeTextFile } from './textDecoding.js';
import { positionOf } from './textPosition.js';

export interface CsvRecord {
  cells: string[];
  /** The line the record starts on. */
  line: number;
}

/**
 * rel's own TSV of contacts (rel export contacts --format tsv): written without quoting (a tab or a
 * line break inside a value is a space, tableExport.ts), so a quote in it is text: read with quote
 * rules, a role '"Chief' opened a quoted cell never closed, and an alias '"Annie"' lost its quotes.
 */
const REL_CONTACTS_TSV = /^id\tname\temails\tphones\t/;

/** A CSV file's records: the header first, then one per row; and the lines of the rows that cannot be read. */
export interface CsvRecords {
  records: CsvRecord[];
  /** Rows told to `warn` and left out, by the line they start on: each is a record skipped. */
  unreadable: number[];
}

/** The file's records; a row that cannot be read is told to `warn` and left out. */
export function readCsvRecords(input: string | Uint8Array, file: string, warn: Warn): CsvRecords {
  const { text, skipped } = withoutNotes(decodeTextFile(input));
  let rows: string[][];
  try {
    const delimiter = guessDelimiter(text);
    rows = parseCsv(text, delimiter, !(delimiter === '\t' && REL_CONTACTS_TSV.test(text)));
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw unclosedQuote(file, skipped + lineOf(text, error.recordStart));
    throw error;
  }
  const records: CsvRecord[] = [];
  const unreadable: number[] = [];
  const columns = rows[0]?.length ?? 0;
  let line = 1 + skipped;
  const crEndsLines = !text.includes('\n');
  for (const cells of rows) {
    // Fewer cells than the header is a spreadsheet dropping empty trailing cells; more would put values under the wrong columns.
    if (cells.length > columns && cells.slice(columns).some((cell) => cell !== '')) {
      warn({ file, line }, `has ${cells.length} cells but the header has ${columns}: a comma inside a value needs quotes ("a, b"); row skipped`);
      unreadable.push(line);
    } else if (!cells.every((cell) => cell.trim() === '')) records.push({ cells, line }); // blank lines, and rows of empty cells, are no records
    line += 1 + cells.reduce((breaks, cell) => breaks + lineBreaksIn(cell, crEndsLines), 0);
  }
  return { records, unreadable };
}

/**
 * The text after the notes some programs write before the header: a first line "Notes:" (as
 * LinkedIn writes) up to the first blank line; `skipped` is how many lines that was.
 */
function withoutNotes(text: string): { text: string; skipped: number } {
  if (!/^"?notes:?"?[ \t]*(?:\r\n|\r|\n)/i.test(text)) return { text, skipped: 0 };
  const lineEnd = /\r\n|\r|\n/g;
  let start = 0;
  for (let skipped = 1, end = lineEnd.exec(text); end; skipped++, end = lineEnd.exec(text)) {
    if (text.slice(start, end.index).trim() === '') return { text: text.slice(lineEnd.lastIndex), skipped };
    start = lineEnd.lastIndex;
  }
  return { text, skipped: 0 }; // no blank line: no notes after all
}

/** Line ends inside a cell: CRLF and LF, and CR alone only in a file without LF (else it is a stray character, as vcardLines.ts reads it too). */
function lineBreaksIn(cell: string, crEndsLines: boolean): number {
  if (!/[\r\n]/.test(cell)) return 0;
  return cell.match(crEndsLines ? /\r\n|\r|\n/g : /\n/g)?.length ?? 0;
}

function guessDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return count(best!) > 0 ? best! : ',';
}

function unclosedQuote(file: string, line: number): ImportFormatError {
  return new ImportFormatError({ file, line }, 'a quoted field here is never closed: a " is missing, or a quote inside a field is not doubled ("")');
}

/** The line of the first character at or after `offset` that is not a line break. */
function lineOf(text: string, offset: number): number {
  let at = offset;
  while (text.charCodeAt(at) === 0x0a || text.charCodeAt(at) === 0x0d) at++;
  return positionOf(text, at).line;
}

/** A column's name as headers are matched: "Email" and " email " (a space after the comma) alike. */
export const columnKey = (name: string): string => name.trim().toLowerCase();

/**
 * A program's column names in another language, each (as `columnKey` makes it) to the name the
 * reader knows the column by: Outlook's German "Vorname" is its "First Name" (outlookTranslations.ts).
 */
export interface HeaderTranslation {
  /** In English, for the line that says how the file was read: "German". */
  language: string;
  columns: ReadonlyMap<string, string>;
}

/**
 * A header row: column names, lower-cased and trimmed, to their index (the first of duplicates).
 * With a translation, a column is matched by the name the reader knows it by, and a warning still
 * names it as the file does.
 */
export class CsvHeader {
  readonly columns = new Map<string, number>();
  private readonly keys: string[];
  private readonly patterns = new Map<RegExp, number[]>();

  constructor(
    readonly names: readonly string[],
    readonly translation?: HeaderTranslation,
  ) {
    this.keys = names.map((name) => {
      const key = columnKey(name);
      return translation?.columns.get(key) ?? key;
    });
    this.keys.forEach((key, index) => {
      if (!this.columns.has(key)) this.columns.set(key, index);
    });
  }

  /** The name the column at `index` is matched by: its own (as `columnKey` makes it), or its translation. */
  keyAt(index: number): string {
    return this.keys[index] ?? '';
  }

  /** A column the reader names, as a warning names it: the file's own name when the header is translated. */
  fieldName(column: string): string {
    const index = this.translation && this.indexOf(column);
    return index === undefined ? column : (this.names[index] ?? column).trim();
  }

  has(column: string): boolean {
    return this.columns.has(columnKey(column));
  }

  /** Where the column is in each row (matched as `has` matches), undefined when absent. */
  indexOf(column: string): number | undefined {
    return this.columns.get(columnKey(column));
  }

  /** Indexes of the columns whose name matches, in file order; worked out once per pattern. */
  indexesMatching(pattern: RegExp): number[] {
    let indexes = this.patterns.get(pattern);
    if (!indexes) {
      indexes = [...this.columns].filter(([name]) => pattern.test(name)).map(([, index]) => index);
      this.patterns.set(pattern, indexes);
    }
    return indexes;
  }
}

/** What reading a row needs besides its cells: how the file's dates read, and where warnings go. */
export interface CsvReading {
  dates: FileDates;
  warn: Warn;
}

/** One record under its header: cells by column name, and warnings that name the line and column. */
export class CsvRow {
  constructor(
    private readonly header: CsvHeader,
    private readonly record: CsvRecord,
    readonly file: string,
    private readonly reading: CsvReading,
  ) {}

  get line(): number {
    return this.record.line;
  }

  /** The trimmed cell under `column` (matched case-insensitively), '' when absent. */
  get(column: string): string {
    const index = this.header.indexOf(column);
    return index === undefined ? '' : this.cellAt(index);
  }

  /** The trimmed cell at a column's index (CsvHeader.indexOf), '' past the row's end. */
  cellAt(index: number): string {
    return (this.record.cells[index] ?? '').trim();
  }

  /** Whether the header has this column (matched case-insensitively). */
  has(column: string): boolean {
    return this.header.has(column);
  }

  /** The non-empty cells of the columns whose (lower-case) name matches, in file order. */
  matching(pattern: RegExp): string[] {
    return this.cellsMatching(pattern).map(([, value]) => value);
  }

  /** The same, each with the name of its column as the header writes it. */
  cellsMatching(pattern: RegExp): Array<[column: string, value: string]> {
    return this.header
      .indexesMatching(pattern)
      .map((index): [string, string] => [this.header.names[index] ?? '', (this.record.cells[index] ?? '').trim()])
      .filter(([, value]) => value !== '');
  }

  /** The values of `columns` that `check` takes (emailAddresses, phoneNumbers); each other one is warned about under its column. */
  checked(columns: readonly string[], check: (values: readonly string[], warn: (problem: string) => void) => string[]): string[] {
    return columns.flatMap((column) => check([this.get(column)], (problem) => this.warn(column, problem)));
  }

  /**
   * The name from the first of `sources` with text: a column, or columns joined (First, Middle and
   * Last Name); one that cannot be a name is warned about (recordName) and the record skipped.
   */
  name(...sources: Array<string | readonly string[]>): string | UnreadableName | undefined {
    const parts = sources.map((source) => (typeof source === 'string' ? [source] : source).map((column) => [column, this.get(column)] as const));
    return recordName(parts, (column, problem) => this.warn(column, problem), (column) => column);
  }

  /** Reports a value of this row that cannot be read; the caller leaves it out. */
  warn(field: string | undefined, problem: string): void {
    this.reading.warn({ file: this.file, line: this.line, ...(field !== undefined && { field: this.header.fieldName(field) }) }, problem);
  }

  /** The date in `column` ('YYYY-MM-DD' or '--MM-DD'), undefined when empty or, with a warning, not a date. */
  date(column: string, options?: DateReadOptions): string | undefined {
    return this.dateOf(this.get(column), column, options);
  }

  /** A date read from `text`, warned about under `field` when it is not one. */
  dateOf(text: string, field: string, options?: DateReadOptions): string | undefined {
    const read = this.reading.dates.read(text, options);
    if ('problem' in read) {
      this.warn(field, read.problem);
      return undefined;
    }
    return read.day || undefined;
  }
}
