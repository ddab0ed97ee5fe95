// What an imported record is known by besides its name (rel's id or a UID, emails, phone numbers),
// and what the earlier records of the same file were known by, for importPlan.ts to match later
// records against. Pure.
import type { ContactRef } from './contactMerge.js';
import { phoneIdentity } from './phoneNumbers.js';
import { normalizeName } from './names.js';
import { heldInAnotherOrder } from './nameWords.js';
import type { ImportedContact } from './records.js';

export interface RecordKeys {
  /** Its name, folded (normalizeName). */
  name: string;
  /** Its rel id or UID as a key of the file ('#12', 'uid:…'). */
  uid: string | undefined;
  /** Lower-cased. */
  emails: string[];
  /** phoneIdentity of its numbers that have one. */
  phones: string[];
}

export function keysOf(record: ImportedContact): RecordKeys {
  const uid = record.relId !== undefined ? `#${record.relId}` : record.uid !== undefined ? `uid:${record.uid}` : undefined;
  const emails = record.emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== '');
  const phones: string[] = [];
  for (const phone of record.phones) {
    const key = phoneIdentity(phone);
    if (key !== undefined) phones.push(key);
  }
  return { name: normalizeName(record.name), uid, emails, phones };
}

export function sameRef(a: ContactRef, b: ContactRef): boolean {
  return 'existing' in a ? 'existing' in b && a.existing === b.existing : 'added' in b && a.added === b.added;
}

/** A contact ref as a key (of a map, of the walks of referralLoop): "e12" (in the journal) or "a3" (added). */
export const refKey = (ref: ContactRef): string => ('existing' in ref ? `e${ref.existing}` : `a${ref.added}`);

export function parseRefKey(key: string): ContactRef {
  return key.startsWith('e') ? { existing: Number(key.slice(1)) } : { added: Number(key.slice(1)) };
}

/**
 * The earlier records of the file: who each id, UID, email, number and name turned out to be.
 * Records with different rel ids are never taken for one another: the journal that exported them
 * keeps them as two people (a double there is for `rel duplicates` and `rel merge` to settle).
 */
export class SeenInFile {
  private readonly uids = new Map<string, ContactRef>();
  /** refKey → the rel id ('#12') of the first record of the file it was. */
  private readonly relIds = new Map<string, string>();
  private readonly emails = new Map<string, ContactRef>();
  /** 'several': records that are different people have the number. */
  private readonly phones = new Map<string, ContactRef | 'several'>();
  /** Folded name → every person the file's records of that name are. */
  private readonly names = new Map<string, ContactRef[]>();
  /** Folded name → the first record known by nothing but that name. */
  private readonly namesOnly = new Map<string, ContactRef>();

  byUid(uid: string): ContactRef | undefined {
    return this.uids.get(uid);
  }

  /** Who had the email, unless a record of another rel id than `uid`'s. */
  byEmail(email: string, uid: string | undefined): ContactRef | undefined {
    const ref = this.emails.get(email);
    return ref && this.mayBe(ref, uid) ? ref : undefined;
  }

  /** Only a number one person of the file has, and not a record of another rel id than `uid`'s. */
  byPhone(phone: string, uid: string | undefined): ContactRef | undefined {
    const ref = this.phones.get(phone);
    return ref === 'several' || ref === undefined || !this.mayBe(ref, uid) ? undefined : ref;
  }

  /** Whether a record known by `uid` may be `ref`: not when both are rel ids, and different. */
  mayBe(ref: ContactRef, uid: string | undefined): boolean {
    const theirs = this.relIds.get(refKey(ref));
    return theirs === undefined || uid === undefined || !uid.startsWith('#') || theirs === uid;
  }

  named(foldedName: string): readonly ContactRef[] {
    return this.names.get(foldedName) ?? [];
  }

  /** The people the file added under a folded name, or under it in another order of its words when none has it as written. */
  addedNamed(foldedName: string): ContactRef[] {
    const added = (name: string): ContactRef[] => this.named(name).filter((ref) => 'added' in ref);
    const asWritten = added(foldedName);
    return asWritten.length > 0 ? asWritten : heldInAnotherOrder(foldedName, added, sameRef);
  }

  /** Every folded name of the file, with the people its records of that name are. */
  allNames(): Iterable<readonly [string, readonly ContactRef[]]> {
    return this.names;
  }

  nameOnly(foldedName: string): ContactRef | undefined {
    return this.namesOnly.get(foldedName);
  }

  remember(keys: RecordKeys, ref: ContactRef): void {
    if (keys.uid !== undefined && !this.uids.has(keys.uid)) this.uids.set(keys.uid, ref);
    if (keys.uid?.startsWith('#') && !this.relIds.has(refKey(ref))) this.relIds.set(refKey(ref), keys.uid);
    for (const key of keys.emails) if (!this.emails.has(key)) this.emails.set(key, ref);
    for (const key of keys.phones) {
      const known = this.phones.get(key);
      if (known === undefined) this.phones.set(key, ref);
      else if (known !== 'several' && !sameRef(known, ref)) this.phones.set(key, 'several');
    }
    const name = keys.name;
    const named = this.names.get(name);
    if (!named) this.names.set(name, [ref]);
    else if (!named.some((r) => sameRef(r, ref))) named.push(ref);
    const nameOnly = keys.uid === undefined && keys.emails.length === 0 && keys.phones.length === 0;
    if (nameOnly && !this.namesOnly.has(name)) this.namesOnly.set(name, ref);
  }
}

/**
 * The journal's people of a folded name, or whose name is it in another order ("Núñez, José" and
 * José Núñez) when none has it as written: the same person to rel contact add and to the look-up
 * of names, so the same to an import.
 */
export function journalNamesakes(nameOwners: ReadonlyMap<string, readonly number[]>, foldedName: string): readonly number[] {
  const asWritten = nameOwners.get(foldedName);
  if (asWritten !== undefined) return asWritten;
  if (nameOwners.size === 0) return []; // nobody in the journal is called anything
  return heldInAnotherOrder(foldedName, (order) => nameOwners.get(order) ?? [], (a, b) => a === b).sort((a, b) => a - b);
}
