// The malformed-file corpus in test/fixtures/bad/ (see its README): checked to be as broken as it
// says, so that no one "fixes" a fixture, then fed to rel import: one line naming the file, exit 1,
// and the journal exactly as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractBreaches } from '../harness/failures.js';
import { dump } from '../harness/journalDump.js';
import { FIXTURES } from '../harness/paths.js';
import { spawnRel as rel } from '../harness/spawned.js';
import { cleanupTempDirs, newJournalPath } from '../harness/tempFiles.js';

const BAD = join(FIXTURES, 'bad');
const read = (name: string) => readFileSync(join(BAD, name));

describe('the malformed-file corpus', () => {
  it('holds the files its README lists', () => {
    const listed = [...readFileSync(join(BAD, 'README.md'), 'utf8').matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(readdirSync(BAD).filter((f) => !['README.md', '.gitattributes'].includes(f)).sort()).toEqual([...listed].sort());
  });

  it('is malformed in the ways it says', () => {
    const unclosed = read('csv-unclosed-quote.csv').toString('utf8');
    expect(unclosed.split('\r\n')[2]).toMatch(/^"Bob Lee,[^"]*$/);
    expect((unclosed.match(/"/g) ?? []).length % 2).toBe(1);

    const ragged = read('csv-ragged-rows.csv').toString('utf8').trimEnd().split('\r\n').map((l) => l.split(',').length);
    expect(ragged).toEqual([4, 4, 2, 6]);

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
    expect([...read('vcard-bad-bday.vcf').toString('utf8').matchAll(/^BDAY:(.*)\r$/gm)].map((m) => m[1])).toEqual(['2026-13-45', 'next tuesday', '--02-30']);
  });
});

describe('rel import of every malformed file', () => {
  afterAll(cleanupTempDirs);
  const files = readdirSync(BAD).filter((f) => !['README.md', '.gitattributes'].includes(f)).sort();

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
