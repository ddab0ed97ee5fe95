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
import { isOneNumberOfOneIdentity, numberFacts, phoneIdentity, type NumberFacts } from './phoneNumbers.js';
import { eachPair, typoCandidates } from './typoCandidates.js';
import { FIRST_INSIDE, nameOf, Pairs, ranked, SECOND_INSIDE, type ByName, type DuplicateCandidate, type DuplicatePair, type DuplicateReason, type People, type RankedDuplicates } from './duplicatePairs.js';

export { DUPLICATE_WEIGHTS, type DuplicateCandidate, type DuplicateKind, type DuplicatePair, type DuplicateReason, type RankedDuplicates } from './duplicatePairs.js';

// The reasons whose words are the same for every pair, shared by them all.
const SAME_NAME: DuplicateReason = { kind: 'same-name', text: 'same name' };
const TYPO: DuplicateReason = { kind: 'typo', text: 'names a typo apart' };
const WORDS_REORDERED: DuplicateReason = { kind: 'same-name', text: 'same name, words in another order' };

/** A single-word name ("Bob") counts as inside another only when just this many names hold the word. */
const MAX_SINGLE_WORD_HOSTS = 1;

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


/** The same email, in any case. One reason for all the pairs of a group, which can be hundreds: a shop's line, a fictional number. */
function sameEmails(people: readonly DuplicateCandidate[], pairs: Pairs): void {
  for (const [email, ids] of groupBy(people, (p) => p.emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''))) {
    const reason: DuplicateReason = { kind: 'same-email', text: `same email ${email}` };
    eachPair(ids, (a, b) => pairs.add(a, b, reason));
  }
}

/** The same phone by its digits (the last nine, as imports compare them), said as the first of the two wrote it. */
function samePhones(people: readonly DuplicateCandidate[], pairs: Pairs): void {
  // Each person's phones by their digits, worked out once, with what tells two numbers of those digits apart.
  const phonesByKey = new Map<number, Map<string, { phone: string; facts: NumberFacts }>>();
  for (const p of people) {
    const keys = new Map<string, { phone: string; facts: NumberFacts }>();
    for (const phone of p.phones) {
      const key = phoneIdentity(phone);
      if (key !== undefined && !keys.has(key)) keys.set(key, { phone, facts: numberFacts(phone) });
    }
    if (keys.size > 0) phonesByKey.set(p.id, keys);
  }
  // One reason for each first one.
  for (const [key, ids] of groupBy(people, (p) => phonesByKey.get(p.id)?.keys() ?? [])) {
    const numbers = ids.map((id) => phonesByKey.get(id)!.get(key)!);
    numbers.forEach((a, i) => {
      const reason: DuplicateReason = { kind: 'same-phone', text: `same phone ${a.phone}` };
      for (let k = i + 1; k < ids.length; k++) {
        // The same last digits under two country codes ("+33 6 12 34 56 78", "+34 612 34 56 78") are two numbers.
        if (isOneNumberOfOneIdentity(a.facts, numbers[k]!.facts)) pairs.add(ids[i]!, ids[k]!, reason);
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
