// Who already in the journal a new contact could be: the store narrows the people down with its
// indexes, the domain (src/domain/samePerson.ts) decides. Reads only.
import { normalizeName } from '../domain/names.js';
import { namesLookAlike, phoneKey, samePersonCandidates, typoLimit, type SamePersonCandidate } from '../domain/samePerson.js';
import type { Contact } from '../domain/records.js';
import { getContacts } from './contacts.js';
import type { Journal } from './journal.js';

export interface WantedPerson {
  name: string;
  emails?: string[];
  phones?: string[];
  /** Someone who may share these facts: the person being edited. */
  except?: number;
}

/** The people `wanted` could be, strongest first, with why (same name, a typo away, same email or phone). */
export function samePersonSuspects(j: Journal, wanted: WantedPerson): Array<SamePersonCandidate<Contact>> {
  const ids = new Set<number>();
  const key = normalizeName(wanted.name);
  if (key !== '') {
    // Only names whose length is within the typo limit of this one can be a typo away.
    const limit = typoLimit(key);
    const near = j.stmt<[number, number], { id: number; name_key: string }>('SELECT id, name_key FROM contacts WHERE length(name_key) BETWEEN ? AND ?').all(key.length - limit, key.length + limit);
    for (const row of near) if (namesLookAlike(key, row.name_key)) ids.add(row.id);
  }
  const emails = wanted.emails ?? [];
  if (emails.length > 0) {
    const byEmail = j.stmt<[string], { contact_id: number }>('SELECT contact_id FROM contact_emails WHERE email = ? COLLATE NOCASE');
    for (const email of emails) for (const row of byEmail.all(email.trim())) ids.add(row.contact_id);
  }
  const phones = new Set((wanted.phones ?? []).map(phoneKey).filter((p) => p.length >= 4));
  if (phones.size > 0) {
    for (const row of j.stmt<[], { contact_id: number; phone: string }>('SELECT contact_id, phone FROM contact_phones').iterate()) {
      if (phones.has(phoneKey(row.phone))) ids.add(row.contact_id);
    }
  }
  if (wanted.except !== undefined) ids.delete(wanted.except);
  const people = getContacts(j, [...ids]);
  return samePersonCandidates({ name: wanted.name, emails, phones: wanted.phones ?? [] }, people);
}
