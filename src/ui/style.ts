// Colour and dates for people. Colour only on a terminal, never with NO_COLOR, --no-color or TERM=dumb.
// Piped output gets plain ISO dates.
import { daysBetween, type Day } from '../domain/calendar.js';
import { cutToWidth, visibleWidth } from './textWidth.js';

// Colour is chalk's, at 16 colours (level 1) whatever the terminal says: whether to colour is rel's
// decision (a terminal, no NO_COLOR, no --no-color, not TERM=dumb; see src/main.ts), not chalk's. chalk is loaded
// only then: its start-up reads the terminal, the OS and the whole process object, which piped
// output and `rel today --json` should not pay for.

/** The styles rel uses. */
const STYLE_NAMES = ['bold', 'dim', 'red', 'green', 'yellow', 'magenta', 'cyan'] as const;
type StyleName = (typeof STYLE_NAMES)[number];

/** A style is a function of the text; its properties add another style (`s.bold.yellow(text)`). */
export type Style = ((text: string) => string) & { readonly [K in StyleName]: Style };

let colourStyle: Style | undefined;

/** Loads chalk, once; to be awaited before makeStyle(true). main.ts does it when colour is on. */
export async function loadColour(): Promise<void> {
  const { Chalk } = await import('chalk');
  colourStyle ??= new Chalk({ level: 1 });
}

/** Text as it is, whatever the chain of styles. */
const plainStyle = ((): Style => {
  const plain = (text: string): string => text;
  for (const name of STYLE_NAMES) Object.defineProperty(plain, name, { value: plain });
  return plain as Style;
})();

export function makeStyle(color: boolean): Style {
  if (!color) return plainStyle;
  if (!colourStyle) throw new Error('colour asked for before loadColour() (src/ui/style.ts)');
  return colourStyle;
}

/** A count as people read it: 4989 as "4,989". (Not toLocaleString: loading its locale data took some 20 ms.) */
export function formatCount(n: number): string {
  const digits = String(n);
  return Number.isInteger(n) ? digits.replace(/\B(?=(\d{3})+$)/g, ',') : digits;
}

/** "1 person", "4,989 people". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : many}`;
}

export { commandWord, quotedWord } from '../shellWords.js';

/** "Jane Doe", "Jane Doe and Tom Doe", "Jane Doe, Tom Doe and Bob Lee". */
export function namesList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "today", "tomorrow", "in 5 days", "3 days ago". */
export function relativeDay(day: Day, today: Day): string {
  const delta = daysBetween(today, day);
  if (delta === 0) return 'today';
  if (delta === 1) return 'tomorrow';
  if (delta === -1) return 'yesterday';
  return delta > 0 ? `in ${plural(delta, 'day')}` : `${plural(-delta, 'day')} ago`;
}

/** On a terminal "2026-11-20 (3 days ago)", piped just the date. */
export function showDay(day: Day, today: Day, tty: boolean): string {
  return tty ? `${day} (${relativeDay(day, today)})` : day;
}

/**
 * How a person's due day is said (`when` is the day as shown): drifting, "due" it (red); a day past
 * while paused or archived, "was due" (their rhythm waits: nothing is next until it resumes); else "next".
 */
export function dueWords(status: string, dueOn: Day, today: Day, when: string, s: Style): string {
  if (status === 'drifting') return s.red(`due ${when}`);
  return (status === 'paused' || status === 'archived') && dueOn < today ? `was due ${when}` : `next ${when}`;
}

/**
 * Left-aligned columns; the last one is not padded, and may run over several lines (see columnsRow).
 * With `fit` (a terminal's), rows too wide for the terminal have a free-text column cut (see fitWidths).
 */
export function columns(rows: string[][], gap = '  ', fit?: Fit): string {
  const widths = columnWidths(rows);
  const fitted = fit && fitWidths(rows, widths, fit, gap);
  if (fitted) return rows.map((row) => columnsRow(cutRow(row, fitted, fit.cut), fitted, gap)).join('\n');
  return rows.map((row) => columnsRow(row, widths, gap)).join('\n');
}

/**
 * A terminal `width` columns wide, and the columns of free text (a name, a note) that may be cut to
 * fit it: on a terminal, a row wider than the terminal wraps, and one long name made every row of
 * the table wrap. Ids, days and statuses are never cut. Only ever given on a terminal: off it
 * (a pipe, a file) tables stay as they are, byte for byte.
 */
export interface Fit {
  width: number;
  cut: readonly number[];
}

/** The fewest columns a cut cell keeps: narrower, a name no longer says whose it is. */
export const LEAST_CUT = 10;

/** The fit for a table on stdout: only when it is a terminal whose width is known. */
export function terminalFit(stdoutIsTTY: boolean, width: number | undefined, cut: readonly number[]): Fit | undefined {
  return stdoutIsTTY && width !== undefined && width > 0 ? { width, cut } : undefined;
}

/**
 * The widths of the columns (`widths`, as columnWidths gives them; the last column's is measured
 * here, by its widest line) with the free-text columns narrowed so that the rows fit `fit.width`:
 * the widest first, down to the next widest, then both, and so on, none below LEAST_CUT (a long
 * name and a long note share what is left; a short name stays whole). Undefined when the rows fit
 * already, or when even that does not make them fit: they are printed as they are.
 */
export function fitWidths(rows: Iterable<readonly string[]>, widths: readonly number[], fit: Fit, gap = '  '): number[] | undefined {
  const fitted = [...widths];
  const last = fitted.length - 1;
  fitted[last] = 0;
  for (const row of rows) fitted[last] = Math.max(fitted[last] ?? 0, widestLine(row[last] ?? ''));
  // The last cell's gap only when it has some text: columnsRow trims the end of a row.
  const over = fitted.reduce((sum, w) => sum + w, 0) + gap.length * (fitted[last] === 0 ? last - 1 : last) - fit.width;
  if (over <= 0) return undefined;
  const free = fit.cut.map((i) => fitted[i] ?? 0);
  const room = free.reduce((sum, w) => sum + w, 0) - over;
  const within = (level: number) => free.reduce((sum, w) => sum + Math.min(w, level), 0) <= room;
  let level = Math.max(...free);
  while (level > LEAST_CUT && !within(level)) level--;
  if (!within(level)) return undefined;
  fit.cut.forEach((i, k) => (fitted[i] = Math.min(free[k] ?? 0, level)));
  return fitted;
}

/** The row with each of its `cut` cells cut to its fitted width, each line of a cell of several. */
export function cutRow(row: readonly string[], fitted: readonly number[], cut: readonly number[]): string[] {
  const cells = [...row];
  for (const i of cut) {
    const cell = cells[i];
    const width = fitted[i];
    if (cell === undefined || width === undefined) continue;
    cells[i] = LINE_BREAK.test(cell) ? cell.split(LINE_BREAKS).map((line) => cutToWidth(line, width)).join('\n') : cutToWidth(cell, width);
  }
  return cells;
}

function widestLine(cell: string): number {
  return LINE_BREAK.test(cell) ? Math.max(...cell.split(LINE_BREAKS).map(visibleWidth)) : visibleWidth(cell);
}

/** The width of each column: its widest cell. */
export function columnWidths(rows: Iterable<readonly string[]>): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleWidth(cell))));
  return widths;
}

/**
 * One row of columns this wide (a wider cell pushes the rest of its row along). The last cell may
 * run over several lines (a note typed with line breaks): its other lines start under its first.
 */
export function columnsRow(row: readonly string[], widths: readonly number[], gap = '  '): string {
  const lead = row
    .slice(0, -1)
    .map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - visibleWidth(cell))) + gap)
    .join('');
  const last = row.at(-1) ?? '';
  // The lead is measured only under a cell of several lines: a listing of thousands of rows has few.
  return (lead + (LINE_BREAK.test(last) ? hangingIndent(last, ' '.repeat(visibleWidth(lead))) : last.trimEnd())).trimEnd();
}

const LINE_BREAK = /[\r\n\u2028\u2029]/;
const LINE_BREAKS = /\r\n?|\n|\u2028|\u2029/;

/** Text of several lines whose first line follows something `indent` wide: the others start under it. */
export function hangingIndent(text: string, indent: string): string {
  if (!LINE_BREAK.test(text)) return text.trimEnd(); // most cells: a listing of thousands of rows calls this for each
  return text
    .split(LINE_BREAKS)
    .map((line, i) => (i === 0 || line.trim() === '' ? line.trimEnd() : indent + line.trimEnd()))
    .join('\n');
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
