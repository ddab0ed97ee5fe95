// What `rel merge A B` does to relations: B's move to A; a relation between A and B disappears
// (A would be related to themself); one that A has already (the same people, the same kind, from
// either side) is a double and is dropped, its words kept where A's relation had none.
// Two people related to each other are two people by the user's word: rel merge refuses them
// (relatedAs), and this plan's drop of a relation between them is only a safeguard.
import { decideRelate, relativeLabel, relativesOf, type Relation, type RelationChange } from './relations.js';

export interface RelationMergePlan {
  /** B's relations moved to A: B's side becomes A's. */
  moves: Array<{ id: number; side: 'contact' | 'other' }>;
  /** Between A and B, or doubles of one A has. */
  drops: number[];
  /** A's relations (or moved ones) taking a word or a link from the double dropped. */
  updates: Array<{ id: number; set: RelationChange }>;
  /** How many drops were between A and B (the rest are doubles). */
  between: number;
}

/** What B is to A, by each relation between them (the word, else the kind), in card order; empty when none. */
export function relatedAs(aId: number, bId: number, relations: readonly Relation[]): string[] {
  return relativesOf(aId, relations)
    .filter((r) => r.person.id === bId)
    .map(relativeLabel);
}

/** `relations`: every relation of A or B, as relationsOfAll gives them. */
export function planRelationMerge(kept: { id: number; name: string }, goneId: number, relations: readonly Relation[]): RelationMergePlan {
  const plan: RelationMergePlan = { moves: [], drops: [], updates: [], between: 0 };
  const involves = (r: Relation, id: number) => r.contact.id === id || r.other.id === id;
  const final: Relation[] = relations.filter((r) => !involves(r, goneId));
  for (const r of relations.filter((r) => involves(r, goneId))) {
    if (involves(r, kept.id)) {
      plan.drops.push(r.id);
      plan.between++;
      continue;
    }
    const side = r.contact.id === goneId ? 'contact' : 'other';
    const moved: Relation = side === 'contact' ? { ...r, contact: kept } : { ...r, other: kept };
    const decision = decideRelate(final, {
      subject: moved.contact,
      object: moved.other,
      kind: moved.kind,
      subjectWord: moved.word ?? undefined,
      objectWord: moved.otherWord ?? undefined,
    });
    if (decision.action === 'add') {
      plan.moves.push({ id: r.id, side });
      final.push(moved);
      continue;
    }
    plan.drops.push(r.id);
    if (decision.action === 'update') {
      // A keeps its own words: only a missing one, or a link, comes from the double.
      const { otherId, word, otherWord } = decision.set;
      const set: RelationChange = {};
      if (otherId !== undefined) set.otherId = otherId;
      if (word !== undefined && decision.relation.word === null) set.word = word;
      if (otherWord !== undefined && decision.relation.otherWord === null) set.otherWord = otherWord;
      if (Object.keys(set).length > 0) plan.updates.push({ id: decision.relation.id, set });
    }
  }
  return plan;
}
