// The index of names by their trigrams (migration 0029): a part of a name found through it is
// found as LIKE '%part%' over every name finds it (and each word of it, as lookup.ts asks too), and the index follows the names through every
// write that adds, renames or removes someone, an import and the undo of each included.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName, queryWords } from '../../src/domain/names.js';
import { Journal } from '../../src/store/journal.js';
import { lookupCandidates } from '../../src/store/lookup.js';
import { openJournal } from '../../src/store/open.js';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { actualNameIndex, expectedNameIndex } from '../harness/searchIndex.js';
import { newJournal } from '../harness/tempFiles.js';

// Letters that share runs, a space and a hyphen (between words), LIKE's own characters, a quote,
// an accent, an emoji, a capital, and ℡, which folds to capitals (normalizeName lowers before it
// decomposes).
const letter = fc.constantFrom('a', 'n', 'e', ' ', '-', 'é', 'N', '%', '_', '"', '🌸', '℡', '\\');
const text = fc.array(letter, { minLength: 1, maxLength: 9 }).map((letters) => letters.join(''));

describe('a part of a name through the trigrams', () => {
  it('finds the people LIKE finds over every name, for parts of every length', () => {
    const path = newJournal();
    const j = new Journal(openJournal(path), path);
    const insert = j.db.prepare("INSERT INTO contacts (name, name_key, created_on, created_at, updated_at) VALUES (?, ?, '2026-11-23', '', '')");
    for (const name of fc.sample(text.filter((t) => normalizeName(t) !== ''), { numRuns: 400, seed: 29 })) insert.run(name, normalizeName(name));
    const byLike = j.db.prepare<[string], number>("SELECT id FROM contacts WHERE name_key LIKE ? ESCAPE '\\' ORDER BY id").pluck();
    let throughTrigrams = 0;
    let byWords = 0;
    fc.assert(
      fc.property(text, (query) => {
        const folded = normalizeName(query);
        // An id, a phone or an exact name is found another way (lookup.ts): parts of names only.
        if (folded === '' || /^#?\d+$/.test(query.trim()) || /\d{4}/.test(query) || j.db.prepare('SELECT 1 FROM contacts WHERE name_key = ?').get(folded)) return;
        if (Array.from(folded).length >= 3) throughTrigrams++;
        // The names that hold the query; when none does, those with a word starting with each of its words (queryWords).
        const like = (pattern: string) => byLike.all(pattern.replace(/[\\%_]/g, (c) => `\\${c}`).replace(/\*/g, '%'));
        const words = queryWords(folded);
        const startingEachWord = () => (words.length > 1 || (words.length === 1 && words[0] !== folded) ? words : [])
          .map((word) => like(`* ${word}*`).concat(like(`${word}*`), like(`*-${word}*`)))
          .reduce<number[] | undefined>((kept, ids) => (kept ?? ids).filter((id) => ids.includes(id)), undefined) ?? [];
        const holding = like(`*${folded}*`);
        const expected = holding.length > 0 ? holding : [...new Set(startingEachWord())].sort((a, b) => a - b);
        if (holding.length === 0 && expected.length > 0) byWords++;
        expect(lookupCandidates(j, query).map((c) => c.id)).toEqual(expected);
      }),
      { numRuns: 600, seed: 16 },
    );
    expect(throughTrigrams).toBeGreaterThan(100);
    expect(byWords).toBeGreaterThan(10);
    j.close();
  });
});

describe('the index of names', () => {
  function expectInStep(j: TestJournal): void {
    const db = new Database(j.db, { readonly: true });
    try {
      expect(actualNameIndex(db)).toEqual(expectedNameIndex(db));
    } finally {
      db.close();
    }
  }

  it('follows every name through adds, renames, merges, removals, imports and their undos', async () => {
    const j = makeJournal();
    await j.ok(['contact', 'add', 'Jakub Kowalski']);
    await j.ok(['add', 'Jane Doe', '--note', 'lunch', '--new']);
    await j.ok(['contact', 'add', 'Ann Fox']);
    expectInStep(j);
    await j.ok(['edit', 'jakub', '--name', 'Kuba Kowalski']);
    expectInStep(j);
    expect(await j.ok(['show', 'kowalsk'])).toContain('Kuba Kowalski');
    await j.ok(['undo']);
    expectInStep(j);
    expect(await j.ok(['show', 'kowalsk'])).toContain('Jakub Kowalski');
    await j.ok(['merge', 'Jane Doe', 'Ann Fox', '--yes']);
    expectInStep(j);
    await j.ok(['undo']);
    expectInStep(j);
    const file = join(j.dir, 'contacts.csv');
    writeFileSync(file, 'name,emails\nŁukasz Wróbel,lukasz@example.pl\nZoë Müller,zoe@example.de\nJane Doe,\n');
    await j.ok(['import', file]);
    expectInStep(j);
    expect(await j.ok(['show', 'wrob'])).toContain('Łukasz Wróbel');
    await j.ok(['edit', 'zoe', '--name', 'Zoë Schmidt']);
    expectInStep(j);
    await j.ok(['rm', 'fox', '--yes']);
    expectInStep(j);
    await j.ok(['undo']);
    expectInStep(j);
    await j.ok(['undo']);
    await j.ok(['undo']);
    expectInStep(j);
    expect((await j.rel(['show', 'wrob'])).code).toBe(1);
    await j.ok(['rm', 'kowalsk', '--purge', '--yes']);
    expectInStep(j);
    expect((await j.rel(['show', 'kowalsk'])).code).toBe(1);
  });
});
