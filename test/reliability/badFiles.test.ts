// The malformed-file corpus in test/fixtures/bad/ (see its README): checked to be as broken as it
// says, so that no one "fixes" a fixture, then fed to rel import: one line naming the file, exit 1,
// and the journal exactly as it was. And the odd files of test/fixtures/odd/: imported with a
// warning for each odd thing, or refused whole with --strict.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractBreaches } from '../harness/failures.js';
import { dump } from '../harness/journalDump.js';
import { FIXTURES } from '../harness/paths.js';
import { spawnRel as rel } from '../harness/spawned.js';
import { cleanupTempDirs, newJournalPath } from '../harness/tempFiles.js';

const BAD = join(FIXTURES, 'bad');
const ODD = join(FIXTURES, 'odd');
const read = (name: string) => readFileSync(join(BAD, name));
const readOdd = (name: string) => readFileSync(join(ODD, name));
const NOT_FIXTURES = ['README.md', '.gitattributes'];
/** The files a corpus README lists, each with the rest of its row. */
const listed = (dir: string) => [...readFileSync(join(dir, 'README.md'), 'utf8').matchAll(/^\| `([^`]+)` \|(.*)$/gm)].map((m) => [m[1]!, m[2]!] as const);

describe('the malformed-file corpus', () => {
  it('holds the files its README lists', () => {
    expect(readdirSync(BAD).filter((f) => !NOT_FIXTURES.includes(f)).sort()).toEqual(listed(BAD).map(([f]) => f).sort());
  });

  it('is malformed in the ways it says', () => {
    const unclosed = read('csv-unclosed-quote.csv').toString('utf8');
    expect(unclosed.split('\r\n')[2]).toMatch(/^"Bob Lee,[^"]*$/);
    expect((unclosed.match(/"/g) ?? []).length % 2).toBe(1);

    const garbage = read('csv-binary-garbage.csv');
    expect(garbage.length).toBe(4096);
    expect(garbage.includes(0)).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(garbage)).toThrow();

    expect(() => JSON.parse(read('json-not-valid.json').toString('utf8'))).toThrow();
    const shape = JSON.parse(read('json-wrong-shape.json').toString('utf8')) as Record<string, unknown>;
    expect(typeof shape.contacts).toBe('string');
    expect(Array.isArray(JSON.parse(read('json-wrong-shape-array.json').toString('utf8')))).toBe(true);

    const unterminated = read('vcard-unterminated.vcf').toString('utf8');
    expect(unterminated.match(/BEGIN:VCARD/g)?.length).toBe(2);
    expect(unterminated.match(/END:VCARD/g)?.length).toBe(1);
  });
});

describe('the odd-file corpus', () => {
  it('holds the files its README lists', () => {
    expect(readdirSync(ODD).filter((f) => !NOT_FIXTURES.includes(f)).sort()).toEqual(listed(ODD).map(([f]) => f).sort());
  });

  it('is odd in the ways it says', () => {
    const ragged = readOdd('csv-ragged-rows.csv').toString('utf8').trimEnd().split('\r\n').map((l) => l.split(',').length);
    expect(ragged).toEqual([4, 4, 2, 6]);
    expect([...readOdd('vcard-bad-bday.vcf').toString('utf8').matchAll(/^BDAY:(.*)\r$/gm)].map((m) => m[1])).toEqual(['2026-13-45', 'next tuesday', '--02-30']);
    expect([...readOdd('bad-bday.vcf').toString('utf8').matchAll(/^BDAY:(.*)\r$/gm)].map((m) => m[1])).toEqual(['1985-06-01', '1980-13-45']);
    for (const file of ['thunderbird-stray-cr.csv', 'thunderbird-stray-cr.vcf']) {
      const text = readOdd(file).toString('utf8');
      expect(text.match(/\r(?!\n)/g), file).toHaveLength(1); // one bare CR, in a custom field
      expect(text).toMatch(/(?:Custom 1|X-CUSTOM1)/);
      expect(text.split('\r\n').length).toBeGreaterThan(3); // CRLF line ends otherwise
    }
  });
});

describe('rel import of every odd file', () => {
  afterAll(cleanupTempDirs);
  const files = listed(ODD).map(([file, row]) => [file, Number(/\| (\d+) \|$/.exec(row)![1])] as const);

  it.each(files)('%s: imported with %i warnings, each naming the file and line; --strict refuses a file with any, listing each, changing nothing', async (file, warnings) => {
    const path = join(ODD, file);
    const { db } = newJournalPath();
    expect((await rel(['add', 'Zed Quill', '--note', 'before'], { db })).code).toBe(0);
    const before = dump(db);
    const strict = await rel(['import', path, '--strict'], { db });
    if (warnings === 0) {
      // Nothing odd to refuse: --strict imports it, with nothing on stderr.
      expect(strict).toMatchObject({ code: 0, stderr: '' });
      expect(strict.stdout).toMatch(/^added [1-9]\d*, updated 0, skipped 0 from /);
      return;
    }
    expect(dump(db)).toEqual(before);
    const imported = await rel(['import', path], { db });
    // No stack or raw error in either; --strict's refusal is several lines by design (each problem, then the `rel: ` line).
    for (const result of [strict, imported]) expect(contractBreaches({ ...result, code: 0 }), file).toEqual([]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^added [1-9]\d*, updated 0, skipped \d+ from /);
    const warned = imported.stderr.split('\n').filter((l) => l.startsWith('warning: '));
    expect(warned).toHaveLength(warnings);
    for (const line of warned) expect(line).toMatch(new RegExp(`^warning: ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} line \\d+`));
    expect(imported.stderr).toContain(`\n${warnings} warning${warnings === 1 ? '' : 's'}: `);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    const lines = strict.stderr.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual(warned.map((l) => l.slice('warning: '.length)));
    expect(lines.at(-1)).toBe(`rel: ${warnings} problem${warnings === 1 ? '' : 's'} in ${path} (listed above); nothing imported. Without --strict, rel imports the rest and leaves these out`);
  }, 60_000);
});

describe('rel import of every malformed file', () => {
  afterAll(cleanupTempDirs);
  const files = readdirSync(BAD).filter((f) => !NOT_FIXTURES.includes(f)).sort();

  it(`refuses all ${files.length} in one line naming the file, exit 1, changing nothing`, async () => {
    const { db } = newJournalPath();
    expect((await rel(['add', 'Jane Doe', '--note', 'before', '--remember', 'loves golf'], { db })).code).toBe(0);
    const before = dump(db);
    for (const file of files) {
      const result = await rel(['import', join(BAD, file)], { db });
      expect(result.code, `${file}: ${result.stderr}`).toBe(1);
      expect(contractBreaches(result), file).toEqual([]);
      expect(result.stderr, file).toContain(file);
      expect(dump(db), file).toEqual(before);
    }
    console.log(`malformed files: ${files.length} refused, 0 changes`);
  }, 120_000);
});
