import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeTable, type TableFormat, type TableRow } from '../../../src/formats/tableExport.js';
import { SlowSink, TextSink } from './streams.js';

async function render(format: TableFormat, columns: string[], rows: TableRow[], raw = false): Promise<string> {
  const sink = new TextSink();
  await writeTable(sink, columns, rows, { format, raw });
  return sink.text;
}

const people: TableRow[] = [
  { id: 1, name: 'Jane Doe', emails: ['jane@example.com', 'j.doe@work.example'], note: 'said "hi", then left\nfor lunch', archived: false },
  { id: 2, name: '=HYPERLINK("http://x","y")', emails: [], note: null, archived: true },
];
const columns = ['id', 'name', 'emails', 'note', 'archived'];

describe('CSV', () => {
  it('writes RFC 4180 with CRLF, quoting only where needed', async () => {
    const text = await render('csv', columns, people);
    expect(text).toBe(
      'id,name,emails,note,archived\r\n' +
        '1,Jane Doe,jane@example.com; j.doe@work.example,"said ""hi"", then left\nfor lunch",false\r\n' +
        `2,"'=HYPERLINK(""http://x"",""y"")",,,true\r\n`,
    );
  });

  it('neutralises a formula so a spreadsheet shows it as text, and raw keeps it', async () => {
    const [safe] = parse(await render('csv', columns, [people[1]!]), { columns: true }) as Array<Record<string, string>>;
    expect(safe?.name).toBe(`'=HYPERLINK("http://x","y")`);
    const [raw] = parse(await render('csv', columns, [people[1]!], true), { columns: true }) as Array<Record<string, string>>;
    expect(raw?.name).toBe('=HYPERLINK("http://x","y")');
  });

  it('writes just the header for no rows', async () => {
    expect(await render('csv', columns, [])).toBe('id,name,emails,note,archived\r\n');
  });

  // Strings built from the characters that matter to CSV, so most samples need quoting.
  const csvText = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', ';', 'é', '=') });

  // With CRLF record ends csv-stringify leaves a lone CR or LF unquoted (measured; RFC 4180 and
  // Excel need it quoted), hence quoted_match to make it quote them as we do.
  it('quotes exactly as csv-stringify does (raw)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(csvText, csvText), { maxLength: 5 }), async (records) => {
        const rows = records.map(([a, b]) => ({ a: a!, b: b! }));
        const ours = await render('csv', ['a', 'b'], rows, true);
        expect(ours).toBe(stringify([['a', 'b'], ...records], { record_delimiter: 'windows', quoted_match: /[\r\n]/ }));
      }),
    );
  });

  it('reads back through csv-parse unchanged (raw)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ a: csvText, b: csvText }), { maxLength: 5 }), async (rows) => {
        const back = parse(await render('csv', ['a', 'b'], rows, true), { columns: true, relax_quotes: false });
        expect(back).toEqual(rows);
      }),
    );
  });
});

const spectrum = new URL('../../../../shared/corpora/csv-spectrum/', import.meta.url);

describe.runIf(existsSync(spectrum))('csv-spectrum corpus', () => {
  // location_coordinates.json disagrees with its own CSV upstream (see the corpus README).
  const names = existsSync(spectrum)
    ? readdirSync(new URL('csvs/', spectrum)).filter((f) => f.endsWith('.csv') && f !== 'location_coordinates.csv')
    : [];

  it.each(names)('%s: csv-parse reads it as expected, and our writer round-trips it', async (name) => {
    const csv = readFileSync(new URL(`csvs/${name}`, spectrum), 'utf8');
    const expected = JSON.parse(readFileSync(new URL(`json/${name.replace(/\.csv$/, '.json')}`, spectrum), 'utf8')) as Array<Record<string, string>>;
    const records = parse(csv, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(records).toEqual(expected);
    const header = Object.keys(records[0] ?? {});
    expect(parse(await render('csv', header, records, true), { columns: true })).toEqual(expected);
  });
});

describe('TSV', () => {
  it('flattens tabs and newlines to spaces and neutralises formulas', async () => {
    const text = await render('tsv', ['a', 'b'], [{ a: 'one\ttwo\r\nthree', b: '@SUM(A1)' }]);
    expect(text).toBe("a\tb\none two three\t'@SUM(A1)\n");
  });

  it('neutralises before flattening, so a leading tab still counts', async () => {
    expect(await render('tsv', ['a'], [{ a: '\t=1+1' }])).toBe("a\n' =1+1\n");
  });
});

describe('JSON and NDJSON', () => {
  it('JSON is one array in column order, lists stay arrays, formulas untouched', async () => {
    const text = await render('json', columns, people);
    expect(JSON.parse(text)).toEqual([
      { id: 1, name: 'Jane Doe', emails: ['jane@example.com', 'j.doe@work.example'], note: 'said "hi", then left\nfor lunch', archived: false },
      { id: 2, name: '=HYPERLINK("http://x","y")', emails: [], note: null, archived: true },
    ]);
    expect(text.endsWith('\n]\n')).toBe(true);
  });

  it('JSON with no rows is an empty array', async () => {
    expect(await render('json', columns, [])).toBe('[]\n');
  });

  it('NDJSON is one object per line, missing cells null', async () => {
    const text = await render('ndjson', ['id', 'missing'], [{ id: 1 }, { id: 2 }]);
    expect(text).toBe('{"id":1,"missing":null}\n{"id":2,"missing":null}\n');
  });
});

describe('backpressure', () => {
  it.each(['csv', 'json'] as const)('%s: waits for drain, so buffered output stays small on a slow reader', async (format) => {
    let produced = 0;
    function* rows(): Generator<TableRow> {
      for (let id = 1; id <= 100_000; id++) {
        produced++;
        yield { id, name: `Person ${id}`, note: 'a conversation about the spring catalog' };
      }
    }
    const sink = new SlowSink();
    await writeTable(sink, ['id', 'name', 'note'], rows(), { format });
    expect(produced).toBe(100_000);
    expect(sink.bytes).toBeGreaterThan(5_000_000);
    // One 64 KiB chunk over the 16 KiB high-water mark at most, never the whole 5 MB.
    expect(sink.maxBuffered).toBeLessThan(200_000);
  });

  it('accepts an async iterable', async () => {
    async function* rows(): AsyncGenerator<TableRow> {
      yield { id: 1 };
      yield { id: 2 };
    }
    const sink = new TextSink();
    await writeTable(sink, ['id'], rows(), { format: 'ndjson' });
    expect(sink.text).toBe('{"id":1}\n{"id":2}\n');
  });
});
