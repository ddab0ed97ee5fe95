// Streaming writers for rel's tabular exports: CSV, TSV, JSON and NDJSON.
//
// Rows come from an iterable (a better-sqlite3 .iterate() cursor, say) and go out in chunks of
// about 64 KiB of UTF-8 (ByteChunks); when the output's buffer is full we wait for 'drain' before
// pulling more rows, so a million-row export holds one chunk in memory, never the whole file.
//
// Choices (documented in the README, "Export formats"):
// - CSV is RFC 4180 with CRLF record ends, as the RFC and Excel expect. A cell is quoted only
//   when it holds a quote, comma, CR or LF. We quote by hand instead of calling csv-stringify per
//   batch: the rule is one line, the output is byte-identical to csv-stringify's (a property test
//   checks it) given quoted_match /[\r\n]/ (without it, csv-stringify leaves a lone CR or LF
//   unquoted when records end in CRLF, which Excel reads as a new row), and it is three times faster
//   (measured: 0.3 s against 1 s for a million rows), which the export benchmark needs (SPEC §7).
// - TSV has no quoting: tabs, CR and LF inside a value become one space each.
// - CSV and TSV cells starting with = + - @ tab or CR get a leading ' (see spreadsheetSafe.ts)
//   unless `raw` is set. JSON and NDJSON are for programs and are never altered.
// - CSV and TSV start with the UTF-8 byte order mark when `bom` is set: Excel reads a CSV without
//   it in the system's legacy code page ("ZoÃ« MÃ¼ller"), and LibreOffice guesses.
// - A list (emails, tags) is one cell joined with '; ' in CSV/TSV, and stays an array in JSON.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { ByteChunks } from '../output.js';
import { neutraliseSpreadsheetCell } from './spreadsheetSafe.js';

export type TableFormat = 'csv' | 'tsv' | 'json' | 'ndjson';
export const TABLE_FORMATS: readonly TableFormat[] = ['csv', 'tsv', 'json', 'ndjson'];

export type Cell = string | number | boolean | null | undefined | readonly string[];
export type TableRow = Readonly<Record<string, Cell>>;

export interface TableWriteOptions {
  format: TableFormat;
  /** Turn off formula neutralisation (CSV/TSV), for a file no spreadsheet will open. */
  raw?: boolean;
  /** Start a CSV/TSV with the UTF-8 byte order mark, for a spreadsheet to read accents right. */
  bom?: boolean;
}

export const UTF8_BOM = '\uFEFF';

export const LIST_SEPARATOR = '; ';

/** Writes `rows` to `out` as `options.format`, one column per name in `columns`, in that order. */
export async function writeTable(
  out: Writable,
  columns: readonly string[],
  rows: Iterable<TableRow> | AsyncIterable<TableRow>,
  options: TableWriteOptions,
): Promise<void> {
  await writeRows(out, tableLayout(columns, options), rows);
}

/**
 * Writes records already in their JSON shape (the builders of json.ts) as one JSON array or as
 * NDJSON: `export --format json|ndjson` gives each thing the shape `--json` gives it.
 */
export async function writeJsonRecords(out: Writable, records: Iterable<unknown>, format: 'json' | 'ndjson'): Promise<void> {
  await writeRows(out, jsonLayout(format, (record) => JSON.stringify(record)), records);
}

async function writeRows<Row>(out: Writable, layout: TableLayout<Row>, rows: Iterable<Row> | AsyncIterable<Row>): Promise<void> {
  const sink = new ChunkedWriter(out);
  await sink.add(layout.start);
  let first = true;
  if (Symbol.iterator in rows) {
    // A database cursor: pull rows synchronously and wait only when a chunk goes out (a
    // million awaits, one per row, cost more than the rest of the CSV writing).
    for (const row of rows) {
      if (sink.push(layout.row(row, first))) await sink.send();
      first = false;
    }
  } else {
    for await (const row of rows) {
      await sink.add(layout.row(row, first));
      first = false;
    }
  }
  await sink.add(first ? layout.emptyEnd : layout.end);
  await sink.flush();
}

interface TableLayout<Row = TableRow> {
  start: string;
  row(row: Row, first: boolean): string;
  end: string;
  /** What ends a table with no rows ("[]" rather than "[\n\n]" in JSON). */
  emptyEnd: string;
}

function tableLayout(columns: readonly string[], options: TableWriteOptions): TableLayout {
  const safe = options.raw ? (text: string) => text : neutraliseSpreadsheetCell;
  const mark = options.bom ? UTF8_BOM : '';
  switch (options.format) {
    case 'csv': {
      const line = (cells: string[]) => `${cells.map(quoteCsvField).join(',')}\r\n`;
      return { start: mark + line([...columns]), row: (row) => line(columns.map((c) => textCell(row[c], safe))), end: '', emptyEnd: '' };
    }
    case 'tsv': {
      const line = (cells: string[]) => `${cells.map(flattenTsvField).join('\t')}\n`;
      return { start: mark + line([...columns]), row: (row) => line(columns.map((c) => textCell(row[c], safe))), end: '', emptyEnd: '' };
    }
    case 'json':
    case 'ndjson':
      return jsonLayout(options.format, (row) => JSON.stringify(jsonRecord(columns, row)));
  }
}

/** A JSON array with one record per line, or NDJSON: one record per line, nothing around. */
function jsonLayout<Row>(format: 'json' | 'ndjson', text: (row: Row) => string): TableLayout<Row> {
  if (format === 'ndjson') return { start: '', row: (row) => `${text(row)}\n`, end: '', emptyEnd: '' };
  return { start: '[', row: (row, first) => `${first ? '\n' : ',\n'}${text(row)}`, end: '\n]\n', emptyEnd: ']\n' };
}

/** RFC 4180: quote a field holding a quote, comma, CR or LF, doubling its quotes. */
export function quoteCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** TSV cannot quote, so the separators a value might hold become spaces. */
export function flattenTsvField(text: string): string {
  return text.replace(/\r\n|[\t\r\n]/g, ' ');
}

function textCell(cell: Cell, safe: (text: string) => string): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return safe(typeof cell === 'string' ? cell : cell.join(LIST_SEPARATOR));
}

function jsonRecord(columns: readonly string[], row: TableRow): Record<string, Cell> {
  const record: Record<string, Cell> = {};
  for (const column of columns) record[column] = row[column] ?? null;
  return record;
}

/** Collects small strings into chunks of bytes (ByteChunks) and honours the output's backpressure. */
export class ChunkedWriter {
  private readonly chunks = new ByteChunks();

  constructor(private readonly out: Writable) {}

  async add(text: string): Promise<void> {
    if (this.push(text)) await this.send();
  }

  /** Adds without waiting; true when a chunk is full and send() is due. */
  push(text: string): boolean {
    this.chunks.add(text);
    return this.chunks.full;
  }

  /** Writes the full chunks (with `all`, everything gathered), waiting whenever the output asks to. */
  async send(all = false): Promise<void> {
    for (const chunk of this.chunks.take(all)) if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  /** Writes everything gathered. */
  flush(): Promise<void> {
    return this.send(true);
  }
}
