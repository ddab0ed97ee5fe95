// Who already in the journal a new contact could be: the store narrows the people down with its
// indexes, the domain (src/domain/samePerson.ts) decides. Reads only.
import { normalizeName } from '../domain/names.js';
import { otherWordOrders } from '../domain/nameWords.js';
import { phoneIdentity } from '../domain/phoneNumbers.js';
import { lookAlikeClues, looksAlikeTo, samePersonCandidates, type LookAlikeClues, type SamePersonCandidate } from '../domain/samePerson.js';
import type { Contact } from '../domain/records.js';
import { getContacts } from './contacts.js';
import type { Journal } from './journal.js';
import { anyTrigramPhrase, hasTrigrams, trigramPhrase, twoOfTrigramPhrase } from './nameTrigrams.js';

export interface WantedPerson {
  name: string;
  emails?: string[];
  phones?: string[];
  /** Someone who may share these facts: the person being edited. */
  except?: number;
}

/** Where the names that can look like a name are read from (lookAlikeSql). */
type NamesRead = 'pieces' | 'trigrams' | 'every name';

/**
 * The names that can look like `key`'s, by the domain's clues. Through the index of names by
 * trigrams (migration 0029): those that hold a piece, when every piece has three characters or
 * more (and as many of the shorter pieces as piecesPhrase can look up); else those that hold
 * enough of the name's trigrams; else, for a short name with few runs to go by, every name in the
 * index of names.
 * SQLite counts characters and bytes, the distance UTF-16 units. A name's units are at most
 * (2 · characters + bytes) / 3, an emoji being one character, two units and four bytes: so a name
 * no more than `limit` units shorter than `key` has 2 · characters + bytes ≥ 3 · (key's units −
 * limit), and one no more than `limit` units longer has at most key's units + limit characters.
 * The fine pieces are counted only for the names that hold a piece (AND goes left to right).
 */
function lookAlikeSql(clues: LookAlikeClues, read: NamesRead): string {
  const anyPiece = clues.pieces.map((_, i) => `instr(name_key, @piece${i}) > 0`).join(' OR ');
  const finePiecesHeld = clues.finePieces.map((_, i) => `(instr(name_key, @fine${i}) > 0)`).join(' + ');
  const trigramsHeld = `SELECT rowid FROM (${clues.trigrams.map((_, i) => `SELECT rowid FROM name_trigrams WHERE name_trigrams MATCH @trigram${i}`).join(' UNION ALL ')})
    GROUP BY rowid HAVING count(*) >= @trigramsAtLeast`;
  const names = {
    pieces: 'rowid AS id, name_key FROM name_trigrams WHERE name_trigrams MATCH @phrase AND',
    trigrams: `rowid AS id, name_key FROM name_trigrams WHERE rowid IN (${trigramsHeld}) AND`,
    'every name': 'id, name_key FROM contacts INDEXED BY contacts_name_key WHERE',
  }[read];
  return `SELECT json_group_array(id), json_group_array(name_key) FROM (SELECT ${names}
    length(name_key) <= @longest AND 2 * length(name_key) + octet_length(name_key) >= 3 * @shortest AND (${anyPiece}) AND ${finePiecesHeld} >= @atLeast)`;
}

/**
 * The names that hold one of `pieces` whole and, of `twoOf` (two of which every look-alike holds
 * whole), as many of those with trigrams as must be whole: two when every one has, one when one
 * of them is too short to look up ("maria lopez 31": "ma"), none when more are. Of the 2,171 names
 * that hold "mari", " lop" or "z 31" on a large journal, 1,183 also hold "ia ", "ope" or " 31".
 */
function piecesPhrase(pieces: readonly string[], twoOf: readonly string[]): string {
  const lookedUp = twoOf.filter(hasTrigrams);
  const wholeAtLeast = 2 - (twoOf.length - lookedUp.length);
  if (wholeAtLeast <= 0) return anyTrigramPhrase(pieces);
  return `(${anyTrigramPhrase(pieces)}) AND (${wholeAtLeast === 2 ? twoOfTrigramPhrase(lookedUp) : anyTrigramPhrase(lookedUp)})`;
}

/** The people whose folded name looks like `key`'s: the store reads only names that can, the domain decides. */
function namesAlike(j: Journal, key: string): number[] {
  const clues = lookAlikeClues(key);
  const { limit, pieces, twoOf, finePieces, atLeast, trigrams, trigramsAtLeast } = clues;
  // Too short for a typo: the same name only, found in the index.
  if (limit === 0) return j.stmt<[string], number>('SELECT id FROM contacts WHERE name_key = ?').pluck().all(key);
  const read: NamesRead = pieces.every(hasTrigrams) ? 'pieces' : trigramsAtLeast > 0 ? 'trigrams' : 'every name';
  const params: Record<string, string | number> = { shortest: key.length - limit, longest: key.length + limit, atLeast };
  // The shorter pieces narrow the names down as far as their trigrams allow.
  if (read === 'pieces') params.phrase = piecesPhrase(pieces, twoOf);
  if (read === 'trigrams') {
    params.trigramsAtLeast = trigramsAtLeast;
    trigrams.forEach((run, i) => (params[`trigram${i}`] = trigramPhrase(run)));
  }
  pieces.forEach((piece, i) => (params[`piece${i}`] = piece));
  finePieces.forEach((piece, i) => (params[`fine${i}`] = piece));
  const row = j.stmt<[object], [string, string]>(lookAlikeSql(clues, read)).raw().get(params);
  const ids = JSON.parse(row?.[0] ?? '[]') as number[];
  const alike = looksAlikeTo(key);
  const found: number[] = [];
  // Indexes, not for...of: the loop runs once a command, before V8 compiles it (todaySurvey.ts).
  (JSON.parse(row?.[1] ?? '[]') as string[]).forEach((name, i) => void (alike(name) && found.push(ids[i] as number)));
  return found;
}

/** The people `wanted` could be, strongest first, with why (same name, a typo away, same email or phone). */
export function samePersonSuspects(j: Journal, wanted: WantedPerson): Array<SamePersonCandidate<Contact>> {
  const ids = new Set<number>();
  const key = normalizeName(wanted.name);
  if (key !== '') for (const id of namesAlike(j, key)) ids.add(id);
  // The same words in another order ("Núñez, José" is José Núñez, as rel show finds him), of a
  // name or an alias: each order looked up whole.
  const byKey = j.stmt<[string], number>('SELECT id FROM contacts WHERE name_key = ?').pluck();
  const byAlias = j.stmt<[string], number>('SELECT contact_id FROM contact_aliases WHERE alias_key = ?').pluck();
  for (const order of otherWordOrders(key)) for (const id of [...byKey.all(order), ...byAlias.all(order)]) ids.add(id);
  // Someone already called that: `rel show NAME` finds them by their alias.
  if (key !== '') for (const id of byAlias.all(key)) ids.add(id);
  const emails = wanted.emails ?? [];
  if (emails.length > 0) {
    const byEmail = j.stmt<[string], { contact_id: number }>('SELECT contact_id FROM contact_emails WHERE email = ? COLLATE NOCASE');
    for (const email of emails) for (const row of byEmail.all(email.trim())) ids.add(row.contact_id);
  }
  // A number's owners, through the index of stored keys (contact_phones.phone_key: the same last nine digits).
  const phones = new Set((wanted.phones ?? []).flatMap((p) => phoneIdentity(p) ?? []));
  const byPhone = j.stmt<[string], number>('SELECT contact_id FROM contact_phones WHERE phone_key = ?').pluck();
  for (const key of phones) for (const id of byPhone.all(key)) ids.add(id);
  if (wanted.except !== undefined) ids.delete(wanted.except);
  const people = getContacts(j, [...ids]);
  return samePersonCandidates({ name: wanted.name, emails, phones: wanted.phones ?? [] }, people);
}
