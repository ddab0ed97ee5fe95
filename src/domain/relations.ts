// Relations between people (SPEC §3 `rel relate`): how one relation reads from each side, and
// what saying one again changes. Pure: the store hands in the stored relations. The kinds and the
// words for them are src/domain/relationWords.ts's (exported from here too).
//
// A stored relation says "the contact is KIND of the other" (`rel relate mia --to jane --as
// daughter`: Mia is Jane's child). The other is a person of the journal or, when they are nobody
// there yet, only a name. Symmetric kinds read the same from both sides; a directed one reads as
// its inverse from the contact's side (Jane's card: Mia — daughter; Mia's card: Jane — parent).
// A word keeps what the user or the file said ("husband", "mother"): `word` is the contact's, and
// `otherWord` the other's, so each side can have its own without a second row. Without a word a
// side reads as its kind: gender is never guessed.
import { inverseKind, isSymmetric, kindLabel, readRelationWord, RELATION_KINDS, wordKey, type RelationKind } from './relationWords.js';
import { normalizeName } from './names.js';

export * from './relationWords.js';

/** One side of a relation: a person of the journal, or only a name. */
export type RelationEnd = { id: number; name: string } | { id: null; name: string };

/** A relation as the store holds it: the contact is KIND of the other. */
export interface Relation {
  id: number;
  contact: { id: number; name: string };
  other: RelationEnd;
  kind: RelationKind;
  /** What the contact is called as the other's KIND ("husband"); null: the kind. */
  word: string | null;
  /** What the other is called as the contact's inverse kind ("wife"); null: the inverse kind. */
  otherWord: string | null;
  createdAt: string;
}

/** Someone related to a person, as that person's card says it: "Tom Doe — husband". */
export interface Relative {
  relationId: number;
  person: RelationEnd;
  /** What they are to the card's person. */
  kind: RelationKind;
  word: string | null;
}

/** What `personId` is in a relation, as the other's card says it: "mother" if said so, else the kind ("parent"). */
export function ownLabel(personId: number, r: Pick<Relation, 'contact' | 'kind' | 'word' | 'otherWord'>): string {
  return r.contact.id === personId ? (r.word ?? kindLabel(r.kind)) : (r.otherWord ?? kindLabel(inverseKind(r.kind)));
}

/** What the card shows after the name: the word, else the kind. */
export function relativeLabel(r: Pick<Relative, 'kind' | 'word'>): string {
  return r.word ?? kindLabel(r.kind);
}

const KIND_ORDER = new Map(RELATION_KINDS.map((k, i) => [k, i]));

/** The people related to `personId`, each read from that person's side: family first (in the order of RELATION_KINDS), then by name. */
export function relativesOf(personId: number, relations: readonly Relation[]): Relative[] {
  const relatives: Relative[] = [];
  for (const r of relations) {
    if (r.contact.id === personId) relatives.push({ relationId: r.id, person: r.other, kind: inverseKind(r.kind), word: r.otherWord });
    else if (r.other.id === personId) relatives.push({ relationId: r.id, person: r.contact, kind: r.kind, word: r.word });
  }
  return relatives.sort((a, b) => KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || compareText(normalizeName(a.person.name), normalizeName(b.person.name)) || a.relationId - b.relationId);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What someone says: "subject is KIND of object", with the words for each side. The subject is
 * always a person of the journal; the object may be only a name.
 */
export interface RelationStatement {
  subject: { id: number; name: string };
  object: RelationEnd;
  kind: RelationKind;
  /** What the subject is called ("husband"); null: the kind itself; undefined: not said. */
  subjectWord?: string | null;
  /** What the object is called as the subject's inverse kind ("mother"); null and undefined as above. */
  objectWord?: string | null;
}

/** The same statement from the other side: "Jane is Mia's parent" for "Mia is Jane's daughter". */
export function flipStatement(s: RelationStatement & { object: { id: number; name: string } }): RelationStatement {
  const flipped = seenFromTheOtherSide(s.kind, s.subjectWord);
  return { subject: s.object, object: s.subject, kind: flipped.kind, subjectWord: s.objectWord, objectWord: flipped.otherWord };
}

/**
 * "They are KIND (word) of me" as a statement of mine: "I am inverse(KIND) of them", their word
 * kept for their side. An assistant reads as their manager's, so the word keeps that they assist.
 */
export function seenFromTheOtherSide(kind: RelationKind, word: string | null | undefined): { kind: RelationKind; otherWord: string | null | undefined } {
  return { kind: inverseKind(kind), otherWord: kind === 'assistant' && (word ?? null) === null ? 'assistant' : word };
}

const sameName = (a: string, b: string) => normalizeName(a) === normalizeName(b);

/**
 * Whether a name kept on a relation is this person though it is not their name as written (an
 * import's: "Robert Mitchell" for the one Robert J. Mitchell). Without it, only their name is.
 */
export type KeptNameOf = (keptName: string, person: { id: number; name: string }) => boolean;

/**
 * Whether a person of the journal went by this name before (renamed since): a file that names a
 * relative only by name may still give the old one. Without it, only their name is theirs.
 */
export type FormerNameOf = (name: string, personId: number) => boolean;

/** How names said for the people of a relation are read beyond their own names (an import's). */
export interface NameReading {
  keptNameOf?: KeptNameOf;
  formerNameOf?: FormerNameOf;
}

/**
 * Whether one end of a stored relation is the statement's person: the same person, or the same
 * name (`link`: kept as a name, now that person). A name said for the person the end links already
 * is that person (so is a name they went by before): a file that names relatives only by name
 * says them again on a second import.
 */
function endMatches(stored: RelationEnd, said: RelationEnd, names: NameReading): 'same' | 'link' | undefined {
  if (stored.id !== null) {
    const named = said.id === null && (sameName(stored.name, said.name) || names.formerNameOf?.(said.name, stored.id) === true);
    return stored.id === said.id || named ? 'same' : undefined;
  }
  if (sameName(stored.name, said.name)) return said.id === null ? 'same' : 'link';
  return said.id !== null && names.keptNameOf?.(stored.name, said) === true ? 'link' : undefined;
}

/**
 * How a stored relation stands to a statement, when it is the same relation: as stored, or seen
 * from the other side (`flipped`); `link` when its other was kept as a name that the statement
 * now gives as a person of the journal.
 */
export interface Correspondence {
  flipped: boolean;
  link: boolean;
}

export function correspondence(r: Relation, s: RelationStatement, names: NameReading = {}): Correspondence | undefined {
  if (r.contact.id === s.subject.id && r.kind === s.kind) {
    const other = endMatches(r.other, s.object, names);
    if (other !== undefined) return { flipped: false, link: other === 'link' };
  }
  if (endMatches(r.contact, s.object, names) === 'same' && r.kind === inverseKind(s.kind)) {
    const other = endMatches(r.other, s.subject, names);
    if (other !== undefined) return { flipped: true, link: other === 'link' };
  }
  return undefined;
}

/** What saying a statement changes: a new relation, a stored one changed, or nothing (said already). */
export type RelateDecision =
  | { action: 'add' }
  | { action: 'update'; relation: Relation; set: RelationChange }
  | { action: 'none'; relation: Relation };

export interface RelationChange {
  otherId?: number;
  word?: string | null;
  otherWord?: string | null;
}

/**
 * Decides what a statement does, given the relations its people already have (from either side):
 * the same relation is never stored twice; said again, it takes the words it gives (a word left
 * undefined leaves that side as it is; null is the kind itself, `--as spouse` after `--as
 * husband`), and a relation kept as a name becomes linked to the person who now has that name
 * (or whom `names.keptNameOf` says it is).
 */
export function decideRelate(existing: readonly Relation[], s: RelationStatement, names: NameReading = {}): RelateDecision {
  const matches = existing.flatMap((relation) => {
    const how = correspondence(relation, s, names);
    return how === undefined ? [] : [{ relation, how }];
  });
  const found = matches.find((m) => !m.how.link) ?? matches[0];
  if (found === undefined) return { action: 'add' };
  const { relation, how } = found;
  const [word, otherWord] = how.flipped ? [s.objectWord, s.subjectWord] : [s.subjectWord, s.objectWord];
  const set: RelationChange = {};
  if (how.link) set.otherId = (how.flipped ? s.subject.id : s.object.id)!;
  if (word !== undefined && word !== relation.word) set.word = word;
  if (otherWord !== undefined && otherWord !== relation.otherWord) set.otherWord = otherWord;
  return Object.keys(set).length === 0 ? { action: 'none', relation } : { action: 'update', relation, set };
}

/**
 * A relation of the statement's two people that says the opposite of it: Mia the daughter of Jane
 * when Jane is said to be Mia's daughter, or her mother when Mia is said to be Jane's. Only kinds
 * with two sides can be turned round; one person is not both.
 */
export function contradictedBy(existing: readonly Relation[], s: RelationStatement): Relation | undefined {
  if (isSymmetric(s.kind) || s.object.id === null) return undefined;
  const objectId = s.object.id;
  return existing.find((r) => {
    const fromSubject = r.contact.id === s.subject.id && r.other.id === objectId ? r.kind : r.contact.id === objectId && r.other.id === s.subject.id ? inverseKind(r.kind) : undefined;
    return fromSubject !== undefined && fromSubject !== s.kind && fromSubject === inverseKind(s.kind);
  });
}

/**
 * The relations with one relative that `rel unrelate --as` names: a kind or everyday word is read
 * as rel relate reads it (`--as daughter`: the person is the child); any other word is one the
 * journal holds for a relation between them (an import's label: "golf buddy"), on either card,
 * any case. Undefined: the word is neither.
 */
export function relationsCalled(personId: number, relations: readonly Relation[], relatives: readonly Relative[], as: string): Relative[] | undefined {
  const said = readRelationWord(as);
  if (said !== undefined) return relatives.filter((r) => r.kind === inverseKind(said.kind));
  const key = wordKey(as);
  const held = relatives.filter((r) => {
    const relation = relations.find((x) => x.id === r.relationId);
    return wordKey(relativeLabel(r)) === key || (relation !== undefined && wordKey(ownLabel(personId, relation)) === key);
  });
  return held.length > 0 ? held : undefined;
}

/** "Tom Doe — husband of Jane Doe": a relation in words, from the contact's side. */
export function describeRelation(r: { contact: { name: string }; other: { name: string }; kind: RelationKind; word: string | null }): string {
  return `${r.contact.name} — ${r.word ?? kindLabel(r.kind)} of ${r.other.name}`;
}
