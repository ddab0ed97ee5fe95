// Finding the person a user means, with no database: the candidates are plain values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/domain/editDistance.js';
import { dayWordIn } from '../../src/domain/nameText.js';
import { matchContact, normalizeName, parseContactId, queryWords, typosByWords, wordsStartWords, type NamedContact } from '../../src/domain/names.js';
import { namesNear } from '../../src/domain/nearNames.js';
import { closestNames } from '../../src/domain/nameOrder.js';

const person = (id: number, name: string, more: Partial<NamedContact> = {}): NamedContact => ({ id, name, aliases: [], emails: [], phones: [], ...more });

const PEOPLE = [
  person(1, 'Jane Doe', { aliases: ['JD'], emails: ['jane@doe.com'] }),
  person(2, 'José Núñez'),
  person(3, 'Mary-Ann Lee'),
  person(4, 'Ann'),
  person(5, 'Ashlee Brown'),
  person(12, 'Bob 7'),
];

const found = (query: string, candidates = PEOPLE) => {
  const match = matchContact(query, candidates);
  return match.status === 'found' ? [match.contact.id, match.exact] : match.status === 'ambiguous' ? ['ambiguous', match.candidates.map((c) => c.id)] : ['none'];
};

describe('normalizeName', () => {
  it('lowercases, removes accents, and collapses spaces', () => {
    expect(normalizeName('  José  Núñez ')).toBe('jose nunez');
    expect(normalizeName('ÅSA ÖBERG')).toBe('asa oberg');
    expect(normalizeName('François\tGarçon')).toBe('francois garcon');
    expect(normalizeName('Zoë')).toBe(normalizeName('Zoe\u0308')); // composed and decomposed agree
  });

  it('folds every letter to its plain Latin form, not only the ones Unicode decomposes (issue 11)', () => {
    expect(normalizeName('Łukasz Wróbel')).toBe('lukasz wrobel');
    expect(normalizeName('Søren Ørsted')).toBe('soren orsted');
    expect(normalizeName('Straße STRAẞE')).toBe('strasse strasse');
    expect(normalizeName('Işıl İnan')).toBe('isil inan');
    expect(normalizeName('Æsa Œuvre')).toBe('aesa oeuvre');
    expect(normalizeName('Đorđe Þór Guðmundsson')).toBe('dorde thor gudmundsson');
    expect(normalizeName('Ħal Ŧom')).toBe('hal tom');
    expect(normalizeName('ﬁnn ＡＢＣ')).toBe('finn abc'); // compatibility forms: a ligature, full-width letters
    expect(normalizeName('李小龍')).toBe('李小龍'); // what is not Latin stays as it is
  });

  it('leaves out the apostrophes of a name, however typed (0033)', () => {
    expect(normalizeName("Pat O'Brien")).toBe('pat obrien');
    expect(normalizeName('Maria D’Angelo')).toBe('maria dangelo');
    expect(normalizeName('N‘Diaye Hawaiʼi')).toBe('ndiaye hawaii');
    expect(normalizeName("'")).toBe('');
  });
});

describe('parseContactId', () => {
  it('reads #12 and 12, nothing else', () => {
    expect(parseContactId('#12')).toBe(12);
    expect(parseContactId(' 12 ')).toBe(12);
    expect(parseContactId('12a')).toBeUndefined();
    expect(parseContactId('#')).toBeUndefined();
  });
});

describe('matchContact', () => {
  it('by id, as #id or a bare number', () => {
    expect(found('#2')).toEqual([2, true]);
    expect(found('12')).toEqual([12, true]);
  });

  it('a number that is no id falls through to the names', () => {
    expect(found('7')).toEqual([12, false]);
    expect(found('#99')).toEqual(['none']);
  });

  it('by exact name, alias or email, ignoring case and accents', () => {
    expect(found('jane doe')).toEqual([1, true]);
    expect(found('JOSE NUNEZ')).toEqual([2, true]);
    expect(found('jd')).toEqual([1, true]);
    expect(found('Jane@Doe.COM')).toEqual([1, true]);
  });

  it('a name or an alias as written wins over those that fold the same: case and spaces aside, accents and all', () => {
    const people = [person(1, 'José Núñez'), person(2, 'Jose Nunez'), person(3, 'Amy Chén', { aliases: ['Amy Chen'] }), person(4, 'Amy Chen')];
    expect(found('José Núñez', people)).toEqual([1, true]);
    expect(found('  jOSÉ   núñez ', people)).toEqual([1, true]);
    expect(found('Jose\u0301 Nu\u0301n\u0303ez', people)).toEqual([1, true]); // é typed as e and a combining accent
    expect(found('Jose Nunez', people)).toEqual([2, true]);
    expect(found('Amy Chen', people)).toEqual([4, true]); // a name as written before an alias as written
    expect(found('Amy Chén', people)).toEqual([3, true]);
    expect(found('Amy Chên', people)).toEqual(['ambiguous', [3, 4]]); // as written, nobody's: folded, both
    expect(found('jose', people)).toEqual(['ambiguous', [1, 2]]); // a part of a name is folded only
    expect(found('Ann Lee', [person(1, 'Ann Lee'), person(2, 'Al', { aliases: ['Ann Léé'] })])).toEqual([1, true]);
    expect(found('ann lee', [person(1, 'Anne'), person(2, 'Al', { aliases: ['Ann Léé', 'Ann Lee'] })])).toEqual([2, true]);
  });

  it('an ambiguous query says when it was the whole name: as each is written, or written otherwise by some', () => {
    const whole = (query: string, people: NamedContact[]) => {
      const match = matchContact(query, people);
      return match.status === 'ambiguous' ? (match.whole ?? 'part') : match.status;
    };
    const twins = [person(1, 'José Núñez'), person(2, 'José Núñez', { phones: ['+34 612 345 678'] }), person(3, 'Jose Nunez', { phones: ['612 345 678'] })];
    expect(whole('josé núñez', twins)).toBe('same');
    expect(whole('JOSÉ NÚÑEZ', twins.slice(0, 2))).toBe('same');
    expect(whole('Jose Nuñez', twins)).toBe('spelled'); // "Jose Nunez" is #3
    expect(whole('jose nunez', twins.slice(0, 2))).toBe('same'); // both written the same: only the #id helps
    expect(whole('jose', twins)).toBe('part');
    expect(whole('612 345 678', twins.slice(1))).toBe('same');
    expect(whole('amy', [person(1, 'Al', { aliases: ['Amy'] }), person(2, 'Bo', { aliases: ['Amy'] })])).toBe('same');
    expect(whole('ämy', [person(1, 'Al', { aliases: ['Amy'] }), person(2, 'Bo', { aliases: ['Åmy'] })])).toBe('spelled');
  });

  it('by phone number, compared by its last nine digits, when the query reads as one', () => {
    const people = [person(1, 'Łukasz Wróbel', { phones: ['+48 601 234 567'] }), person(2, 'Ana Lima', { phones: ['+48 700 234 567'] }), person(3, 'Shop 1234567')];
    expect(found('601 234 567', people)).toEqual([1, true]);
    expect(found('0601-234-567', people)).toEqual([1, true]);
    expect(found('+48 (601) 234.567', people)).toEqual([1, true]);
    expect(found('234 567', people)).toEqual(['none']); // too short to be a number: no part of one matches
    expect(found('1234567', people)).toEqual([3, false]); // a number nobody has falls through to the names
    expect(found('601 234 567', [...people, person(4, 'Eve', { phones: ['0601234567'] })])).toEqual(['ambiguous', [1, 4]]);
  });

  it('an exact name wins over names that contain it', () => {
    expect(found('ann')).toEqual([4, true]);
  });

  it('the start of a word wins over the inside of one', () => {
    expect(found('lee')).toEqual([3, false]); // Mary-Ann Lee, not Ashlee Brown
    expect(found('nunez')).toEqual([2, false]);
    expect(found('jose')).toEqual([2, false]);
    expect(found('ann l')).toEqual([3, false]);
  });

  it('a query that starts a name beats one that starts a later word of another (issue 11: rel show josé)', () => {
    const people = [person(1, 'María José García'), person(2, 'José Núñez'), person(3, 'Ruth Fischer', { aliases: ['Fina'] })];
    expect(found('josé', people)).toEqual([2, false]); // only one name starts with josé
    expect(found('jose', people)).toEqual([2, false]);
    expect(found('garcia', people)).toEqual([1, false]); // a later word, when no name starts with it
    expect(found('fi', people)).toEqual([3, false]); // an alias starts with it, before Fischer's later word
    expect(found('jose g', people)).toEqual([1, false]);
    const both = [...people, person(4, 'Josefina Ruiz')];
    expect(found('jose', both)).toEqual(['ambiguous', [2, 4]]); // two names start with it: a choice, not a guess
  });

  it('an unaccented query finds a name with letters Unicode does not decompose', () => {
    const people = [person(1, 'Łukasz Wróbel'), person(2, 'Zoë Østergaard'), person(3, 'Jürgen Strauß')];
    expect(found('lukasz', people)).toEqual([1, false]);
    expect(found('LUKASZ WROBEL', people)).toEqual([1, true]);
    expect(found('ostergaard', people)).toEqual([2, false]);
    expect(found('strauss', people)).toEqual([3, false]);
    expect(found('trauss', people)).toEqual([3, false]);
  });

  it('any part of a name as the last resort', () => {
    expect(found('shle')).toEqual([5, false]);
    expect(found('úñ')).toEqual([2, false]);
  });

  it('after that, words that each start a word of the name, hyphens parting words, in any order', () => {
    const people = [person(1, 'Jean-Pierre Dupont'), person(2, 'Anna Schmidt', { aliases: ['Annie K'] }), person(3, 'Jo Joanna')];
    expect(found('jean pierre', people)).toEqual([1, false]);
    expect(found('jean dupont', people)).toEqual([1, false]);
    expect(found('Dupont, Jean', people)).toEqual([1, false]);
    expect(found('schmidt anna', people)).toEqual([2, false]);
    expect(found('k annie', people)).toEqual([2, false]);
    // Each word its own: "jo jo" is Jo Joanna, "jean jean" is no one.
    expect(found('joa jo', people)).toEqual([3, false]);
    expect(found('jean jean', people)).toEqual(['none']);
    expect(found('jean schmidt', people)).toEqual(['none']);
  });

  it('words start words of a name when each can be given a word of its own: the same answer as trying every way to give them', () => {
    const word = fc.array(fc.constantFrom('a', 'b'), { minLength: 1, maxLength: 3 }).map((letters) => letters.join(''));
    const permutations = <T>(items: T[]): T[][] => (items.length <= 1 ? [items] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest])));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '-'), fc.array(word, { minLength: 1, maxLength: 4 }), (own, between, words) => {
        const name = own.join(between);
        const someWay = permutations(own).some((order) => words.every((w, i) => order[i] !== undefined && order[i]!.startsWith(w)));
        expect(wordsStartWords(name, queryWords(words.join(' ')))).toBe(someWay);
      }),
      { numRuns: 500, seed: 8 },
    );
  });

  it('words that start words come last: a part of a name still wins over them', () => {
    const people = [person(1, 'Joann Leeds'), person(2, 'Lee Nnamdi')];
    expect(found('nn lee', people)).toEqual([1, false]);
    expect(found('lee nn', people)).toEqual([2, false]);
    expect(found('lee', people)).toEqual([2, false]);
  });

  it('several at the same level are ambiguous, never a guess', () => {
    const janes = [person(1, 'Jane Doe'), person(2, 'Jane Smith'), person(3, 'Bob')];
    expect(found('jane', janes)).toEqual(['ambiguous', [1, 2]]);
    expect(found('j', janes)).toEqual(['ambiguous', [1, 2]]);
    const twins = [person(1, 'Jane Doe'), person(2, 'jane doe')];
    expect(found('Jane Doe', twins)).toEqual(['ambiguous', [1, 2]]);
  });

  it('nothing, or an empty query, matches nobody', () => {
    expect(found('zed')).toEqual(['none']);
    expect(found('   ')).toEqual(['none']);
    expect(found('jane', [])).toEqual(['none']);
  });
});

describe('namesNear and closestNames', () => {
  // As the store asks: the folded names first, then the nearest of those by name.
  const closest = (query: string, contacts: NamedContact[], max?: number) => {
    const keys = contacts.map((c) => normalizeName(c.name));
    const distances = new Map(namesNear(query)(keys.join('\n')).map(({ key, distance }) => [key, distance]));
    return closestNames(contacts.flatMap((c, i) => (distances.has(keys[i]!) ? [{ contact: c, distance: distances.get(keys[i]!)! }] : [])), max);
  };
  const names = [person(1, 'Jane Doe'), person(2, 'John Doe'), person(3, 'José Núñez'), person(4, 'Bob Lee')];

  it('suggests the names within a few typos, closest first', () => {
    expect(closest('Jnae', names).map((c) => c.name)).toEqual(['Jane Doe']);
    expect(closest('Jahn Doe', names).map((c) => c.name)).toEqual(['John Doe', 'Jane Doe']);
    expect(closest('nunex', names).map((c) => c.name)).toEqual(['José Núñez']);
    expect(closest('Bbo', names).map((c) => c.name)).toEqual(['Bob Lee']);
  });

  it('offers names equally near in the order of the list, the same on every machine: numbers by value, accents and case aside', () => {
    const lees = [person(1, 'Lee 10'), person(2, 'Lee 2'), person(3, 'lée 3')];
    expect(closest('Lea', lees).map((c) => c.name)).toEqual(['Lee 2', 'lée 3', 'Lee 10']);
  });

  it('suggests nothing for a name far from all', () => {
    expect(closest('Zachary', names)).toEqual([]);
    expect(closest('xy', names)).toEqual([]);
  });

  it('holds a query to each word of a folded name as splitting it would: spaces of any kind, hyphens, and a break at either end', () => {
    // The words as namesNear found them before it stopped splitting each name into an array.
    const split = (query: string, key: string): boolean => {
      const q = normalizeName(query);
      const limit = Math.max(1, Math.floor(q.length / 3));
      let distance = editDistance(q, key);
      if (distance > 0 && /[\s-]/.test(key)) for (const word of key.split(/[\s-]+/)) distance = Math.min(distance, editDistance(q, word));
      return distance <= limit;
    };
    // Every character /\s/ matches, and letters of other scripts beside them.
    const spaces = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((c) => /\s/.test(c));
    expect(spaces).toHaveLength(25);
    const text = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'ab', '-', 'é', 'ж', '中', '\u200b', '\u180e', ...spaces), maxLength: max });
    fc.assert(
      // Names as the store keeps them (name_key): folded, every run of white space one space.
      fc.property(text(6), fc.array(text(12).map(normalizeName), { minLength: 1, maxLength: 8 }), (query, keys) => {
        // Every name within reach, in the order given.
        expect(namesNear(query)(keys.join('\n')).map((n) => n.key)).toEqual(keys.filter((key) => split(query, key)));
      }),
      { numRuns: 5000 },
    );
  });

  it('holds a query of several words to the words of a name: each starts one of its own, but one a few typos from one', () => {
    const typos = (name: string, query: string) => typosByWords(queryWords(normalizeName(query)))(normalizeName(name));
    expect(typos('Jean-Pierre Dupont', 'jean dupond')).toBe(1);
    expect(typos('Jean-Pierre Dupont', 'dupond, jaen')).toBe(undefined); // two words off
    expect(typos('Jean-Pierre Dupont', 'jaen dupont')).toBe(1); // two letters swapped
    expect(typos('Jean-Pierre Dupont', 'pierre dupnot')).toBe(1);
    expect(typos('Jean-Pierre Dupont', 'jean dpt')).toBe(undefined); // a third of three letters: one typo
    expect(typos('Jean-Pierre Dupont', 'jean pierre dupont lee')).toBe(undefined); // more words than the name
    expect(typos('Jean-Pierre Dupont', 'jean dup')).toBe(undefined); // the name matches: not near
    expect(typos('Jean-Pierre Dupont', 'jean du')).toBe(undefined); // two letters are a start, not a typo
    expect(typos('Jean-Pierre Dupont', 'jean duppnt')).toBe(1);
    expect(typos('Jean-Pierre Dupont', 'dupont')).toBe(undefined); // one word: the whole query is compared
    // The word off is held to a whole word, not to a start: "lopz" is one typo from "lopez", two from "lopes".
    expect(typos('Marta Lopez', 'marta lopz')).toBe(1);
    expect(typos('Marta Lopes', 'marta lopz')).toBe(undefined);
  });

  it('returns at most `max`', () => {
    const many = ['Ann A', 'Ann B', 'Ann C', 'Ann D'].map((n, i) => person(i, n));
    expect(closest('anm', many, 2).map((c) => c.name)).toEqual(['Ann A', 'Ann B']);
  });
});

describe('dayWordIn', () => {
  it('finds a word that says a day, in any case or accent, and only a whole word', () => {
    expect(dayWordIn('lunch today')).toBe('today');
    expect(dayWordIn('Coffee YESTERDAY')).toBe('yesterday');
    expect(dayWordIn('call-tomorrow')).toBe('tomorrow');
    expect(dayWordIn('Todaya Smith')).toBeUndefined();
    expect(dayWordIn('Tuesday Weld')).toBeUndefined();
    expect(dayWordIn('Jane Doe')).toBeUndefined();
  });
});
