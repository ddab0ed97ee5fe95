// What `rel import` will do with the contacts of a file, worked out before anything is written:
// which records add a person, which fill in someone already in the journal (or someone added
// earlier in the same file), and which are skipped and why. Pure: the store hands in an index of
// the journal, the command prints the plan (--dry-run) or gives it to the store to apply.
//
// Matching: the same email (ignoring case) as a known contact, else the same full name
// (ignoring case and accents). An update only fills what is empty and adds what is new (emails,
// phones, aliases, tags, a note as a remembered detail); it never renames or blanks anything.
import type { ImportedContact, ImportSource } from './records.js';
import { ContactDraft, type ContactChanges, type ContactRef, type ExistingContact } from './contactMerge.js';
import { normalizeName } from './names.js';
import { describeLoop, referralLoop } from './referrals.js';

export type { ContactChanges, ContactRef, ExistingContact } from './contactMerge.js';

export interface ImportIndex {
  /** Lower-cased email → the contact that has it (the lowest id when several do). */
  emailOwners: ReadonlyMap<string, number>;
  /** name_key → every contact with that name, lowest id first. */
  nameOwners: ReadonlyMap<string, readonly number[]>;
  /** The journal contacts the file's records match, by id. */
  contacts: ReadonlyMap<number, ExistingContact>;
  /** Remembered texts the journal has, as detailKey(contactId, text). */
  detailTexts: ReadonlySet<string>;
  /** Every journal contact someone referred: by whom, and their name (for a referral loop's warning). */
  journalReferrals: ReadonlyMap<number, { referredBy: number; name: string }>;
}

export interface NewContactPlan extends ContactChanges {
  name: string;
  archived: boolean;
  source: ImportSource;
}

export interface UpdatePlan extends ContactChanges {
  id: number;
  name: string;
}

export type RecordOutcome =
  | { kind: 'add'; name: string; source: ImportSource }
  | { kind: 'update'; name: string; id?: number; source: ImportSource; changes: string[]; mergedInto?: ImportSource }
  /** `unchanged`: it matched a contact and had nothing new for it. */
  | { kind: 'skip'; name?: string; source: ImportSource; reason: string; unchanged?: boolean };

export interface ImportPlan {
  adds: NewContactPlan[];
  /** Only contacts that change, in the order first met. */
  updates: UpdatePlan[];
  /** One per record of the file (and per record the reader found no name for), in file order. */
  outcomes: RecordOutcome[];
  /** Referrals that could not be linked, for the user to see. */
  warnings: string[];
}

export function detailKey(contactId: number, text: string): string {
  return `${contactId}\n${text.trim()}`;
}

/** Records the reader could not name (no name, email or phone) are passed as `unnamed`. */
export function planImport(records: readonly ImportedContact[], index: ImportIndex, unnamed: readonly ImportSource[] = []): ImportPlan {
  return new Planner(index).run(records, unnamed);
}

const UNNAMED = 'no name, email or phone to know the contact by';

class Planner {
  private readonly added: ContactDraft[] = [];
  private readonly updated = new Map<number, ContactDraft>();
  private readonly fileEmails = new Map<string, ContactRef>();
  private readonly fileNames = new Map<string, ContactRef>();
  private readonly outcomes: RecordOutcome[] = [];

  constructor(private readonly index: ImportIndex) {}

  run(records: readonly ImportedContact[], unnamed: readonly ImportSource[]): ImportPlan {
    for (const record of records) this.take(record);
    const warnings = this.linkReferrers();
    const skipped = unnamed.map((source): RecordOutcome => ({ kind: 'skip', source, reason: UNNAMED }));
    return {
      adds: this.added.map((d) => ({ name: d.name, archived: d.archived, source: d.source, ...d.changes })),
      updates: [...this.updated.values()].filter((d) => d.hasChanges()).map((d) => ({ id: (d.ref as { existing: number }).existing, name: d.name, ...d.changes })),
      outcomes: [...this.outcomes, ...skipped].sort((a, b) => a.source.line - b.source.line),
      warnings,
    };
  }

  private take(record: ImportedContact): void {
    const match = this.match(record);
    if ('reason' in match) {
      this.outcomes.push({ kind: 'skip', name: record.name, source: record.source, reason: match.reason });
      return;
    }
    const ref = match.ref ?? { added: this.added.length };
    const isNew = match.ref === undefined;
    const draft = isNew ? this.newContactDraft(record, ref) : this.draftFor(ref);
    const hadReferral = draft.referral !== undefined;
    const changes = draft.merge(record);
    this.remember(record, ref);
    let outcome: RecordOutcome;
    if (isNew) outcome = { kind: 'add', name: draft.name, source: record.source };
    else if (changes.length > 0) outcome = { kind: 'update', name: draft.name, source: record.source, changes, ...describeTarget(ref, draft) };
    else outcome = { kind: 'skip', name: draft.name, source: record.source, reason: unchangedReason(ref, draft.source), unchanged: true };
    if (draft.referral && !hadReferral) draft.referral.outcome = this.outcomes.length;
    this.outcomes.push(outcome);
  }

  private newContactDraft(record: ImportedContact, ref: ContactRef): ContactDraft {
    const draft = new ContactDraft(ref, record.name.trim(), record.source, undefined, () => false);
    draft.archived = record.archived === true;
    this.added.push(draft);
    return draft;
  }

  /** The contact a record is about: by email, else by name; ref undefined: nobody yet. */
  private match(record: ImportedContact): { ref: ContactRef | undefined } | { reason: string } {
    for (const email of record.emails) {
      const key = email.trim().toLowerCase();
      const owner = this.index.emailOwners.get(key);
      if (owner !== undefined) return { ref: { existing: owner } };
      const inFile = this.fileEmails.get(key);
      if (inFile) return { ref: inFile };
    }
    const key = normalizeName(record.name);
    const owners = this.index.nameOwners.get(key) ?? [];
    if (owners.length > 1) {
      return { reason: `${owners.length} contacts are named ${record.name} (${owners.map((id) => `#${id}`).join(', ')}); give the record an email one of them has` };
    }
    if (owners.length === 1) return { ref: { existing: owners[0]! } };
    return { ref: this.fileNames.get(key) };
  }

  private draftFor(ref: ContactRef): ContactDraft {
    if ('added' in ref) return this.added[ref.added]!;
    let draft = this.updated.get(ref.existing);
    if (!draft) {
      const existing = this.index.contacts.get(ref.existing);
      if (!existing) throw new Error(`import plan: contact #${ref.existing} was matched but not loaded`);
      draft = new ContactDraft(ref, existing.name, { file: '', line: 0 }, existing, (text) => this.index.detailTexts.has(detailKey(ref.existing, text)));
      this.updated.set(ref.existing, draft);
    }
    return draft;
  }

  /** Later records of the file match this one by its emails and name too. */
  private remember(record: ImportedContact, ref: ContactRef): void {
    for (const email of record.emails) {
      const key = email.trim().toLowerCase();
      if (key !== '' && !this.fileEmails.has(key)) this.fileEmails.set(key, ref);
    }
    const name = normalizeName(record.name);
    if (!this.fileNames.has(name)) this.fileNames.set(name, ref);
  }

  /** Referrers by name: a journal contact of that name, else one the file names (before or after). */
  private linkReferrers(): string[] {
    const warnings: string[] = [];
    for (const draft of [...this.added, ...this.updated.values()]) {
      const referral = draft.referral;
      if (referral === undefined) continue;
      const key = normalizeName(referral.name);
      const owners = this.index.nameOwners.get(key) ?? [];
      const ref = owners.length === 1 ? { existing: owners[0]! } : owners.length === 0 ? this.fileNames.get(key) : undefined;
      const why = this.whyNotLinked(draft.ref, ref, owners.length);
      if (why === undefined && ref !== undefined) {
        draft.changes.referrer = ref;
        continue;
      }
      if (why) warnings.push(`line ${referral.line}: ${draft.name} is referred by ${referral.name}, but ${why}; not linked`);
      this.outcomes[referral.outcome] = unsayReferrer(this.outcomes[referral.outcome]!);
    }
    return warnings;
  }

  /**
   * Why a referral cannot be linked (undefined: it can; '': a record naming itself, dropped
   * silently). Referrals are linked one after the other, so one that would close a loop with the
   * journal's referrals or the ones linked before it is left out, and the warning names the loop.
   */
  private whyNotLinked(person: ContactRef, referrer: ContactRef | undefined, namesakes: number): string | undefined {
    if (referrer === undefined) return namesakes > 1 ? `${namesakes} contacts have that name` : 'nobody of that name is in the journal or the file';
    if (sameRef(referrer, person)) return '';
    const loop = referralLoop(refKey(person), refKey(referrer), (k) => this.referrerOf(k));
    return loop && `that would make a loop of referrals, ${describeLoop(loop, (k) => this.nameOf(k))} (each referred by the next)`;
  }

  /** Who refers a contact (as refKey) once this import is written: its own link, else the journal's. */
  private referrerOf(key: string): string | undefined {
    const ref = parseRefKey(key);
    if ('added' in ref) return mapRef(this.added[ref.added]?.changes.referrer);
    const linked = this.updated.get(ref.existing)?.changes.referrer;
    if (linked) return refKey(linked);
    const journal = this.index.journalReferrals.get(ref.existing);
    return journal && refKey({ existing: journal.referredBy });
  }

  private nameOf(key: string): string {
    const ref = parseRefKey(key);
    if ('added' in ref) return this.added[ref.added]?.name ?? '?';
    return this.index.contacts.get(ref.existing)?.name ?? this.index.journalReferrals.get(ref.existing)?.name ?? `#${ref.existing}`;
  }
}

/** A contact ref as a key for the walks of referralLoop: "e12" (in the journal) or "a3" (added). */
function refKey(ref: ContactRef): string {
  return 'existing' in ref ? `e${ref.existing}` : `a${ref.added}`;
}

function parseRefKey(key: string): ContactRef {
  return key.startsWith('e') ? { existing: Number(key.slice(1)) } : { added: Number(key.slice(1)) };
}

const mapRef = (ref: ContactRef | undefined): string | undefined => ref && refKey(ref);

function describeTarget(ref: ContactRef, draft: ContactDraft): { id: number } | { mergedInto: ImportSource } {
  return 'existing' in ref ? { id: ref.existing } : { mergedInto: draft.source };
}

/** A referral that could not be linked changed nothing: take it out of the record's outcome. */
function unsayReferrer(outcome: RecordOutcome): RecordOutcome {
  if (outcome.kind !== 'update') return outcome;
  const changes = outcome.changes.filter((c) => c !== 'referrer');
  if (changes.length > 0) return { ...outcome, changes };
  const ref = outcome.id === undefined ? { added: -1 } : { existing: outcome.id };
  return { kind: 'skip', name: outcome.name, source: outcome.source, reason: unchangedReason(ref, outcome.mergedInto), unchanged: true };
}

function unchangedReason(ref: ContactRef, firstSeen: ImportSource | undefined): string {
  return 'existing' in ref ? `already up to date (#${ref.existing})` : `nothing new since line ${firstSeen?.line}`;
}

function sameRef(a: ContactRef, b: ContactRef): boolean {
  return 'existing' in a ? 'existing' in b && a.existing === b.existing : 'added' in b && a.added === b.added;
}

/** `would add 3, update 1, skip 2` / `added 3, updated 1, skipped 2`. */
export function countOutcomes(outcomes: readonly RecordOutcome[]): { add: number; update: number; skip: number } {
  const counts = { add: 0, update: 0, skip: 0 };
  for (const o of outcomes) counts[o.kind]++;
  return counts;
}
