// Colour and dates for people. Colour only on a terminal and never with NO_COLOR or --no-color
// (chalk itself ignores NO_COLOR). Piped output gets plain ISO dates.
import { Chalk, type ChalkInstance } from 'chalk';
import { daysBetween, type Day } from '../domain/calendar.js';

export function makeStyle(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
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
