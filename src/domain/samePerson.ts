// The same person never twice by accident (SPEC §3 "Naming people"): who among the people already
// in the journal a new contact could be. Pure: the store hands in the people to compare with.
import { distanceFrom, piecesApart } from './editDistance.js';
import { normalizeName } from './names.js';
import { wordsKey } from './nameWords.js';
import { isOneNumber } from './phoneNumbers.js';

export interface PersonFacts {
  id: number;
  name: string;
  emails: string[];
  phones: string[];
  /** What else they are called (rel show finds them by it): the new name may be one of these. */
  aliases?: string[];
}

export type SamePersonReason = 'same name' | 'same name, words in another order' | 'an alias of theirs' | 'an alias of theirs, words in another order' | 'name a typo away' | 'same email' | 'same phone';

export interface SamePersonCandidate<T extends PersonFacts> {
  contact: T;
  reasons: SamePersonReason[];
}

/** How many typos apart two folded names may be and still look like one person: none for short names. */
export function typoLimit(foldedName: string): number {
  const letters = foldedName.replace(/[\s.'-]/g, '').length;
  return letters < 5 ? 0 : letters < 12 ? 1 : 2;
}

/** An email as it identifies a person: case makes no difference. */
export const emailKey = (email: string): string => email.trim().toLowerCase();


export type NamesAlike = 'same name' | 'name a typo away';

/**
 * Whether folded names look like the one `a` is: equal, or a typo or two apart in their letters
 * (namesLookAlike). A new contact's name is held against thousands of names in the journal (those
 * its clues let through), so `a`'s own typo limit is worked out once, and the distance within it
 * comes first: it rules out nearly all of them.
 */
export function looksAlikeTo(a: string): (b: string) => NamesAlike | undefined {
  const most = typoLimit(a);
  const within = distanceFrom(a, most);
  const digits = a.replace(/\D/g, '');
  return (b) => {
    if (a === b) return 'same name';
    if (most === 0) return undefined;
    // Within both names' limits (the distance is worked out up to a's, and b's is read only then).
    const distance = within(b, 0, b.length);
    if (distance > most || distance > typoLimit(b)) return undefined;
    // Numbers are not typed by mistake: "Person 01" and "Person 02", "Shop 3" and "Shop 4" are two.
    return b.replace(/\D/g, '') === digits ? 'name a typo away' : undefined;
  };
}

/** What every folded name that looks like another has (lookAlikeClues). */
export interface LookAlikeClues {
  /** The typo limit: a length in UTF-16 units (the distance's) within it of the name's. */
  limit: number;
  /** At least one of these whole. */
  pieces: string[];
  /** At least two of these whole: limit + 2 pieces a character apart, shorter than `pieces`. */
  twoOf: string[];
  /** At least `atLeast` of these whole. */
  finePieces: string[];
  atLeast: number;
  /** At least `trigramsAtLeast` of these runs of three characters (the name's, each once). */
  trigrams: string[];
  trigramsAtLeast: number;
}

/**
 * What every folded name that looks like `a` (looksAlikeTo) has. The store narrows the journal's
 * names down with them before the distance is worked out. Of limit + 1 pieces a character apart,
 * one is left whole (piecesApart), and of limit + 2 two are. Pieces side by side can lose two to a
 * swap: of 4·limit + 1 fine ones 2·limit + 1 are left whole. The first two clues are what the index
 * of names by trigrams looks up: few long pieces find fewer names than many short ones, and two of
 * the shorter ones held together rule out most of the names that share only a common first or last
 * name ("maria …", "… lopez"); the fine pieces rule out nearly all of the rest, which the distance
 * would otherwise be worked out for.
 * The trigrams are for a name too short for pieces of three characters, which the index of names
 * by trigrams cannot look up: an edit breaks at most the three runs of three over the character
 * it touches, and a swap the four over its two, so a name with d different runs keeps at least
 * d − 4·limit of them whole.
 */
export function lookAlikeClues(a: string): LookAlikeClues {
  const limit = typoLimit(a);
  const characters = Array.from(a);
  const trigrams = [...new Set(characters.slice(2).map((_, i) => characters.slice(i, i + 3).join('')))];
  return { limit, pieces: piecesApart(a, limit + 1, 1), twoOf: piecesApart(a, limit + 2, 1), finePieces: piecesApart(a, 4 * limit + 1, 0), atLeast: 2 * limit + 1, trigrams, trigramsAtLeast: trigrams.length - 4 * limit };
}

/** Two folded names that look like one person's: equal, or a typo or two apart in their letters. */
export const namesLookAlike = (a: string, b: string): NamesAlike | undefined => looksAlikeTo(a)(b);

/**
 * The first names of a list that look like one another (namesLookAlike: the same folded name, or
 * a typo or two apart), as indexes: the first such name and every later one like it; undefined
 * when no two look alike. Two new people of one `rel add` named so are one person typed twice.
 */
export function namesAlikeAmong(names: readonly string[]): number[] | undefined {
  const folded = names.map(normalizeName);
  for (const [i, name] of folded.entries()) {
    const alike = looksAlikeTo(name);
    const others = folded.flatMap((other, k) => (k > i && alike(other) !== undefined ? [k] : []));
    if (others.length > 0) return [i, ...others];
  }
  return undefined;
}

/**
 * Whether two folded names can be one person's, as a phone number they share would say: their
 * first words agree (the same, or one the other's initial: "j. doe" and "jane doe"), or one is no
 * name at all but the email or number a nameless card was named by. "ann lee" and "bob ray" on one
 * number are a shop's line, "tom baker" and "ann baker" a family's landline: two people.
 */
export function namesMayBeOnePerson(a: string, b: string): boolean {
  const standIn = (name: string) => name.includes('@') || !/\p{L}/u.test(name);
  if (standIn(a) || standIn(b)) return true;
  const first = (name: string) => name.split(/[\s,]+/)[0]!.replace(/\.+$/, '');
  const [x, y] = [first(a), first(b)];
  if (x === y) return true;
  const [initial, full] = x.length <= y.length ? [x, y] : [y, x];
  return initial.length === 1 && full.startsWith(initial);
}

/**
 * The people a new contact could be, with why: the same folded name, a name a typo away
 * (`Jose Nunes` and `José Núñez`), their name or an alias with its words in another order
 * (wordsKey), an email (any case) or phone (isOneNumber) they already have.
 * Strongest first: an email or phone names one person more surely than a name does.
 */
export function samePersonCandidates<T extends PersonFacts>(wanted: Omit<PersonFacts, 'id'>, people: T[]): Array<SamePersonCandidate<T>> {
  const name = normalizeName(wanted.name);
  const words = wordsKey(name);
  const emails = new Set(wanted.emails.map(emailKey));
  const found: Array<SamePersonCandidate<T>> = [];
  for (const contact of people) {
    const reasons: SamePersonReason[] = [];
    if (contact.emails.some((e) => emails.has(emailKey(e)))) reasons.push('same email');
    if (contact.phones.some((p) => wanted.phones.some((w) => isOneNumber(w, p)))) reasons.push('same phone');
    const alike = namesLookAlike(name, normalizeName(contact.name));
    const aliases = contact.aliases?.map(normalizeName) ?? [];
    if (alike) reasons.push(alike);
    else if (words !== undefined && words === wordsKey(normalizeName(contact.name))) reasons.push('same name, words in another order');
    else if (aliases.includes(name)) reasons.push('an alias of theirs');
    else if (words !== undefined && aliases.some((alias) => wordsKey(alias) === words)) reasons.push('an alias of theirs, words in another order');
    if (reasons.length > 0) found.push({ contact, reasons });
  }
  const strength = (c: SamePersonCandidate<T>): number => (c.reasons.includes('same email') || c.reasons.includes('same phone') ? 2 : c.reasons.some((r) => r !== 'name a typo away') ? 1 : 0);
  return found.sort((a, b) => strength(b) - strength(a) || a.contact.id - b.contact.id);
}

/** "José Núñez (#2: name a typo away)" for a message. */
export function describeSamePerson(candidates: Array<SamePersonCandidate<PersonFacts>>, max = 6): string {
  const shown = candidates.slice(0, max).map((c) => `${c.contact.name} (#${c.contact.id}: ${c.reasons.join(', ')})`);
  if (candidates.length > max) shown.push(`${candidates.length - max} more`);
  return shown.join(', ');
}
