// Turning what the user typed into a contact, with the errors SPEC §6 asks for: the closest
// matches for an unknown name, the candidates for an ambiguous one.
import { byWordsDistance, matchByStart, matchContact, normalizeName, parseContactId, queryWords, typosByWords, typoWord, type NameMatch, type NamedContact, type WholeName } from '../domain/names.js';
import { namesNear, typoPieces, type NearName } from '../domain/nearNames.js';
import { closestNames, SUGGESTIONS } from '../domain/nameOrder.js';
import { readsAsEmailAddress } from '../domain/emailAddress.js';
import { phoneKey, readsAsPhoneNumber } from '../domain/phoneNumbers.js';
import { AmbiguousNameError, NotFoundError, UsageError, describeCandidates } from '../errors.js';
import type { Contact } from '../domain/records.js';
import { contactsNamed, getContact, getContacts, loadLists } from './contacts.js';
import { keyStartsWith } from './namePrefix.js';
import { anyTrigramPhrase, hasTrigrams, trigramPhrase } from './nameTrigrams.js';
import type { Journal } from './journal.js';
import { pathWord } from '../shellWords.js';
import { deletedPersonRefusal } from '../domain/deletions.js';
import { deletionNamed } from './deletedPeople.js';

/** What a query names: one contact, read in full; several, by their names; or no one. */
export type ContactMatch = { status: 'found'; contact: Contact; exact: boolean } | { status: 'ambiguous'; candidates: NamedContact[]; whole?: WholeName } | { status: 'none' };

/** The people of a list table's rows that `where` picks, as [id, name]. */
const person = (table: string, where: string) => `SELECT c.id, c.name FROM ${table} t JOIN contacts c ON c.id = t.contact_id WHERE ${where}`;

/** Text put in a LIKE pattern (ESCAPE with a backslash): its own %, _ and backslashes taken as they are. */
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The contacts that could be what `query` names, as [id, name], in id order: the id, a name or an
 * alias containing it, its email, its phone number.
 */
function candidatesOf(j: Journal, query: string): Array<[id: number, name: string]> {
  const id = /^#?(\d{1,15})$/.exec(query.trim())?.[1];
  // An id that is someone's, or an exact name, wins over any part of a name (see matchContact), and
  // needs no scan of every name.
  if (id !== undefined) {
    const byId = j.stmt<[number], [number, string]>('SELECT id, name FROM contacts WHERE id = ?').raw().get(Number(id));
    if (byId !== undefined) return [byId];
  } else {
    const exact = contactsNamed(j, query).map((c): [number, string] => [c.id, c.name]);
    if (exact.length > 0) return exact;
  }
  const folded = normalizeName(query);
  const like = `%${escapeLike(folded)}%`;
  // A phone number by its key, through the index on contact_phones.phone_key (matchContact decides).
  // A part of a name of three letters or more is found through the names' trigrams (migration
  // 0029), LIKE then holding each to the part; a shorter one is looked for in the index of names.
  // 'id = ? OR name_key LIKE ?' read every row of contacts whole (90 ms cold on a large journal, against 20).
  const phone = readsAsPhoneNumber(query) ? phoneKey(query) : null;
  const byTrigrams = hasTrigrams(folded);
  const named = byTrigrams
    ? "SELECT c.id, c.name FROM name_trigrams t JOIN contacts c ON c.id = t.rowid WHERE name_trigrams MATCH ? AND t.name_key LIKE ? ESCAPE '\\'"
    : "SELECT id, name FROM contacts INDEXED BY contacts_name_key WHERE name_key LIKE ? ESCAPE '\\'";
  return j
    .stmt<Array<number | string | null>, [number, string]>(
      `SELECT id, name FROM contacts WHERE id = ?
       UNION ${named}
       UNION ${person('contact_aliases', "t.alias_key LIKE ? ESCAPE '\\'")}
       UNION ${person('contact_emails', 't.email = ? COLLATE NOCASE')}
       UNION ${person('contact_phones', 't.phone_key = ?')}
       ORDER BY 1`,
    )
    .raw()
    .all(id === undefined ? -1 : Number(id), ...(byTrigrams ? [trigramPhrase(folded)] : []), like, like, query.trim(), phone);
}

/**
 * `column` (a folded name) has a word starting with each of `count` words (wordStarts gives their
 * texts): a word starts a word of the name where it follows the start, a space or a hyphen. instr,
 * as the names and words are folded already: no pattern to escape. The plain test first, as over
 * the 5,000 aliases of a large journal it costs half as much as the test of a word's start.
 */
const startsEachWord = (column: string, count: number): string =>
  Array.from({ length: count }, () => `instr(${column}, ?) > 0 AND instr(' ' || replace(${column}, '-', ' '), ?) > 0`).join(' AND ');
const wordStarts = (words: readonly string[]): string[] => words.flatMap((word) => [word, ` ${word}`]);

/**
 * The folded names with a word starting with each word of one of `ways` (lists of words), as
 * [contact id, name_key], in one read: by the trigrams of the words that have them, then each held
 * to every word of a way; when a way has no word that long, every name is read. From the indexes
 * alone: "picard" starts a word of 887 names on a large journal, and the contacts' rows are read
 * only for the few the caller keeps (namesOf).
 */
function namesStartingWords(j: Journal, ways: ReadonlyArray<readonly string[]>): Array<[id: number, key: string]> {
  if (ways.length === 0) return [];
  const long = ways.map((words) => words.filter(hasTrigrams));
  const byTrigrams = long.every((words) => words.length > 0);
  const anyWay = (column: string) => ways.map((words) => `(${startsEachWord(column, words.length)})`).join(' OR ');
  const sql = byTrigrams
    ? `SELECT rowid, name_key FROM name_trigrams t WHERE name_trigrams MATCH ? AND (${anyWay('t.name_key')})`
    : `SELECT id, name_key FROM contacts INDEXED BY contacts_name_key WHERE ${anyWay('name_key')}`;
  const phrase = long.map((words) => `(${words.map(trigramPhrase).join(' AND ')})`).join(' OR ');
  return j
    .stmt<string[], [number, string]>(sql)
    .raw()
    .all(...(byTrigrams ? [phrase] : []), ...ways.flatMap(wordStarts));
}

/** The names of some contacts, by id. */
function namesOf(j: Journal, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  return new Map(j.stmt<[string], [number, string]>('SELECT id, name FROM contacts WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(ids)));
}

/**
 * The people whose name or an alias has a word starting with each of a query's words (queryWords),
 * as [id, name] in id order: those matchContact's last reading decides among once no name holds
 * the query ("jean pierre" for Jean-Pierre Dupont). None for a query of one word as it was typed:
 * candidatesOf has them all.
 */
function wordCandidatesOf(j: Journal, query: string): Array<[id: number, name: string]> {
  const folded = normalizeName(query);
  const words = queryWords(folded);
  if (words.length === 0 || (words.length === 1 && words[0] === folded)) return [];
  const aliased = j
    .stmt<string[], [number, string]>(person('contact_aliases', startsEachWord('t.alias_key', words.length)))
    .raw()
    .all(...wordStarts(words));
  const ids = namesStartingWords(j, [words]).map(([id]) => id);
  return inIdOrder([...namesOf(j, ids), ...aliased]);
}

/** Each person once, in id order. */
function inIdOrder(people: Array<[id: number, name: string]>): Array<[id: number, name: string]> {
  return [...new Map(people)].sort((a, b) => a[0] - b[0]);
}

/**
 * The first `limit` contacts (by id) that could be what `query` names, in full: a picker's choices
 * as the user types. Those whose words start with its words only when no name holds it.
 */
export function lookupCandidates(j: Journal, query: string, limit = Infinity): Contact[] {
  const people = candidatesOf(j, query);
  return getContacts(j, (people.length > 0 ? people : wordCandidatesOf(j, query)).slice(0, limit).map(([id]) => id));
}

/**
 * The contacts matchByStart decides among, as [id, name], in id order: the id, a name or an alias
 * that starts with `query` (a range of the index on name_key, one on alias_key: keyStartsWith), its
 * email, its phone number.
 * "a" starts 14,503 names on a large journal, and is a part of 86,156 (candidatesOf).
 */
function startCandidatesOf(j: Journal, query: string): Array<[id: number, name: string]> {
  const from = normalizeName(query);
  if (from === '') return [];
  const phone = readsAsPhoneNumber(query) ? phoneKey(query) : null;
  // UNION ALL, put in order here: a UNION and its ORDER BY make SQLite a temporary table for each
  // branch, more memory than the few rows of a name asked for in full.
  const rows = j
    .stmt<[{ id: number; from: string; email: string; phone: string | null }], [number, string]>(
      `SELECT id, name FROM contacts WHERE id = @id
       UNION ALL SELECT id, name FROM contacts WHERE ${keyStartsWith('name_key')}
       UNION ALL ${person('contact_aliases', keyStartsWith('t.alias_key'))}
       UNION ALL ${person('contact_emails', 't.email = @email COLLATE NOCASE')}
       UNION ALL ${person('contact_phones', 't.phone_key = @phone')}`,
    )
    .raw()
    .all({ id: parseContactId(query) ?? -1, from, email: query.trim(), phone });
  return inIdOrder(rows);
}

/**
 * The contacts that could be what `query` names, with what matchContact compares: names and
 * aliases, and emails or phones only when the query can be one (every email rel takes is an address:
 * src/domain/emailAddress.ts). "a" names 14,503 people on a large journal: read in full, with their
 * four lists, they took 1.5 s before the answer that it is ambiguous.
 */
function namedCandidates(j: Journal, query: string, people = candidatesOf(j, query)): NamedContact[] {
  if (people.length === 0) return [];
  const wanted = [...(['aliases'] as const), ...(readsAsEmailAddress(query) ? (['emails'] as const) : []), ...(readsAsPhoneNumber(query) ? (['phones'] as const) : [])];
  const lists = loadLists(j, people.map(([id]) => id), wanted);
  return people.map(([id, name]) => ({ id, name, aliases: lists.aliases.get(id) ?? [], emails: lists.emails.get(id) ?? [], phones: lists.phones.get(id) ?? [] }));
}

/** What `query` names (matchContact), the one person found read in full. */
export function findContact(j: Journal, query: string): ContactMatch {
  // The start of a name first: only when nothing starts with the query is every name that holds
  // it read, and only when none holds it, the names whose words start with its words.
  const match = matchByStart(query, namedCandidates(j, query, startCandidatesOf(j, query))) ?? matchContact(query, namedCandidates(j, query));
  return readInFull(j, match.status === 'none' ? matchContact(query, namedCandidates(j, query, wordCandidatesOf(j, query))) : match);
}

/** A match, with the one person found read in full. */
function readInFull(j: Journal, match: NameMatch<NamedContact>): ContactMatch {
  if (match.status !== 'found') return match;
  const contact = getContact(j, match.contact.id); // gone if another rel deleted them meanwhile
  return contact === undefined ? { status: 'none' } : { ...match, contact };
}

/** Up to how many typos the names near a query are looked up by its pieces before every name is compared. */
const TYPOS_LOOKED_UP = 2;

/** Someone "did you mean" may offer: how many typos from the query, and their folded name. */
interface NearPerson {
  contact: { id: number; name: string };
  distance: number;
  key: string;
}

/**
 * People whose names are close to a query that matched nobody, the closest first. Looked for
 * first among the names that hold a piece of the query (typoPieces), through the index of names by
 * trigrams: all that are one typo away, then two. Once that finds as many people as are offered,
 * no one else can come before them. Otherwise every name in the journal is compared: on a large
 * journal, reading them took 11 ms and comparing them 20 ms, against 1–3 ms for each look by
 * pieces. A look for three typos would read some 2,000–9,000 names there and settle few queries.
 * A query of several words is also held to the names its words start but one, that one a few
 * typos off (typosByWords: "jean dupond" for Jean-Pierre Dupont): all of them, before any look.
 */
export function similarContacts(j: Journal, query: string): Array<{ id: number; name: string }> {
  const near = namesNear(query);
  const byWords = nearByWords(j, query);
  const among = (names: string | null | undefined, typos?: number) => withNearByWords(peopleOf(j, names == null ? [] : near(names, typos)), byWords);
  for (let typos = 1; typos <= TYPOS_LOOKED_UP; typos++) {
    const pieces = typoPieces(query, typos);
    if (!pieces.every(hasTrigrams)) break; // more typos, shorter pieces
    const found = among(j.stmt<[string], string | null>(NAMES_HOLDING).pluck().get(anyTrigramPhrase(pieces)), typos);
    if (found.filter((p) => p.distance <= typos).length >= SUGGESTIONS) return closestNames(found);
  }
  return closestNames(among(j.stmt<[], string | null>(EVERY_NAME).pluck().get()));
}

/** The folded names that hold any of some pieces, one a line. */
const NAMES_HOLDING = 'SELECT group_concat(name_key, char(10)) FROM name_trigrams WHERE name_trigrams MATCH ?';

/** Every folded name, one a line, in no order: from the index of names, the smallest to read (peopleOf puts the people in order). */
const EVERY_NAME = 'SELECT group_concat(name_key, char(10)) FROM contacts';

/** The people of some folded names, with how far each name is: by folded name, then id, the order closestNames keeps among equals. */
function peopleOf(j: Journal, near: NearName[]): NearPerson[] {
  if (near.length === 0) return [];
  const distances = new Map(near.map(({ key, distance }) => [key, distance]));
  const people = j
    .stmt<[string], [number, string, string]>('SELECT id, name, name_key FROM contacts WHERE name_key IN (SELECT value FROM json_each(?)) ORDER BY name_key, id')
    .raw()
    .all(JSON.stringify([...distances.keys()]));
  return people.map(([id, name, key]) => ({ contact: { id, name }, distance: distances.get(key) as number, key }));
}

/**
 * Everyone typosByWords finds near a query of several words: every word of it but one starts a
 * word of their name.
 */
function nearByWords(j: Journal, query: string): NearPerson[] {
  const words = queryWords(normalizeName(query));
  if (words.length < 2) return [];
  const typosOf = typosByWords(words);
  const near: Array<[id: number, key: string, typos: number]> = [];
  // Every word but one of three letters or more (typoWord) starts a word of theirs: any way of leaving one out.
  const ways = words.flatMap((word, left) => (typoWord(word) ? [words.filter((_, i) => i !== left)] : []));
  for (const [id, key] of namesStartingWords(j, ways)) {
    const typos = typosOf(key);
    if (typos !== undefined) near.push([id, key, typos]);
  }
  const names = namesOf(j, near.map(([id]) => id));
  // Gone if another rel deleted them meanwhile.
  return near.filter(([id]) => names.has(id)).map(([id, key, typos]) => ({ contact: { id, name: names.get(id)! }, distance: byWordsDistance(typos), key }));
}

/** Both lists, each person once at their fewer typos, by folded name, then id (as peopleOf). */
function withNearByWords(found: NearPerson[], byWords: NearPerson[]): NearPerson[] {
  if (byWords.length === 0) return found;
  const people = new Map(found.map((p) => [p.contact.id, p]));
  for (const p of byWords) if (p.distance < (people.get(p.contact.id)?.distance ?? Infinity)) people.set(p.contact.id, p);
  return [...people.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.contact.id - b.contact.id));
}

/** How a name that is nobody is looked for: by a command that writes about them, someone not added yet may be meant. */
export interface Looking {
  /** Say how to add them first (rel remember, remind, edit...), when no one is near the name. */
  addFirst?: boolean;
}

export function notFound(j: Journal, query: string, looking: Looking = {}): NotFoundError | UsageError {
  // "#abc", "#-1": meant as an id (a name starts with no #), and no id: the command line is wrong.
  if (query.trim().startsWith('#') && parseContactId(query) === undefined) return new UsageError(`"${query.trim()}" is not an id: ids are whole numbers, as rel list shows them (#12)`);
  if (readsAsPhoneNumber(query)) return new NotFoundError(`no contact has the phone number ${query.trim()}; see rel list, or give it to someone with rel edit NAME --phone`);
  if (readsAsEmailAddress(query)) return new NotFoundError(`no contact has the email ${query.trim()}; see rel list, or give it to someone with rel edit NAME --email`);
  // Someone deleted whom rel undo can still bring back: read only once no one living answers.
  const deleted = deletionNamed(j, query);
  if (deleted !== undefined) return new NotFoundError(deletedPersonRefusal(deleted));
  const similar = similarContacts(j, query);
  const addFirst = looking.addFirst === true && parseContactId(query) === undefined ? `, or add them first: rel contact add ${pathWord(query.trim())}` : '';
  const hint = similar.length > 0 ? `; did you mean ${describeCandidates(similar)}?` : `; see rel list${addFirst}`;
  return new NotFoundError(`no contact matches "${query}"${hint}`);
}

/** The one contact `query` names, or an error saying who it could be. */
export function requireContact(j: Journal, query: string, looking: Looking = {}): Contact {
  const match = findContact(j, query);
  if (match.status === 'found') return match.contact;
  if (match.status === 'ambiguous') throw new AmbiguousNameError(query, match.candidates, match.whole);
  throw notFound(j, query, looking);
}
