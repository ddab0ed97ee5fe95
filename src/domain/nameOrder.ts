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
function plainKey(name: string): string | undefined {
  const key = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(COLLATED_AS_PLAIN, (c) => LATIN_LETTERS[c] as string);
  return /^[a-z .'-]*$/.test(key) ? key.replace(/[ .'-]/g, (c) => PUNCTUATION_RANK[c] as string) : undefined;
}

// Each name's key, worked out once: sorting `rel today --all` on a large journal (42,000 people)
// compares names some 650,000 times. null: no plain key, the collator compares it.
const plainKeys = new Map<string, string | null>();
const PLAIN_KEYS_KEPT = 200_000;

function plainKeyOf(name: string): string | undefined {
  let key = plainKeys.get(name);
  if (key === undefined) {
    key = plainKey(name) ?? null;
    if (plainKeys.size < PLAIN_KEYS_KEPT) plainKeys.set(name, key);
  }
  return key ?? undefined;
}

/** Two names in the collator's order. */
export function compareNames(a: string, b: string): number {
  const [x, y] = [plainKeyOf(a), plainKeyOf(b)];
  return x !== undefined && y !== undefined ? compareText(x, y) : collator().compare(a, b);
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
