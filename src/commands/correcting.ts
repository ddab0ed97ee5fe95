// What the correcting commands share: which fields an edit really changes, and the refusal of an
// edit that changes nothing (SPEC §3: "updated" is said only when something was).
import type { Contact, ContactFields } from '../domain/records.js';
import { normalizeName } from '../domain/names.js';
import { RelError } from '../errors.js';

/** The names of the fields in `changes` whose value differs from `before`'s, in `names`' order. */
export function changedFields<T extends object>(before: T, changes: Partial<T>, names: Partial<Record<keyof T, string>>): string[] {
  return (Object.keys(names) as Array<keyof T>).filter((key) => changes[key] !== undefined && changes[key] !== before[key]).map((key) => names[key] ?? String(key));
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

const sameEmail = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const sameAlias = (a: string, b: string): boolean => normalizeName(a) === normalizeName(b);

/**
 * Refuses an edit of a contact that removes what is not there, or changes nothing at all (every
 * field already has that value, every email, phone, alias and tag is already on the person).
 */
export function checkContactEdit(contact: Contact, edit: ContactEdit): void {
  const missing = [
    ...edit.untags.filter((t) => !contact.tags.includes(t)).map((t) => `no tag "${t}"`),
    ...edit.removeEmails.filter((e) => !contact.emails.some((x) => sameEmail(x, e))).map((e) => `no email ${e.trim()}`),
    ...edit.removePhones.filter((p) => !contact.phones.some((x) => x.trim() === p.trim())).map((p) => `no phone ${p.trim()}`),
    ...edit.removeAliases.filter((a) => !contact.aliases.some((x) => sameAlias(x, a))).map((a) => `no alias "${a.trim()}"`),
  ];
  if (missing.length > 0) throw new RelError(`${contact.name} has ${missing.join(', ')}; nothing changed`);
  const removes = edit.untags.length + edit.removeEmails.length + edit.removePhones.length + edit.removeAliases.length;
  const fieldChanges = (Object.keys(edit.fields) as Array<keyof ContactFields>).filter((key) => edit.fields[key] !== undefined && edit.fields[key] !== contact[key]);
  const adds =
    edit.emails.filter((e) => !contact.emails.some((x) => sameEmail(x, e))).length +
    edit.phones.filter((p) => !contact.phones.some((x) => x.trim() === p.trim())).length +
    edit.aliases.filter((a) => !contact.aliases.some((x) => sameAlias(x, a))).length +
    edit.tags.filter((t) => !contact.tags.includes(t)).length;
  if (removes === 0 && adds === 0 && fieldChanges.length === 0) throw new RelError(`${contact.name} (#${contact.id}) already has all that; nothing changed`);
}
