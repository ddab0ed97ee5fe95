// Relations between people (migrations/0013_relations.sql): rows to domain relations and back.
// Which relation is the same as another, and how each reads from either side, is the domain's
// (src/domain/relations.ts).
import { isRelationKind, type Relation, type RelationChange } from '../domain/relations.js';
import type { JournalRelation } from '../domain/records.js';
import type { Journal } from './journal.js';

export interface RelationRow {
  id: number;
  contact_id: number;
  contact_name: string;
  other_id: number | null;
  /** The linked person's name, else the name kept as text. */
  other_name: string;
  kind: string;
  word: string | null;
  other_word: string | null;
  created_at: string;
}

/** Every relation with both names: a linked other's as the journal has it now. */
export const RELATIONS_SELECT = `SELECT r.id, r.contact_id, c.name AS contact_name, r.other_id, coalesce(o.name, r.other_name) AS other_name, r.kind, r.word, r.other_word, r.created_at
  FROM relations r JOIN contacts c ON c.id = r.contact_id LEFT JOIN contacts o ON o.id = r.other_id`;

export function toRelation(row: RelationRow): Relation {
  if (!isRelationKind(row.kind)) throw new Error(`relation #${row.id}: unknown kind ${row.kind}`);
  return {
    id: row.id,
    contact: { id: row.contact_id, name: row.contact_name },
    other: row.other_id === null ? { id: null, name: row.other_name } : { id: row.other_id, name: row.other_name },
    kind: row.kind,
    word: row.word,
    otherWord: row.other_word,
    createdAt: row.created_at,
  };
}

/** Whether anyone is related to anyone: an export of a journal without relations asks no more. */
export function hasRelations(j: Journal): boolean {
  return j.stmt<[], { one: number }>('SELECT 1 AS one FROM relations LIMIT 1').get() !== undefined;
}

/** Every relation a person is in, from either side, in id order. */
export function relationsOf(j: Journal, contactId: number): Relation[] {
  return j
    .stmt<[number, number], RelationRow>(`${RELATIONS_SELECT} WHERE r.contact_id = ? UNION ALL ${RELATIONS_SELECT} WHERE r.other_id = ? ORDER BY 1`)
    .all(contactId, contactId)
    .map(toRelation);
}

/** Every relation of any of these people, from either side, each once, in id order. */
export function relationsOfAll(j: Journal, ids: readonly number[]): Relation[] {
  if (ids.length === 0) return [];
  const list = JSON.stringify(ids);
  return j
    .stmt<[string, string], RelationRow>(
      `${RELATIONS_SELECT} WHERE r.contact_id IN (SELECT value FROM json_each(?)) OR r.other_id IN (SELECT value FROM json_each(?)) ORDER BY r.id`,
    )
    .all(list, list)
    .map(toRelation);
}

/** Every relation, in id order, streamed (rel export). */
export function* allRelations(j: Journal): Generator<Relation> {
  for (const row of j.stmt<[], RelationRow>(`${RELATIONS_SELECT} ORDER BY r.id`).iterate()) yield toRelation(row);
}

/** A relation to write: the document's shape, before it has an id and a time. */
export type NewRelation = Omit<JournalRelation, 'id' | 'createdAt'>;

export function insertRelation(j: Journal, r: NewRelation, at: string): number {
  const result = j
    .stmt('INSERT INTO relations (contact_id, other_id, other_name, kind, word, other_word, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(r.contactId, r.otherId, r.otherId === null ? (r.otherName?.trim() ?? null) : null, r.kind, r.word, r.otherWord, at);
  return Number(result.lastInsertRowid);
}

/** A relation restored with its id and time (rel import of export all). */
export function restoreRelation(j: Journal, r: JournalRelation): void {
  j.stmt('INSERT INTO relations (id, contact_id, other_id, other_name, kind, word, other_word, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    r.id,
    r.contactId,
    r.otherId,
    r.otherId === null ? r.otherName : null,
    r.kind,
    r.word,
    r.otherWord,
    r.createdAt,
  );
}

/** Said again: new words, or the person a name kept as text now links to. */
export function updateRelation(j: Journal, id: number, set: RelationChange): void {
  if (set.otherId !== undefined) j.stmt('UPDATE relations SET other_id = ?, other_name = NULL WHERE id = ?').run(set.otherId, id);
  if (set.word !== undefined) j.stmt('UPDATE relations SET word = ? WHERE id = ?').run(set.word, id);
  if (set.otherWord !== undefined) j.stmt('UPDATE relations SET other_word = ? WHERE id = ?').run(set.otherWord, id);
}

export function deleteRelations(j: Journal, ids: readonly number[]): void {
  const remove = j.stmt('DELETE FROM relations WHERE id = ?');
  for (const id of ids) remove.run(id);
}
