// What an import plan is made of (importPlan.ts works it out): the index of the journal the
// planner matches records against, and the plan itself, what each record will do.
import type { ContactChanges, ContactRef, ExistingContact } from './contactMerge.js';
import type { RelationsPlan } from './importRelations.js';
import type { ImportSource } from './records.js';
import type { Relation } from './relations.js';

export interface ImportIndex {
  /** Lower-cased email → the contact that has it (the lowest id when several do). */
  emailOwners: ReadonlyMap<string, number>;
  /** phoneIdentity → the contact that has the number, or 'several' when more than one does. */
  phoneOwners: ReadonlyMap<string, number | 'several'>;
  /** name_key → every contact with that name or alias, lowest id first. */
  nameOwners: ReadonlyMap<string, readonly number[]>;
  /** The journal contacts the file's records may match (by rel id, email, phone or name), by id. */
  contacts: ReadonlyMap<number, ExistingContact>;
  /** Remembered texts the journal has, as detailKey(contactId, text). */
  detailTexts: ReadonlySet<string>;
  /** Every journal contact someone referred: by whom, and their name (for a referral loop's warning). */
  journalReferrals: ReadonlyMap<number, { referredBy: number; name: string }>;
  /** The journal's relations of the people the file may match or name as relatives. */
  relations: readonly Relation[];
}

export interface NewContactPlan extends ContactChanges {
  name: string;
  /** The name folded (normalizeName), as the journal keys it. */
  nameKey: string;
  archived: boolean;
  source: ImportSource;
}

export interface UpdatePlan extends ContactChanges {
  id: number;
  name: string;
}

export type RecordOutcome =
  /** `namesakes`: journal contacts of the same name the record was not taken for (no email or phone in common). */
  | { kind: 'add'; name: string; source: ImportSource; namesakes?: number[] }
  | { kind: 'update'; name: string; id?: number; source: ImportSource; changes: string[]; mergedInto?: ImportSource }
  /** `unchanged`: it matched a contact and had nothing new for it; `unnamed`: the reader found nobody in it (and warned). */
  | { kind: 'skip'; name?: string; source: ImportSource; reason: string; unchanged?: boolean; unnamed?: boolean };

export interface ImportPlan {
  adds: NewContactPlan[];
  /** Only contacts that change, in the order first met. */
  updates: UpdatePlan[];
  /** One per record of the file (and per record the reader found no name for), in file order. */
  outcomes: RecordOutcome[];
  /** Referrals that could not be linked, for the user to see. */
  warnings: string[];
  /** The relations the file names that the journal lacks (importRelations.ts). */
  relations: RelationsPlan;
}

/** Where an update goes: a journal contact's id, or the record of the file that added the person. */
export function describeTarget(ref: ContactRef, firstSeen: ImportSource): { id: number } | { mergedInto: ImportSource } {
  return 'existing' in ref ? { id: ref.existing } : { mergedInto: firstSeen };
}

/** A referral that could not be linked changed nothing: take it out of the record's outcome. */
export function unsayReferrer(outcome: RecordOutcome): RecordOutcome {
  if (outcome.kind !== 'update') return outcome;
  const changes = outcome.changes.filter((c) => c !== 'referrer');
  if (changes.length > 0) return { ...outcome, changes };
  const ref = outcome.id === undefined ? { added: -1 } : { existing: outcome.id };
  return { kind: 'skip', name: outcome.name, source: outcome.source, reason: unchangedReason(ref, outcome.mergedInto), unchanged: true };
}

export function unchangedReason(ref: ContactRef, firstSeen: ImportSource | undefined): string {
  return 'existing' in ref ? `already up to date (#${ref.existing})` : `nothing new since line ${firstSeen?.line}`;
}

/** `would add 3, update 1, skip 2` / `added 3, updated 1, skipped 2`. */
export function countOutcomes(outcomes: readonly RecordOutcome[]): { add: number; update: number; skip: number } {
  const counts = { add: 0, update: 0, skip: 0 };
  for (const o of outcomes) counts[o.kind]++;
  return counts;
}
