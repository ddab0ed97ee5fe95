// A name's words in another order: "Núñez, José" (as Outlook files names) and "Nunez Jose" are José
// Núñez, to the same-person check and rel duplicates as to the lookup of names (names.ts). And a
// name without its middle names, as an import reads a relative's name (importRelations.ts).

/** A folded name's words, in any order: "nunez, jose" and "jose nunez" are "jose nunez"; undefined for a name of one word. */
export function wordsKey(folded: string): string | undefined {
  const words = folded.split(/[\s,]+/).filter(Boolean);
  return words.length < 2 ? undefined : words.sort().join(' ');
}

/** The orders of three words, as a recursive permutation lists them. */
const ORDERS_OF_THREE = [
  [0, 1, 2],
  [0, 2, 1],
  [1, 0, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
] as const;

/**
 * Whoever `holders` gives for `folded` in another order of its words ("smith john", "smith, john"
 * for john smith), each once: for a name nobody has as written, as contact add, the look-up of
 * names and imports read it.
 */
export function heldInAnotherOrder<T>(folded: string, holders: (order: string) => readonly T[], same: (a: T, b: T) => boolean): T[] {
  const held: T[] = [];
  for (const order of otherWordOrders(folded)) for (const h of holders(order)) if (!held.some((k) => same(k, h))) held.push(h);
  return held;
}

/**
 * The ways a name of two or three words can be written in another order: "jose nunez" is also
 * "nunez jose" and "nunez, jose"; "john richter james" also "john richter, james" (a surname of two
 * words first). Each order written whole, then with a comma after its first word, and for three
 * words after its second; built without intermediate arrays: an import asks this twice for each
 * of 100,000 names.
 */
export function otherWordOrders(folded: string): string[] {
  const words = folded.split(/[\s,]+/);
  if (words[0] === '') words.shift();
  if (words.at(-1) === '') words.pop();
  if (words.length < 2 || words.length > 3) return [];
  const orders: string[] = [];
  // Orders repeat only when a word does ("anna anna lee"): only then are they looked for among those made.
  const repeats = words[0] === words[1] || words[1] === words[2] || words[0] === words[2];
  const add = (order: string): void => {
    if (order !== folded && !(repeats && orders.includes(order))) orders.push(order);
  };
  if (words.length === 2) {
    const [a, b] = words as [string, string];
    add(`${a} ${b}`);
    add(`${a}, ${b}`);
    add(`${b} ${a}`);
    add(`${b}, ${a}`);
    return orders;
  }
  for (const [i, j, k] of ORDERS_OF_THREE) {
    add(`${words[i]} ${words[j]} ${words[k]}`);
    add(`${words[i]}, ${words[j]} ${words[k]}`);
    add(`${words[i]} ${words[j]}, ${words[k]}`);
  }
  return orders;
}

/**
 * A folded name as people often write it, its middle names or initials left out: its first and
 * last words ("robert j. mitchell" → "robert mitchell"). Undefined for a name of fewer than three
 * words, or with a comma: with the surname first, which word is the first name is not known.
 */
export function withoutMiddleNames(folded: string): string | undefined {
  // normalizeName leaves one space between words: no array of words (an import asks this of every name).
  const first = folded.indexOf(' ');
  const last = folded.lastIndexOf(' ');
  if (first === last || folded.includes(',')) return undefined;
  return folded.slice(0, first + 1) + folded.slice(last + 1);
}

/** Everyone of `named` (a folded name → its people) under their name without middle names, each once. */
export function byNameWithoutMiddle<T>(named: Iterable<readonly [string, readonly T[]]>, same: (a: T, b: T) => boolean): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const [name, people] of named) {
    const short = withoutMiddleNames(name);
    if (short === undefined) continue;
    const list = index.get(short);
    if (list === undefined) index.set(short, [...people]);
    else for (const person of people) if (!list.some((p) => same(p, person))) list.push(person);
  }
  return index;
}

/** The same words in another order, or with a comma ("Doe, John"): the same name to rel duplicates and the same-person check. */
export const isSameNameReordered = (a: string, b: string): boolean => wordsKey(a) !== undefined && wordsKey(a) === wordsKey(b);
