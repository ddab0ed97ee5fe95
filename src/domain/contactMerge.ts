// Merging imported contact records into a contact: what is new, compared the way people would
// (emails ignoring case, phone numbers by their digits, aliases ignoring case and accents, group
// names as rel tags). Only empty fields are filled and only new values added: nothing is renamed
// or blanked. Pure; used by importPlan.ts.
import type { ImportedContact, ImportedDate, ImportSource } from './records.js';
import { normalizeName } from './names.js';
import { wordsKey } from './nameWords.js';
import { isIdentityKey, phoneKey } from './phoneNumbers.js';
import { isOnePhone } from './contactValues.js';
import { importTag } from './tags.js';
import { sortDates, type HeldDetails } from './datedDetails.js';

/** A journal contact as far as an import can change it. */
export interface ExistingContact {
  id: number;
  name: string;
  company: string | null;
  role: string | null;
  birthday: string | null;
  customerSince: string | null;
  cadence: string | null;
  met: string | null;
  referredBy: number | null;
  pausedUntil: string | null;
  archived: boolean;
  emails: readonly string[];
  phones: readonly string[];
  aliases: readonly string[];
  tags: readonly string[];
}

export const FILLABLE_FIELDS = ['company', 'role', 'birthday', 'customerSince', 'cadence', 'met', 'pausedUntil'] as const;
export type FillableField = (typeof FILLABLE_FIELDS)[number];

/** A value of a record not taken, as the contact has another in that field: `kept` is the contact's, `given` the record's. */
export interface KeptValue {
  /** A field, or a date the contact remembers under the text `what` (an anniversary). */
  field: FillableField | 'name' | 'archived' | 'date';
  kept: string;
  given: string;
  what?: string;
}

/** Who a record or a referral points at: a journal contact, or the n-th contact this import adds. */
export type ContactRef = { existing: number } | { added: number };

/** A contact as the import leaves it: everything new, to be written. */
export interface ContactChanges {
  fields: Partial<Record<FillableField, string>>;
  emails: string[];
  phones: string[];
  aliases: string[];
  tags: string[];
  /** Texts to remember (undated details). */
  notes: string[];
  /** Yearly dates to remember (yearly dated details: an anniversary). */
  dates: ImportedDate[];
  referrer?: ContactRef;
}

/** A group name as a rel tag, spaces kept ("Inner circle" → "inner circle"): the rule of tags.ts. */
export { importTag };

/** A referrer as a record of the file names them: by name, and in rel's own CSV by id too. */
export interface Referral {
  name: string;
  /** The referrer's rel id, from the file that gave it. */
  id?: number;
  line: number;
  /** Where the record's outcome is. */
  outcome: number;
}

/** Everything a contact has (journal values plus what this import adds), for comparisons. */
export class ContactDraft {
  readonly changes: ContactChanges = { fields: {}, emails: [], phones: [], aliases: [], tags: [], notes: [], dates: [] };
  /** Undefined for a new person until a record says (rel's own CSV and JSON). */
  archived: boolean | undefined;
  /** The referrers' names as the records of the file give them, each once, and where each record's outcome is: the first that can be linked is the referrer. */
  readonly referrals: Referral[] = [];
  private readonly fields: Partial<Record<FillableField, string | null>>;
  // Keys of what the contact has, as short arrays: a person has a handful of each, and a
  // hundred thousand drafts with four Sets each cost more memory than the whole file.
  private readonly emails: string[];
  private readonly phones: string[];
  /** The numbers as written, beside their keys in `phones`: two numbers can share a key (isOnePhone). */
  private readonly phonesWritten: string[];
  private readonly aliases: string[];
  private readonly tags: string[];
  private readonly hadReferrer: boolean;

  constructor(
    readonly ref: ContactRef,
    readonly name: string,
    readonly source: ImportSource,
    existing: ExistingContact | undefined,
    /** What the contact remembers, as details or lines of one. */
    private readonly held: HeldDetails,
    /** The name folded (normalizeName), when the caller has it already. */
    readonly nameKey = normalizeName(name),
  ) {
    this.fields = existing ? Object.fromEntries(FILLABLE_FIELDS.map((f) => [f, existing[f]])) : {};
    this.emails = existing?.emails.map((e) => e.toLowerCase()) ?? [];
    this.phonesWritten = existing ? [...existing.phones] : [];
    this.phones = this.phonesWritten.map(phoneKey);
    this.aliases = existing ? [nameKey, ...existing.aliases.map(normalizeName)] : [nameKey];
    this.tags = existing ? [...existing.tags] : [];
    this.hadReferrer = existing !== undefined && existing.referredBy !== null;
    this.archived = existing?.archived;
  }

  /**
   * Takes what the record adds; returns a word for each kind of change, and the record's values of
   * fields the contact has another value in, which are not taken (nothing is overwritten).
   */
  merge(record: ImportedContact): { said: string[]; kept: KeptValue[] } {
    const said: string[] = [];
    const kept: KeptValue[] = [];
    if (this.isOtherName(record)) kept.push({ field: 'name', kept: this.name, given: record.name });
    for (const field of FILLABLE_FIELDS) {
      const value = record[field];
      const had = this.fields[field];
      if (value && (!had || isYearOf(field, had, value))) {
        this.fields[field] = value;
        this.changes.fields[field] = value;
        said.push(FIELD_WORDS[field]);
      } else if (value && had && value !== had && !isYearOf(field, value, had)) kept.push({ field, kept: had, given: value }); // both as stored: the readers give a field's value in the journal's form
    }
    const count = (n: number, word: string) => n > 0 && said.push(`+${n} ${word}${n > 1 ? (word.endsWith('s') ? 'es' : 's') : ''}`);
    count(addNew(record.emails, this.emails, (e) => e.toLowerCase(), this.changes.emails), 'email');
    count(this.addPhones(record.phones), 'phone');
    count(addNew(record.aliases, this.aliases, normalizeName, this.changes.aliases), 'alias');
    count(addNew(record.tags.map(importTag), this.tags, (t) => t, this.changes.tags), 'tag');
    if (record.archived !== undefined && this.archived === undefined) this.archived = record.archived;
    else if (record.archived !== undefined && record.archived !== this.archived) kept.push({ field: 'archived', kept: String(this.archived), given: String(record.archived) });
    const note = record.note && newNoteText(record.note.replace(/\r\n?/g, '\n').trim(), (text) => this.held.has(text));
    if (note && !this.changes.notes.includes(note)) {
      this.changes.notes.push(note);
      said.push('note');
    }
    const dates = sortDates(record.dates ?? [], this.held, this.changes.dates);
    this.changes.dates.push(...dates.fresh);
    count(dates.fresh.length, 'date');
    kept.push(...dates.other.map((d): KeptValue => ({ field: 'date', what: d.text, kept: d.kept, given: d.given })));
    const referredBy = record.referredBy;
    if (referredBy && !this.hadReferrer && !this.referrals.some((r) => normalizeName(r.name) === normalizeName(referredBy))) {
      this.referrals.push({ name: referredBy, ...(record.referredById === undefined ? {} : { id: record.referredById }), line: record.source.line, outcome: -1 });
      said.push('referrer');
    }
    return { said, kept };
  }

  /**
   * Appends the numbers the contact does not have yet, as rel contact add tells them (isOnePhone):
   * "+1 600 100 200" is another number than "+34 600 100 200", though their keys are one. Keys
   * first: only numbers with the same key are compared whole. Returns how many.
   */
  private addPhones(values: readonly string[]): number {
    let n = 0;
    for (const raw of values) {
      const value = raw.trim();
      const key = phoneKey(value);
      if (value === '' || key === '' || this.phones.some((k, i) => k === key && isOnePhone(this.phonesWritten[i]!, value))) continue;
      this.phones.push(key);
      this.phonesWritten.push(value);
      this.changes.phones.push(value);
      n++;
    }
    return n;
  }

  /**
   * Whether the record names the contact otherwise than the contact's name and aliases do, in any
   * order of their words ("Annie Leeson" for Ann Lee, matched by her email): the name is kept, and
   * the import says so. Not a name a nameless record was given (its email, phone or company).
   */
  private isOtherName(record: ImportedContact): boolean {
    const { name } = record;
    if (name === this.name || name === record.company || name.includes('@') || !/\p{L}/u.test(name)) return false;
    const key = normalizeName(name);
    const words = wordsKey(key);
    // this.aliases holds the name's key and every alias's, the journal's and those this import added.
    return !this.aliases.includes(key) && (words === undefined || words !== wordsKey(this.nameKey));
  }

  /** Remembers a text (as a detail) the contact does not remember yet; whether it was new. */
  remember(text: string): boolean {
    if (this.held.has(text) || this.changes.notes.includes(text)) return false;
    this.changes.notes.push(text);
    return true;
  }

  hasEmail(): boolean {
    return this.emails.length > 0;
  }

  /** Whether the contact has one of these emails (lower-cased) or numbers (phoneKey). */
  isKnownBy(emails: readonly string[], phones: readonly string[]): boolean {
    return this.emails.some((e) => emails.includes(e)) || this.phones.some((p) => phones.includes(p));
  }

  /** Whether the contact has an email or a phone number to tell them from a namesake. */
  hasEmailOrPhone(): boolean {
    return this.emails.length > 0 || this.phones.some(isIdentityKey);
  }

  hasChanges(): boolean {
    const c = this.changes;
    return Object.keys(c.fields).length > 0 || c.emails.length + c.phones.length + c.aliases.length + c.tags.length + c.notes.length + c.dates.length > 0 || c.referrer !== undefined;
  }
}

/** Whether a journal contact has one of these emails (lower-cased) or numbers (phoneKey), as ContactDraft.isKnownBy. */
export function isKnownBy(contact: ExistingContact, emails: readonly string[], phones: readonly string[]): boolean {
  return contact.emails.some((e) => emails.includes(e.toLowerCase())) || contact.phones.some((p) => phones.includes(phoneKey(p)));
}

/** Appends the values not seen yet (by key) to `added`; returns how many. */
function addNew(values: readonly string[], seen: string[], key: (v: string) => string, added: string[]): number {
  let n = 0;
  for (const raw of values) {
    const value = raw.trim();
    const k = key(value);
    if (value === '' || k === '' || seen.includes(k)) continue;
    seen.push(k);
    added.push(value);
    n++;
  }
  return n;
}

/** The values kept, each with the record's not taken: `company (Doe Flowers, not Doe Floral Ltd) and birthday (1980-12-31, not 1981-12-31)`. */
export function describeKept(kept: readonly KeptValue[]): string {
  const each = kept.map((k) => `${k.field === 'date' ? k.what : KEPT_WORDS[k.field]} (${k.kept}, not ${k.given})`);
  return each.length === 1 ? each[0]! : `${each.slice(0, -1).join(', ')} and ${each.at(-1)}`;
}

const KEPT_WORDS: Record<Exclude<KeptValue['field'], 'date'>, string> = {
  name: 'name',
  archived: 'archived flag',
  company: 'company',
  role: 'role',
  birthday: 'birthday',
  customerSince: 'customer-since day',
  cadence: 'cadence',
  met: 'how you met',
  pausedUntil: 'pause',
};

const FIELD_WORDS: Record<FillableField, string> = {
  company: 'company',
  role: 'role',
  birthday: 'birthday',
  customerSince: 'customer since',
  cadence: 'cadence',
  met: 'how met',
  pausedUntil: 'pause',
};

/** What a detail holds for a file's note to be known already: its whole text, and each line of it. */
export function heldTexts(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return lines.length > 1 ? [text, ...lines] : [text];
}

/**
 * What of a file's note is new to a contact (`held`: heldTexts of their details): nothing when the
 * text or each of its lines is remembered, the lines not remembered when some are (a note that
 * grew: an older import kept it without the lines a reader now adds), else the note whole.
 */
export function newNoteText(note: string, held: (text: string) => boolean): string | undefined {
  if (note === '' || held(note)) return undefined;
  const lines = note.split('\n').filter((line) => line.trim() !== '');
  const fresh = lines.filter((line) => !held(line.trim()));
  if (fresh.length === lines.length) return note;
  return fresh.length === 0 ? undefined : fresh.join('\n');
}

/** A birthday without its year and one with it, the same day ("--11-02", "1970-11-02"): one fills the other's gap, contradicting nothing. */
function isYearOf(field: FillableField, yearless: string, dated: string): boolean {
  return field === 'birthday' && yearless.startsWith('--') && /^\d{4}-/.test(dated) && dated.slice(4) === yearless.slice(1);
}
