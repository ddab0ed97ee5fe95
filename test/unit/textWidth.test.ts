// The columns a text takes on a terminal (src/ui/textWidth.ts), and the tables laid out by it
// (src/ui/style.ts): a Chinese name or an accent typed as a combining mark keeps its row in line.
import { describe, expect, it } from 'vitest';
import { columns, loadColour, makeStyle } from '../../src/ui/style.js';
import { cutToWidth, textWidth } from '../../src/ui/textWidth.js';

describe('textWidth', () => {
  it('counts a column a character for ASCII and Latin letters, precomposed accents included', () => {
    expect(textWidth('')).toBe(0);
    expect(textWidth('Ana Souza')).toBe(9);
    expect(textWidth('Zoë Ångström')).toBe(12);
    expect(textWidth('Łukasz Wróbel, Søren, Straße')).toBe(28);
  });

  it('counts two for the letters of Chinese, Japanese and Korean, full-width forms and emoji', () => {
    expect(textWidth('王小明')).toBe(6);
    expect(textWidth('さくら')).toBe(6);
    expect(textWidth('김민준')).toBe(6);
    expect(textWidth('ＡＢＣ')).toBe(6);
    expect(textWidth('Li 王')).toBe(5);
    expect(textWidth('🎂')).toBe(2);
  });

  it('counts nothing for combining marks, zero-width characters and control characters', () => {
    expect(textWidth('Jose\u0301')).toBe(4);
    expect(textWidth('Jose\u0301'.normalize('NFC'))).toBe(4);
    expect(textWidth('a\u200db\u200bc')).toBe(3);
    expect(textWidth('\u0007bell')).toBe(4);
  });
});

describe('columns', () => {
  /** Where each row's second cell starts, in terminal columns. */
  const starts = (table: string, second: RegExp): number[] =>
    // eslint-disable-next-line no-control-regex
    table.split('\n').map((line) => textWidth(line.slice(0, line.search(second)).replace(/\u001b\[[0-9;]*m/g, '')));

  it('lines up the cells after names of every script', () => {
    const table = columns([
      ['#1', '王小明', 'last 2026-11-23'],
      ['#2', 'Jose\u0301 Nun\u0303ez', 'last 2026-11-20'],
      ['#3', 'Ana Souza', 'last 2026-10-02'],
    ]);
    expect(starts(table, /last /)).toEqual([16, 16, 16]);
  });

  it('starts the other lines of a last cell of several lines under its first, after any name', () => {
    const table = columns([
      ['#5', '王小明', 'first line\nsecond line'],
      ['#4', 'Ana Souza', 'one line'],
    ]);
    expect(table).toBe(['#5  王小明     first line', '               second line', '#4  Ana Souza  one line'].join('\n'));
  });

  it('lines them up when the names are coloured', async () => {
    await loadColour();
    const s = makeStyle(true);
    const table = columns([
      [s.bold('王小明'), s.dim('#1'), 'x'],
      [s.bold('Ana Souza'), s.dim('#2'), 'y'],
    ]);
    expect(starts(table, /#\d/)).toEqual([11, 11]);
  });
});

describe('cutToWidth and fitted tables', () => {
  it('cuts a text to a width, ending in "…", a wide letter counted two, colour codes kept so a style still ends', async () => {
    expect(cutToWidth('Maximilian Alexander', 12)).toBe('Maximilian…');
    expect(cutToWidth('Ann Bell', 8)).toBe('Ann Bell');
    expect(cutToWidth('王小明王小明', 6)).toBe('王小…');
    await loadColour();
    const s = makeStyle(true);
    expect(cutToWidth(s.bold('Maximilian Alexander'), 12)).toBe(s.bold('Maximilian…'));
  });

  it('narrows the widest free-text column to fit, none below LEAST_CUT, else leaves the table as it is', () => {
    const rows = [['#1', 'A very long name indeed', 'due'], ['#2', 'Bo', 'next']];
    expect(columns(rows, '  ', { width: 20, cut: [1] })).toBe('#1  A very lo…  due\n#2  Bo          next');
    expect(columns(rows, '  ', { width: 60, cut: [1] })).toBe(columns(rows));
    expect(columns(rows, '  ', { width: 15, cut: [1] })).toBe(columns(rows));
  });
});
