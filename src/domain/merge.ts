// What `rel merge A B` does to A's own facts, decided without a database: A keeps its facts and
// gains B's where it has none; where both hold different values (two birthdays) it is a conflict,
// A's value kept unless B is preferred; B's emails, phones, aliases and tags that A lacks are added
// (compared as people would: emails ignoring case, phones by their digits, aliases folded); B's
// name becomes an alias. Moving the records and the referrals is the store's part.
import { isOneAlias, isOneEmail, isOnePhone, newValues } from './contactValues.js';
import type { Contact, ContactFields } from './records.js';

export const MERGED_FIELDS = ['company', 'role', 'birthday', 'customerSince', 'cadence', 'met', 'pausedUntil'] as const;
export type MergedField = (typeof MERGED_FIELDS)[number];

export const FIELD_LABELS: Record<MergedField, string> = {
  company: 'company',
  role: 'role',
  birthday: 'birthday',
  customerSince: 'customer since',
  cadence: 'keep-in-touch cadence',
  met: 'met',
  pausedUntil: 'paused until',
};

export interface MergeConflict {
  field: MergedField;
  kept: string;
  dropped: string;
}

export interface MergePlan {
  /** What A's row changes to (only what changes). */
  fields: ContactFields;
  /** The fields A gains from B (A had none). */
  filled: MergedField[];
  conflicts: MergeConflict[];
  emails: string[];
  phones: string[];
  aliases: string[];
  tags: string[];
  /** A's referrer afterwards, before the store checks it makes no loop. */
  referredBy: number | null;
  /** Both were referred, by different people: whose referrer is kept (A's unless B is preferred). */
  referrerConflict: { kept: number; dropped: number } | null;
  /** The day A counts as added: the earlier of the two (drifting counts from it). */
  createdOn: string;
}

/** Folds B into A: what A becomes. `prefer` says whose value wins a conflict. */
export function planMerge(a: Contact, b: Contact, prefer: 'A' | 'B' = 'A'): MergePlan {
  const fields: ContactFields = {};
  const filled: MergedField[] = [];
  const conflicts: MergeConflict[] = [];
  for (const field of MERGED_FIELDS) {
    const mine = a[field];
    const theirs = b[field];
    if (theirs === null || theirs === mine) continue;
    if (mine === null) {
      fields[field] = theirs;
      filled.push(field);
    } else if (prefer === 'B') {
      fields[field] = theirs;
      conflicts.push({ field, kept: theirs, dropped: mine });
    } else conflicts.push({ field, kept: mine, dropped: theirs });
  }
  // Archived only if both were: an active record of the person keeps them on the lists.
  if (a.archived && !b.archived) fields.archived = false;
  // Imported only if both were: someone added by hand drifts (SPEC §4), whichever way the merge goes.
  if (a.imported && !b.imported) fields.imported = false;

  // A's referrer stays, B's when preferred; B's comes over when A has none; nobody refers themselves.
  const mine = a.referredBy === b.id ? null : a.referredBy;
  const theirs = b.referredBy === a.id ? null : b.referredBy;
  const referrerConflict = mine !== null && theirs !== null && mine !== theirs ? (prefer === 'B' ? { kept: theirs, dropped: mine } : { kept: mine, dropped: theirs }) : null;
  const referredBy = referrerConflict?.kept ?? mine ?? theirs;
  if (referredBy !== a.referredBy) fields.referredBy = referredBy;

  const aliases = newValues([b.name, ...b.aliases], [a.name, ...a.aliases], isOneAlias);
  return {
    fields,
    filled,
    conflicts,
    // One value by the rules of the card (contactValues.ts): two numbers under two country codes are two.
    emails: newValues(b.emails, a.emails, isOneEmail),
    phones: newValues(b.phones, a.phones, isOnePhone),
    aliases,
    tags: newValues(b.tags, a.tags, (x, y) => x === y),
    referredBy,
    referrerConflict,
    createdOn: b.createdOn < a.createdOn ? b.createdOn : a.createdOn,
  };
}
