// "Did you mean" looks first among the names that hold a piece of the query (src/store/lookup.ts,
// similarContacts), through the index of names by trigrams, and compares every name only when
// fewer people than it offers are a typo or two away: the people it offers are held to every name in
// the journal compared by the domain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byWordsDistance, normalizeName, queryWords, typosByWords } from '../../src/domain/names.js';
import { namesNear, typoPieces } from '../../src/domain/nearNames.js';
import { closestNames } from '../../src/domain/nameOrder.js';
import { Journal } from '../../src/store/journal.js';
import { similarContacts } from '../../src/store/lookup.js';
import { openJournal } from '../../src/store/open.js';
import { nameVariants } from '../harness/nameVariants.js';
import { newJournal } from '../harness/tempFiles.js';

interface Person {
  id: number;
  name: string;
  key: string;
}

// Few letters, so that names share runs; a space and a hyphen between words, an accent, and an
// emoji of two UTF-16 units.
const letter = fc.constantFrom('a', 'n', 'e', 'é', 'r', ' ', '-', '🌸');
const name = fc.array(letter, { minLength: 5, maxLength: 16 }).map((letters) => letters.join('').trim()).filter((n) => n !== '');
/** A name and others an edit or two of a character from it: insert, drop, change, swap. */
const family = nameVariants(name, letter, { minLength: 1, maxLength: 2 }, { minLength: 2, maxLength: 8 });

/**
 * "Did you mean" over every name: each compared by the domain, whole and, for a query of several
 * words, word by word (typosByWords, after as many typos of the whole), the nearer of the two;
 * the people by folded name and id.
 */
function everyNameCompared(people: Person[], query: string, wordByWord = true): Array<{ id: number; name: string }> {
  const near = new Map(namesNear(query)(people.map((p) => p.key).join('\n')).map((n) => [n.key, n.distance]));
  const words = queryWords(normalizeName(query));
  const typosOf = typosByWords(words);
  const byWords = (p: Person) => (wordByWord ? typosOf(p.key) : undefined);
  const typos = (p: Person) => Math.min(near.get(p.key) ?? Infinity, byWordsDistance(byWords(p) ?? Infinity));
  const inOrder = people.filter((p) => typos(p) < Infinity).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id - b.id));
  return closestNames(inOrder.map((p) => ({ contact: { id: p.id, name: p.name }, distance: typos(p) })));
}

describe('similarContacts', () => {
  it('offers the people that comparing every name offers, whether or not enough are a typo or two away', () => {
    const path = newJournal();
    const j = new Journal(openJournal(path), path);
    const families = fc.sample(family, { numRuns: 120, seed: 16 });
    const insert = j.db.prepare("INSERT INTO contacts (name, name_key, created_on, created_at, updated_at) VALUES (?, ?, '2026-11-23', '', '')");
    // Every name is asked about. The first of each family is not added, so that it matches nobody; every
    // other is, some twice (two people of one name). The triggers index them by trigrams as they are added.
    const people: Person[] = families.flatMap((names) => names.slice(1)).flatMap((n, i) => (i % 5 === 0 ? [n, n] : [n])).map((n) => ({ id: Number(insert.run(n, normalizeName(n)).lastInsertRowid), name: n, key: normalizeName(n) }));
    const asked = families.flat();
    const keys = people.map((p) => p.key).join('\n');
    const settled = { 1: 0, 2: 0, everyName: 0 };
    let settledByWords = 0;
    for (const query of asked) {
      const offered = everyNameCompared(people, query);
      expect(similarContacts(j, query), query).toEqual(offered);
      if (JSON.stringify(offered) !== JSON.stringify(everyNameCompared(people, query, false))) settledByWords++;
      // How the answer was found: by the pieces for one typo or two, when as many people as are offered are that near, or by every name.
      const by = ([1, 2] as const).find((typos) => {
        const near = new Set(namesNear(query)(keys, typos).map((n) => n.key));
        return typoPieces(query, typos).every((piece) => [...piece].length >= 3) && people.filter((p) => near.has(p.key)).length >= 3;
      });
      settled[by ?? 'everyName']++;
    }
    // Every way is taken.
    expect(settled[1]).toBeGreaterThan(10);
    expect(settled[2]).toBeGreaterThan(10);
    expect(settled.everyName).toBeGreaterThan(10);
    // And the words of a query, one of them a few typos off, answer many (typosByWords).
    expect(settledByWords).toBeGreaterThan(50);
    j.close();
  });
});
