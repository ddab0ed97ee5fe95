// The same-person check reads only the names its clues let through (src/store/samePerson.ts), in
// SQL that counts characters where the distance counts UTF-16 units: the people it finds are held
// to every name in the journal compared whole by the domain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/domain/names.js';
import { lookAlikeClues, looksAlikeTo } from '../../src/domain/samePerson.js';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { samePersonSuspects } from '../../src/store/samePerson.js';
import { nameVariants } from '../harness/nameVariants.js';
import { newJournal } from '../harness/tempFiles.js';

// Few letters, so that names share runs; a space, an accent and emoji, of two UTF-16 units each.
const letter = fc.constantFrom('a', 'n', 'e', 'é', ' ', '🌸', '🌺');
const name = fc.array(letter, { minLength: 3, maxLength: 16 }).map((letters) => letters.join('').trim()).filter((n) => n !== '');
/** Names a few edits of a character away from one another: insert, drop, change, swap. */
const family = nameVariants(name, letter, { minLength: 0, maxLength: 3 }, { minLength: 1, maxLength: 6 });

describe('samePersonSuspects by name', () => {
  it('finds everyone whose name looks like the one asked about, and no one else', () => {
    const path = newJournal();
    const j = new Journal(openJournal(path), path);
    const names = fc.sample(family, { numRuns: 150, seed: 16 }).flat();
    const insert = j.db.prepare("INSERT INTO contacts (name, name_key, created_on, created_at, updated_at) VALUES (?, ?, '2026-11-23', '', '')");
    const people = names.map((n) => ({ id: Number(insert.run(n, normalizeName(n)).lastInsertRowid), key: normalizeName(n) }));
    expect(people.some((p) => /🌸|🌺/.test(p.key) && p.key.length >= 12)).toBe(true);
    // Names long enough to be looked up by two of their shorter pieces too, with a look-alike to find.
    const byTwo = names.filter((n) => {
      const clues = lookAlikeClues(normalizeName(n));
      return clues.limit > 0 && clues.twoOf.every((piece) => [...piece].length >= 3) && people.filter((p) => looksAlikeTo(normalizeName(n))(p.key) === 'name a typo away').length > 0;
    });
    expect(byTwo.length).toBeGreaterThan(20);
    // And names of which one of those shorter pieces is too short to look up: the others are, one of them whole.
    const byOneOfTwo = names.filter((n) => {
      const clues = lookAlikeClues(normalizeName(n));
      return clues.limit > 0 && clues.pieces.every((piece) => [...piece].length >= 3) && clues.twoOf.filter((piece) => [...piece].length < 3).length === 1 && people.filter((p) => looksAlikeTo(normalizeName(n))(p.key) === 'name a typo away').length > 0;
    });
    expect(byOneOfTwo.length).toBeGreaterThan(20);
    for (const asked of names) {
      const alike = looksAlikeTo(normalizeName(asked));
      const everyone = people.filter((p) => alike(p.key) !== undefined).map((p) => p.id);
      expect(samePersonSuspects(j, { name: asked }).map((c) => c.contact.id).sort((a, b) => a - b), asked).toEqual(everyone);
    }
    j.close();
  });
});
