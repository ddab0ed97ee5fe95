// Finding the person a user means: by id, exact name, alias, email, phone number, or an
// unambiguous part of the name, ignoring case and accents. Pure: the store hands in the candidates.
import { distanceFrom } from './editDistance.js';
import { isOneNumber, phoneKey, readsAsPhoneNumber } from './phoneNumbers.js';

export interface NamedContact {
  id: number;
  name: string;
  aliases: string[];
  emails: string[];
  phones: string[];
}

export type NameMatch<T extends NamedContact> =
  | { status: 'found'; contact: T; exact: boolean }
  | { status: 'ambiguous'; candidates: T[]; whole?: WholeName }
  | { status: 'none' };

/**
 * What an ambiguous query was, when it was more than a part of a name: 'same', each one's whole
 * name, alias, email or phone number as it is written (only the #id tells them apart); 'spelled',
 * each one's whole name or alias, folded, written otherwise by some ("jose nunez" for José Núñez
 * and José Nuñez: the #id, or the name exactly as written).
 */
export type WholeName = 'same' | 'spelled';

// Letters that Unicode does not decompose into a plain letter and a mark (so NFKD leaves them
// whole), each as the plain Latin a reader without that keyboard would type (SPEC §3).
// The search index folds them in SQL, where rel's own functions may not run: the table
// search_fold_letters (migration 0040) holds every character that folds through this table
// (see foldsThroughLatinTable), and test/store/searchFold.test.ts fails when the two disagree.
// A letter added here needs a migration that adds its row and rebuilds the index.
export const LATIN_LETTERS: Readonly<Record<string, string>> = {
  æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th',
  ł: 'l', ƚ: 'l', ø: 'o', ɔ: 'o', ı: 'i', ȷ: 'j', đ: 'd', ð: 'd', ɖ: 'd', ħ: 'h', ŧ: 't',
  ŋ: 'n', ĸ: 'k', ƒ: 'f', ƀ: 'b', ɓ: 'b', ƈ: 'c', ȼ: 'c', ɇ: 'e', ǥ: 'g', ɠ: 'g', ɨ: 'i',
  ƙ: 'k', ɲ: 'n', ƥ: 'p', ɍ: 'r', ƭ: 't', ʉ: 'u', ʋ: 'v', ƴ: 'y', ɏ: 'y', ƶ: 'z', ȥ: 'z', ʒ: 'z',
};
const NOT_PLAIN = new RegExp(`[${Object.keys(LATIN_LETTERS).join('')}]`, 'gu');
const HAS_NOT_PLAIN = new RegExp(NOT_PLAIN.source, 'u');
const BEYOND_ASCII = /[^ -~\s]/; // anything but printable ASCII and spaces

/**
 * The apostrophes of names (O'Brien, D’Angelo, typed ' ‘ ’ or ʼ): left out, as a user typing "obrien"
 * leaves them out. The search index leaves them out of people's names too (migration 0033).
 */
export const APOSTROPHES = /['‘’ʼ]/g;

/**
 * The one folding every name match goes through: lowercase, every letter in its plain Latin form
 * (accents and other marks dropped, ł→l, ø→o, ß→ss, æ→ae, þ→th, …, compatibility forms such as
 * ligatures and full-width letters as their plain letters), apostrophes left out, inner spaces
 * collapsed: "  Łukasz  Wróbel" → "lukasz wrobel", "Pat O’Brien" → "pat obrien". The store keeps it as contacts.name_key and
 * contact_aliases.alias_key; a change here needs a migration that recomputes them.
 */
export function normalizeName(text: string): string {
  // Latin accents are the usual marks; the full mark class (slow to compile, a millisecond of a
  // run) is needed only when letters beyond ASCII are left.
  const common = text.toLowerCase().replace(APOSTROPHES, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const folded = BEYOND_ASCII.test(common) ? common.replace(/\p{M}/gu, '').replace(NOT_PLAIN, (letter) => LATIN_LETTERS[letter] as string) : common;
  return folded.replace(/\s+/g, ' ').trim();
}

/**
 * Whether the folding turns this one character into plain Latin through LATIN_LETTERS rather than
 * through Unicode's decompositions alone: ł and Ł, ø and ǿ, ß and ẞ, ı, æ and ǽ, … . These are
 * the characters the search index's tokenizer (SQLite's unicode61, which removes accents) cannot
 * fold by itself.
 */
export function foldsThroughLatinTable(character: string): boolean {
  return HAS_NOT_PLAIN.test(character.toLowerCase().normalize('NFKD'));
}

/**
 * A name or a query as it is written, character for character but for case and runs of white
 * space (and the two ways Unicode may encode one accented letter, é or e + ◌́, which look the same):
 * "  JOSÉ   Núñez " → "josé núñez". What the first readings of a name compare, before the fold.
 */
export function nameAsWritten(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** "#12" or "12" → 12. */
export function parseContactId(query: string): number | undefined {
  const m = /^#?(\d{1,15})$/.exec(query.trim());
  return m ? Number(m[1]) : undefined;
}

function startsAWord(name: string, part: string): boolean {
  return name.startsWith(part) || name.includes(` ${part}`) || name.includes(`-${part}`);
}

/**
 * The words of a folded query, as spaces, hyphens and the punctuation between a surname and a
 * first name part them: "schmidt, anna" → schmidt, anna; "jean pierre" → jean, pierre.
 */
export function queryWords(folded: string): string[] {
  return folded.split(/[\s,;.-]+/).filter((word) => word !== '');
}

/** The words of a folded name: spaces and hyphens part them (isWordBreak). */
const wordsOfName = (name: string): string[] => name.split(/[ -]+/);

/**
 * Whether each of `words` starts a word of `name` of its own, in any order: "jean pierre",
 * "jean dupont" and "dupont jean" are all Jean-Pierre Dupont; "jean jean" is not.
 */
export function wordsStartWords(name: string, words: readonly string[]): boolean {
  return words.length > 0 && fewestTyposPlacing(wordsOfName(name), words, (k, other) => (other.startsWith(words[k]!) ? 0 : Infinity)) === 0;
}

/**
 * The fewest typos with which each of `words` takes a word of `own` of its own, in any order:
 * `typos(k, other)` says how many the k-th word is off from `other` (0 when it starts it,
 * Infinity when it cannot take it). At most one word may be off. Undefined when no way gives every
 * word a word.
 */
function fewestTyposPlacing(own: readonly string[], words: readonly string[], typos: (k: number, other: string) => number): number | undefined {
  if (words.length > own.length) return undefined;
  const taken = own.map(() => false);
  let fewest: number | undefined;
  const place = (k: number, sum: number): void => {
    if (k === words.length) {
      fewest = Math.min(fewest ?? sum, sum);
      return;
    }
    for (let i = 0; i < own.length && fewest !== 0; i++) {
      if (taken[i]) continue;
      const off = typos(k, own[i]!);
      if (off === Infinity || (off > 0 && sum > 0)) continue;
      taken[i] = true; // another word of the name may suit this one better: each is tried
      place(k + 1, sum + off);
      taken[i] = false;
    }
  };
  place(0, 0);
  return fewest;
}

/** A word of a query that can be a typo of a word of a name: one or two letters are an initial or a start. */
export const typoWord = (word: string): boolean => [...word].length >= 3;

/** How many typos a query of several words is from a folded name (typosByWords); undefined when not near. */
export type TyposByWords = (name: string) => number | undefined;

/**
 * How many typos a query of several words is from a folded name, read as the last reading of
 * matchContact reads it: each word the start of a word of the name of its own, but one of them (of
 * three letters or more) a few typos (a third of its length, at least one) from a whole word of
 * it. "jean dupond" is one typo from Jean-Pierre Dupont. Undefined when no way of giving the words
 * their own words of the name does that, and when one gives each word its own start: the name
 * matches, it is not near. The finder keeps a comparer for each word: the store asks it of some
 * thousand names on a large journal.
 */
export function typosByWords(words: readonly string[]): TyposByWords {
  const limits = words.map(nearLimit);
  const within = words.map((word, k) => distanceFrom(word, limits[k]!));
  // A word starts `other`, or one of three letters or more (typoWord) is within its limit of it.
  const typos = (k: number, other: string): number => {
    if (other.startsWith(words[k]!)) return 0;
    const off = typoWord(words[k]!) ? within[k]!(other, 0, other.length) : Infinity;
    return off <= limits[k]! ? off : Infinity;
  };
  return (name) => {
    if (words.length < 2) return undefined;
    const fewest = fewestTyposPlacing(wordsOfName(name), words, typos);
    return fewest === 0 ? undefined : fewest;
  };
}

/**
 * Where "did you mean" puts a name typosByWords finds `typos` from a query: after the names as
 * many typos from the whole query ("calros o'brien": Carlos O'Brien before Carlos B. O'Brien).
 */
export const byWordsDistance = (typos: number): number => typos + 0.5;

/**
 * Picks the contact `query` names, trying the most specific reading first (SPEC §3 "Naming
 * people"): id; exact name, then alias, as written (nameAsWritten: "José Núñez" is José Núñez
 * beside a Jose Nunez); exact name, then alias, folded; email (any case); phone number (phoneKey:
 * the last nine digits, for a query of digits that reads as a number); the start of a name or
 * alias (its first word: `josé` is José Núñez, not María José García); the start of any later word
 * (`garcia`); then any part of a name; last, each word of the query the start of a word of the
 * name, in any order (`jean pierre` and `dupont jean` are Jean-Pierre Dupont). A level with several
 * hits is ambiguous rather than a guess (saying whether the whole name was typed: WholeName); a
 * level with none hands over to the next.
 */
export function matchContact<T extends NamedContact>(query: string, candidates: T[]): NameMatch<T> {
  return matchUpTo(query, candidates, Infinity) ?? { status: 'none' };
}

/**
 * matchContact's answer when one of its readings up to the start of a name or an alias decides
 * it (id, exact name, alias, email, phone, a name's or an alias's start); undefined when none of
 * them matches anyone, and a later word's start or a part of a name may still. The people who can
 * match that far are few and found through indexes (src/store/lookup.ts), where a part of a name
 * can be in tens of thousands of names.
 */
export function matchByStart<T extends NamedContact>(query: string, candidates: T[]): NameMatch<T> | undefined {
  return matchUpTo(query, candidates, START_LEVELS);
}

/** How many of matchContact's levels go no further than the start of a name or an alias. */
const START_LEVELS = 7;

/** matchContact through its first `levels` levels: undefined when none of them matches anyone. */
function matchUpTo<T extends NamedContact>(query: string, candidates: T[], levels: number): NameMatch<T> | undefined {
  const id = parseContactId(query);
  if (id !== undefined) {
    const byId = candidates.find((c) => c.id === id);
    if (byId) return { status: 'found', contact: byId, exact: true };
  }
  const q = normalizeName(query);
  if (q === '') return { status: 'none' };
  const email = query.trim().toLowerCase();
  const phone = readsAsPhoneNumber(query) ? phoneKey(query) : undefined;
  const words = queryWords(q);
  const keyed = candidates.map((contact) => ({ contact, name: normalizeName(contact.name), aliases: contact.aliases.map(normalizeName) }));
  type Keyed = (typeof keyed)[number];
  // Written as the query is (nameAsWritten), a name is also folded as it is: only those are compared.
  const written = nameAsWritten(query);
  const aliasesFolded = (c: Keyed): string[] => c.contact.aliases.filter((_, i) => c.aliases[i] === q);
  const same = (): WholeName => 'same';
  const sameOrSpelled = (forms: string[]): WholeName => (new Set(forms.map(nameAsWritten)).size === 1 ? 'same' : 'spelled');
  const readings: Array<[(c: Keyed) => boolean, boolean, ((hits: Keyed[]) => WholeName)?]> = [
    // "José Núñez" is José Núñez, though Jose Nunez folds the same: the name as written first.
    [(c) => c.name === q && nameAsWritten(c.contact.name) === written, true, same],
    [(c) => c.aliases.includes(q) && aliasesFolded(c).some((a) => nameAsWritten(a) === written), true, same],
    [(c) => c.name === q, true, (hits) => sameOrSpelled(hits.map((c) => c.contact.name))],
    [(c) => c.aliases.includes(q), true, (hits) => sameOrSpelled(hits.flatMap(aliasesFolded))],
    [(c) => c.contact.emails.some((e) => e.trim().toLowerCase() === email), true, same],
    // Two country codes are two numbers, though their last digits are alike.
    [(c) => phone !== undefined && c.contact.phones.some((p) => phoneKey(p) === phone && isOneNumber(p, query)), true, same],
    [(c) => c.name.startsWith(q) || c.aliases.some((a) => a.startsWith(q)), false],
    [(c) => startsAWord(c.name, q) || c.aliases.some((a) => startsAWord(a, q)), false],
    [(c) => c.name.includes(q), false],
    [(c) => wordsStartWords(c.name, words) || c.aliases.some((a) => wordsStartWords(a, words)), false],
  ];
  for (const [matches, exact, whole] of readings.slice(0, levels)) {
    const hits = keyed.filter(matches);
    if (hits.length === 1) return { status: 'found', contact: hits[0]!.contact, exact };
    if (hits.length > 1) return { status: 'ambiguous', candidates: hits.map((c) => c.contact), ...(whole ? { whole: whole(hits) } : {}) };
  }
  return undefined;
}

/** How many typos "did you mean" reaches across: a third of the folded query's length, at least one. */
export function nearLimit(folded: string): number {
  return Math.max(1, Math.floor(folded.length / 3));
}
