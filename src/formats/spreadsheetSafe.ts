// Spreadsheet formula neutralisation (OWASP "CSV Injection"): Excel, LibreOffice and Google Sheets
// run a cell that starts with = + - @ (and, after trimming, tab or CR) as a formula, so a contact
// named =HYPERLINK("http://evil","click") would become a live link or worse. OWASP's advice is to
// prefix such a cell with a single quote, which makes every spreadsheet show it as text.
//
// Why our own function rather than csv-stringify's `escape_formulas`: that option does the same
// prefixing (plus the full-width ＝＋－＠ that Apple Numbers folds to ASCII), but it exists only
// inside the CSV writer; TSV needs the identical rule, and importing our own CSV needs the inverse.
// We also quote a cell that already starts with quotes before a trigger ('=x → ''=x), so that
// restoreSpreadsheetCell(neutraliseSpreadsheetCell(v)) === v for every string v.

const TRIGGERS = '=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20';
const QUOTED_TRIGGER = /^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

function startsWithTrigger(cell: string): boolean {
  return cell.length > 0 && TRIGGERS.includes(cell.charAt(0));
}

/** The cell as a spreadsheet must receive it: a leading ' when it would otherwise run as a formula. */
export function neutraliseSpreadsheetCell(cell: string): string {
  return startsWithTrigger(cell) || QUOTED_TRIGGER.test(cell) ? `'${cell}` : cell;
}

/** The inverse, for reading rel's own CSV/TSV back: drops the one quote neutralisation added. */
export function restoreSpreadsheetCell(cell: string): string {
  return QUOTED_TRIGGER.test(cell) ? cell.slice(1) : cell;
}
