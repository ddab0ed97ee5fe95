// Colour and dates for people. Colour only on a terminal, never with NO_COLOR, --no-color or TERM=dumb.
// Piped output gets plain ISO dates.
import { daysBetween, type Day } from '../domain/calendar.js';
import { textWidth } from './textWidth.js';

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

/** Left-aligned columns; the last one is not padded, and may run over several lines (see columnsRow). */
export function columns(rows: string[][], gap = '  '): string {
  const widths = columnWidths(rows);
  return rows.map((row) => columnsRow(row, widths, gap)).join('\n');
}

/** The width of each column: its widest cell. */
export function columnWidths(rows: readonly string[][]): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell))));
  return widths;
}

/**
 * One row of columns this wide (a wider cell pushes the rest of its row along). The last cell may
 * run over several lines (a note typed with line breaks): its other lines start under its first.
 */
export function columnsRow(row: readonly string[], widths: readonly number[], gap = '  '): string {
  const lead = row
    .slice(0, -1)
    .map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - visibleLength(cell))) + gap)
    .join('');
  const last = row.at(-1) ?? '';
  // The lead is measured only under a cell of several lines: a listing of thousands of rows has few.
  return (lead + (LINE_BREAK.test(last) ? hangingIndent(last, ' '.repeat(visibleLength(lead))) : last.trimEnd())).trimEnd();
}

const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** Text of several lines whose first line follows something `indent` wide: the others start under it. */
export function hangingIndent(text: string, indent: string): string {
  if (!LINE_BREAK.test(text)) return text.trimEnd(); // most cells: a listing of thousands of rows calls this for each
  return text
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line, i) => (i === 0 || line.trim() === '' ? line.trimEnd() : indent + line.trimEnd()))
    .join('\n');
}

/** The columns a cell takes on a terminal: its colour codes take none, a Chinese letter two (textWidth.ts). */
function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return textWidth(text.includes('\u001b') ? text.replace(/\u001b\[[0-9;]*m/g, '') : text);
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
