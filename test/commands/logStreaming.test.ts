// rel log writes as it reads (issue 16): on a short journal the same bytes as when it laid out the
// whole list at once; a long one is laid out by its first rows and streamed, and its JSON is the
// text JSON.stringify gives for the whole array.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateJournal } from '../bench/generate.mjs';
import { runRel } from '../harness/inProcess.js';
import { journalFrom } from '../harness/journal.js';
import { tempDir } from '../harness/tempFiles.js';

const history = journalFrom(async (j) => {
  await j.ok(['add', 'Jane Doe', '--via', 'call', '--note', 'catalog', '--on', '2026-11-01']);
  await j.ok(['add', 'Bob Lee', '--via', 'visit', '--note', 'Order arrived damaged', '--complaint', '--on', '2026-11-20']);
  await j.ok(['add', 'jane', 'José Núñez', '--via', 'meal', '--note', 'lunch']);
  await j.ok(['add', 'bob', '--note', 'no via']);
  await j.ok(['resolve', '2']);
});

const ok = async (args: string[], options: Parameters<typeof runRel>[1]) => {
  const result = await runRel(args, options);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
};

describe('rel log on a short journal: the bytes it wrote when it laid out the whole list', () => {
  it('piped, on a terminal with colour, for one person, with a limit', async () => {
    const j = await history();
    expect(await ok(['log'], { journalPath: j.db })).toBe(
      [
        '#4  2026-11-23  Bob Lee                      no via',
        '#3  2026-11-23  Jane Doe, José Núñez  meal   lunch',
        '#2  2026-11-20  Bob Lee               visit  [complaint, resolved] Order arrived damaged',
        '#1  2026-11-01  Jane Doe              call   catalog',
        '',
      ].join('\n'),
    );
    expect(await ok(['log'], { journalPath: j.db, tty: true, color: true })).toBe(
      [
        '\u001b[2m#4\u001b[22m  2026-11-23 (today)        Bob Lee                      no via',
        '\u001b[2m#3\u001b[22m  2026-11-23 (today)        Jane Doe, José Núñez  meal   lunch',
        '\u001b[2m#2\u001b[22m  2026-11-20 (3 days ago)   Bob Lee               visit  \u001b[31m[complaint, resolved] \u001b[39mOrder arrived damaged',
        '\u001b[2m#1\u001b[22m  2026-11-01 (22 days ago)  Jane Doe              call   catalog',
        '',
      ].join('\n'),
    );
    expect(await ok(['log', 'jane'], { journalPath: j.db })).toBe('#3  2026-11-23  Jane Doe, José Núñez  meal  lunch\n#1  2026-11-01  Jane Doe              call  catalog\n');
    expect(await ok(['log', '--limit', '2'], { journalPath: j.db })).toBe('#4  2026-11-23  Bob Lee                     no via\n#3  2026-11-23  Jane Doe, José Núñez  meal  lunch\n');
  });

  it('as JSON: the whole array as JSON.stringify writes it', async () => {
    const j = await history();
    const text = await ok(['log', '--json'], { journalPath: j.db });
    const list = JSON.parse(text) as Array<{ id: number; people: Array<{ name: string }>; resolvedOn: string | null }>;
    expect(text).toBe(`${JSON.stringify(list, null, 2)}\n`);
    expect(list.map((v) => [v.id, v.people.map((p) => p.name).join(', '), v.resolvedOn])).toEqual([
      [4, 'Bob Lee', null],
      [3, 'Jane Doe, José Núñez', null],
      [2, 'Bob Lee', '2026-11-23'],
      [1, 'Jane Doe', null],
    ]);
  });
});

describe('rel log on a journal longer than one layout of rows', () => {
  const path = join(tempDir(), 'long.db');
  const log = (...args: string[]) => ok(['log', ...args], { journalPath: path, now: '2026-11-23T10:00:00' });
  beforeAll(() => generateJournal(path, { contacts: 400, conversations: 2600 }), 60_000);

  it('lists every conversation newest first, one line each, the columns lined up', async () => {
    const lines = (await log()).trimEnd().split('\n');
    const all = JSON.parse(await log('--json')) as Array<{ id: number; happenedOn: string }>;
    expect(all.length).toBe(2600);
    expect(lines.map((line) => Number(/^#(\d+) /.exec(line)?.[1]))).toEqual(all.map((v) => v.id));
    expect(all.map((v) => v.happenedOn)).toEqual(all.map((v) => v.happenedOn).sort().reverse());
    // The day starts where the first layout put it on every line: the id column is as wide as the highest id.
    for (const [i, line] of lines.entries()) expect(line.indexOf(all[i]!.happenedOn), line).toBe('#2600  '.length);
  });

  it('writes the JSON array exactly as a whole array would be written, with or without a limit', async () => {
    for (const args of [[], ['--limit', '2100'], ['--since', '2026-01-01']]) {
      const text = await log(...args, '--json');
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });

  it('--since and --limit list the whole log cut short, whether they name each row or everyone once', async () => {
    // A few rows look up each row's names; more than a quarter of the people's ids reads them all first.
    const all = JSON.parse(await log('--json')) as Array<{ happenedOn: string }>;
    for (const i of [20, 1500]) {
      const since = all[i]!.happenedOn;
      expect(JSON.parse(await log('--json', '--since', since)), `--since ${since}`).toEqual(all.filter((v) => v.happenedOn >= since));
      expect(JSON.parse(await log('--json', '--limit', String(i))), `--limit ${i}`).toEqual(all.slice(0, i));
      expect(JSON.parse(await log('--json', '--since', since, '--limit', '30')), `--since ${since} --limit 30`).toEqual(all.filter((v) => v.happenedOn >= since).slice(0, 30));
    }
  });
});
