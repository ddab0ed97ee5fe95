import { CsvError, parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../../src/formats/csvSyntax.js';

// csv-parse's own record start (`bytes_records`) is not compared: it counts some records' bytes
// more than once ("h\nab\ncd\nef\n\"x" says 26 for a text of 13 bytes, csv-parse 6.2).

/** What csv-parse 6 makes of a text read the way rel's imports read it: records, or the error's code. */
function csvParse(text: string, delimiter: string): string[][] | string {
  try {
    return parse(text, { delimiter, relax_column_count: true, relax_quotes: true }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return error.code;
  }
}

/** The same from ours; where the failing record starts, in `start`. */
function ours(text: string, delimiter: string, start?: { at: number }): string[][] | string {
  try {
    return parseCsv(text, delimiter);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    if (start) start.at = error.recordStart;
    return 'CSV_QUOTE_NOT_CLOSED';
  }
}

describe('parseCsv', () => {
  it('reads quoted cells, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('name,note\r\n"Doe, Jane","said ""hi""\r\nthen left"\r\nBob,\r\n', ',')).toEqual([
      ['name', 'note'],
      ['Doe, Jane', 'said "hi"\r\nthen left'],
      ['Bob', ''],
    ]);
  });

  it('keeps a line break of another kind than the first in the cell, and a blank line as one empty cell', () => {
    expect(parseCsv('a\r\nb\nc\r\n\r\nd', ',')).toEqual([['a'], ['b\nc'], [''], ['d']]);
    expect(parseCsv('a\rb\r', ',')).toEqual([['a'], ['b']]);
  });

  it('keeps a stray quote as text, and a quoted cell followed by text as written', () => {
    expect(parseCsv(`5'10",x\n"ab"c,"a""b" ,d`, ',')).toEqual([
      [`5'10"`, 'x'],
      ['"ab"c', '"a"b" ', 'd'],
    ]);
  });

  it('ends with an empty cell after a last delimiter, and reads nothing from an empty text', () => {
    expect(parseCsv('a;', ';')).toEqual([['a', '']]);
    expect(parseCsv('', ',')).toEqual([]);
  });

  it('says where the record of a quote never closed starts', () => {
    const start = { at: -1 };
    expect(ours('h\nab\ncd\nef\n"x', ',', start)).toBe('CSV_QUOTE_NOT_CLOSED');
    expect(start.at).toBe(11);
    expect(ours('a,b\r\nc,"d\r\ne,f\r\n', ',', start)).toBe('CSV_QUOTE_NOT_CLOSED');
    expect(start.at).toBe(5);
  });

  // Texts of the characters that matter to CSV, so that most samples hold quotes, delimiters and
  // mixed line breaks in awkward places.
  const csvText = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', ';', '\t', '"', '"', '\r', '\n', '\r\n'), maxLength: 40 });

  it.each([',', ';', '\t'])('reads every text as csv-parse does, records and errors alike (delimiter %j)', (delimiter) => {
    fc.assert(
      fc.property(csvText, (text) => {
        const start = { at: -1 };
        const records = ours(text, delimiter, start);
        expect(records).toEqual(csvParse(text, delimiter));
        // A quote never closed: every record before the failing one reads as csv-parse reads it.
        if (start.at >= 0) expect(ours(text.slice(0, start.at), delimiter)).toEqual(csvParse(text.slice(0, start.at), delimiter));
      }),
      { numRuns: 3000 },
    );
  });
});
