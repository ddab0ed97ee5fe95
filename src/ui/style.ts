// Colour and dates for people. Colour only on a terminal and never with NO_COLOR or --no-color.
// Piped output gets plain ISO dates.
import { daysBetween, type Day } from '../domain/calendar.js';

// The few styles rel uses, as 16-colour terminal codes: [open, close]. Written out here rather
// than taken from chalk, whose start-up reads the terminal, the OS and the whole process object
// (some milliseconds on every run of `rel today`); the output is chalk's at level 1, byte for byte.
const CODES = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  red: ['\u001b[31m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  magenta: ['\u001b[35m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
} as const;

type StyleName = keyof typeof CODES;
type Codes = readonly (readonly [string, string])[];

/** A style is a function of the text; its properties add another style (`s.bold.yellow(text)`). */
export type Style = ((text: string) => string) & { readonly [K in StyleName]: Style };

/** Wraps `text` in the codes, outermost first. Inside it, a style closed early is opened again, and each line is closed and opened on its own, as chalk does. */
function paint(text: string, codes: Codes): string {
  if (text === '') return text;
  let painted = text;
  if (painted.includes('\u001b')) for (const [open, close] of [...codes].reverse()) painted = painted.split(close).join(close + open);
  const opens = codes.map(([open]) => open).join('');
  const closes = codes.map(([, close]) => close).reverse().join('');
  if (painted.includes('\n')) painted = painted.replace(/\r?\n/g, (lineEnd) => closes + lineEnd + opens);
  return opens + painted + closes;
}

function style(codes: Codes, color: boolean): Style {
  const apply = (text: string): string => (color ? paint(text, codes) : text);
  for (const name of Object.keys(CODES) as StyleName[]) {
    Object.defineProperty(apply, name, { get: () => style([...codes, CODES[name]], color) });
  }
  return apply as Style;
}

export function makeStyle(color: boolean): Style {
  return style([], color);
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
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

/** Left-aligned columns; the last one is not padded. */
export function columns(rows: string[][], gap = '  '): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell))));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - visibleLength(cell)))).join(gap).trimEnd()).join('\n');
}

function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '').length;
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
