// What the correcting commands share: which fields an edit really changes, and the refusal of an
// edit that changes nothing (SPEC §3: "updated" is said only when something was).
import type { Contact, ContactFields } from '../domain/records.js';
import { heldValues, isOneAlias, isOneEmail, isOnePhone, newValues, type SameValue } from '../domain/contactValues.js';
import { RelError } from '../errors.js';

/** The names of the fields in `changes` whose value differs from `before`'s, in `names`' order. */
export function changedFields<T extends object>(before: T, changes: Partial<T>, names: Partial<Record<keyof T, string>>): string[] {
  return (Object.keys(names) as Array<keyof T>).filter((key) => changes[key] !== undefined && changes[key] !== before[key]).map((key) => names[key] ?? String(key));
}

/** The person --person moves a follow-up or a detail to, when it is someone else than whose it is. */
export function movedTo<P extends { id: number }>(record: { contactId: number }, person: P | undefined): P | undefined {
  return person !== undefined && person.id !== record.contactId ? person : undefined;
}

/** An edit that would leave the record as it is: exit 1, nothing written. */
export function nothingChanged(what: string): never {
  throw new RelError(`${what} is already like that; nothing changed`);
}

/** What `rel edit NAME` is asked to remove, and to add or set; the values already checked. */
export interface ContactEdit {
  fields: ContactFields;
  emails: string[];
  phones: string[];
  aliases: string[];
  tags: string[];
  removeEmails: string[];
  removePhones: string[];
  removeAliases: string[];
  untags: string[];
}

/**
 * What an edit really adds (values the card lacks, each once) and removes (as the card writes
 * them); `aliasesRenamed`, the aliases a new name is, removed with the rename.
 */
export type ContactEditPlan = Omit<ContactEdit, 'fields'> & { aliasesRenamed: string[] };

const isOneTag: SameValue = (a, b) => a === b; // tags are normalised by tagFlag already

/** What a field is called when an edit clears one that is empty. */
const CLEARED_WORDS = {
  company: 'company',
  role: 'role',
  birthday: 'birthday',
  customerSince: 'customer-since date',
  cadence: 'cadence of their own',
  met: 'how you met',
  referredBy: 'referrer',
} as const;

/**
 * Refuses an edit of a contact that removes what is not there, or changes nothing at all (every
 * field already has that value, every email, phone, alias and tag is already on the person, in
 * any form: isOneEmail, isOnePhone, isOneAlias). Returns what the edit adds and removes. A person's
 * name is no alias of theirs (as rel merge and imports keep it): an alias that is the name (after
 * the edit) is had already, and one a new name is goes with the rename.
 */
export function checkContactEdit(contact: Contact, edit: ContactEdit): ContactEditPlan {
  const absent = (named: string[], held: string[], same: SameValue) => named.filter((n) => heldValues([n], held, same).length === 0);
  const missing = [
    ...absent(edit.untags, contact.tags, isOneTag).map((t) => `no tag "${t}"`),
    ...absent(edit.removeEmails, contact.emails, isOneEmail).map((e) => `no email ${e.trim()}`),
    ...absent(edit.removePhones, contact.phones, isOnePhone).map((p) => `no phone ${p.trim()}`),
    ...absent(edit.removeAliases, contact.aliases, isOneAlias).map((a) => `no alias "${a.trim()}"`),
    // "" clears a field: one already empty is something removed that is not there.
    ...(Object.keys(CLEARED_WORDS) as Array<keyof typeof CLEARED_WORDS>).filter((key) => edit.fields[key] === null && contact[key] === null).map((key) => `no ${CLEARED_WORDS[key]} to clear`),
  ];
  if (missing.length > 0) throw new RelError(`${contact.name} has ${missing.join(', ')}; nothing changed`);
  const name = edit.fields.name ?? contact.name;
  const removeAliases = heldValues(edit.removeAliases, contact.aliases, isOneAlias);
  const plan: ContactEditPlan = {
    emails: newValues(edit.emails, contact.emails, isOneEmail),
    phones: newValues(edit.phones, contact.phones, isOnePhone),
    aliases: newValues(edit.aliases, [name, ...contact.aliases], isOneAlias),
    tags: newValues(edit.tags, contact.tags, isOneTag),
    removeEmails: heldValues(edit.removeEmails, contact.emails, isOneEmail),
    removePhones: heldValues(edit.removePhones, contact.phones, isOnePhone),
    removeAliases,
    untags: heldValues(edit.untags, contact.tags, isOneTag),
    aliasesRenamed: edit.fields.name === undefined ? [] : heldValues([name], contact.aliases, isOneAlias).filter((a) => !removeAliases.includes(a)),
  };
  const fieldChanges = (Object.keys(edit.fields) as Array<keyof ContactFields>).filter((key) => edit.fields[key] !== undefined && edit.fields[key] !== contact[key]);
  if (fieldChanges.length === 0 && Object.values(plan).every((values) => values.length === 0)) throw new RelError(`${contact.name} (#${contact.id}) already has all that; nothing changed`);
  return plan;
}
