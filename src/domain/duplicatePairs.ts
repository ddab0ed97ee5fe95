// The likely doubles of rel duplicates as they are found and read (duplicates.ts finds them):
// what a pair and its reasons are, what each reason weighs, the pairs kept as the rules find them,
// and their ranking, strongest first, each pair made only when the listing reads it.
import type { PersonRef } from './records.js';

export interface DuplicateCandidate {
  id: number;
  name: string;
  aliases: readonly string[];
  emails: readonly string[];
  phones: readonly string[];
}

export type DuplicateKind = 'same-email' | 'same-phone' | 'same-name' | 'typo' | 'name-inside';

export interface DuplicateReason {
  kind: DuplicateKind;
  /** In plain words: "same email jane@example.com". */
  text: string;
}

export interface DuplicatePair {
  /** The lower id first. */
  people: [PersonRef, PersonRef];
  reasons: DuplicateReason[];
  /** The sum of the reasons' weights: the higher, the likelier one person. */
  strength: number;
}

/**
 * What each reason weighs. A shared email or phone number identifies a person; the same folded
 * name is nearly as telling (namesakes exist); a typo and a name inside another are hints.
 */
export const DUPLICATE_WEIGHTS: Record<DuplicateKind, number> = {
  'same-email': 50,
  'same-phone': 40,
  'same-name': 40,
  typo: 30,
  'name-inside': 20,
};

// One name inside the other, said with the two names only when the pair is read: a large journal
// has 113,000 such pairs, each a reason and a text of its own until then. Which one is inside.
export const FIRST_INSIDE: DuplicateReason = { kind: 'name-inside', text: '' };
export const SECOND_INSIDE: DuplicateReason = { kind: 'name-inside', text: '' };

// Both ids in one number (ids are below 2^32): no string built for each of 270,000 pairs.
const pairKey = (x: number, y: number): number => (x < y ? x * 4_294_967_296 + y : y * 4_294_967_296 + x);

/** A pair as it is found: its strength kept as reasons come, its reasons in the order found. */
interface Found {
  a: number;
  b: number;
  strength: number;
  reasons: DuplicateReason[];
}

/** The pairs the rules find, each once (either way round), its reasons gathered. */
export class Pairs {
  private readonly found = new Map<number, Found>();

  add(x: number, y: number, reason: DuplicateReason): void {
    if (x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = pairKey(a, b);
    const pair = this.found.get(key);
    // A list made with its first reason holds one; pushed onto an empty one, it held room for 17.
    if (pair === undefined) this.found.set(key, { a, b, strength: DUPLICATE_WEIGHTS[reason.kind], reasons: [reason] });
    else if (!pair.reasons.some((r) => r.kind === reason.kind)) {
      pair.reasons.push(reason);
      pair.strength += DUPLICATE_WEIGHTS[reason.kind];
    }
  }

  /** Leaves a pair out, whatever its reasons. */
  drop(x: number, y: number): void {
    this.found.delete(pairKey(x, y));
  }

  get size(): number {
    return this.found.size;
  }

  values() {
    return this.found.values();
  }
}

export type People = ReadonlyMap<number, DuplicateCandidate>;
/** The people of each distinct folded name. */
export type ByName = ReadonlyMap<string, number[]>;

export const nameOf = (byId: People, id: number): string => (byId.get(id) as DuplicateCandidate).name;

/** The likely doubles of a journal: how many, and the pairs strongest first, each made as it is read. */
export interface RankedDuplicates {
  count: number;
  /** The first `limit` pairs (all without one), strongest first, then by the first person's id and the second's. */
  strongestFirst(limit?: number): Generator<DuplicatePair>;
}

/**
 * The pairs found, ranked a strength at a time: a strength is a sum of a few weights, so there are
 * few of them, and each one's pairs are sorted by their ids only when the listing reaches it. The
 * first 20 of 344,000 pairs sort a few hundred; no pair is made into a DuplicatePair until it is read.
 */
export function ranked(pairs: Pairs, byId: People): RankedDuplicates {
  const byStrength = new Map<number, Found[]>();
  for (const pair of pairs.values()) {
    const list = byStrength.get(pair.strength);
    if (list) list.push(pair);
    else byStrength.set(pair.strength, [pair]);
  }
  const strengths = [...byStrength.keys()].sort((x, y) => y - x);
  const ref = (id: number): PersonRef => ({ id, name: nameOf(byId, id) });
  const inside = (inner: number, outer: number): DuplicateReason => ({ kind: 'name-inside', text: `"${nameOf(byId, inner)}" is inside "${nameOf(byId, outer)}"` });
  const said = (reason: DuplicateReason, a: number, b: number): DuplicateReason => (reason === FIRST_INSIDE ? inside(a, b) : reason === SECOND_INSIDE ? inside(b, a) : reason);
  function* strongestFirst(limit = Infinity): Generator<DuplicatePair> {
    let left = limit;
    for (const strength of strengths) {
      if (left <= 0) return;
      const list = byStrength.get(strength) as Found[];
      list.sort((x, y) => x.a - y.a || x.b - y.b);
      for (const { a, b, reasons } of list) {
        if (left-- <= 0) return;
        reasons.sort((x, y) => DUPLICATE_WEIGHTS[y.kind] - DUPLICATE_WEIGHTS[x.kind]);
        yield { people: [ref(a), ref(b)], reasons: reasons.map((r) => said(r, a, b)), strength };
      }
    }
  }
  return { count: pairs.size, strongestFirst };
}
