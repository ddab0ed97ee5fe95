// The journal side of `rel import` for contacts: what the planner needs to match records (for a
// file of many people, read with one query per table into maps built once, never one query per
// record; for a few, looked up key by key through the indexes) and writing a plan, inside the
// caller's transaction, with the cached prepared statements of contacts.ts and details.ts.
import { keysOf } from '../domain/importKeys.js';
import { detailKey, type ContactChanges, type ContactRef, type ExistingContact, type ImportIndex, type ImportPlan } from '../domain/importPlan.js';
import { heldTexts } from '../domain/contactMerge.js';
import { normalizeName } from '../domain/names.js';
import { otherWordOrders } from '../domain/nameWords.js';
import { phoneIdentity, phoneKey } from '../domain/phoneNumbers.js';
import type { ImportedContact } from '../domain/records.js';
import { addAliases, addEmails, addPhones, addTags, getContacts, insertContact, namedByKey, updateContact } from './contacts.js';
import { insertDetail } from './details.js';
import { indexesOfTables, withIndexesMadeAfter } from './indexesMadeAfter.js';
import type { Journal } from './journal.js';
import { peopleInJournal } from './statusCounts.js';
import { addPeopleInBulk } from './undoLog.js';
import { insertRelation, relationsOfAll, updateRelation } from './relations.js';
import { addOwnersByKeys, formerNamesOf, keptNames, ownersOfRelatives, relativeNames } from './importRelatives.js';
import { newcomersDue, rhythmSettledFor } from './rhythm.js';

/**
 * Who has each email, phone number and name the records give, and in full the contacts the records
 * may match: by rel id, email, phone or name. `lookUp` picks how owners are found (tests hold the
 * two to one plan): by the records' keys, or everyone's read at once; by default, by the file's size.
 */
export function loadImportIndex(j: Journal, records: readonly ImportedContact[], lookUp?: 'keys' | 'everyone'): ImportIndex {
  const few = lookUp === 'keys' || (lookUp === undefined && isFew(j, records));
  const byKeys = few ? ownersOfKeys(j, records) : undefined;
  const { emailOwners, phoneOwners, nameOwners, journalReferrals: everyReferral } = byKeys ?? everyOwner(j);
  const candidates = new Set<number>();
  const addOwner = (owner: number | undefined): void => {
    if (owner !== undefined) candidates.add(owner);
  };
  for (const record of records) {
    addOwner(record.relId); // getContacts leaves out an id nobody has
    for (const email of record.emails) addOwner(emailOwners.get(email.trim().toLowerCase()));
    for (const phone of record.phones) {
      const owner = phoneOwners.get(phoneIdentity(phone) ?? '');
      if (owner !== 'several') addOwner(owner);
    }
    if (nameOwners.size === 0) continue; // nobody in the journal is called anything: a first import
    const name = normalizeName(record.name);
    for (const key of [name, ...otherWordOrders(name)]) for (const id of nameOwners.get(key) ?? []) candidates.add(id);
  }
  // The people the records name as relatives: their relations to the record's person may be known already.
  for (const id of ownersOfRelatives(nameOwners, relativeNames(records))) candidates.add(id);
  const ids = [...candidates];
  // By keys, the walks that look for a loop of referrals start from everyone a record may be or
  // name as its referrer: any of them can become someone's referrer, and their chains are the
  // journal's part of every walk.
  const referrerNamesakes = records.flatMap((r) => (r.referredBy === undefined ? [] : (nameOwners.get(normalizeName(r.referredBy)) ?? [])));
  const journalReferrals = everyReferral ?? referrersUpFrom(j, [...ids, ...referrerNamesakes]);
  const contacts = new Map<number, ExistingContact>(getContacts(j, ids).map((c) => [c.id, c]));
  const relations = relationsOfAll(j, ids);
  // Whose a name the journal kept is: the file's person it says again may be the one it names.
  if (byKeys !== undefined) addOwnersByKeys(j, byKeys.nameOwners, keptNames(relations));
  // A relative named by a name nobody has may be someone the journal renamed since: their old names.
  const unknownRelatives = relativeNames(records).some((name) => name !== '' && !nameOwners.has(name));
  const formerNames = unknownRelatives ? formerNamesOf(j, relations) : undefined;
  return { emailOwners, phoneOwners, nameOwners, contacts, ...detailsOf(j, ids), journalReferrals, relations, formerNames };
}

/** Who has each key; and, read at once, who referred whom (by keys, worked out from the records' people). */
type Owners = Pick<ImportIndex, 'emailOwners' | 'phoneOwners'> & { nameOwners: Map<string, number[]> } & Partial<Pick<ImportIndex, 'journalReferrals'>>;

/**
 * Whose name each folded name is: everyone called so, by their name or an alias, lowest id first.
 * An alias counts as the name (rel show and rel add find them by it): a merged person's old name
 * stays an alias, and a file that names them so again fills them in instead of adding them again.
 */
const NAMES_AND_ALIASES = `SELECT id, name_key FROM contacts UNION SELECT contact_id, alias_key FROM contact_aliases ORDER BY 1`;

/** Everyone's emails, phones, names and referrers, read once: for a file of many people. */
function everyOwner(j: Journal): Owners {
  const emailOwners = new Map<string, number>();
  for (const row of j.stmt<[], { contact_id: number; email: string }>('SELECT contact_id, email FROM contact_emails ORDER BY contact_id').iterate()) {
    const key = row.email.toLowerCase();
    if (!emailOwners.has(key)) emailOwners.set(key, row.contact_id);
  }
  const phoneOwners = new Map<string, number | 'several'>();
  for (const row of j.stmt<[], { contact_id: number; phone: string }>('SELECT contact_id, phone FROM contact_phones').iterate()) {
    const key = phoneIdentity(row.phone);
    if (key === undefined) continue;
    const owner = phoneOwners.get(key);
    if (owner === undefined) phoneOwners.set(key, row.contact_id);
    else if (owner !== row.contact_id) phoneOwners.set(key, 'several');
  }
  const nameOwners = new Map<string, number[]>();
  for (const [id, key] of j.stmt<[], [number, string]>(NAMES_AND_ALIASES).raw().iterate()) {
    const owners = nameOwners.get(key);
    if (!owners) nameOwners.set(key, [id]);
    else if (!owners.includes(id)) owners.push(id);
  }
  const referrals = j.stmt<[], ReferralRow>('SELECT id, name, referred_by FROM contacts WHERE referred_by IS NOT NULL').iterate();
  return { emailOwners, phoneOwners, nameOwners, journalReferrals: referralsOf(referrals) };
}

/** A file this many times smaller than the journal looks up only the keys it gives, through their indexes. */
const FEW_AGAINST = 10;

function isFew(j: Journal, records: readonly ImportedContact[]): boolean {
  return records.length * FEW_AGAINST <= peopleInJournal(j);
}

/**
 * The owners of the keys the records give (keysOf's: emails, phones and names, with the names of
 * relatives and referrers), each looked up through its index: what the planner asks of the maps,
 * the same answers as everyOwner's (loadImportIndex walks the referrals from the people found).
 * A few people imported into a large journal otherwise read all of it: 0.6 s on 100,000 people.
 * Undefined for an email beyond ASCII: the index of emails ignores the case of ASCII letters only,
 * the planner that of every letter.
 */
function ownersOfKeys(j: Journal, records: readonly ImportedContact[]): Owners | undefined {
  const keys = records.map(keysOf);
  const emails = new Set(keys.flatMap((k) => k.emails));
  if ([...emails].some((email) => /[^ -~]/.test(email)) || hasKelvinSign(j)) return undefined;
  const referrerNames = new Set(records.flatMap((r) => (r.referredBy === undefined ? [] : [normalizeName(r.referredBy)])));
  const names = new Set([...keys.flatMap((k) => [k.name, ...otherWordOrders(k.name)]), ...records.flatMap((r) => (r.relations ?? []).map((rel) => normalizeName(rel.name ?? ''))), ...referrerNames]);
  const nameOwners = new Map<string, number[]>();
  for (const name of names) {
    const owners = namedByKey(j, name).map((c) => c.id);
    if (owners.length > 0) nameOwners.set(name, owners);
  }
  addOwnersByKeys(j, nameOwners, relativeNames(records));
  return { emailOwners: emailOwnersOf(j, emails), phoneOwners: phoneOwnersOf(j, new Set(keys.flatMap((k) => k.phones))), nameOwners };
}

/** A stored email with the Kelvin sign lower-cases to an ASCII k in JavaScript; the index does not find it by one. */
const hasKelvinSign = (j: Journal): boolean => j.stmt<[], number>('SELECT EXISTS (SELECT 1 FROM contact_emails WHERE instr(email, char(8490)))').pluck().get() === 1;

/** Lower-cased email → the lowest id of whoever has it, as everyOwner's scan keeps it. */
function emailOwnersOf(j: Journal, emails: Set<string>): Map<string, number> {
  const owners = new Map<string, number>();
  const rows = j.stmt<[string], { contact_id: number; email: string }>('SELECT contact_id, email FROM contact_emails WHERE email = ? COLLATE NOCASE');
  for (const key of emails) {
    const ids = rows.all(key).filter((row) => row.email.toLowerCase() === key).map((row) => row.contact_id);
    if (ids.length > 0) owners.set(key, Math.min(...ids));
  }
  return owners;
}

/** phoneIdentity → its one owner, or 'several': the stored key is the domain's phoneKey (migration 0010). */
function phoneOwnersOf(j: Journal, phones: Set<string>): Map<string, number | 'several'> {
  const owners = new Map<string, number | 'several'>();
  const rows = j.stmt<[string], { contact_id: number; phone: string }>('SELECT contact_id, phone FROM contact_phones WHERE phone_key = ?');
  for (const key of phones) {
    const ids = new Set(rows.all(key).filter((row) => phoneIdentity(row.phone) === key).map((row) => row.contact_id));
    if (ids.size > 0) owners.set(key, ids.size === 1 ? [...ids][0]! : 'several');
  }
  return owners;
}

interface ReferralRow {
  id: number;
  name: string;
  referred_by: number;
}

/** The referrals of these people, of their referrers, and so on up: every step a walk for a loop can take from them. */
function referrersUpFrom(j: Journal, ids: number[]): Map<number, { referredBy: number; name: string }> {
  const rows = j
    .stmt<[string], ReferralRow>(
      `WITH RECURSIVE up(id) AS (SELECT value FROM json_each(?) UNION SELECT c.referred_by FROM contacts c JOIN up ON c.id = up.id WHERE c.referred_by IS NOT NULL)
       SELECT c.id, c.name, c.referred_by FROM contacts c JOIN up ON c.id = up.id WHERE c.referred_by IS NOT NULL`,
    )
    .iterate(JSON.stringify(ids));
  return referralsOf(rows);
}

/** Who referred whom, for the planner to link no referral that closes a loop. */
function referralsOf(rows: Iterable<ReferralRow>): Map<number, { referredBy: number; name: string }> {
  const referrals = new Map<number, { referredBy: number; name: string }>();
  for (const row of rows) referrals.set(row.id, { referredBy: row.referred_by, name: row.name });
  return referrals;
}

/** Each detail's text, and each of its lines (ImportIndex.detailTexts); the dated ones' days by their text (detailDates). */
function detailsOf(j: Journal, ids: number[]): Pick<ImportIndex, 'detailTexts' | 'detailDates'> {
  const detailTexts = new Set<string>();
  const detailDates = new Map<string, string[]>();
  if (ids.length === 0) return { detailTexts, detailDates };
  const rows = j.stmt<[string], { contact_id: number; text: string; date: string | null }>('SELECT contact_id, text, date FROM details WHERE contact_id IN (SELECT value FROM json_each(?))').iterate(JSON.stringify(ids));
  for (const row of rows) {
    for (const key of heldTexts(row.text)) detailTexts.add(detailKey(row.contact_id, key));
    if (row.date === null) continue;
    const dates = detailDates.get(detailKey(row.contact_id, row.text));
    if (dates === undefined) detailDates.set(detailKey(row.contact_id, row.text), [row.date]);
    else if (!dates.includes(row.date)) dates.push(row.date);
  }
  return { detailTexts, detailDates };
}

export interface ApplyOptions {
  /** The local day new contacts are created on. */
  today: string;
  /** The instant of the writes. */
  at: string;
  /** Called after each contact written, with how many are done. */
  onProgress?: (done: number) => void;
}

/** Writes the plan. Call inside journal.write(): it is one transaction with the caller's checks. */
export function applyImportPlan(j: Journal, plan: ImportPlan, options: ApplyOptions): void {
  const addedIds: number[] = [];
  const idOf = (ref: ContactRef): number | undefined => ('existing' in ref ? ref.existing : addedIds[ref.added]);
  const laterReferrals: Array<[number, ContactRef]> = [];
  let done = 0;
  const newEmail = j.stmt('INSERT OR IGNORE INTO contact_emails (contact_id, email, position) VALUES (?, ?, ?)');
  const newPhone = j.stmt('INSERT OR IGNORE INTO contact_phones (contact_id, phone, position, phone_key) VALUES (?, ?, ?, ?)');
  if (plan.adds.length > 0) addPeopleInBulk(j);
  const dueOf = newcomersDue(j);
  withFilledIndexesMadeAfter(j, plan.adds.length, () => {
    for (const add of plan.adds) {
      // A referrer added later in the file has no id yet: linked once everyone is in.
      const referredBy = add.referrer === undefined ? undefined : idOf(add.referrer);
      const due = dueOf(add.fields.cadence ?? null, add.tags, options.today);
      const id = insertContact(j, { name: add.name, nameKey: add.nameKey, ...add.fields, archived: add.archived, referredBy, imported: true }, options.today, options.at, due);
      addedIds.push(id);
      if (add.referrer !== undefined && referredBy === undefined) laterReferrals.push([id, add.referrer]);
      // A new contact's lists start at position 0: no need to ask for the next one as addEmails does.
      add.emails.forEach((email, position) => newEmail.run(id, email, position));
      add.phones.forEach((phone, position) => newPhone.run(id, phone, position, phoneKey(phone)));
      addLists(j, id, { ...add, emails: [], phones: [] }, options.at);
      options.onProgress?.(++done);
    }
    // Stored with their rows: their tags' writes need not refresh it again.
    rhythmSettledFor(j, addedIds);
  });
  for (const update of plan.updates) {
    const referredBy = update.referrer === undefined ? undefined : idOf(update.referrer);
    updateContact(j, update.id, { ...update.fields, referredBy }, options.at);
    addLists(j, update.id, update, options.at);
    options.onProgress?.(++done);
  }
  const link = j.stmt('UPDATE contacts SET referred_by = ? WHERE id = ?');
  for (const [id, referrer] of laterReferrals) link.run(idOf(referrer), id);
  writeRelations(j, plan.relations, (ref) => idOf(ref)!, options.at);
}

/** Fewer new people than this are written into the indexes as they come. */
const MANY_ADDS = 1000;
/** The tables an import's new people fill, whose own indexes (not their keys) wait for the end. */
const FILLED_TABLES = ['contacts', 'contact_emails', 'contact_phones', 'contact_aliases', 'contact_tags', 'details'];

/**
 * The import's new people are written without the secondary indexes of the tables they fill when
 * they are many and at least as many as the journal has: each new row then goes into its table
 * and its key alone (the bench's 100,000-row import: its writes 3.6-4.3 s with the indexes kept,
 * 2.0-2.5 s plus 0.5 s to make them again). `write` only inserts new people's rows, whose
 * triggers look nothing up (undoLog.ts's addPeopleInBulk), and stores their rhythm, read by id
 * and by key: no query of it needs the indexes.
 */
function withFilledIndexesMadeAfter(j: Journal, adds: number, write: () => void): void {
  const people = adds < MANY_ADDS ? Infinity : peopleInJournal(j);
  if (adds < people) write();
  else withIndexesMadeAfter(j, indexesOfTables(j, FILLED_TABLES), write);
}

/** The relations the file names, once everyone it adds has an id. */
function writeRelations(j: Journal, plan: ImportPlan['relations'], idOf: (ref: ContactRef) => number, at: string): void {
  for (const r of plan.add) {
    const otherId = 'name' in r.other ? null : idOf(r.other);
    insertRelation(j, { contactId: idOf(r.contact), otherId, otherName: 'name' in r.other ? r.other.name : null, kind: r.kind, word: r.word, otherWord: r.otherWord }, at);
  }
  for (const { id, other, word, otherWord } of plan.update) {
    updateRelation(j, id, { ...(other !== undefined && { otherId: idOf(other) }), ...(word !== undefined && { word }), ...(otherWord !== undefined && { otherWord }) });
  }
}

function addLists(j: Journal, id: number, changes: Omit<ContactChanges, 'fields' | 'referrer'>, at: string): void {
  if (changes.emails.length > 0) addEmails(j, id, changes.emails);
  if (changes.phones.length > 0) addPhones(j, id, changes.phones);
  if (changes.aliases.length > 0) addAliases(j, id, changes.aliases);
  if (changes.tags.length > 0) addTags(j, id, changes.tags);
  for (const text of changes.notes) insertDetail(j, { contactId: id, text, date: null, yearly: false }, at);
  for (const { text, date } of changes.dates) insertDetail(j, { contactId: id, text, date, yearly: true }, at);
}
