// "Did you mean": the names a few typos from a query that matched nobody (SPEC §6), compared
// folded, as names.ts folds them. Pure: the store hands in the names.
import { distanceFrom, piecesApart, type DistanceFrom } from './editDistance.js';
import { nearLimit, normalizeName } from './names.js';

/**
 * How far a query is from a folded name, when it is within the limit `within` was made with:
 * against the whole name and each of its words, the runs between spaces and hyphens (beyond the
 * limit, the limit + 1). The name is `text` from `from` to `to`: "did you mean" asks this of every
 * name in the journal (100,000 on a large one), where a string for each name or word cost more
 * than the distances.
 */
function nameDistance(within: DistanceFrom, text: string, from: number, to: number): number {
  let nearest = within(text, from, to);
  if (nearest === 0) return 0;
  // The words as name.split(/[\s-]+/) gives them, an empty one before a leading break and after a
  // trailing one; a name of one word is compared whole only.
  let start = from;
  for (let i = from; i < to; i++) {
    if (!isWordBreak(text.charCodeAt(i))) continue;
    nearest = Math.min(nearest, within(text, start, i));
    while (i + 1 < to && isWordBreak(text.charCodeAt(i + 1))) i++;
    start = i + 1;
  }
  return start > from ? Math.min(nearest, within(text, start, to)) : nearest;
}

/** A space or a hyphen, between two words of a folded name (normalizeName makes every run of white space one space). */
function isWordBreak(code: number): boolean {
  return code === 32 || code === 45;
}

/**
 * Where the names within `typos` of a query that matched nobody can be looked for before every
 * name is read: typos + 1 pieces of the folded query a character apart (piecesApart). A name that
 * near the query, or with a word that near, holds one of them whole.
 */
export function typoPieces(query: string, typos: number): string[] {
  return piecesApart(normalizeName(query), typos + 1, 1);
}

/** A name a few typos from a query that matched nobody, and how many typos. */
export interface NearName {
  key: string;
  distance: number;
}

/** The names among `names` (folded, one a line) near a query: within reach, or within `typos` when fewer. */
export type NamesNear = (names: string, typos?: number) => NearName[];

/**
 * The names within "did you mean"'s reach of a query that matched nobody: a few typos from the
 * whole name or one of its words. The finder takes names folded (normalizeName, as the store keeps
 * them in name_key), one a line: a folded name holds no line feed. Read as one text, 100,000 names
 * are a string, not 100,000 (reading them as strings took longer than comparing them). One
 * comparer serves every look: V8 compiles nameDistance for the comparer it first meets, and when a
 * second look came with a comparer of its own, it threw that code away in the middle of 100,000
 * names (6 ms on a large journal).
 */
export function namesNear(query: string): NamesNear {
  const q = normalizeName(query);
  const limit = nearLimit(q);
  const within = distanceFrom(q, limit);
  return (names, typos = limit) => {
    const most = Math.min(typos, limit);
    const near: NearName[] = [];
    for (let from = 0; ; ) {
      const end = names.indexOf('\n', from);
      const to = end === -1 ? names.length : end;
      const distance = nameDistance(within, names, from, to);
      if (distance <= most) near.push({ key: names.slice(from, to), distance });
      if (end === -1) return near;
      from = end + 1;
    }
  };
}
