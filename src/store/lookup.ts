// Turning what the user typed into a contact, with the errors SPEC §6 asks for: the closest
// matches for an unknown name, the candidates for an ambiguous one.
import { closestNames, matchContact, namesNear, type NameMatch } from '../domain/names.js';
import { readsAsPhoneNumber } from '../domain/phoneNumbers.js';
import { AmbiguousNameError, NotFoundError, describeCandidates } from '../errors.js';
import type { Contact } from '../domain/records.js';
import { lookupCandidates } from './contacts.js';
import type { Journal } from './journal.js';

export function findContact(j: Journal, query: string): NameMatch<Contact> {
  return matchContact(query, lookupCandidates(j, query));
}

/**
 * Names close to a query that matched nobody: found among the folded names, read from the index of
 * names alone as strings (a row object apiece cost more than comparing the names, 100,000 on a
 * large journal; their ids as well, 35 ms more there), then the people of the names within reach.
 */
export function similarContacts(j: Journal, query: string): Array<{ id: number; name: string }> {
  const keys = j.stmt<[], string>('SELECT name_key FROM contacts ORDER BY name_key').pluck().all();
  const distances = new Map(namesNear(query, keys).map(({ index, distance }) => [keys[index] as string, distance]));
  // In the order of the index, as the names were compared: closestNames keeps it among equals.
  const people = j
    .stmt<[string], [number, string, string]>('SELECT id, name, name_key FROM contacts WHERE name_key IN (SELECT value FROM json_each(?)) ORDER BY name_key, id')
    .raw()
    .all(JSON.stringify([...distances.keys()]));
  return closestNames(people.map(([id, name, key]) => ({ contact: { id, name }, distance: distances.get(key) as number })));
}

export function notFound(j: Journal, query: string): NotFoundError {
  if (readsAsPhoneNumber(query)) return new NotFoundError(`no contact has the phone number ${query.trim()}; see rel list, or give it to someone with rel edit NAME --phone`);
  const similar = similarContacts(j, query);
  const hint = similar.length > 0 ? `; did you mean ${describeCandidates(similar)}?` : '; see rel list';
  return new NotFoundError(`no contact matches "${query}"${hint}`);
}

/** The one contact `query` names, or an error saying who it could be. */
export function requireContact(j: Journal, query: string): Contact {
  const match = findContact(j, query);
  if (match.status === 'found') return match.contact;
  if (match.status === 'ambiguous') throw new AmbiguousNameError(query, match.candidates);
  throw notFound(j, query);
}
