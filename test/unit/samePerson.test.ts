// Who a new contact could already be (SPEC §3 "Naming people"), with no database.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/domain/editDistance.js';
import { otherWordOrders, wordsKey } from '../../src/domain/nameWords.js';
import { lookAlikeClues, looksAlikeTo, namesAlikeAmong, namesLookAlike, namesMayBeOnePerson, samePersonCandidates, typoLimit, type PersonFacts } from '../../src/domain/samePerson.js';

const person = (id: number, name: string, more: Partial<PersonFacts> = {}): PersonFacts => ({ id, name, emails: [], phones: [], ...more });
const why = (wanted: Partial<PersonFacts> & { name: string }, people: PersonFacts[]) =>
  samePersonCandidates({ emails: [], phones: [], ...wanted }, people).map((c) => [c.contact.id, c.reasons]);

/** otherWordOrders by its definition: every permutation of the words, written whole and with a comma after each word but the last, once each, but the name itself. */
function everyOtherOrder(folded: string): string[] {
  const words = folded.split(/[\s,]+/).filter(Boolean);
  if (words.length < 2 || words.length > 3) return [];
  const permutations = (rest: string[]): string[][] => (rest.length <= 1 ? [rest] : rest.flatMap((w, i) => permutations([...rest.slice(0, i), ...rest.slice(i + 1)]).map((p) => [w, ...p])));
  const commaAfter = (w: string[], n: number) => `${w.slice(0, n).join(' ')}, ${w.slice(n).join(' ')}`;
  const orders = permutations(words).flatMap((w) => [w.join(' '), ...w.slice(1).map((_, i) => commaAfter(w, i + 1))]);
  return [...new Set(orders)].filter((order) => order !== folded);
}

describe('otherWordOrders', () => {
  it('is every other order of two or three words, in the order of their permutations', () => {
    const word = fc.constantFrom('ana', 'jose', 'nunez', 'lee', 'a', '');
    const name = fc.tuple(fc.array(word, { minLength: 0, maxLength: 4 }), fc.constantFrom(' ', ', ', ',', '  ')).map(([words, gap]) => words.join(gap));
    fc.assert(fc.property(name, fc.boolean(), (folded, padded) => {
      const text = padded ? ` ${folded} ` : folded;
      expect(otherWordOrders(text)).toEqual(everyOtherOrder(text));
    }), { numRuns: 2000 });
  });
});

describe('namesAlikeAmong', () => {
  it('the first name like a later one, with every later one like it (the same name too), by namesLookAlike', () => {
    expect(namesAlikeAmong(['Newbie Two', 'Newbie Twoo'])).toEqual([0, 1]);
    expect(namesAlikeAmong(['Jane Doe', 'Newbie Two', 'Kim', 'Newbie Tow', 'NEWBIE TWO'])).toEqual([1, 3, 4]);
    expect(namesAlikeAmong(['José Núñez', 'Jose Nunes'])).toEqual([0, 1]);
    expect(namesAlikeAmong(['Person 01', 'Person 02', 'Bob', 'Rob', 'Jane Doe', 'John Doe'])).toBeUndefined();
    expect(namesAlikeAmong(['Newbie Two'])).toBeUndefined();
  });
});

describe('namesLookAlike', () => {
  it('the same folded name, or a typo apart once the name is long enough to tell', () => {
    expect(namesLookAlike('jose nunez', 'jose nunez')).toBe('same name');
    expect(namesLookAlike('jose nunes', 'jose nunez')).toBe('name a typo away');
    expect(namesLookAlike('jnae doe', 'jane doe')).toBe('name a typo away'); // a swap is one typo
    expect(namesLookAlike('bob', 'rob')).toBeUndefined(); // short names differ by a letter
    expect(namesLookAlike('jane doe', 'john doe')).toBeUndefined(); // two letters on a short name
    expect(namesLookAlike('maria gonzalez', 'mario gonzales')).toBe('name a typo away'); // two on a long one
    expect(namesLookAlike('person 01', 'person 02')).toBeUndefined(); // numbers are not typos
    expect(namesLookAlike('flower shop 3', 'flower shop 3')).toBe('same name');
  });
});

// Names of a few letters, so that they share runs; a space, an accent and an emoji (two UTF-16 units).
const letter = fc.constantFrom('a', 'n', 'e', ' ', 'é', '🌸');
const name = fc.array(letter, { minLength: 4, maxLength: 16 }).map((letters) => letters.join(''));
/** A name and another made from it with up to three edits of a UTF-16 unit: insert, drop, change, swap. */
const nearNames = name.chain((a) =>
  fc.tuple(fc.constant(a), fc.array(fc.tuple(fc.nat(40), fc.constantFrom('insert', 'drop', 'swap', 'change'), letter), { maxLength: 3 })).map(([from, edits]) => {
    let b = from;
    for (const [at, kind, text] of edits) {
      const i = b.length === 0 ? 0 : at % b.length;
      if (kind === 'insert') b = b.slice(0, i) + text + b.slice(i);
      else if (kind === 'drop') b = b.slice(0, i) + b.slice(i + 1);
      else if (kind === 'swap' && i + 1 < b.length) b = b.slice(0, i) + b[i + 1]! + b[i]! + b.slice(i + 2);
      else b = b.slice(0, i) + text + b.slice(i + 1);
    }
    return [from, b] as const;
  }),
);

describe('lookAlikeClues', () => {
  it('every name that looks like another holds one of its pieces whole, two of its shorter ones, enough of its fine pieces and trigrams, and a length within its limit', () => {
    fc.assert(
      fc.property(nearNames, ([a, b]) => {
        if (!looksAlikeTo(a)(b)) return true;
        const { limit, pieces, twoOf, finePieces, atLeast, trigrams, trigramsAtLeast } = lookAlikeClues(a);
        const held = finePieces.filter((piece) => b.includes(piece)).length;
        const trigramsHeld = trigrams.filter((run) => b.includes(run)).length;
        const twoHeld = twoOf.filter((piece) => b.includes(piece)).length >= 2;
        return pieces.some((piece) => b.includes(piece)) && twoHeld && held >= atLeast && trigramsHeld >= trigramsAtLeast && Math.abs(a.length - b.length) <= limit;
      }),
      { numRuns: 20000 },
    );
  });

  it('cuts a name into limit + 1 pieces a character apart, limit + 2 shorter ones, and 4 · limit + 1 fine ones side by side, between characters, never inside an emoji', () => {
    expect(lookAlikeClues('ann')).toEqual({ limit: 0, pieces: ['ann'], twoOf: ['a', 'n'], finePieces: ['ann'], atLeast: 1, trigrams: ['ann'], trigramsAtLeast: 1 });
    expect(lookAlikeClues('jose nunez')).toMatchObject({ limit: 1, pieces: ['jose', 'nunez'], twoOf: ['jo', 'e n', 'nez'], finePieces: ['jo', 'se', ' n', 'un', 'ez'], atLeast: 3 });
    expect(lookAlikeClues('maria lopez')).toMatchObject({ limit: 1, pieces: ['maria', 'lopez'], twoOf: ['mar', 'a l', 'pez'] });
    expect(lookAlikeClues('jose nunez')).toMatchObject({ trigrams: ['jos', 'ose', 'se ', 'e n', ' nu', 'nun', 'une', 'nez'], trigramsAtLeast: 4 });
    expect(lookAlikeClues('anna anna')).toMatchObject({ trigrams: ['ann', 'nna', 'na ', 'a a', ' an'], trigramsAtLeast: 1 }); // each run once
    expect(lookAlikeClues('maria gonzalez')).toMatchObject({ limit: 2, pieces: ['mari', ' gon', 'alez'], atLeast: 5 });
    expect(lookAlikeClues('maria gonzalez').finePieces).toEqual(['m', 'ar', 'i', 'a ', 'g', 'on', 'z', 'al', 'ez']);
    expect(lookAlikeClues('jo 🌸🌸 li')).toMatchObject({ limit: 1, pieces: ['jo ', '🌸 li'], finePieces: ['j', 'o ', '🌸', '🌸 ', 'li'], atLeast: 3 });
    expect(lookAlikeClues('jo 🌸🌸 li').trigrams).toEqual(['jo ', 'o 🌸', ' 🌸🌸', '🌸🌸 ', '🌸 l', ' li']);
  });

  it('the fine pieces rule out a name that shares only a common first name', () => {
    const { finePieces, atLeast } = lookAlikeClues('maria lopez 1');
    expect(finePieces.filter((piece) => 'maria garcia'.includes(piece)).length).toBeLessThan(atLeast);
    expect(finePieces.filter((piece) => 'maria lopes 1'.includes(piece)).length).toBeGreaterThanOrEqual(atLeast);
  });
});

describe('looksAlikeTo', () => {
  it('is the definition: the same name, or within the smaller typo limit of the two and with the same digits', () => {
    const definition = (a: string, b: string) => {
      if (a === b) return 'same name';
      const limit = Math.min(typoLimit(a), typoLimit(b));
      return limit > 0 && editDistance(a, b) <= limit && a.replace(/\D/g, '') === b.replace(/\D/g, '') ? 'name a typo away' : undefined;
    };
    const digit = fc.constantFrom('1', '2');
    const withDigits = fc.tuple(nearNames, digit, digit).map(([[a, b], x, y]) => [`${a}${x}`, `${b}${y}`] as const);
    fc.assert(fc.property(fc.oneof(nearNames, withDigits), ([a, b]) => looksAlikeTo(a)(b) === definition(a, b)), { numRuns: 20000 });
  });
});

describe('namesMayBeOnePerson', () => {
  it('the same first name or its initial; a name that is only an email or a number agrees with any', () => {
    expect(namesMayBeOnePerson('j. doe', 'jane doe')).toBe(true);
    expect(namesMayBeOnePerson('ann lee', 'ann ray')).toBe(true);
    expect(namesMayBeOnePerson('maria', 'maria rossi')).toBe(true);
    expect(namesMayBeOnePerson('+49 170 5550123', 'jurgen muller')).toBe(true);
    expect(namesMayBeOnePerson('jurgen@example.com', 'jurgen muller')).toBe(true);
    expect(namesMayBeOnePerson('ian vasseur', 'omar schroder')).toBe(false);
    expect(namesMayBeOnePerson('tom baker', 'ann baker')).toBe(false);
    expect(namesMayBeOnePerson('bob mitchell', 'robert mitchell')).toBe(false); // a double rel duplicates shows, never two people as one
    expect(namesMayBeOnePerson('j. doe', 'ann doe')).toBe(false);
  });
});

describe('samePersonCandidates', () => {
  const people = [
    person(1, 'José Núñez', { emails: ['jose@example.com'] }),
    person(2, 'Łukasz Wróbel', { phones: ['+48 600 100 200'] }),
    person(3, 'Maria Rossi', { emails: ['maria@one.it'] }),
  ];

  it('issue 11: Jose Nunes is a typo away from José Núñez, Lukasz Wrobel is Łukasz Wróbel', () => {
    expect(why({ name: 'Jose Nunes' }, people)).toEqual([[1, ['name a typo away']]]);
    expect(why({ name: 'lukasz wrobel' }, people)).toEqual([[2, ['same name']]]);
  });

  it('an email in any case, a phone by its digits, strongest first', () => {
    expect(why({ name: 'Maria Rosi', emails: ['JOSE@Example.com'] }, people)).toEqual([
      [1, ['same email']],
      [3, ['name a typo away']],
    ]);
    expect(why({ name: 'Someone', phones: ['+48600100200'] }, people)).toEqual([[2, ['same phone']]]);
  });

  it('nobody for a different person', () => {
    expect(why({ name: 'Maria Garcia', emails: ['maria@two.it'] }, people)).toEqual([]);
  });
});

describe('the same words in another order', () => {
  it('is one wordsKey, and the store looks such a name up in each other order of two or three words', () => {
    expect(wordsKey('nunez, jose')).toBe(wordsKey('jose nunez'));
    expect(wordsKey('jose')).toBeUndefined();
    expect(otherWordOrders('jose nunez').sort()).toEqual(['jose, nunez', 'nunez jose', 'nunez, jose']);
    expect(otherWordOrders('ann marie lee')).toContain('lee, ann marie');
    expect(otherWordOrders('john richter james')).toContain('john richter, james');
    expect(otherWordOrders('a b c d')).toEqual([]);
    expect(otherWordOrders('a a')).toEqual(['a, a']);
    expect(otherWordOrders(' nunez,  jose ')).toEqual(['nunez jose', 'nunez, jose', 'jose nunez', 'jose, nunez']);
    expect(why({ name: 'Núñez, José' }, [person(1, 'José Núñez'), person(2, 'José Núñez Ruiz')])).toEqual([[1, ['same name, words in another order']]]);
  });
});
