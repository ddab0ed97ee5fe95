// What an import plan is made of (importPlan.ts works it out): the index of the journal the
// planner matches records against, and the plan itself, what each record will do.
import { describeKept, type ContactChanges, type ContactRef, type ExistingContact, type KeptValue } from './contactMerge.js';
import type { RelationChange, RelationsPlan } from './importRelations.js';
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
  /** Remembered texts the journal has, and each line of them (heldTexts), as detailKey(contactId, text). */
  detailTexts: ReadonlySet<string>;
  /** The dates of the journal's dated details, by detailKey(contactId, text): an import's date on another day is not taken. */
  detailDates: ReadonlyMap<string, readonly string[]>;
  /** Every journal contact someone referred: by whom, and their name (for a referral loop's warning). */
  journalReferrals: ReadonlyMap<number, { referredBy: number; name: string }>;
  /** The journal's relations of the people the file may match or name as relatives. */
  relations: readonly Relation[];
  /** The folded names the people in those relations went by before a rename the undo history still holds. */
  formerNames?: ReadonlyMap<number, readonly string[]>;
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

/** Whom a new person is added beside, to say so: a rename or a typo may hide one person. */
export interface NewBeside {
  /** People of the same name it was not taken for (no email or phone in common), in the journal ("#3") or added by the file ("line 2"). */
  namesakes: string[];
  /** Journal contacts with one of its numbers whose name is not one person's with it ("#4 (Lily Wei)"). */
  sharesPhone: string[];
  /** The journal's person of the record's rel id, not believed (another name, no email or phone of theirs): renamed since, perhaps. */
  idIsOf: { id: number; name: string };
}

/** Those of a new person's namesakes, sharers of a number and holder of its rel id there are. */
export const saidBeside = ({ namesakes, sharesPhone, idIsOf }: Partial<NewBeside>): Partial<NewBeside> => ({
  ...(namesakes?.length && { namesakes }),
  ...(sharesPhone?.length && { sharesPhone }),
  ...(idIsOf && { idIsOf }),
});

export type RecordOutcome =
  | ({ kind: 'add'; name: string; source: ImportSource } & Partial<NewBeside>)
  /** `kept`: what the contact keeps of the record's different values (keptNote), said after the changes. */
  | { kind: 'update'; name: string; id?: number; source: ImportSource; changes: string[]; mergedInto?: ImportSource; kept?: string }
  /**
   * `unchanged`: it matched a contact and had nothing new for it (`kept`: values it gave differently,
   * which the contact keeps, in the reason too); `unnamed`: the reader found nobody in it (and warned).
   */
  | { kind: 'skip'; name?: string; source: ImportSource; reason: string; unchanged?: boolean; kept?: string; unnamed?: boolean };

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
  return unchangedOutcome(outcome.name, outcome.source, ref, outcome.mergedInto, outcome.kept);
}

/** A referrer kept by name on the card, not linked: say so in the record's outcome. */
export function referrerKeptByName(outcome: RecordOutcome): RecordOutcome {
  return outcome.kind === 'update' ? { ...outcome, changes: outcome.changes.map((c) => (c === 'referrer' ? 'referrer by name' : c)) } : outcome;
}

/** A record that matched a contact and brought nothing new: up to date, or (`kept`, keptNote) saying what it gave differently. */
export function unchangedOutcome(name: string, source: ImportSource, ref: ContactRef, firstSeen: ImportSource | undefined, kept: string | undefined): RecordOutcome {
  const outcome: RecordOutcome = { kind: 'skip', name, source, reason: unchangedReason(ref, firstSeen, kept), unchanged: true };
  return kept === undefined ? outcome : { ...outcome, kept };
}

function unchangedReason(ref: ContactRef, firstSeen: ImportSource | undefined, kept: string | undefined): string {
  if (kept !== undefined) return `${'existing' in ref ? `nothing new (#${ref.existing})` : `nothing new since line ${firstSeen?.line}`}; ${kept}`;
  return 'existing' in ref ? `already up to date (#${ref.existing})` : `nothing new since line ${firstSeen?.line}`;
}

/**
 * What a contact keeps of a record's values that differ from its own (nothing is overwritten):
 * `the journal keeps its company (Doe Flowers, not Doe Floral Ltd)`; undefined when none differ.
 */
export function keptNote(ref: ContactRef, kept: readonly KeptValue[]): string | undefined {
  if (kept.length === 0) return undefined;
  return `${'existing' in ref ? 'the journal keeps its' : 'the person keeps their'} ${describeKept(kept)}`;
}

/** How many relations a record adds, and how many of the journal's it completes. */
export interface RelationChanges {
  added: number;
  completed: number;
}

export function countRelationChange<K>(tally: Map<K, RelationChanges>, key: K, change: RelationChange): void {
  const counts = tally.get(key) ?? { added: 0, completed: 0 };
  counts[change]++;
  tally.set(key, counts);
}

/**
 * A record that adds relations (or completes the journal's) changes its person: an update, which
 * says so ("+2 relations", "1 relation completed"), though it brought nothing else (`firstSeen`:
 * where the file added the person, for a record of someone the file adds). A record that adds a
 * person stays an add.
 */
export function withRelationChanges(outcome: RecordOutcome, ref: ContactRef, firstSeen: ImportSource, { added, completed }: RelationChanges): RecordOutcome {
  const relations = (n: number): string => `${n} ${n === 1 ? 'relation' : 'relations'}`;
  const said = [...(added > 0 ? [`+${relations(added)}`] : []), ...(completed > 0 ? [`${relations(completed)} completed`] : [])];
  if (said.length === 0 || outcome.kind === 'add') return outcome;
  if (outcome.kind === 'update') return { ...outcome, changes: [...outcome.changes, ...said] };
  if (!outcome.unchanged || outcome.name === undefined) return outcome;
  return { kind: 'update', name: outcome.name, source: outcome.source, changes: said, ...describeTarget(ref, firstSeen), ...(outcome.kept !== undefined && { kept: outcome.kept }) };
}

/** `would add 3, update 1, skip 2` / `added 3, updated 1, skipped 2`. */
export function countOutcomes(outcomes: readonly RecordOutcome[]): { add: number; update: number; skip: number } {
  const counts = { add: 0, update: 0, skip: 0 };
  for (const o of outcomes) counts[o.kind]++;
  return counts;
}

/** A remembered text of a contact, as ImportIndex.detailTexts holds it. */
export function detailKey(contactId: number, text: string): string {
  return `${contactId}\n${text.trim()}`;
}
