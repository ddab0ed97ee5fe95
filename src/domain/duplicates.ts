// Likely doubles (rel duplicates): two people who share an email or a phone, whose names fold to
// the same text (or one's name is the other's alias), whose names are a typo apart, or whose
// name sits inside the other's ("Bob Lee" / "Robert Bob Lee"). Two people the journal relates to
// each other (a husband and wife sharing the family landline, a father and son of one name) are
// two people by the user's own word, and never a pair. Pure: the store hands in everyone.
//
// Speed: nothing compares every pair. Each rule first gathers the pairs worth looking at through a
// map keyed by what they must share — the email, the phone's digits, the folded name, a name with
// one letter deleted (two names one edit apart always share such a variant), a run of a name's
// words — and only those few pairs are checked.
import { editDistanceWithin } from './editDistance.js';
import { normalizeName } from './names.js';
import { wordsKey } from './nameWords.js';
import { isOneNumber, phoneIdentity } from './phoneNumbers.js';
import { eachPair, typoCandidates } from './typoCandidates.js';
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

// The reasons whose words are the same for every pair, shared by them all.
const SAME_NAME: DuplicateReason = { kind: 'same-name', text: 'same name' };
const TYPO: DuplicateReason = { kind: 'typo', text: 'names a typo apart' };
const WORDS_REORDERED: DuplicateReason = { kind: 'same-name', text: 'same name, words in another order' };
// One name inside the other, said with the two names only when the pair is read: a large journal
// has 113,000 such pairs, each a reason and a text of its own until then. Which one is inside.
const FIRST_INSIDE: DuplicateReason = { kind: 'name-inside', text: '' };
const SECOND_INSIDE: DuplicateReason = { kind: 'name-inside', text: '' };

/** A single-word name ("Bob") counts as inside another only when just this many names hold the word. */
const MAX_SINGLE_WORD_HOSTS = 1;

// Both ids in one number (ids are below 2^32): no string built for each of 270,000 pairs.
const pairKey = (x: number, y: number): number => (x < y ? x * 4_294_967_296 + y : y * 4_294_967_296 + x);

/** A pair as it is found: its strength kept as reasons come, its reasons in the order found. */
interface Found {
  a: number;
  b: number;
  strength: number;
  reasons: DuplicateReason[];
}

class Pairs {
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

function groupBy<K>(people: readonly DuplicateCandidate[], keysOf: (p: DuplicateCandidate) => Iterable<K>): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  for (const p of people) {
    for (const key of new Set(keysOf(p))) {
      const ids = groups.get(key);
      if (ids) ids.push(p.id);
      else groups.set(key, [p.id]);
    }
  }
  return groups;
}

const words = (folded: string): string[] => folded.split(/[\s-]+/).filter((w) => w !== '');

type People = ReadonlyMap<number, DuplicateCandidate>;
/** The people of each distinct folded name. */
type ByName = ReadonlyMap<string, number[]>;

const nameOf = (byId: People, id: number): string => (byId.get(id) as DuplicateCandidate).name;

/** The same email, in any case. One reason for all the pairs of a group, which can be hundreds: a shop's line, a fictional number. */
function sameEmails(people: readonly DuplicateCandidate[], pairs: Pairs): void {
  for (const [email, ids] of groupBy(people, (p) => p.emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''))) {
    const reason: DuplicateReason = { kind: 'same-email', text: `same email ${email}` };
    eachPair(ids, (a, b) => pairs.add(a, b, reason));
  }
}

/** The same phone by its digits (the last nine, as imports compare them), said as the first of the two wrote it. */
function samePhones(people: readonly DuplicateCandidate[], pairs: Pairs): void {
  // Each person's phones by their digits, worked out once.
  const phonesByKey = new Map<number, Map<string, string>>();
  for (const p of people) {
    const keys = new Map<string, string>();
    for (const phone of p.phones) {
      const key = phoneIdentity(phone);
      if (key !== undefined && !keys.has(key)) keys.set(key, phone);
    }
    if (keys.size > 0) phonesByKey.set(p.id, keys);
  }
  // One reason for each first one.
  for (const [key, ids] of groupBy(people, (p) => phonesByKey.get(p.id)?.keys() ?? [])) {
    ids.forEach((a, i) => {
      const theirs = phonesByKey.get(a)?.get(key) ?? key;
      const reason: DuplicateReason = { kind: 'same-phone', text: `same phone ${theirs}` };
      for (let k = i + 1; k < ids.length; k++) {
        // The same last digits under two country codes ("+33 6 12 34 56 78", "+34 612 34 56 78") are two numbers.
        if (isOneNumber(theirs, phonesByKey.get(ids[k] as number)?.get(key) ?? key)) pairs.add(a, ids[k] as number, reason);
      }
    });
  }
}

/** The same folded name, or one's name another's alias. */
function sameNames(people: readonly DuplicateCandidate[], byId: People, byName: ByName, pairs: Pairs): void {
  for (const ids of byName.values()) eachPair(ids, (a, b) => pairs.add(a, b, SAME_NAME));
  for (const p of people) {
    for (const alias of p.aliases) {
      for (const other of byName.get(normalizeName(alias)) ?? []) {
        pairs.add(p.id, other, { kind: 'same-name', text: `${nameOf(byId, other)} is an alias of ${p.name}` });
      }
    }
  }
}

/**
 * The same words in another order ("Núñez, José" and José Núñez): distinct folded names with one
 * wordsKey; and a name with an alias's words in another order (Leigh Ann and Ann Lee, whose alias is
 * Ann Leigh), as rel contact add holds a new name to both.
 */
function sameWords(people: readonly DuplicateCandidate[], byId: People, names: readonly string[], byName: ByName, pairs: Pairs): void {
  const byWords = new Map<string, string[]>();
  for (const name of names) {
    const key = wordsKey(name);
    if (key !== undefined) byWords.set(key, [...(byWords.get(key) ?? []), name]);
  }
  for (const group of byWords.values()) {
    eachPair(group.map((_, i) => i), (x, y) => {
      for (const a of byName.get(group[x]!)!) for (const b of byName.get(group[y]!)!) pairs.add(a, b, WORDS_REORDERED);
    });
  }
  for (const p of people) {
    for (const alias of p.aliases) {
      const folded = normalizeName(alias);
      const key = wordsKey(folded);
      // The alias as it is is sameNames'.
      for (const name of (key === undefined ? undefined : byWords.get(key)) ?? []) {
        if (name === folded) continue;
        for (const other of byName.get(name)!) pairs.add(p.id, other, { kind: 'same-name', text: `${nameOf(byId, other)} is an alias of ${p.name}, its words in another order` });
      }
    }
  }
}

const digitsOf = (name: string): string => name.replace(/\D/g, '');

/**
 * Names a typo apart: one letter added, dropped or changed, or two neighbours swapped. Distinct
 * folded names only, met through a shared one-letter deletion, then measured. Numbers are not
 * typed by mistake ("Shop 3", "Shop 4"; "Bob Lee", "Bob Lee2"), as rel contact add holds too (looksAlikeTo).
 */
function typos(names: readonly string[], byName: ByName, pairs: Pairs): void {
  for (const [x, y] of typoCandidates(names)) {
    const [nx, ny] = [names[x] as string, names[y] as string];
    if (editDistanceWithin(nx, ny, 1) !== 1 || digitsOf(nx) !== digitsOf(ny)) continue;
    for (const a of byName.get(nx) as number[]) for (const b of byName.get(ny) as number[]) pairs.add(a, b, TYPO);
  }
}

/**
 * One name inside the other: the shorter's words, in order and together, among the longer's, or
 * the longer without one of its middle words ("William Gates" in "William H. Gates", "Mary Jones"
 * in "Mary Ann Jones"). Each name's runs of consecutive words and its names without a middle word
 * (a handful) are looked up among the names.
 */
function namesInside(names: readonly string[], byName: ByName, pairs: Pairs): void {
  const byWords = new Map<string, string[]>();
  for (const name of names) {
    const key = words(name).join(' ');
    const list = byWords.get(key);
    if (list) list.push(name);
    else byWords.set(key, [name]);
  }
  const hostsOf = new Map<string, Set<string>>();
  const host = (inner: string, outer: string): void => {
    const hosts = hostsOf.get(inner);
    if (hosts) hosts.add(outer);
    else hostsOf.set(inner, new Set([outer]));
  };
  for (const outer of names) {
    const ws = words(outer);
    for (let length = 1; length < ws.length; length++) {
      for (let from = 0; from + length <= ws.length; from++) {
        for (const inner of byWords.get(ws.slice(from, from + length).join(' ')) ?? []) host(inner, outer);
      }
    }
    for (let middle = 1; middle < ws.length - 1; middle++) {
      for (const inner of byWords.get([...ws.slice(0, middle), ...ws.slice(middle + 1)].join(' ')) ?? []) host(inner, outer);
    }
  }
  for (const [inner, outers] of hostsOf) {
    if (words(inner).length === 1 && outers.size > MAX_SINGLE_WORD_HOSTS) continue;
    for (const outer of outers) {
      for (const a of byName.get(inner) as number[]) {
        for (const b of byName.get(outer) as number[]) {
          pairs.add(a, b, a < b ? FIRST_INSIDE : SECOND_INSIDE);
        }
      }
    }
  }
}

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
function ranked(pairs: Pairs, byId: People): RankedDuplicates {
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

/**
 * Every likely double among `people`, ranked (see RankedDuplicates). `related`: the pairs of
 * people a relation links (any kind, either way round), who are never doubles.
 */
export function rankDuplicates(people: readonly DuplicateCandidate[], related: Iterable<readonly [number, number]> = []): RankedDuplicates {
  const pairs = new Pairs();
  const byId = new Map(people.map((p) => [p.id, p]));
  const byName = groupBy(people, (p) => [normalizeName(p.name)]);
  sameEmails(people, pairs);
  samePhones(people, pairs);
  sameNames(people, byId, byName, pairs);
  const names = [...byName.keys()];
  sameWords(people, byId, names, byName, pairs);
  typos(names, byName, pairs);
  namesInside(names, byName, pairs);
  for (const [a, b] of related) pairs.drop(a, b);
  return ranked(pairs, byId);
}

/** Every likely double among `people`, strongest first (then by the first person's id): rankDuplicates' every pair. */
export function findDuplicates(people: readonly DuplicateCandidate[], related: Iterable<readonly [number, number]> = []): DuplicatePair[] {
  return [...rankDuplicates(people, related).strongestFirst()];
}
