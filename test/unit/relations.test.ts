// The rules of relations (src/domain/relations.ts, mergeRelations.ts): kinds and words, how one
// relation reads from each side, when a statement is one already made, and what a merge does.
import { describe, expect, it } from 'vitest';
import { planRelationMerge } from '../../src/domain/mergeRelations.js';
import {
  correspondence,
  decideRelate,
  flipStatement,
  inverseKind,
  isSymmetric,
  parseRelationWord,
  readRelationWord,
  relativeLabel,
  relativesOf,
  RELATION_KINDS,
  type Relation,
  type RelationEnd,
  type RelationKind,
} from '../../src/domain/relations.js';
import { ValueError } from '../../src/errors.js';

const JANE = { id: 1, name: 'Jane Doe' };
const TOM = { id: 2, name: 'Tom Doe' };
const MIA = { id: 3, name: 'Mia Doe' };

let nextId = 1;
function relation(contact: { id: number; name: string }, kind: RelationKind, other: RelationEnd, words: { word?: string; otherWord?: string } = {}): Relation {
  return { id: nextId++, contact, other, kind, word: words.word ?? null, otherWord: words.otherWord ?? null, createdAt: '2026-11-23T10:00:00.000Z' };
}

describe('kinds and words', () => {
  it('reads everyday words as their kind, keeping the word; the kind itself keeps none', () => {
    expect(readRelationWord('husband')).toEqual({ kind: 'spouse', word: 'husband' });
    expect(readRelationWord('Wife')).toEqual({ kind: 'spouse', word: 'wife' });
    expect(readRelationWord('spouse')).toEqual({ kind: 'spouse', word: null });
    expect(readRelationWord('mom')).toEqual({ kind: 'parent', word: 'mom' });
    expect(readRelationWord('daughter')).toEqual({ kind: 'child', word: 'daughter' });
    expect(readRelationWord('sister')).toEqual({ kind: 'sibling', word: 'sister' });
    expect(readRelationWord('boss')).toEqual({ kind: 'manager', word: 'boss' });
    expect(readRelationWord('Fiancée')).toEqual({ kind: 'partner', word: 'fiancée' });
    expect(readRelationWord('DOMESTIC_PARTNER')).toEqual({ kind: 'partner', word: 'domestic partner' });
    expect(readRelationWord('co-worker')).toEqual({ kind: 'colleague', word: null });
    expect(readRelationWord('direct report')).toEqual({ kind: 'report', word: null });
    expect(readRelationWord('mother-in-law')).toEqual({ kind: 'relative', word: 'mother-in-law' });
    expect(readRelationWord('golf buddy')).toBeUndefined();
  });

  it('every kind reads as itself, and an unknown word is a ValueError naming the kinds', () => {
    for (const kind of RELATION_KINDS) expect(readRelationWord(kind)).toEqual({ kind, word: null });
    expect(() => parseRelationWord('pigeon', '--as')).toThrow(ValueError);
    expect(() => parseRelationWord('pigeon', '--as')).toThrow(/--as: "pigeon" is not a relation rel knows; use spouse, partner, parent/);
  });

  it('symmetric kinds are their own inverse; parent and child, manager and report, go both ways', () => {
    expect(RELATION_KINDS.filter(isSymmetric)).toEqual(['spouse', 'partner', 'sibling', 'relative', 'colleague', 'friend', 'other']);
    expect([inverseKind('parent'), inverseKind('child'), inverseKind('manager'), inverseKind('report'), inverseKind('assistant')]).toEqual(['child', 'parent', 'report', 'manager', 'manager']);
  });
});

describe('relativesOf: each side reads the relation its own way', () => {
  const relations = [
    relation(MIA, 'child', JANE, { word: 'daughter' }),
    relation(TOM, 'spouse', JANE, { word: 'husband' }),
    relation(JANE, 'sibling', { id: null, name: 'Ann Roe' }, { otherWord: 'sister' }),
  ];

  it("Jane's card: Tom — husband, Ann Roe (a name only) — sister, Mia — daughter; family order first", () => {
    const jane = relativesOf(JANE.id, relations);
    expect(jane.map((r) => [r.person.name, r.person.id, relativeLabel(r)])).toEqual([
      ['Tom Doe', 2, 'husband'],
      ['Mia Doe', 3, 'daughter'],
      ['Ann Roe', null, 'sister'],
    ]);
  });

  it("Mia's card: Jane — parent (never mother unless a word says so); Tom's: Jane — spouse", () => {
    expect(relativesOf(MIA.id, relations).map((r) => [r.person.name, r.kind, relativeLabel(r)])).toEqual([['Jane Doe', 'parent', 'parent']]);
    expect(relativesOf(TOM.id, relations).map((r) => relativeLabel(r))).toEqual(['spouse']);
  });

  it('a manager\'s report reads as a direct report', () => {
    expect(relativesOf(TOM.id, [relation(TOM, 'manager', MIA)]).map(relativeLabel)).toEqual(['direct report']);
    expect(relativesOf(MIA.id, [relation(TOM, 'manager', MIA)]).map(relativeLabel)).toEqual(['manager']);
  });
});

describe('decideRelate: the same relation is never stored twice', () => {
  const husband = relation(TOM, 'spouse', JANE, { word: 'husband' });

  it('a new relation is added', () => {
    expect(decideRelate([husband], { subject: MIA, object: JANE, kind: 'child', subjectWord: 'daughter' })).toEqual({ action: 'add' });
    // Another kind between the same people is another relation.
    expect(decideRelate([husband], { subject: TOM, object: JANE, kind: 'colleague', subjectWord: null })).toEqual({ action: 'add' });
  });

  it('said again in the same words: nothing; in other words: the words change', () => {
    expect(decideRelate([husband], { subject: TOM, object: JANE, kind: 'spouse', subjectWord: 'husband' })).toMatchObject({ action: 'none' });
    expect(decideRelate([husband], { subject: TOM, object: JANE, kind: 'spouse', subjectWord: null })).toMatchObject({ action: 'update', set: { word: null } });
  });

  it('said from the other side, it is the same relation: the word goes to that side', () => {
    expect(decideRelate([husband], { subject: JANE, object: TOM, kind: 'spouse', subjectWord: 'wife' })).toMatchObject({ action: 'update', relation: husband, set: { otherWord: 'wife' } });
    const daughter = relation(MIA, 'child', JANE, { word: 'daughter' });
    expect(decideRelate([daughter], { subject: JANE, object: MIA, kind: 'parent', subjectWord: 'mother' })).toMatchObject({ action: 'update', set: { otherWord: 'mother' } });
    expect(decideRelate([daughter], { subject: JANE, object: MIA, kind: 'parent', subjectWord: undefined })).toMatchObject({ action: 'none' });
  });

  it('a relation kept as a name is linked once that name is a person, from either side', () => {
    const text = relation(JANE, 'spouse', { id: null, name: 'Tom Doe' });
    expect(decideRelate([text], { subject: JANE, object: { id: null, name: 'tom  doe' }, kind: 'spouse' })).toMatchObject({ action: 'none' });
    expect(decideRelate([text], { subject: JANE, object: TOM, kind: 'spouse', subjectWord: null })).toEqual({ action: 'update', relation: text, set: { otherId: 2 } });
    expect(decideRelate([text], { subject: TOM, object: JANE, kind: 'spouse', subjectWord: 'husband' })).toEqual({ action: 'update', relation: text, set: { otherId: 2, otherWord: 'husband' } });
  });

  it('said by name of the person it links already, from either side, it is the same relation', () => {
    // A file naming relatives by name only says them again on a second import.
    expect(decideRelate([husband], { subject: JANE, object: { id: null, name: 'TOM DOE' }, kind: 'spouse' })).toMatchObject({ action: 'none', relation: husband });
    expect(decideRelate([husband], { subject: TOM, object: { id: null, name: 'Jane Doe' }, kind: 'spouse' })).toMatchObject({ action: 'none', relation: husband });
    expect(decideRelate([husband], { subject: JANE, object: { id: null, name: 'Tom Dow' }, kind: 'spouse' })).toEqual({ action: 'add' });
  });

  it('said by a name the linked person went by before, it is the same relation, from either side', () => {
    const formerNameOf = (name: string, id: number) => id === TOM.id && name.toLowerCase() === 'tommy doe';
    expect(decideRelate([husband], { subject: JANE, object: { id: null, name: 'Tommy Doe' }, kind: 'spouse' }, { formerNameOf })).toMatchObject({ action: 'none', relation: husband });
    const wife = relation(JANE, 'spouse', TOM, { word: 'wife' });
    expect(decideRelate([wife], { subject: JANE, object: { id: null, name: 'Tommy Doe' }, kind: 'spouse' }, { formerNameOf })).toMatchObject({ action: 'none', relation: wife });
    // Not without it, nor for someone else.
    expect(decideRelate([husband], { subject: JANE, object: { id: null, name: 'Tommy Doe' }, kind: 'spouse' })).toEqual({ action: 'add' });
    expect(decideRelate([husband], { subject: TOM, object: { id: null, name: 'Tommy Doe' }, kind: 'spouse' }, { formerNameOf })).toEqual({ action: 'add' });
  });

  it('correspondence tells the same, the flipped and the linked apart', () => {
    const parent = relation(JANE, 'parent', MIA);
    expect(correspondence(parent, { subject: JANE, object: MIA, kind: 'parent' })).toEqual({ flipped: false, link: false });
    expect(correspondence(parent, { subject: MIA, object: JANE, kind: 'child' })).toEqual({ flipped: true, link: false });
    expect(correspondence(parent, { subject: MIA, object: JANE, kind: 'parent' })).toBeUndefined();
  });

  it('flipStatement reads a statement from its object, an assistant keeping the word', () => {
    expect(flipStatement({ subject: MIA, object: JANE, kind: 'child', subjectWord: 'daughter' })).toEqual({ subject: JANE, object: MIA, kind: 'parent', subjectWord: undefined, objectWord: 'daughter' });
    expect(flipStatement({ subject: MIA, object: TOM, kind: 'assistant' })).toMatchObject({ subject: TOM, kind: 'manager', objectWord: 'assistant' });
  });
});

describe('planRelationMerge: B into A', () => {
  const A = { id: 10, name: 'Tom Doe' };
  const B = { id: 11, name: 'Thomas Doe' };

  it("moves B's relations, drops the one between A and B and the doubles, keeping a word A lacked", () => {
    const aSpouse = relation(A, 'spouse', JANE);
    const bSpouse = relation(B, 'spouse', JANE, { word: 'husband' });
    const between = relation(B, 'other', A);
    const bChild = relation(MIA, 'child', B, { word: 'daughter' });
    const aFriendText = relation(A, 'friend', { id: null, name: 'Ann Roe' });
    const bFriend = relation(B, 'friend', { id: 4, name: 'Ann Roe' });
    const plan = planRelationMerge(A, B.id, [aSpouse, bSpouse, between, bChild, aFriendText, bFriend]);
    expect(plan.moves).toEqual([{ id: bChild.id, side: 'other' }]);
    expect(plan.drops.sort()).toEqual([bSpouse.id, between.id, bFriend.id].sort());
    expect(plan.between).toBe(1);
    expect(plan.updates).toEqual([
      { id: aSpouse.id, set: { word: 'husband' } },
      { id: aFriendText.id, set: { otherId: 4 } },
    ]);
  });
});
