// A name's words in another order: "Núñez, José" (as Outlook files names) and "Nunez Jose" are José
// Núñez, to the same-person check and rel duplicates as to the lookup of names (names.ts).

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
