// The relations a contacts file names (Outlook's Spouse and Children, vCard 4.0's RELATED, Apple's
// labelled X-ABRELATEDNAMES), planned for `rel import` once every record is matched. Pure.
//
// A file says "Tom Doe is the spouse of this card's person"; rel stores it from the person's side
// (src/domain/relations.ts). The related name is linked when it is one person of the journal or of
// the file (its folded name; a vCard 4.0 urn:uuid: names a card of the file by its UID), or, with
// nobody of that name, the one whose name it is with middle names left out ("Robert Mitchell" for
// Robert J. Mitchell: cards name relatives so); with namesakes, or nobody, it stays a name. A
// relation the journal has already, or that the file names twice (on Jane's card and on Tom's), is
// not doubled: said again it only adds a word the journal lacked, or links a name kept before to
// the person it now is (by the same rule: a kept "Robert Mitchell" is the one Robert J. Mitchell).
// A person the journal renamed is still the one a name they had before says (Tom Doe for the
// Thomas Doe he is now): a file made before the rename names them so.
import type { ContactRef } from './contactMerge.js';
import { sameRef } from './importKeys.js';
import { normalizeName } from './names.js';
import type { ImportedRelation, ImportSource } from './records.js';
import { decideRelate, describeRelation, seenFromTheOtherSide, type NameReading, type Relation, type RelationEnd, type RelationKind, type RelationStatement } from './relations.js';

/** A record's relations, and who the record turned out to be. */
export interface RelationsOfRecord {
  ref: ContactRef;
  name: string;
  relations: readonly ImportedRelation[];
  source: ImportSource;
  /** Where the record's outcome is (the planner's). */
  outcome: number;
}

/** What the planner knows of people and relations beyond the records. */
export interface RelationLookup {
  /** Everyone of a folded name, in the journal or the file, each once. */
  named(key: string): ContactRef[];
  /** Everyone whose folded name is this one with middle names in it (withoutMiddleNames), each once. */
  namedWithMiddleNames(key: string): ContactRef[];
  /** The file's card of a UID. */
  byUid(uid: string): ContactRef | undefined;
  nameOf(ref: ContactRef): string;
  /** The journal's relations of the people the file names. */
  existing: readonly Relation[];
  /** The folded names a person of the journal went by before being renamed (those the journal still knows). */
  formerNames?(id: number): readonly string[];
}

/** A relation to write: the contact is KIND of the other, a person (of the journal or added) or a name. */
export interface NewRelationPlan {
  contact: ContactRef;
  other: ContactRef | { name: string };
  kind: RelationKind;
  word: string | null;
  otherWord: string | null;
}

/** A relation of the journal the file says again, with a word it lacked or a person for its name. */
export interface RelationUpdatePlan {
  id: number;
  other?: ContactRef;
  word?: string | null;
  otherWord?: string | null;
}

export interface RelationsPlan {
  add: NewRelationPlan[];
  update: RelationUpdatePlan[];
  /** One line per relation added or changed, for --dry-run: "relate Tom Doe — spouse of Jane Doe (line 3)". */
  said: string[];
}

/** Refs as the ids of domain relations: a journal contact by its id, the n-th added as -(n+1). */
const idOf = (ref: ContactRef): number => ('existing' in ref ? ref.existing : -(ref.added + 1));
const refOf = (id: number): ContactRef => (id > 0 ? { existing: id } : { added: -id - 1 });

/** What a record did to the journal's relations: one added, or one of the journal's completed (a word, a person for a name). */
export type RelationChange = 'added' | 'completed';

/** `changed` hears of each relation a record adds or completes (not one a record before it added, which it only says again). */
export function planImportRelations(records: readonly RelationsOfRecord[], lookup: RelationLookup, changed: (record: RelationsOfRecord, change: RelationChange) => void = () => {}): RelationsPlan {
  const formerNames = (id: number): readonly string[] => (id > 0 ? (lookup.formerNames?.(id) ?? []) : []);
  const known = new KnownRelations(lookup.existing.map((r) => ({ ...r })), formerNames);
  const plan: RelationsPlan = { add: [], update: [], said: [] };
  const added = new Map<number, NewRelationPlan>();
  const names: NameReading = {
    keptNameOf: (name, person) => {
      const ref = personNamed(name, lookup);
      return ref !== undefined && idOf(ref) === person.id;
    },
    formerNameOf: (name, id) => formerNames(id).includes(normalizeName(name)),
  };
  for (const record of records) {
    for (const r of record.relations) {
      const target = relatedPerson(r, lookup, record.ref);
      if (target === undefined || ('name' in target ? false : sameRef(target, record.ref))) continue;
      const subject = { id: idOf(record.ref), name: record.name };
      const object: RelationEnd = 'name' in target ? { id: null, name: target.name } : { id: idOf(target), name: lookup.nameOf(target) };
      const side = seenFromTheOtherSide(r.kind, r.word);
      const decision = decideRelate(known.ofEither(subject, object), { subject, object, kind: side.kind, objectWord: side.otherWord ?? undefined }, names);
      const line = `relate ${describeRelation({ contact: object, other: subject, kind: r.kind, word: r.word ?? null })} (line ${r.line})`;
      if (decision.action === 'none') continue;
      plan.said.push(line);
      if (decision.action === 'add') {
        const relation: Relation = { id: -(known.size + 1), contact: subject, other: object, kind: side.kind, word: null, otherWord: side.otherWord ?? null, createdAt: '' };
        known.add(relation);
        const planned: NewRelationPlan = { contact: record.ref, other: target, kind: side.kind, word: null, otherWord: relation.otherWord };
        added.set(relation.id, planned);
        plan.add.push(planned);
        changed(record, 'added');
        continue;
      }
      // Said again: only a word the relation lacks, or a person for a name (a file never takes a word away).
      const { relation, set } = decision;
      const word = set.word !== undefined && relation.word === null ? set.word : undefined;
      const otherWord = set.otherWord !== undefined && relation.otherWord === null ? set.otherWord : undefined;
      if (set.otherId === undefined && word === undefined && otherWord === undefined) {
        plan.said.pop();
        continue;
      }
      if (set.otherId !== undefined) relation.other = { id: set.otherId, name: relation.other.name };
      if (word !== undefined) relation.word = word;
      if (otherWord !== undefined) relation.otherWord = otherWord;
      const planned = added.get(relation.id);
      if (planned !== undefined) Object.assign(planned, { other: set.otherId === undefined ? planned.other : refOf(set.otherId), word: relation.word, otherWord: relation.otherWord });
      else {
        plan.update.push({ id: relation.id, ...(set.otherId !== undefined && { other: refOf(set.otherId) }), ...(word !== undefined && { word }), ...(otherWord !== undefined && { otherWord }) });
        changed(record, 'completed');
      }
    }
  }
  return plan;
}

/**
 * The journal's relations and those planned so far, found by the person they are of: a statement
 * can only say again a relation of its subject, or of its object (by id, or by name when the
 * object is only a name: their name, or one they went by), as decideRelate's correspondence reads
 * them. Scanning them all for each statement made a phone book of 100,000 cards take ten minutes.
 */
class KnownRelations {
  private readonly all: Relation[] = [];
  private readonly position = new Map<Relation, number>();
  private readonly byContact = new Map<number, Relation[]>();
  private readonly byContactName = new Map<string, Relation[]>();

  constructor(
    relations: readonly Relation[],
    private readonly formerNames: (id: number) => readonly string[],
  ) {
    for (const relation of relations) this.add(relation);
  }

  get size(): number {
    return this.all.length;
  }

  add(relation: Relation): void {
    this.position.set(relation, this.all.length);
    this.all.push(relation);
    listIn(this.byContact, relation.contact.id).push(relation);
    const names = new Set([normalizeName(relation.contact.name), ...this.formerNames(relation.contact.id)]);
    for (const name of names) listIn(this.byContactName, name).push(relation);
  }

  /** The relations of the subject or of the object, in the order they were known (decideRelate prefers the first). */
  ofEither(subject: RelationStatement['subject'], object: RelationEnd): Relation[] {
    const ofObject = object.id !== null ? this.byContact.get(object.id) : this.byContactName.get(normalizeName(object.name));
    const either = new Set([...(this.byContact.get(subject.id) ?? []), ...(ofObject ?? [])]);
    return [...either].sort((a, b) => this.position.get(a)! - this.position.get(b)!);
  }
}

function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (list === undefined) map.set(key, (list = []));
  return list;
}

/** Whom a relation of `own`'s card names: the one person of that UID, else personNamed, else the name; undefined: nobody to name. */
function relatedPerson(r: ImportedRelation, lookup: RelationLookup, own: ContactRef): ContactRef | { name: string } | undefined {
  if (r.uid !== undefined) {
    const bare = r.uid.replace(/^urn:uuid:/i, '');
    const card = lookup.byUid(r.uid) ?? lookup.byUid(bare) ?? lookup.byUid(`urn:uuid:${bare}`);
    if (card !== undefined) return card;
  }
  const name = r.name?.trim().replace(/\s+/g, ' ');
  if (name === undefined || name === '') return undefined;
  return personNamed(name, lookup, own) ?? { name };
}

/**
 * The one person of a name; with nobody of it, the one whose name it is with middle names left
 * out, unless that is the card's own person (Robert J. Mitchell's father may be a Robert Mitchell).
 * Undefined with several: a wrong link is worse than a kept name.
 */
function personNamed(name: string, lookup: RelationLookup, own?: ContactRef): ContactRef | undefined {
  const key = normalizeName(name);
  const named = lookup.named(key);
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  const fuller = lookup.namedWithMiddleNames(key);
  return fuller.length === 1 && !(own !== undefined && sameRef(fuller[0]!, own)) ? fuller[0] : undefined;
}
