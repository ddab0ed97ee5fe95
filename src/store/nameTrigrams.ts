// The index of names by their runs of three letters (migrations/0029_name_trigrams.sql): FTS5's
// trigram tokenizer finds the names that hold a part of three characters or more from its
// postings, where LIKE '%part%' reads every name. A shorter part has no trigram to look up.

/** Whether `part` (folded) can be looked up by its trigrams: three characters or more. */
export const hasTrigrams = (part: string): boolean => [...part].length >= 3;

/** An FTS5 phrase of `part` as text: the trigram tokenizer matches it wherever a name holds it (in any case). */
export const trigramPhrase = (part: string): string => `"${part.replace(/"/g, '""')}"`;

/** A phrase for any of `parts`, each of three characters or more (hasTrigrams). */
export const anyTrigramPhrase = (parts: readonly string[]): string => parts.map(trigramPhrase).join(' OR ');

/** A phrase for at least two of `parts`, each of three characters or more (hasTrigrams): any two of them together. */
export const twoOfTrigramPhrase = (parts: readonly string[]): string =>
  parts.flatMap((part, i) => parts.slice(i + 1).map((other) => `(${trigramPhrase(part)} AND ${trigramPhrase(other)})`)).join(' OR ');
