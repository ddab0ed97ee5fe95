// What `rel import` will do with the contacts of a file, worked out before anything is written:
// which records add a person, which fill in someone already in the journal (or someone added
// earlier in the same file), and which are skipped and why. Pure: the store hands in an index of
// the journal, the command prints the plan (--dry-run) or gives it to the store to apply.
//
// Matching never merges two people. A record is matched by what says who someone is, strongest
// first, each looked up in the journal and then among the earlier records of the file:
// 1. rel's own id (the `id` column of rel's CSV, the UID `rel-contact-12@rel` of its vCards). An id
//    means something only in the journal that exported it, so it is believed only when the
//    journal's contact of that id has the record's name (folded, as normalizeName does), or one of
//    its emails or phone numbers as 3 and 4 below believe one (not one a namesake of the record has
//    too; a number only for a name that may be the contact's); otherwise it is ignored and matching
//    goes on below. Within the file, two records with the same id are one person and two with
//    different ids two people, whatever they share: they come from one journal, which keeps them
//    apart (SeenInFile).
// 2. A vCard's UID: within the file only (the journal keeps no UIDs of other programs).
// 3. An email, ignoring case: first among the record's namesakes (the same folded name), then
//    anyone's. A namesake with it is the record's person though others have it too (both halves
//    of a double may share an email: the other half must not be filled in with this one); with
//    several such namesakes the record is skipped, saying why.
// 4. A phone number, by its digits (phoneIdentity: the last nine, and at least seven, so an
//    extension or a short code says nothing), first among namesakes too: the namesake with it is
//    the record's person even on a shared line (else importing a file twice would double everyone
//    on a shop's line). People share numbers (a shop's main line, which Outlook exports for every
//    colleague; a family's landline), and two people joined by mistake cannot be told apart again,
//    while one person added twice shows in `rel duplicates` as the same phone. So beyond
//    namesakes, a number several people have identifies none of them, and a number is believed
//    only for names that may be one person's (namesMayBeOnePerson: "J. Doe" and "Jane Doe", not
//    "Tom Baker" and "Ann Baker") when the record and the number's owner do not both have emails
//    (none in common, or the email would have matched).
// 5. The name, folded, for a record none of the above placed:
//    - With an email or phone, the record is a new person, even beside a namesake: two Maria
//      Rossis with different emails are two people (the outcome names the journal's namesakes).
//      Except when the namesake has no email or phone at all, as this import leaves them so far
//      (someone logged by name only): nothing tells them apart, so the record fills them in —
//      else a phone's address book imported after a month of `rel add "Jane Doe"` would double
//      everyone. That namesake is the only journal contact of the name or, with none, the first
//      record of the file that had nothing but the name.
//    - With no email or phone, the record takes the one journal contact of its name (an id not
//      believed, or a UID, says nothing about the journal's people); with several it is skipped,
//      saying why; with none, the one person of that name the file added before it (one import
//      of two records gives what two imports of them give), skipped with several; a record with a
//      UID or an id of its own is a new person; else it adds a person.
// An update only fills what is empty and adds what is new (emails, phones, aliases, tags, a note
// as a remembered detail); it never renames or blanks anything.
import type { ImportedContact, ImportSource } from './records.js';
import { ContactDraft, isKnownBy, type ContactRef } from './contactMerge.js';
import { NO_DETAILS } from './datedDetails.js';
import { phoneIdentity } from './phoneNumbers.js';
import { journalNamesakes, keysOf, sameRef, SeenInFile, type RecordKeys } from './importKeys.js';
import { linkReferrers } from './importReferrals.js';
import { normalizeName } from './names.js';
import { byNameWithoutMiddle, isSameNameReordered } from './nameWords.js';
import { namesMayBeOnePerson } from './samePerson.js';
import { planImportRelations, type RelationsOfRecord, type RelationsPlan } from './importRelations.js';

export type { ContactChanges, ContactRef, ExistingContact } from './contactMerge.js';
export type { ImportIndex, ImportPlan, NewContactPlan, RecordOutcome, UpdatePlan } from './importPlanRecords.js';
export { countOutcomes, detailKey } from './importPlanRecords.js';
import { countRelationChange, describeTarget, detailKey, keptNote, saidBeside, unchangedOutcome, withRelationChanges, type ImportIndex, type ImportPlan, type NewBeside, type RecordOutcome, type RelationChanges } from './importPlanRecords.js';

/** Records the reader could not name are passed as `unnamed`: no name, email or phone, or (`reason`) a name it could not read. */
export function planImport(records: readonly ImportedContact[], index: ImportIndex, unnamed: ReadonlyArray<ImportSource & { reason?: string }> = []): ImportPlan {
  return new Planner(index).run(records, unnamed);
}

const UNNAMED = 'no name, email or phone to know the contact by';

/** A record's contact; with none (a new person), who it was not taken for. */
type Match = ({ ref: ContactRef | undefined } & Partial<NewBeside>) | { reason: string };

class Planner {
  private readonly added: ContactDraft[] = [];
  private readonly updated = new Map<number, ContactDraft>();
  private readonly file = new SeenInFile();
  private readonly outcomes: RecordOutcome[] = [];
  private readonly related: RelationsOfRecord[] = [];
  /** The journal's and the file's people by their names without middle names, made when first asked. */
  private withoutMiddle: Map<string, ContactRef[]> | undefined;

  constructor(private readonly index: ImportIndex) {}

  run(records: readonly ImportedContact[], unnamed: ReadonlyArray<ImportSource & { reason?: string }>): ImportPlan {
    for (const record of records) this.take(record);
    const warnings = linkReferrers([...this.added, ...this.updated.values()], this.outcomes, {
      named: (key) => this.named(key),
      withRelId: (id) => this.file.byUid(`#${id}`) ?? { existing: id },
      draftOf: (ref) => this.draftIfAny(ref),
      journalReferrals: this.index.journalReferrals,
      journalName: (id) => this.index.contacts.get(id)?.name,
    });
    const relations = this.planRelations();
    const skipped = unnamed.map(({ file, line, reason }): RecordOutcome => ({ kind: 'skip', source: { file, line }, reason: reason ?? UNNAMED, unnamed: true }));
    return {
      adds: this.added.map((d) => ({ name: d.name, nameKey: d.nameKey, archived: d.archived === true, source: d.source, ...d.changes })),
      updates: [...this.updated.values()].filter((d) => d.hasChanges()).map((d) => ({ id: (d.ref as { existing: number }).existing, name: d.name, ...d.changes })),
      outcomes: [...this.outcomes, ...skipped].sort((a, b) => a.source.line - b.source.line),
      warnings,
      relations,
    };
  }

  /** The relations the records name, once everyone in the file is known (a relative may come later); a record that adds one updates its person. */
  private planRelations(): RelationsPlan {
    const changes = new Map<RelationsOfRecord, RelationChanges>();
    const plan = planImportRelations(this.related, {
      named: (key) => this.named(key),
      namedWithMiddleNames: (key) => (this.withoutMiddle ??= this.byNameWithoutMiddle()).get(key) ?? [],
      byUid: (uid) => this.file.byUid(`uid:${uid}`),
      nameOf: (ref) => ('added' in ref ? this.added[ref.added]!.name : (this.index.contacts.get(ref.existing)?.name ?? `#${ref.existing}`)),
      existing: this.index.relations,
      formerNames: (id) => this.index.formerNames?.get(id) ?? [],
    }, (record, change) => countRelationChange(changes, record, change));
    for (const [{ outcome: at, ref }, counts] of changes) this.outcomes[at] = withRelationChanges(this.outcomes[at]!, ref, this.draftFor(ref).source, counts);
    return plan;
  }

  private byNameWithoutMiddle(): Map<string, ContactRef[]> {
    const journal = [...this.index.nameOwners].map(([key, ids]) => [key, ids.map((id): ContactRef => ({ existing: id }))] as const);
    return byNameWithoutMiddle([...journal, ...this.file.allNames()], sameRef);
  }

  /** Everyone of a folded name, in the journal or the file, each once. */
  private named(key: string): ContactRef[] {
    const named: ContactRef[] = (this.index.nameOwners.get(key) ?? []).map((id) => ({ existing: id }));
    for (const ref of this.file.named(key)) if (!named.some((r) => sameRef(r, ref))) named.push(ref);
    return named;
  }

  private take(record: ImportedContact): void {
    const keys = keysOf(record);
    const match = this.match(record, keys);
    if ('reason' in match) {
      this.outcomes.push({ kind: 'skip', name: record.name, source: record.source, reason: match.reason });
      return;
    }
    const ref = match.ref ?? { added: this.added.length };
    const isNew = match.ref === undefined;
    const draft = isNew ? this.newContactDraft(record, ref, keys.name) : this.draftFor(ref);
    const referrals = draft.referrals.length;
    const { said: changes, kept } = draft.merge(record);
    const note = keptNote(ref, kept);
    this.file.remember(keys, ref);
    if (record.relations?.length) this.related.push({ ref, name: draft.name, relations: record.relations, source: record.source, outcome: this.outcomes.length });
    let outcome: RecordOutcome;
    if (isNew) outcome = { kind: 'add', name: draft.name, source: record.source, ...saidBeside(match) };
    else if (changes.length > 0) outcome = { kind: 'update', name: draft.name, source: record.source, changes, ...describeTarget(ref, draft.source), ...(note === undefined ? {} : { kept: note }) };
    else outcome = unchangedOutcome(draft.name, record.source, ref, draft.source, note);
    if (draft.referrals.length > referrals) draft.referrals.at(-1)!.outcome = this.outcomes.length;
    this.outcomes.push(outcome);
  }

  /** `nameKey`: the record's name folded, as keysOf gave it (normalizeName trims as it folds). */
  private newContactDraft(record: ImportedContact, ref: ContactRef, nameKey: string): ContactDraft {
    const draft = new ContactDraft(ref, record.name.trim(), record.source, undefined, NO_DETAILS, nameKey);
    this.added.push(draft);
    return draft;
  }

  /** The contact a record is about (the header comment gives the rules); ref undefined: nobody yet. */
  private match(record: ImportedContact, keys: RecordKeys): Match {
    if (record.relId !== undefined && this.isRelIdBelieved(record, record.relId, keys)) return { ref: { existing: record.relId } };
    const inFile = keys.uid === undefined ? undefined : this.file.byUid(keys.uid);
    if (inFile) return { ref: inFile };
    const owner = (ref: ContactRef | undefined): Match | undefined => ref && { ref };
    const known = this.namesakeKnownBy(record, keys, 'emails') ?? owner(this.emailOwner(keys)) ?? this.namesakeKnownBy(record, keys, 'phones') ?? owner(this.phoneOwner(keys));
    if (known) return known;
    const key = keys.name;
    const owners = journalNamesakes(this.index.nameOwners, key);
    if (keys.emails.length > 0 || keys.phones.length > 0) {
      // Known by something nobody has: only a namesake known by nothing else can be them.
      const namesake: ContactRef | undefined = owners.length === 0 ? this.file.nameOnly(key) : owners.length === 1 ? { existing: owners[0]! } : undefined;
      if (namesake !== undefined && !this.factsOf(namesake).hasEmailOrPhone) return { ref: namesake };
      return this.newBeside(owners, keys);
    }
    if (owners.length > 1) {
      return { reason: `${owners.length} contacts are named ${record.name} (${owners.map((id) => `#${id}`).join(', ')}); give the record an email one of them has` };
    }
    if (owners.length === 1) return { ref: { existing: owners[0]! } };
    return keys.uid === undefined ? this.earlierNamesake(record, keys) : this.newBeside([], keys);
  }

  /**
   * A record known by its name alone, for a name nobody in the journal has: the one person of that
   * name the file added before it, as it would be the journal's one namesake (nothing tells them
   * apart), or, with several, none: skipped, saying why, as beside several in the journal.
   */
  private earlierNamesake(record: ImportedContact, keys: RecordKeys): Match {
    const earlier = this.file.addedNamed(keys.name);
    if (earlier.length === 0) return this.newBeside([], keys);
    if (earlier.length === 1) return { ref: earlier[0] };
    return { reason: `${earlier.length} people of the file are named ${record.name} (${earlier.map((ref) => this.describeRef(ref)).join(', ')}); give the record an email one of them has` };
  }

  /** A new person, with the journal's and the file's namesakes (`owners`: the journal's), who has one of its numbers, and whose its rel id is. */
  private newBeside(owners: readonly number[], keys: RecordKeys): Match {
    const inFile = this.file.named(keys.name).filter((ref) => 'added' in ref && this.file.mayBe(ref, keys.uid)); // not one another rel id keeps apart
    const namesakes = [...owners.map((id) => `#${id}`), ...inFile.map((ref) => this.describeRef(ref))];
    const sharers = new Set(keys.phones.map((key) => this.index.phoneOwners.get(key)).filter((owner): owner is number => typeof owner === 'number' && !owners.includes(owner)));
    const sharesPhone = [...sharers].map((id) => `#${id} (${this.index.contacts.get(id)?.name ?? 'someone'})`);
    // The index holds the living person of a rel id the record gives (named already if they share its number).
    const holder = keys.uid?.startsWith('#') ? this.index.contacts.get(Number(keys.uid.slice(1))) : undefined;
    return { ref: undefined, namesakes, sharesPhone, ...(holder && !sharers.has(holder.id) && { idIsOf: { id: holder.id, name: holder.name } }) };
  }


  /**
   * rel's id names this journal's contact when that contact has the record's name, or an email or
   * number of it as steps 3 and 4 believe one: not one a namesake of the record has too (the other
   * half of a double), and a number only for a name that may be the contact's (on a shop's line,
   * another journal's #2 is not this one's #2).
   */
  private isRelIdBelieved(record: ImportedContact, id: number, keys: RecordKeys): boolean {
    const contact = this.index.contacts.get(id);
    if (contact === undefined) return false;
    if (normalizeName(contact.name) === keys.name) return true;
    const byEmail = isKnownBy(contact, keys.emails, []) && this.namesakeKnownBy(record, keys, 'emails') === undefined;
    return byEmail || (isKnownBy(contact, [], keys.phones) && this.mayHaveTheirNumber({ existing: id }, keys) && this.namesakeKnownBy(record, keys, 'phones') === undefined);
  }

  /** The owner of the first of the record's emails someone has: a journal contact, else an earlier record of the file. */
  private emailOwner(keys: RecordKeys): ContactRef | undefined {
    for (const key of keys.emails) {
      const owner = this.index.emailOwners.get(key);
      if (owner !== undefined) return { existing: owner };
      const inFile = this.file.byEmail(key, keys.uid);
      if (inFile) return inFile;
    }
    return undefined;
  }

  /** The same, by phone number: only a number one person has, and who may be the record's person. */
  private phoneOwner(keys: RecordKeys): ContactRef | undefined {
    for (const key of keys.phones) {
      const owner = this.index.phoneOwners.get(key);
      const ref = owner === undefined ? this.file.byPhone(key, keys.uid) : owner === 'several' ? undefined : { existing: owner };
      if (ref !== undefined && this.mayHaveTheirNumber(ref, keys)) return ref;
    }
    return undefined;
  }

  /** The one namesake (the record's folded name, in the journal or the file) with one of its emails, or numbers; undefined: none has one. */
  private namesakeKnownBy(record: ImportedContact, keys: RecordKeys, by: 'emails' | 'phones'): Match | undefined {
    const known = { emails: by === 'emails' ? keys.emails : [], phones: by === 'phones' ? keys.phones : [] };
    if (known[by].length === 0) return undefined;
    const namesakes = this.named(keys.name).filter((ref) => this.file.mayBe(ref, keys.uid) && this.isKnownBy(ref, known));
    if (namesakes.length <= 1) return namesakes.length === 0 ? undefined : { ref: namesakes[0] };
    const them = namesakes.map((ref) => this.describeRef(ref)).join(', ');
    return { reason: `${namesakes.length} contacts named ${record.name} have its ${by === 'emails' ? 'email' : 'phone number'} (${them}); rel merge them if they are one person, or give the record an email only one has` };
  }

  /** Whether a contact, as it stands in this import, has one of these emails (lower-cased) or numbers (phoneKey). */
  private isKnownBy(ref: ContactRef, known: { emails: readonly string[]; phones: readonly string[] }): boolean {
    const draft = this.draftIfAny(ref);
    if (draft) return draft.isKnownBy(known.emails, known.phones);
    const contact = this.index.contacts.get((ref as { existing: number }).existing);
    return contact !== undefined && isKnownBy(contact, known.emails, known.phones);
  }

  /** "#12" for a journal contact, "line 7" for one this file adds. */
  private describeRef(ref: ContactRef): string {
    return 'existing' in ref ? `#${ref.existing}` : `line ${this.added[ref.added]!.source.line}`;
  }

  /** Whether the number's owner may be the record's person, not someone on the same line. */
  private mayHaveTheirNumber(ref: ContactRef, keys: RecordKeys): boolean {
    const { name, hasEmail } = this.factsOf(ref);
    const theirs = normalizeName(name);
    if (theirs === keys.name || isSameNameReordered(theirs, keys.name)) return true;
    return namesMayBeOnePerson(theirs, keys.name) && !(hasEmail && keys.emails.length > 0);
  }

  /** A contact as it stands in this import: records before may have given them an email or phone. */
  private factsOf(ref: ContactRef): { name: string; hasEmail: boolean; hasEmailOrPhone: boolean } {
    const draft = this.draftIfAny(ref);
    if (draft) return { name: draft.name, hasEmail: draft.hasEmail(), hasEmailOrPhone: draft.hasEmailOrPhone() };
    const contact = this.index.contacts.get((ref as { existing: number }).existing);
    if (contact === undefined) throw new Error(`import plan: contact #${(ref as { existing: number }).existing} was matched but not loaded`);
    const hasEmail = contact.emails.length > 0;
    return { name: contact.name, hasEmail, hasEmailOrPhone: hasEmail || contact.phones.some((p) => phoneIdentity(p) !== undefined) };
  }

  /** The contact as this import adds or changes it so far; undefined for a journal contact it has not touched. */
  private draftIfAny(ref: ContactRef): ContactDraft | undefined {
    return 'added' in ref ? this.added[ref.added] : this.updated.get(ref.existing);
  }

  private draftFor(ref: ContactRef): ContactDraft {
    if ('added' in ref) return this.added[ref.added]!;
    let draft = this.updated.get(ref.existing);
    if (!draft) {
      const existing = this.index.contacts.get(ref.existing);
      if (!existing) throw new Error(`import plan: contact #${ref.existing} was matched but not loaded`);
      const key = (text: string): string => detailKey(ref.existing, text);
      draft = new ContactDraft(ref, existing.name, { file: '', line: 0 }, existing, { has: (text) => this.index.detailTexts.has(key(text)), datesOf: (text) => this.index.detailDates.get(key(text)) ?? [] });
      this.updated.set(ref.existing, draft);
    }
    return draft;
  }
}
