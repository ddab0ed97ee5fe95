// The order names are listed in when scores tie (rel today) and "did you mean" offers them, the
// same on every machine.
import { LATIN_LETTERS } from './names.js';

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// Names go in the order of a collator for a fixed locale, so that it does not depend on the
// user's environment: accents and case make no difference, numbers go by value.
let nameCollator: Intl.Collator | undefined;
const collator = (): Intl.Collator => (nameCollator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true }));

// Setting the collator up costs milliseconds (more than ranking a list), so names made only of
// letters (accented or not), spaces, hyphens, full stops and apostrophes, as most are, are compared
// here, in the collator's order: space < hyphen < full stop < apostrophe < letters, and a letter
// is its base letter. Anything else (digits, þ, ı, …) goes to the collator; test/unit/ranking.test.ts
// checks that the two agree.
const PUNCTUATION_RANK: Record<string, string> = { ' ': '\u0001', '-': '\u0002', '.': '\u0003', "'": '\u0004' };
// The letters Unicode does not decompose that the collator weighs as their plain Latin form
// (ß as "ss"): names.ts's table holds those forms; þ and ı, which it weighs otherwise, are left out.
const COLLATED_AS_PLAIN = /[øßæœłđð]/g;
const PLAIN = /^[a-z .'-]*$/;
const PLAIN_ANY_CASE = /^[A-Za-z .'-]*$/;
function plainKey(name: string): string | undefined {
  // A name of plain letters needs no decomposing (ICU's normalize takes most of the time here).
  const key = PLAIN_ANY_CASE.test(name) ? name.toLowerCase() : name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(COLLATED_AS_PLAIN, (c) => LATIN_LETTERS[c] as string);
  return PLAIN.test(key) ? key.replace(/[ .'-]/g, (c) => PUNCTUATION_RANK[c] as string) : undefined;
}

/**
 * A name as the order compares it: its plain key, or the name itself for the collator. Worked out
 * once per name by a sort of many (rel today --all on a large journal, 42,000 people, compares
 * names some 650,000 times).
 */
export interface NameSortKey {
  name: string;
  plain: string | undefined;
}

export const nameSortKey = (name: string): NameSortKey => ({ name, plain: plainKey(name) });

/** Two names' keys in the collator's order. */
export function compareNameKeys(a: NameSortKey, b: NameSortKey): number {
  return a.plain !== undefined && b.plain !== undefined ? compareText(a.plain, b.plain) : collator().compare(a.name, b.name);
}

/** Two names in the collator's order. */
export function compareNames(a: string, b: string): number {
  return compareNameKeys(nameSortKey(a), nameSortKey(b));
}

/** How many people "did you mean" offers. */
export const SUGGESTIONS = 3;

/** "Did you mean": the nearest of them, fewest typos first, then by name (among equals, in the order given). */
export function closestNames<T extends { name: string }>(near: ReadonlyArray<{ contact: T; distance: number }>, max = SUGGESTIONS): T[] {
  return [...near]
    .sort((x, y) => x.distance - y.distance || compareNames(x.contact.name, y.contact.name))
    .slice(0, max)
    .map((x) => x.contact);
}
