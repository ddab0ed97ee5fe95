// What the contact importers (vCard, Google/Outlook/rel CSV) share in reading a contact; the
// record they produce, ImportedContact, is a domain record (src/domain/records.ts).
import type { DateOrderDecision } from '../domain/dateOrder.js';
import { isEmailAddress } from '../domain/emailAddress.js';
import { idProblem, nameProblem, oneLine, tidyName } from '../domain/nameText.js';
import { phoneProblem } from '../domain/phoneNumbers.js';
import type { ImportedContact, ImportSource } from '../domain/records.js';
import type { ImportWarning } from './importError.js';
import { quoteValue } from './importError.js';

/** A contacts file as a reader understood it: what it is, its contacts, and what it left out. */
export interface ContactsFile {
  /** What the file was read as: 'Outlook CSV', 'vCard'. */
  kind: string;
  /** How many records it holds, read or not, and what they are. */
  records: number;
  unit: 'row' | 'card' | 'record';
  /** How its numeric dates were read, when it has any. */
  dates?: DateOrderDecision;
  contacts: ImportedContact[];
  /** Records with nothing to know a person by, or whose name cannot be read (`reason`), skipped (each is also a warning). */
  unnamed: UnnamedRecord[];
  /** Everything left out, in file order. */
  warnings: ImportWarning[];
}

/** A record skipped for want of a name: nothing to know a person by, or (`reason`) a name that cannot be read. */
export interface UnnamedRecord extends ImportSource {
  reason?: string;
}

/** Why a record is skipped when it has nothing to know a person by. */
export const NOBODY = 'no name, email or phone to know a person by; record skipped';

/** A record a reader skips, already warned about: its name cannot be read. */
export interface UnreadableName {
  skipped: string;
}

/** What a reader makes of a record: a contact, a record skipped for its name, or undefined: nobody in it. */
export type ReadRecord = ImportedContact | UnreadableName | undefined;

/**
 * A record's name: the text of the first source that has one (a field, or several joined, as First,
 * Middle and Last Name). When that text cannot be a name (nameProblem, as the command line refuses
 * it), it is told to `warn` under the field that holds it and the record is skipped: its reason
 * comes back. Text that reads as an id ("12") is left out with a warning, and the next source, or
 * the record's email or phone, names the person. Undefined when no source has text.
 */
export function recordName<F>(sources: ReadonlyArray<ReadonlyArray<readonly [field: F, text: string | undefined]>>, warn: (field: F, problem: string) => void, describe: (field: F) => string): string | UnreadableName | undefined {
  for (const parts of sources) {
    const name = joinNameParts(...parts.map(([, text]) => text));
    if (name === '') continue;
    const problem = nameProblem(name);
    // The field to name: the one whose own text cannot be in a name, else the first that has text.
    const held = parts.filter((part): part is readonly [F, string] => (part[1] ?? '').trim() !== '');
    if (problem === undefined) {
      const asId = idProblem(name);
      if (asId === undefined) return tidyName(name);
      warn(held[0]![0], `${quoteValue(name)} is not a name: ${asId}; left out`);
      continue;
    }
    const [field, text] = held.find(([, text]) => nameProblem(text.trim()) !== undefined) ?? held[0]!;
    const partProblem = nameProblem(text.trim());
    warn(field, `${quoteValue(partProblem === undefined ? name : text.trim())} is not a name: ${partProblem ?? problem}; record skipped`);
    return { skipped: `its name (field ${describe(field)}) cannot be read` };
  }
  return undefined;
}

/** The values that are email addresses (a "mailto:" taken off); each other one is told to `warn` and left out. */
export function emailAddresses(values: readonly string[], warn: (problem: string) => void): string[] {
  const emails: string[] = [];
  for (const raw of values) {
    const value = raw.trim().replace(/^mailto:/i, '');
    if (value === '') continue;
    if (isEmailAddress(value)) emails.push(value);
    else warn(`${quoteValue(value)} is not an email address (name@example.com)`);
  }
  return distinctValues(emails);
}

/** The values that are phone numbers (phoneProblem); each other one is told to `warn` and left out. */
export function phoneNumbers(values: readonly string[], warn: (problem: string) => void): string[] {
  const phones: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    const problem = phoneProblem(value);
    if (problem === undefined) phones.push(value);
    else warn(`${quoteValue(value)} ${problem}`);
  }
  return distinctValues(phones);
}

/** Aliases from a file: one that holds a semicolon is several, as an export's list of aliases ("; ") reads back (readableAliases). */
export function aliasList(values: readonly string[], warn: (problem: string) => void): string[] {
  return readableAliases(values.flatMap((value) => value.split(';')), warn);
}

/** The values that can be aliases (nameProblem, as --alias refuses one), without repeats; each other one is told to `warn` and left out. */
export function readableAliases(values: readonly string[], warn: (problem: string) => void): string[] {
  const readable = distinctValues(values).filter((alias) => {
    const problem = nameProblem(alias);
    if (problem !== undefined) warn(`${quoteValue(alias)} is not an alias: ${problem}`);
    return problem === undefined;
  });
  return distinctValues(readable.map(tidyName)); // "Ann  Lee" and "Ann Lee" are one
}

/** Trimmed, non-empty, without repeats (compared case-insensitively), in first-seen order. */
export function distinctValues(values: Iterable<string>): string[] {
  // The keys seen as a short array, not a Set: a contact's list holds a handful of values, and an
  // import reads four lists a row (a Set each was 60 MB of garbage for 100,000 rows).
  const seen: string[] = [];
  const result: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    const key = value.toLowerCase();
    if (value === '' || seen.includes(key)) continue;
    seen.push(key);
    result.push(value);
  }
  return result;
}

// Groups every contact of an account is in, which say nothing about the person:
// Google's "* myContacts" (and "My Contacts" in Android's vCards), "* Other Contacts".
const SYSTEM_GROUPS = new Set(['mycontacts', 'my contacts', 'other contacts', 'othercontacts']);

/**
 * Group names as rel tags: Google's system-label star dropped ("* starred" → "starred"), and the
 * all-contacts groups left out.
 */
export function tagsFromGroups(groups: Iterable<string>): string[] {
  const tags: string[] = [];
  for (const group of groups) {
    const name = group.trim().replace(/^\*\s*/, '');
    if (name !== '' && !SYSTEM_GROUPS.has(name.toLowerCase())) tags.push(name);
  }
  return distinctValues(tags);
}

/** What a card shows on one line each (company, role, how they met), made one line as the command line takes it. */
export function oneLineFields(contact: ImportedContact): ImportedContact {
  for (const key of ['company', 'role', 'met'] as const) {
    const value = contact[key];
    if (value !== undefined) contact[key] = oneLine(value);
  }
  return contact;
}

/** A name from its parts, skipping the empty ones: ('Jane', '', 'Doe') → 'Jane Doe'. */
export function joinNameParts(...parts: Array<string | undefined>): string {
  return parts
    .map((p) => p?.trim() ?? '')
    .filter((p) => p !== '')
    .join(' ');
}

type OptionalFields = Partial<Pick<ImportedContact, 'company' | 'role' | 'birthday' | 'customerSince' | 'cadence' | 'met' | 'referredBy' | 'note' | 'pausedUntil'>>;

const OPTIONAL_FIELDS = ['company', 'role', 'birthday', 'customerSince', 'cadence', 'met', 'referredBy', 'note', 'pausedUntil'] as const satisfies ReadonlyArray<keyof OptionalFields>;

/** Sets the fields that have a value, leaving the empty ones out of the record. */
export function setPresent(contact: ImportedContact, fields: { [K in keyof OptionalFields]: string | undefined }): void {
  for (const key of OPTIONAL_FIELDS) {
    const value = fields[key];
    if (value) contact[key] = value;
  }
}
