// Conversations with several people (SPEC §3 `rel add [NAME...]`): who a remembered detail or a
// follow-up given as "NAME: TEXT" is for, and who a conversation is with after an edit adds or
// removes people. Pure: the command hands in the people, already found.
import { matchContact, type NamedContact } from './names.js';

/** A text given for one of a conversation's people, and which one (an index into the people). */
export interface Addressed {
  person: number;
  text: string;
}

/**
 * "Tom: loves golf" with Jane and Tom at the table is for Tom: the words before the first colon
 * name one of the people (as rel names people anywhere: a part of the name, an alias, ...). With
 * one person, or when they name nobody there (or several), the whole text is for the first.
 */
export function addressedTo(text: string, people: readonly NamedContact[]): Addressed {
  const said = sayingWhose(text, people);
  if (said === undefined) return { person: 0, text };
  const match = matchContact(said.name, [...people]);
  return match.status === 'found' ? { person: people.indexOf(match.contact), text: said.rest } : { person: 0, text };
}

/** "Tom: loves golf", with several people there: the words that may say whose ("Tom") and the rest; undefined when none can. */
export function sayingWhose(text: string, people: readonly NamedContact[]): { name: string; rest: string } | undefined {
  const colon = text.indexOf(':');
  if (people.length < 2 || colon <= 0) return undefined;
  const rest = text.slice(colon + 1).trim();
  return rest === '' ? undefined : { name: text.slice(0, colon).trim(), rest };
}

/** What `rel conversation edit` says about who was there: everyone anew, or some added and some removed. */
export interface PeopleEdit {
  replace?: readonly number[];
  add: readonly number[];
  remove: readonly number[];
}

export type PeopleEditResult = { people: number[] } | { problem: 'not there'; id: number } | { problem: 'already there'; id: number } | { problem: 'nobody left' };

/** Who a conversation is with after the edit, in order: the ones kept as they were, then the added. */
export function editPeople(before: readonly number[], edit: PeopleEdit): PeopleEditResult {
  let people = [...new Set(edit.replace ?? before)];
  for (const id of edit.remove) {
    if (!people.includes(id)) return { problem: 'not there', id };
    people = people.filter((p) => p !== id);
  }
  for (const id of edit.add) {
    if (people.includes(id)) return { problem: 'already there', id };
    people.push(id);
  }
  return people.length === 0 ? { problem: 'nobody left' } : { people };
}
