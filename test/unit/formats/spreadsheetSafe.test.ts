import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseSpreadsheetCell, restoreSpreadsheetCell } from '../../../src/formats/spreadsheetSafe.js';

describe('neutraliseSpreadsheetCell', () => {
  it.each(['=1+1', '+1 555 0100', '-2', '@SUM(A1)', '\t=1', '\r=1', '＝1'])('prefixes %j with a quote', (cell) => {
    expect(neutraliseSpreadsheetCell(cell)).toBe(`'${cell}`);
  });

  it.each(['Jane', '', ' =1', "O'Brien", '1-2', "'plain"])('leaves %j alone', (cell) => {
    expect(neutraliseSpreadsheetCell(cell)).toBe(cell);
  });

  it('quotes a cell that already looks neutralised, so reading back is exact', () => {
    expect(neutraliseSpreadsheetCell("'=x")).toBe("''=x");
  });

  it('restore undoes neutralise for every string', () => {
    fc.assert(
      fc.property(fc.string(), (cell) => {
        expect(restoreSpreadsheetCell(neutraliseSpreadsheetCell(cell))).toBe(cell);
      }),
    );
    fc.assert(fc.property(fc.constantFrom('=', '+', '-', '@', "'", '\t', 'a').chain((c) => fc.string().map((s) => c + s)), (cell) => {
      expect(restoreSpreadsheetCell(neutraliseSpreadsheetCell(cell))).toBe(cell);
    }));
  });
});
