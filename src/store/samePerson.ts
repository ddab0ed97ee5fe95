// Who already in the journal a new contact could be: the store narrows the people down with its
// indexes, the domain (src/domain/samePerson.ts) decides. Reads only.
import { normalizeName } from '../domain/names.js';
import { phoneKey as storedPhoneKey } from '../domain/phoneNumbers.js';
import { looksAlikeTo, phoneKey, samePersonCandidates, typoLimit, type SamePersonCandidate } from '../domain/samePerson.js';
import type { Contact } from '../domain/records.js';
import { getContacts } from './contacts.js';
import type { Journal } from './journal.js';
import { nameKeys } from './nameKeys.js';

export interface WantedPerson {
  name: string;
  emails?: string[];
  phones?: string[];
  /** Someone who may share these facts: the person being edited. */
  except?: number;
}

/** The people whose folded name looks like `key`'s: only names whose length is within its typo limit can be a typo away. */
function namesAlike(j: Journal, key: string): number[] {
  const limit = typoLimit(key);
  const { ids, keys } = nameKeys(j, [key.length - limit, key.length + limit]);
  const alike = looksAlikeTo(key);
  const found: number[] = [];
  // Indexes, not for...of: the loop runs once a command, before V8 compiles it (todaySurvey.ts).
  keys.forEach((name, i) => void (alike(name) && found.push(ids[i] as number)));
  return found;
}

/** The people `wanted` could be, strongest first, with why (same name, a typo away, same email or phone). */
export function samePersonSuspects(j: Journal, wanted: WantedPerson): Array<SamePersonCandidate<Contact>> {
  const ids = new Set<number>();
  const key = normalizeName(wanted.name);
  if (key !== '') for (const id of namesAlike(j, key)) ids.add(id);
  const emails = wanted.emails ?? [];
  if (emails.length > 0) {
    const byEmail = j.stmt<[string], { contact_id: number }>('SELECT contact_id FROM contact_emails WHERE email = ? COLLATE NOCASE');
    for (const email of emails) for (const row of byEmail.all(email.trim())) ids.add(row.contact_id);
  }
  // The same digits are the same last nine: the phones a number can be are found through the index
  // of stored keys (contact_phones.phone_key), and the domain holds them to all their digits.
  const phones = new Set((wanted.phones ?? []).map(phoneKey).filter((p) => p.length >= 4));
  const byPhone = j.stmt<[string], number>('SELECT contact_id FROM contact_phones WHERE phone_key = ?').pluck();
  for (const digits of phones) for (const id of byPhone.all(storedPhoneKey(digits))) ids.add(id);
  if (wanted.except !== undefined) ids.delete(wanted.except);
  const people = getContacts(j, [...ids]);
  return samePersonCandidates({ name: wanted.name, emails, phones: wanted.phones ?? [] }, people);
}
