// Splitting a CSV text into records of cells, as csv-parse 6 does with `relax_quotes` and
// `relax_column_count` (the reading rel's imports were built on), in a quarter of its time: it
// reads the text as a string where csv-parse converts it to bytes and back (0.2 s against 0.8 s
// for the 100,000-row file of the import's benchmark). A property test holds the two to the same
// records and the same errors over random texts (test/unit/formats/csvSyntax.test.ts).
//
// The rules, csv-parse's own:
// - Records end at the kind of line break the text uses first outside quotes (CRLF, LF or CR);
//   any other kind is kept in the cell, as is any line break inside quotes.
// - A cell that starts with a quote runs to the closing quote, "" standing for one quote. When
//   other text follows the closing quote, the cell is read as written, quotes and all, up to the
//   next delimiter or record end ("ab"c is `"ab"c`).
// - A quote anywhere else in a cell is part of it (5'10").
// - A record end with nothing after it ends the text; a quoted cell never closed is an error.

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

export class CsvSyntaxError extends Error {
  constructor(
    /** Where the record that cannot be read starts, in UTF-16 units of the text. */
    readonly recordStart: number,
  ) {
    super('a quoted field is never closed');
  }
}

/**
 * The records of `text`, each a list of its cells; throws CsvSyntaxError for a quote never closed.
 * Without `quoting`, a quote is a character like any other (a file written without quoting).
 */
export function parseCsv(text: string, delimiter: string, quoting = true): string[][] {
  return new CsvScanner(text, delimiter.charCodeAt(0), quoting).records();
}

class CsvScanner {
  private at = 0;
  /** The line break that ends records: '' until the first one outside quotes is seen. */
  private recordEnd = '';

  constructor(
    private readonly text: string,
    private readonly delimiter: number,
    private readonly quoting: boolean,
  ) {}

  records(): string[][] {
    const records: string[][] = [];
    const length = this.text.length;
    while (this.at < length) {
      const start = this.at;
      const cells: string[] = [];
      for (;;) {
        cells.push(this.quoting && this.text.charCodeAt(this.at) === QUOTE ? this.quotedCell(start) : this.plainCell(this.at, ''));
        if (this.at >= length) break;
        if (this.text.charCodeAt(this.at) !== this.delimiter) {
          this.at += this.recordEnd.length; // at a record end: the cells stop before one
          break;
        }
        this.at++;
        if (this.at === length) {
          cells.push(''); // "a," ends with an empty cell
          break;
        }
      }
      records.push(cells);
    }
    return records;
  }

  /** A cell read as written from `from` to the next delimiter or record end, after `prefix`. */
  private plainCell(from: number, prefix: string): string {
    const text = this.text;
    let i = from;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === this.delimiter) break;
      if ((c === CR || c === LF) && this.endsRecord(i)) break;
    }
    this.at = i;
    return prefix + text.slice(from, i);
  }

  /** A cell that opens with a quote at `this.at`; `recordStart` is for the error. */
  private quotedCell(recordStart: number): string {
    const text = this.text;
    let value = '';
    let from = this.at + 1;
    for (;;) {
      const close = text.indexOf('"', from);
      if (close < 0) throw new CsvSyntaxError(recordStart);
      value += text.slice(from, close);
      if (text.charCodeAt(close + 1) === QUOTE) {
        value += '"';
        from = close + 2;
        continue;
      }
      this.at = close + 1;
      break;
    }
    const next = text.charCodeAt(this.at);
    if (this.at >= text.length || next === this.delimiter || ((next === CR || next === LF) && this.endsRecord(this.at))) return value;
    return this.plainCell(this.at, `"${value}"`); // text after the closing quote: the cell as written
  }

  /** Whether the line break at `i` ends a record; the first one seen sets which kind does. */
  private endsRecord(i: number): boolean {
    const text = this.text;
    if (this.recordEnd === '') this.recordEnd = text.charCodeAt(i) === CR ? (text.charCodeAt(i + 1) === LF ? '\r\n' : '\r') : '\n';
    return text.startsWith(this.recordEnd, i);
  }
}
