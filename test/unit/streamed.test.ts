import { describe, expect, it } from 'vitest';
import { LAYOUT_ROWS, mapRows, streamJsonArray, streamLines, streamTable, tableLines } from '../../src/ui/streamed.js';
import { columns } from '../../src/ui/style.js';

const collect = () => {
  const pieces: Array<string | Uint8Array> = [];
  const text = () => pieces.map((piece) => (typeof piece === 'string' ? piece : Buffer.from(piece).toString('utf8'))).join('');
  return { pieces, write: (piece: string | Uint8Array) => void pieces.push(piece), text };
};

describe('streamJsonArray', () => {
  it.each([[[]], [[1]], [[{ a: 1, b: [1, 2], c: { d: 'x\ny' } }, null, 'z']]])('writes %j as JSON.stringify would', (items) => {
    const out = collect();
    expect(streamJsonArray(items, out.write)).toBe(items.length);
    expect(out.text()).toBe(`${JSON.stringify(items, null, 2)}\n`);
  });

  it('writes runs of items stringified together as JSON.stringify writes the whole array', () => {
    for (const length of [127, 128, 129, 300]) {
      const items = Array.from({ length }, (_, i) => (i % 7 === 3 ? undefined : { id: i, people: [{ id: i, name: `Nú ${i}` }], note: i % 2 ? null : 'a\nb', list: [] }));
      const out = collect();
      expect(streamJsonArray(mapRows(items, (item) => item), out.write)).toBe(length);
      expect(out.text()).toBe(`${JSON.stringify(items, null, 2)}\n`);
    }
  });

  it('writes a long array in pieces, never as one string', () => {
    const out = collect();
    const items = mapRows(Array.from({ length: 20_000 }, (_, i) => i), (i) => ({ id: i, name: `person ${i}` }));
    expect(streamJsonArray(items, out.write)).toBe(20_000);
    expect(out.pieces.length).toBeGreaterThan(10);
    expect(JSON.parse(out.text())).toHaveLength(20_000);
  });
});

describe('streamLines', () => {
  it('writes each line ended, a long run of them in pieces', () => {
    const out = collect();
    expect(streamLines([], out.write)).toBe(0);
    expect(out.text()).toBe('');
    const lines = Array.from({ length: 20_000 }, (_, i) => `pair ${i}  ·  another`);
    expect(streamLines(lines, out.write)).toBe(20_000);
    expect(out.pieces.length).toBeGreaterThan(5);
    expect(out.pieces.length).toBeLessThan(100);
    expect(out.text()).toBe(lines.map((line) => `${line}\n`).join(''));
  });
});

describe('streamTable', () => {
  it('lays out a short table exactly as columns() does', () => {
    const rows = [['#1', 'Jane Doe', 'x'], ['#22', 'Bo', 'yy']];
    const out = collect();
    expect(streamTable(rows, (r) => r, out.write)).toBe(2);
    expect(out.text()).toBe(`${columns(rows)}\n`);
  });

  it('lays out a long table by its first rows and the widths it is given, and streams the rest', () => {
    const rows = Array.from({ length: LAYOUT_ROWS + 3000 }, (_, i) => [`#${i}`, i === LAYOUT_ROWS + 10 ? 'A much longer name than any before' : `name ${i % 7}`, 'end']);
    const out = collect();
    expect(streamTable(rows, (r) => r, out.write, () => [7])).toBe(rows.length);
    const lines = out.text().trimEnd().split('\n');
    expect(lines).toHaveLength(rows.length);
    expect(lines.every((line, i) => line.indexOf(rows[i]![1]!) === 9)).toBe(true); // '#' + id padded to 7, then two spaces
    expect(lines[LAYOUT_ROWS + 10]).toBe(`#${LAYOUT_ROWS + 10}    A much longer name than any before  end`);
    expect(out.pieces.length).toBeGreaterThan(1);
  });
});

describe('streamTable on a terminal', () => {
  it('cuts the free-text column of a long listing to the width its first rows fit, later rows too', () => {
    const rows = Array.from({ length: LAYOUT_ROWS + 5 }, (_, i) => [`#${i}`, i === LAYOUT_ROWS + 2 ? 'N'.repeat(90) : `Name ${i % 10}`, 'due']);
    rows[0] = ['#0', 'M'.repeat(90), 'due'];
    const out = collect();
    streamTable(rows, (row) => row, out.write, () => [], { width: 30, cut: [1] });
    const lines = out.text().trimEnd().split('\n');
    expect(lines[0]).toBe(`#0     ${'M'.repeat(17)}…  due`);
    expect(lines[LAYOUT_ROWS + 2]).toBe(`#2002  ${'N'.repeat(17)}…  due`);
    expect(Math.max(...lines.map((line) => line.length))).toBe(30);
  });
});

describe('tableLines', () => {
  // Rows whose widest cells come last, past the rows streamTable lays a table out by.
  const rowsOf = (length: number) =>
    Array.from({ length }, (_, i) => [`  ${i % 3 ? 'email' : 'conversation'}`, i === length - 1 ? '2026-11-23' : '', i === length - 2 ? `a long note, the longest, ${'x'.repeat(70)}` : `note ${i}`]);

  it('lays every row out as columns() does, however many there are, on a terminal or not', () => {
    for (const length of [1, 3, LAYOUT_ROWS + 50]) {
      const rows = rowsOf(length);
      expect([...tableLines(() => rows)].join('\n')).toBe(columns(rows));
      const fit = { width: 40, cut: [2] };
      expect([...tableLines(() => rows, fit)].join('\n')).toBe(columns(rows, '  ', fit));
    }
  });

  it('reads the rows twice, making each as it goes, and makes nothing before its first line is asked for', () => {
    let made = 0;
    const rows = rowsOf(10);
    const lines = tableLines(() => mapRows(rows, (row) => (made++, row)));
    expect(made).toBe(0);
    expect(lines.next().value).toBe(columns(rows).split('\n')[0]);
    expect(made).toBe(11);
    expect([...lines]).toHaveLength(9);
    expect(made).toBe(20);
  });
});
