// The pairs of names that can be a typo apart, for rel duplicates (src/domain/duplicates.ts), which
// works out their distance: found through the variants of each name with one letter deleted,
// never by comparing every pair. Pure.

/**
 * The pairs of names (as indexes into `names`) that share a variant: the name itself, or the name
 * with one letter deleted. Two names one edit apart always share one, of the shorter's length less
 * one when they are as long, else of the shorter's own length: so each length of variant is met
 * through the names of that length and the next only, one length at a time, and a pair is given
 * once. (All lengths at once held every variant of every name in memory: 1.55 million on a large
 * journal, against 163,000 for its most common length.) A variant is met by its hash (VariantHashes),
 * never written out as a string: two names that share a variant share its hash, and the few that
 * share only a hash are told apart by the distance the caller works out. Most hashes belong to one
 * name only: those keep just that name's index, and only a hash that two names share gets a list.
 */
export function typoCandidates(names: readonly string[]): Array<[number, number]> {
  const byLength = new Map<number, number[]>();
  names.forEach((name, index) => {
    const list = byLength.get(name.length);
    if (list) list.push(index);
    else byLength.set(name.length, [index]);
  });
  const candidates: Array<[number, number]> = [];
  const hashes = new VariantHashes(Math.max(0, ...byLength.keys()));
  // A variant is as long as a name, or one shorter.
  const lengths = new Set([...byLength.keys()].flatMap((length) => [length - 1, length]));
  for (const length of lengths) {
    const shorter = byLength.get(length) ?? [];
    const longer = byLength.get(length + 1) ?? [];
    const firstWith = new FirstWith(shorter.length + longer.length * (length + 1));
    const shared = new Map<number, number[]>();
    const meet = (variant: number, index: number): void => {
      const first = firstWith.meet(variant, index);
      if (first >= 0 && first !== index) {
        const list = shared.get(variant);
        if (list === undefined) shared.set(variant, [first, index]);
        else if (list[list.length - 1] !== index) list.push(index);
      }
    };
    for (const index of shorter) meet(hashes.of(names[index] as string), index);
    for (const index of longer) {
      const name = names[index] as string;
      hashes.read(name);
      for (let i = 0; i < name.length; i++) meet(hashes.without(i), index);
    }
    const met = new Set<number>();
    for (const indexes of shared.values()) {
      eachPair(indexes, (x, y) => {
        const key = x < y ? x * names.length + y : y * names.length + x;
        if (met.has(key)) return;
        met.add(key);
        candidates.push([x, y]);
      });
    }
  }
  return candidates;
}

/**
 * Each variant's hash met so far, with the first name that had it: a table on typed arrays, open
 * addressing, as large as twice the variants it can meet. (A Map of some 160,000 numbers for the
 * most common length of name took half the time of rel duplicates's search for typos.)
 */
class FirstWith {
  private readonly hashes: Int32Array;
  private readonly firsts: Int32Array;
  private readonly mask: number;

  constructor(atMost: number) {
    let size = 16;
    while (size < 2 * atMost) size *= 2;
    this.hashes = new Int32Array(size).fill(-1);
    this.firsts = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The first name met with this hash (a hash is below 2^26), or -1 when `index` is the first, now kept. */
  meet(hash: number, index: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const held = this.hashes[slot]!;
      if (held === hash) return this.firsts[slot]!;
      if (held === -1) {
        this.hashes[slot] = hash;
        this.firsts[slot] = index;
        return -1;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/** Every pair of a list, each once, in the list's order. */
export function eachPair(ids: readonly number[], visit: (a: number, b: number) => void): void {
  for (let i = 0; i < ids.length; i++) for (let k = i + 1; k < ids.length; k++) visit(ids[i] as number, ids[k] as number);
}

/**
 * Polynomial hashes of a string's UTF-16 units, and of the string with one unit deleted, in O(1)
 * each once the string is read: the hash of its first i units times B to the power of what
 * follows the deleted one, plus the hash of what follows. Modulo a prime under 2^26, so that every
 * product is exact in a double and every hash a small integer, as a Map key the cheapest there is.
 */
class VariantHashes {
  private static readonly P = 67_108_859; // the largest prime under 2^26
  private static readonly B = 65_599; // a prime above every UTF-16 unit
  private readonly powers: Float64Array;
  private readonly prefix: Float64Array;
  private readonly suffix: Float64Array;
  private length = 0;

  constructor(longest: number) {
    const { P, B } = VariantHashes;
    this.powers = new Float64Array(longest + 1);
    this.prefix = new Float64Array(longest + 1);
    this.suffix = new Float64Array(longest + 1);
    this.powers[0] = 1;
    for (let i = 1; i <= longest; i++) this.powers[i] = (this.powers[i - 1]! * B) % P;
  }

  /** The hash of `text` whole. */
  of(text: string): number {
    this.read(text);
    return this.prefix[text.length]!;
  }

  /** Reads `text` for without(). */
  read(text: string): void {
    const { P, B } = VariantHashes;
    const n = (this.length = text.length);
    this.prefix[0] = 0;
    for (let i = 0; i < n; i++) this.prefix[i + 1] = (this.prefix[i]! * B + text.charCodeAt(i)) % P;
    this.suffix[n] = 0;
    for (let i = n - 1; i >= 0; i--) this.suffix[i] = (text.charCodeAt(i) * this.powers[n - 1 - i]! + this.suffix[i + 1]!) % P;
  }

  /** The hash of the text read, without its unit at `i`. */
  without(i: number): number {
    return (this.prefix[i]! * this.powers[this.length - 1 - i]! + this.suffix[i + 1]!) % VariantHashes.P;
  }
}
