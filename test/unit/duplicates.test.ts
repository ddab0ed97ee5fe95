// rel duplicates' rule (src/domain/duplicates.ts): each reason on plain values, the order, and
// the blocking checked against comparing every pair.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicates, rankDuplicates, type DuplicateCandidate } from '../../src/domain/duplicates.js';
import { editDistance } from '../../src/domain/editDistance.js';
import { normalizeName } from '../../src/domain/names.js';

let nextId = 1;
const person = (name: string, more: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({ id: nextId++, name, aliases: [], emails: [], phones: [], ...more });
const kindsOf = (people: DuplicateCandidate[]) => findDuplicates(people).map((p) => [p.people.map((r) => r.name).join(' / '), p.reasons.map((r) => r.kind).join(',')]);

describe('findDuplicates', () => {
  it('finds the same email ignoring case', () => {
    expect(kindsOf([person('Ann Smith', { emails: ['Ann@Example.com'] }), person('A. Jones', { emails: ['ann@example.com '] })])).toEqual([['Ann Smith / A. Jones', 'same-email']]);
  });

  it('finds the same phone written nationally and internationally, not short numbers', () => {
    expect(kindsOf([person('Ann Smith', { phones: ['(512) 555-0160'] }), person('Zed Quux', { phones: ['+1 512-555-0160'] })])).toEqual([['Ann Smith / Zed Quux', 'same-phone']]);
    expect(kindsOf([person('Ann Smith', { phones: ['112'] }), person('Zed Quux', { phones: ['112'] })])).toEqual([]);
    // The same last nine digits under two country codes are two numbers.
    expect(kindsOf([person('Sophie Martin', { phones: ['+33 6 12 34 56 78'] }), person('Maria Lopez', { phones: ['+34 612 34 56 78'] })])).toEqual([]);
    expect(kindsOf([person('Lars Jensen', { phones: ['+45 20 12 34 56'] }), person('L. Jensen', { phones: ['20 12 34 56'] })])).toEqual([['Lars Jensen / L. Jensen', 'same-phone']]);
  });

  it('finds names that fold to the same text, and a name that is another person’s alias', () => {
    expect(kindsOf([person('José Núñez'), person('jose  nunez')])).toEqual([['José Núñez / jose  nunez', 'same-name']]);
    expect(kindsOf([person('Robert Lee', { aliases: ['Bobby'] }), person('Bobby')])).toEqual([['Robert Lee / Bobby', 'same-name']]);
  });

  it('finds a name with the words of another person’s alias in another order, as it finds their names', () => {
    const found = findDuplicates([person('Ann Lee', { aliases: ['Ann Leigh'] }), person('Leigh Ann'), person('Nunez, Jose'), person('Pepe', { aliases: ['José Núñez'] })]);
    expect(found.map((p) => [p.people.map((r) => r.name).join(' / '), p.reasons.map((r) => r.text).join(', ')])).toEqual([
      ['Ann Lee / Leigh Ann', 'Leigh Ann is an alias of Ann Lee, its words in another order'],
      ['Nunez, Jose / Pepe', 'Nunez, Jose is an alias of Pepe, its words in another order'],
    ]);
    expect(kindsOf([person('Ann Lee', { aliases: ['Ann Leigh'] }), person('Ann Leigh')])).toEqual([['Ann Lee / Ann Leigh', 'same-name']]);
  });

  it('finds names a typo apart (the acceptance pair) but not two letters apart', () => {
    expect(kindsOf([person('Jose Nunes'), person('José Núñez')])).toEqual([['Jose Nunes / José Núñez', 'typo']]);
    expect(kindsOf([person('Jon Smith'), person('Jno Smith')])).toEqual([['Jon Smith / Jno Smith', 'typo']]);
    expect(kindsOf([person('Ann Lee'), person('Dan Lee')])).toEqual([]);
  });

  it('names that differ in a number are two people, as rel contact add holds: no typo', () => {
    expect(kindsOf([person('Bob Lee'), person('Bob Lee2'), person('Shop 3'), person('Shop 4'), person('Mia Doe'), person('Mia D0e')])).toEqual([]);
    expect(kindsOf([person('Shop 3 Lee'), person('Shop 3 Lea')])).toEqual([['Shop 3 Lee / Shop 3 Lea', 'typo']]);
  });

  it('finds one name inside the other; a lone first name only when one other name holds it', () => {
    expect(kindsOf([person('Bob Lee'), person('Robert Bob Lee')])).toEqual([['Bob Lee / Robert Bob Lee', 'name-inside']]);
    expect(kindsOf([person('Lee Bob'), person('Robert Bob Lee')])).toEqual([]);
    expect(kindsOf([person('Maria'), person('Maria Rossi')])).toEqual([['Maria / Maria Rossi', 'name-inside']]);
    expect(kindsOf([person('Maria'), person('Maria Rossi'), person('Maria Bianchi')])).toEqual([]);
    // The longer name without a middle word (an initial, a second given name).
    expect(kindsOf([person('William Gates'), person('William H. Gates')])).toEqual([['William Gates / William H. Gates', 'name-inside']]);
    expect(kindsOf([person('Mary Ann Jones'), person('Mary Jones')])).toEqual([['Mary Ann Jones / Mary Jones', 'name-inside']]);
    expect(kindsOf([person('Jones Mary'), person('Mary Ann Jones')])).toEqual([]);
  });

  it('gathers every reason of a pair and lists the strongest pairs first', () => {
    const pairs = findDuplicates([
      person('Bob Lee'),
      person('Robert Bob Lee'),
      person('Jane Doe', { emails: ['jane@x.com'], phones: ['555 123 4567'] }),
      person('Jane Doe', { emails: ['JANE@x.com'], phones: ['5551234567'] }),
    ]);
    expect(pairs.map((p) => [p.people[0].name, p.strength, p.reasons.map((r) => r.kind)])).toEqual([
      ['Jane Doe', 130, ['same-email', 'same-phone', 'same-name']],
      ['Bob Lee', 20, ['name-inside']],
    ]);
    expect(pairs[0]!.reasons[0]!.text).toBe('same email jane@x.com');
    expect(pairs[0]!.people[0].id).toBeLessThan(pairs[0]!.people[1].id);
  });

  it('ranks without a limit as it does with one: the first N pairs are the first N of them all', () => {
    const people = [
      person('Bob Lee'),
      person('Robert Bob Lee', { emails: ['bob@x.com'] }),
      person('Jane Doe', { emails: ['jane@x.com'], phones: ['555 123 4567'] }),
      person('Bob Lea', { emails: ['bob@x.com'] }),
      person('Jane Doe', { emails: ['JANE@x.com'], phones: ['5551234567'] }),
      person('Jane Do'),
    ];
    const every = findDuplicates(people);
    const ranked = rankDuplicates(people);
    expect(ranked.count).toBe(every.length);
    expect(every.map((p) => p.strength)).toEqual([...every.map((p) => p.strength)].sort((x, y) => y - x));
    for (let limit = 1; limit <= every.length + 1; limit++) expect([...ranked.strongestFirst(limit)]).toEqual(every.slice(0, limit));
    expect([...ranked.strongestFirst()]).toEqual(every);
  });

  it('says which name is inside the other, whichever of the two has the lower id', () => {
    const texts = (people: DuplicateCandidate[]) => findDuplicates(people).map((p) => p.reasons.map((r) => r.text));
    expect(texts([person('Robert Bob Lee'), person('Bob Lee')])).toEqual([['"Bob Lee" is inside "Robert Bob Lee"']]);
    expect(texts([person('Bob Lee'), person('Robert Bob Lee')])).toEqual([['"Bob Lee" is inside "Robert Bob Lee"']]);
  });

  it('leaves out the pairs of people related to each other, given either way round', () => {
    const maria = person('Maria Rossi', { phones: ['512 555 0101'] });
    const mario = person('Mario Rossi', { phones: ['512 555 0101'] });
    const [ann, annie] = [person('Ann Lee'), person('Ann Lee')];
    const everyone = [maria, mario, ann, annie];
    const ids = (related?: Array<[number, number]>) => findDuplicates(everyone, related).map((p) => p.people.map((r) => r.id));
    expect(ids()).toEqual([[maria.id, mario.id], [ann.id, annie.id]]);
    expect(ids([[mario.id, maria.id]])).toEqual([[ann.id, annie.id]]);
    // A relation with someone who is no double takes nothing else away.
    expect(ids([[ann.id, annie.id], [maria.id, ann.id]])).toEqual([[maria.id, mario.id]]);
  });

  it('says nothing of an empty journal or of people unlike each other', () => {
    expect(findDuplicates([])).toEqual([]);
    expect(kindsOf([person('Ann Smith'), person('Carl Jones')])).toEqual([]);
  });

  it('finds exactly the pairs one edit apart that comparing every pair finds', () => {
    const name = fc.stringMatching(/^[abé ]{1,7}$/).filter((n) => normalizeName(n) !== '');
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 12, selector: normalizeName }), (names) => {
        const people = names.map((n, i) => ({ id: i + 1, name: n, aliases: [], emails: [], phones: [] }));
        const found = findDuplicates(people).filter((p) => p.reasons.some((r) => r.kind === 'typo')).map((p) => `${p.people[0].id}:${p.people[1].id}`);
        const expected: string[] = [];
        for (const a of people) for (const b of people) if (a.id < b.id && editDistance(normalizeName(a.name), normalizeName(b.name)) === 1) expected.push(`${a.id}:${b.id}`);
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('finds exactly the names inside others that comparing every pair finds', () => {
    const wordsOf = (n: string) => normalizeName(n).split(/[\s-]+/).filter((w) => w !== '');
    const withoutMiddle = (inner: string[], outer: string[]) => outer.slice(1, -1).some((_, k) => outer.filter((__, i) => i !== k + 1).join(' ') === inner.join(' '));
    const inside = (inner: string[], outer: string[]) => inner.length < outer.length && (outer.some((_, from) => inner.every((w, i) => outer[from + i] === w)) || withoutMiddle(inner, outer));
    const name = fc.array(fc.constantFrom('bob', 'lee', 'ann', 'Bob'), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 10, selector: normalizeName }), (names) => {
        const people = names.map((n, i) => ({ id: i + 1, name: n, aliases: [], emails: [], phones: [] }));
        const found = findDuplicates(people).filter((p) => p.reasons.some((r) => r.kind === 'name-inside')).map((p) => `${p.people[0].id}:${p.people[1].id}`);
        const expected: string[] = [];
        for (const a of people) {
          const hosts = people.filter((b) => inside(wordsOf(a.name), wordsOf(b.name)));
          if (wordsOf(a.name).length === 1 && hosts.length > 1) continue;
          for (const b of hosts) expected.push(a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`);
        }
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });
});
