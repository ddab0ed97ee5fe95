// A name's words in another order: "Núñez, José" (as Outlook files names) and "Nunez Jose" are José
// Núñez, to the same-person check and rel duplicates as to the lookup of names (names.ts).

/** A folded name's words, in any order: "nunez, jose" and "jose nunez" are "jose nunez"; undefined for a name of one word. */
export function wordsKey(folded: string): string | undefined {
  const words = folded.split(/[\s,]+/).filter(Boolean);
  return words.length < 2 ? undefined : words.sort().join(' ');
}

/** The ways a name of two or three words can be written in another order: "jose nunez" is also "nunez jose" and "nunez, jose". */
export function otherWordOrders(folded: string): string[] {
  const words = folded.split(/[\s,]+/).filter(Boolean);
  if (words.length < 2 || words.length > 3) return [];
  const orders = permutations(words).flatMap((w) => [w.join(' '), `${w[0]}, ${w.slice(1).join(' ')}`]);
  return [...new Set(orders)].filter((order) => order !== folded);
}

function permutations(words: readonly string[]): string[][] {
  if (words.length <= 1) return [[...words]];
  return words.flatMap((word, i) => permutations([...words.slice(0, i), ...words.slice(i + 1)]).map((rest) => [word, ...rest]));
}
