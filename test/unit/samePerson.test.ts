// Who a new contact could already be (SPEC §3 "Naming people"), with no database.
import { describe, expect, it } from 'vitest';
import { namesLookAlike, namesMayBeOnePerson, samePersonCandidates, type PersonFacts } from '../../src/domain/samePerson.js';

const person = (id: number, name: string, more: Partial<PersonFacts> = {}): PersonFacts => ({ id, name, emails: [], phones: [], ...more });
const why = (wanted: Partial<PersonFacts> & { name: string }, people: PersonFacts[]) =>
  samePersonCandidates({ emails: [], phones: [], ...wanted }, people).map((c) => [c.contact.id, c.reasons]);

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
