// What the import planner's tests give it (src/domain/importPlan.ts): records of a file, and an
// index of the journal built from plain contacts, as src/store/importer.ts builds it from tables.
import { detailKey, type ExistingContact, type ImportIndex } from '../../src/domain/importPlan.js';
import { heldTexts } from '../../src/domain/contactMerge.js';
import { normalizeName } from '../../src/domain/names.js';
import { phoneIdentity } from '../../src/domain/phoneNumbers.js';
import type { ImportedContact } from '../../src/domain/records.js';
import type { Relation } from '../../src/domain/relations.js';

let line = 1;
/** The line of the next record: each record of a test's file has a line of its own. */
export const nextLine = (): number => ++line;

export function record(name: string, extra: Partial<ImportedContact> = {}): ImportedContact {
  return { name, emails: [], phones: [], aliases: [], tags: [], source: { file: 'x.csv', line: nextLine() }, ...extra };
}

export function existing(id: number, name: string, extra: Partial<ExistingContact> = {}): ExistingContact {
  return { id, name, company: null, role: null, birthday: null, customerSince: null, cadence: null, met: null, referredBy: null, pausedUntil: null, archived: false, emails: [], phones: [], aliases: [], tags: [], ...extra };
}

/** `details`: [contact id, text], or [contact id, text, date] for a dated one. */
export function indexOf(contacts: ExistingContact[], details: Array<[number, string, string?]> = [], relations: Relation[] = []): ImportIndex {
  const emailOwners = new Map<string, number>();
  const phoneOwners = new Map<string, number | 'several'>();
  const nameOwners = new Map<string, number[]>();
  for (const c of contacts) {
    for (const e of c.emails) if (!emailOwners.has(e.toLowerCase())) emailOwners.set(e.toLowerCase(), c.id);
    for (const key of c.phones.map(phoneIdentity)) if (key !== undefined) phoneOwners.set(key, phoneOwners.has(key) ? 'several' : c.id);
    nameOwners.set(normalizeName(c.name), [...(nameOwners.get(normalizeName(c.name)) ?? []), c.id]);
  }
  const journalReferrals = new Map(contacts.flatMap((c) => (c.referredBy === null ? [] : [[c.id, { referredBy: c.referredBy, name: c.name }] as const])));
  const index = { emailOwners, phoneOwners, nameOwners, contacts: new Map(contacts.map((c) => [c.id, c])), journalReferrals, relations };
  const detailDates = new Map<string, string[]>();
  for (const [id, text, date] of details) if (date !== undefined) detailDates.set(detailKey(id, text), [...(detailDates.get(detailKey(id, text)) ?? []), date]);
  return { ...index, detailTexts: new Set(details.flatMap(([id, text]) => heldTexts(text).map((held) => detailKey(id, held)))), detailDates };
}

