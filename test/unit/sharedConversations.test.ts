import { describe, expect, it } from 'vitest';
import { addressedTo, editPeople } from '../../src/domain/sharedConversations.js';

const person = (id: number, name: string, aliases: string[] = []) => ({ id, name, aliases, emails: [], phones: [] });
const jane = person(1, 'Jane Doe');
const tom = person(2, 'Tom Doe', ['Tommy']);
const zoe = person(3, 'Zoë Müller');

describe('addressedTo', () => {
  it('gives the text to the one "NAME:" names among the people, by part of a name, alias or without accents', () => {
    expect(addressedTo('tom: loves golf', [jane, tom])).toEqual({ person: 1, text: 'loves golf' });
    expect(addressedTo('Tommy : loves golf', [jane, tom])).toEqual({ person: 1, text: 'loves golf' });
    expect(addressedTo('zoe: friday: call', [jane, tom, zoe])).toEqual({ person: 2, text: 'friday: call' });
  });

  it('keeps the whole text for the first person otherwise', () => {
    expect(addressedTo('tom: loves golf', [jane])).toEqual({ person: 0, text: 'tom: loves golf' });
    expect(addressedTo('doe: both', [jane, tom])).toEqual({ person: 0, text: 'doe: both' }); // names both: nobody in particular
    expect(addressedTo('in 1 week: send the catalog', [jane, tom])).toEqual({ person: 0, text: 'in 1 week: send the catalog' });
    expect(addressedTo('tom:', [jane, tom])).toEqual({ person: 0, text: 'tom:' });
    expect(addressedTo('loves golf', [jane, tom])).toEqual({ person: 0, text: 'loves golf' });
  });
});

describe('editPeople', () => {
  it('adds after the ones kept, removes, or replaces everyone', () => {
    expect(editPeople([1, 2], { add: [3], remove: [] })).toEqual({ people: [1, 2, 3] });
    expect(editPeople([1, 2, 3], { add: [], remove: [1] })).toEqual({ people: [2, 3] });
    expect(editPeople([1, 2], { replace: [4], add: [5], remove: [] })).toEqual({ people: [4, 5] });
  });

  it('refuses what is not there, what is there already, and nobody left', () => {
    expect(editPeople([1], { add: [], remove: [2] })).toEqual({ problem: 'not there', id: 2 });
    expect(editPeople([1], { add: [1], remove: [] })).toEqual({ problem: 'already there', id: 1 });
    expect(editPeople([1], { add: [], remove: [1] })).toEqual({ problem: 'nobody left' });
  });
});
