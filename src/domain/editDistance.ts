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
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : far;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[0] = i <= limit ? i : far;
    let least = from === 1 ? current[0] : far;
    current[from - 1] = least;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) best = Math.min(best, beforePrevious[j - 2]! + 1);
      best = Math.min(best, far);
      current[j] = best;
      if (best < least) least = best;
    }
    if (to < b.length) current[to + 1] = far; // the next row reads one cell past this row's band
    // Past the limit in every cell: so are the next rows. (A swap reaches back to the previous row
    // plus one, and a cell under the limit there would have left one at most the limit here.)
    if (least > limit) return far;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length]!, far);
}

/** The whole distance between `a` and `b`. */
export function editDistance(a: string, b: string): number {
  return editDistanceWithin(a, b, Math.max(a.length, b.length));
}
