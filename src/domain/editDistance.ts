// How many typing mistakes apart two names are: the optimal string alignment distance
// (Levenshtein plus adjacent swaps), worked out only as far as a caller cares. The same-person
// check of a new contact compares its name with every name in the journal (50,000 on a large one),
// and "did you mean" with every name and word: a full table of cells for each cost seconds there.

// The three rows the distance needs (the one before the previous, for a swap), kept between calls
// and grown to the longest name seen: no allocation per comparison.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The distance between `a` and `b` when it is at most `limit`, else `limit + 1`. Only the cells
 * within `limit` of the diagonal can hold a distance that small, so only those are filled, and it
 * stops at the first row with every cell past the limit.
 */
export function editDistanceWithin(a: string, b: string, limit: number): number {
  const far = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return far;
  if (a === b) return 0;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  // Plain comparisons, no Math.min and no array to rotate the rows: a check runs once a command,
  // mostly before V8 compiles it, where each call or array costs (2,000 names: 13 ms against 6).
  let beforePrevious = rows[0];
  let previous = rows[1];
  let current = rows[2];
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : far;
  for (let i = 1; i <= a.length; i++) {
    const from = i - limit > 1 ? i - limit : 1;
    const to = i + limit < b.length ? i + limit : b.length;
    const letter = a.charCodeAt(i - 1);
    const letterBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    current[0] = i <= limit ? i : far;
    let least = from === 1 ? current[0]! : far;
    current[from - 1] = least;
    for (let j = from; j <= to; j++) {
      const other = b.charCodeAt(j - 1);
      let best = previous[j - 1]! + (letter === other ? 0 : 1);
      if (previous[j]! + 1 < best) best = previous[j]! + 1;
      if (current[j - 1]! + 1 < best) best = current[j - 1]! + 1;
      if (j > 1 && letterBefore === other && letter === b.charCodeAt(j - 2) && beforePrevious[j - 2]! + 1 < best) best = beforePrevious[j - 2]! + 1;
      if (best > far) best = far;
      current[j] = best;
      if (best < least) least = best;
    }
    if (to < b.length) current[to + 1] = far; // the next row reads one cell past this row's band
    // Past the limit in every cell: so are the next rows. (A swap reaches back to the previous row
    // plus one, and a cell under the limit there would have left one at most the limit here.)
    if (least > limit) return far;
    const spare = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length]! < far ? previous[b.length]! : far;
}

/** The whole distance between `a` and `b`. */
export function editDistance(a: string, b: string): number {
  return editDistanceWithin(a, b, Math.max(a.length, b.length));
}

/** The distance from a query to a stretch of a text (from `from` to `to`) when it is at most the limit, else the limit + 1. */
export type DistanceFrom = (text: string, from: number, to: number) => number;

/**
 * The distance from `query` to many texts, each a stretch of a longer one, so that none is cut out
 * to compare: "did you mean" holds a query to every name and word in the journal (100,000 names
 * on a large one), the same-person check a new name to those its clues let through. A query of up
 * to 32 UTF-16 units is compared a whole column of the table at a time, in the bits of a number
 * (Hyyrö's bit-vector algorithm for this distance, adjacent swaps included, as rapidfuzz writes
 * it); a longer one cell by cell.
 */
export function distanceFrom(query: string, limit: number): DistanceFrom {
  const far = limit + 1;
  const m = query.length;
  if (m === 0 || m > 32) {
    return (text, from, to) => (Math.abs(to - from - m) <= limit ? editDistanceWithin(query, text.slice(from, to), limit) : far);
  }
  // Where each letter of the query is, as bits: ASCII in a table, the rest in a map.
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const code = query.charCodeAt(i);
    if (code < 128) ascii[code]! |= 1 << i;
    else other.set(code, (other.get(code) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  return (text, from, to) => {
    if (Math.abs(to - from - m) > limit) return far;
    let vp = -1; // every row one more than the row above
    let vn = 0;
    let d0 = 0;
    let eqBefore = 0;
    let distance = m;
    for (let j = from; j < to; j++) {
      const code = text.charCodeAt(j);
      const eq = code < 128 ? ascii[code]! : (other.get(code) ?? 0);
      const swap = ((~d0 & eq) << 1) & eqBefore;
      d0 = ((((eq & vp) + vp) | 0) ^ vp) | eq | vn | swap;
      let hp = vn | ~(d0 | vp);
      const hn = d0 & vp;
      if ((hp & last) !== 0) distance++;
      else if ((hn & last) !== 0) distance--;
      hp = (hp << 1) | 1;
      vp = (hn << 1) | ~(d0 | hp);
      vn = hp & d0;
      eqBefore = eq;
    }
    return distance <= limit ? distance : far;
  };
}

/**
 * `count` pieces of `text` of about the same length, `gap` characters apart, from its first
 * character to its last. A letter added, dropped or changed touches one character and a swap two
 * side by side, so with `gap` 1 each edit breaks at most one piece: a text within `count` − 1
 * edits of `text` holds one of the pieces whole, and an index of parts of texts finds it by them.
 * A piece ends between characters, never inside an emoji's two units, so a text holds it as text.
 */
export function piecesApart(text: string, count: number, gap: number): string[] {
  const characters = Array.from(text);
  const held = characters.length - gap * (count - 1);
  const edge = (i: number) => Math.floor((i * held) / count) + gap * i;
  return Array.from({ length: count }, (_, i) => characters.slice(edge(i), edge(i + 1) - (i + 1 < count ? gap : 0)).join(''));
}
