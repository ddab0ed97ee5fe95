// rel import of rel's own contacts JSON and NDJSON (rel export contacts --format json|ndjson), read
// as its contacts CSV is: the same matching, warnings, dry run, counts and undo. A whole journal
// (rel export all) still goes to the restore; other JSON is refused in one line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalFrom, makeJournal, type TestJournal } from '../harness/journal.js';
import { tempDir } from '../harness/tempFiles.js';

type Person = Record<string, unknown> & { id: number; name: string };

/** Every field a person can have: lists, a yearless and a 29 February birthday, a referrer, paused, archived, and texts a spreadsheet would run. */
const everyField = journalFrom(async (j) => {
  await j.ok(['contact', 'add', 'Jane Doe', '--email', 'jane@x.example', '--email', 'jd@y.example', '--phone', '+1 512 555 0100', '--company', '=SUM(A1)', '--role', "'=x", '--birthday', '02-29', '--since', '2020-05-01', '--every', 'monthly', '--met', 'at the market', '--alias', 'JD', '--tag', 'vip', '--tag', 'wedding clients']);
  await j.ok(['contact', 'add', 'Bob Lee', '--email', 'bob@x.example', '--birthday', '1980-02-29', '--every', '2w', '--referred-by', 'jane', '--alias', 'Bobby', '--alias', 'B. Lee', '--tag', 'vip']);
  await j.ok(['pause', 'bob', '--until', '2027-01-01']);
  await j.ok(['contact', 'add', 'Old Friend', '--phone', '555 0100 111', '--company', '+plus', '--met', '@ the fair']);
  await j.ok(['archive', 'old friend']);
});

/**
 * What a person is, the record's own times and how it came in aside, and the day they are due:
 * someone imported and never talked to is due on no day unless a cadence of their own applies.
 */
function fields({ imported: _imported, createdOn: _on, createdAt: _at, updatedAt: _up, rhythm, ...rest }: Person): Record<string, unknown> {
  const { dueOn: _due, ...said } = rhythm as Record<string, unknown>;
  return { ...rest, rhythm: said };
}

async function exported(j: TestJournal, format: 'json' | 'ndjson'): Promise<string> {
  const file = join(tempDir(), `contacts.${format}`);
  writeFileSync(file, await j.ok(['export', 'contacts', '--format', format]));
  return file;
}

describe.each([['json', 'rel JSON', [2, 3, 4]], ['ndjson', 'rel NDJSON', [1, 2, 3]]] as const)('rel export contacts --format %s, imported', (format, kind, lines) => {
  it('into the journal it came from: every person is already up to date, in the dry run and the import', async () => {
    const j = await everyField();
    const file = await exported(j, format);
    const before = j.dump();
    expect(await j.ok(['import', file, '--dry-run'])).toBe(
      [
        `${kind}, 3 records`,
        `skip Jane Doe (line ${lines[0]}): already up to date (#1)`,
        `skip Bob Lee (line ${lines[1]}): already up to date (#2)`,
        `skip Old Friend (line ${lines[2]}): already up to date (#3)`,
        'would add 0, update 0, skip 3',
        '',
      ].join('\n'),
    );
    expect(await j.rel(['import', file])).toMatchObject({ code: 0, stdout: `added 0, updated 0, skipped 3 from ${file}\n`, stderr: '' });
    expect(j.dump()).toBe(before);
  });

  it('into an empty journal: the same people, every field, and one rel undo takes them back', async () => {
    const source = await everyField();
    const file = await exported(source, format);
    const j = makeJournal();
    const dry = await j.ok(['import', file, '--dry-run']);
    expect(dry).toBe(`${kind}, 3 records\nadd Jane Doe (line ${lines[0]})\nadd Bob Lee (line ${lines[1]})\nadd Old Friend (line ${lines[2]})\nwould add 3, update 0, skip 0\n`);
    expect(await j.json(['export', 'contacts', '--format', 'json'])).toEqual([]);
    expect(await j.rel(['import', file])).toMatchObject({ code: 0, stdout: `added 3, updated 0, skipped 0 from ${file}\n`, stderr: '' });
    const people = await j.json<Person[]>(['export', 'contacts', '--format', 'json']);
    expect(people.map(fields)).toEqual((await source.json<Person[]>(['export', 'contacts', '--format', 'json'])).map(fields));
    expect(people.find((p) => p.name === 'Jane Doe')).toMatchObject({ company: '=SUM(A1)', role: "'=x", birthday: '--02-29' });
    await j.ok(['undo']);
    expect(await j.json(['export', 'contacts', '--format', 'json'])).toEqual([]);
  });

  it('from stdin (-), told apart by its content', async () => {
    const source = await everyField();
    const input = await source.ok(['export', 'contacts', '--format', format]);
    const j = makeJournal();
    expect(await j.rel(['import', '-'], { input })).toMatchObject({ code: 0, stdout: 'added 3, updated 0, skipped 0 from stdin\n', stderr: '' });
    expect(await source.rel(['import', '-'], { input })).toMatchObject({ code: 0, stdout: 'added 0, updated 0, skipped 3 from stdin\n', stderr: '' });
  });
});

describe('a contacts JSON with a value that cannot be read', () => {
  // Laid out over several lines, as jq writes it: each object is named by the line it starts on.
  const people = [
    { name: 'Ann Lee', emails: ['ann@x.example'] },
    { name: 'Bo Ray', birthday: '1980-13-45', company: 'Ray & Co' },
    { name: 'Cy Dunn', cadence: 'sometimes', archived: 'maybe' },
  ];
  const file = (): string => {
    const path = join(tempDir(), 'people.json');
    writeFileSync(path, `${JSON.stringify(people, null, 2)}\n`);
    return path;
  };

  it('is warned about with the file, the line of its object and the field; the rest is imported', async () => {
    const j = makeJournal();
    const path = file();
    const result = await j.rel(['import', path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`added 3, updated 0, skipped 0 from ${path}\n`);
    expect(result.stderr.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^warning: ${path} line 8, field birthday: "1980-13-45" is not a date`)),
      `warning: ${path} line 13, field cadence: "sometimes" is not a duration; use 10d, 2w, 3m or 1y (also 2 weeks, 6 months), or daily, weekly, fortnightly, monthly, quarterly or yearly`,
      `warning: ${path} line 13, field archived: "maybe" is not true or false`,
      '3 warnings: what they name was left out and the rest read (--strict refuses such a file instead)',
      '',
    ]);
    const bo = (await j.json<Person[]>(['export', 'contacts', '--format', 'json'])).find((p) => p.name === 'Bo Ray');
    expect(bo).toMatchObject({ birthday: null, company: 'Ray & Co' });
  });

  it('with --strict, refuses the file and imports nothing', async () => {
    const j = makeJournal();
    const path = file();
    const result = await j.rel(['import', path, '--strict']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`rel: 3 problems in ${path} \\(listed above\\); nothing imported`));
    expect(await j.json(['export', 'contacts', '--format', 'json'])).toEqual([]);
  });

  it('an NDJSON line that is no JSON is a record skipped, named by its line', async () => {
    const j = makeJournal();
    const input = '{"name":"Ann Lee"}\n{"name": "Bo\n{"name":"Cy Dunn","tags":["vip"]}\n';
    const result = await j.rel(['import', '-', '--dry-run'], { input });
    expect(result.stdout).toBe('rel NDJSON, 3 records\nadd Ann Lee (line 1)\nskip line 2: not valid JSON\nadd Cy Dunn (line 3)\nwould add 2, update 0, skip 1\n');
    expect(result.stderr).toMatch(/^warning: stdin line 2: not valid JSON at column 13; record skipped\n/);
  });
});

describe('JSON that holds no contacts', () => {
  it("rel's other listings are named as what they are, in one line, and nothing changes", async () => {
    const source = await everyField();
    await source.ok(['add', 'jane', '--note', 'lunch', '--follow-up', 'friday: call']);
    for (const what of ['conversations', 'reminders']) {
      for (const format of ['json', 'ndjson']) {
        const result = await makeJournal().rel(['import', '-'], { input: await source.ok(['export', what, '--format', format]) });
        expect(result).toMatchObject({ code: 1, stdout: '', stderr: `rel: stdin: this is rel export ${what}, which rel import does not read back: it imports contacts (rel export contacts) and restores the whole journal from rel export all\n` });
      }
    }
  });

  it('any other JSON is refused in one line saying what rel reads', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jane Doe']);
    const before = j.dump();
    for (const input of ['[1, 2]', '{"id": 1, "title": "x"}\n', '"Jane Doe"']) {
      const path = join(tempDir(), 'other.json');
      writeFileSync(path, input);
      const result = await j.rel(['import', path]);
      expect(result.code, input).toBe(1);
      expect(result.stderr.split('\n'), input).toHaveLength(2);
      expect(result.stderr, input).toMatch(new RegExp(`^rel: ${path}: .*rel export contacts --format json`));
    }
    expect(j.dump()).toBe(before);
  });

  it('an empty list (the export of an empty journal) imports nothing and says so', async () => {
    const j = makeJournal();
    const input = await makeJournal().ok(['export', 'contacts', '--format', 'json']);
    expect(await j.rel(['import', '-'], { input })).toMatchObject({ code: 0, stdout: 'added 0, updated 0, skipped 0 from stdin\n', stderr: 'note: no contacts in stdin: nothing to import\n' });
  });

  it('an empty NDJSON file (the export of an empty journal) imports nothing and says so, as the JSON and CSV ones do; an empty .json file is refused', async () => {
    const j = makeJournal();
    const empty = await makeJournal().ok(['export', 'contacts', '--format', 'ndjson']);
    expect(empty).toBe('');
    for (const name of ['contacts.ndjson', 'contacts.jsonl']) {
      const path = join(tempDir(), name);
      writeFileSync(path, empty);
      expect(await j.rel(['import', path, '--strict'])).toMatchObject({ code: 0, stdout: `added 0, updated 0, skipped 0 from ${path}\n`, stderr: `note: no contacts in ${path}: nothing to import\n` });
      expect(await j.ok(['import', path, '--dry-run'])).toBe('rel NDJSON, 0 records\nwould add 0, update 0, skip 0\n');
    }
    const path = join(tempDir(), 'contacts.json');
    writeFileSync(path, '\n');
    expect(await j.rel(['import', path])).toMatchObject({ code: 1, stderr: expect.stringMatching(new RegExp(`^rel: ${path}: the file is empty; rel import reads the JSON of rel export contacts`)) });
  });
});

describe('a whole journal (rel export all)', () => {
  it('still restores into an empty journal, laid out on one line too', async () => {
    const source = await everyField();
    const doc = await source.ok(['export', 'all']);
    const oneLine = `${JSON.stringify(JSON.parse(doc))}\n`;
    for (const input of [doc, oneLine]) {
      const j = makeJournal();
      expect(await j.ok(['import', '-'], { input })).toMatch(/^restored 3 contacts, 0 conversations/);
      expect(await j.ok(['export', 'all'])).toBe(doc);
    }
  });
});
