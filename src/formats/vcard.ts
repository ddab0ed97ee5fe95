// vCard import (2.1, 3.0, 4.0, as phones and address books export them) and export (3.0).
//
// Export writes vCard 3.0: it is the version Google Contacts and iOS/macOS Contacts export
// themselves, so the one both import most reliably; neither writes 4.0, and 2.1 would need
// quoted-printable for anything beyond ASCII.
// A birthday without a year is written BDAY:--MMDD, as Google Contacts itself exports it
// (3.0 has no standard form; Apple's BDAY;X-APPLE-OMIT-YEAR=1604:1604-MM-DD makes every
// program but Apple's show the year 1604). Both forms are read on import.
// On import an anniversary and an Apple date become yearly details, with their year (vcardDates.ts).
// A value that cannot be read (a BDAY that is no date, an EMAIL that is no address) is left out
// with a warning naming the line and property, and the rest of the card is imported; so is each
// property rel has no field for (vcardLeftOut.ts).
// Websites, addresses, ORG's units and a second role are kept as lines of the note (vcardNoteLines.ts).
import type { DateOrder } from '../domain/dateOrder.js';
import { aliasList, distinctValues, emailAddresses, NOBODY, oneLineFields, phoneNumbers, recordName, tagsFromGroups, type ContactsFile, type ReadRecord, type UnnamedRecord, type UnreadableName } from './contactRecord.js';
import { phoneOfTelUri } from '../domain/phoneNumbers.js';
import type { ImportedContact } from '../domain/records.js';
import type { ImportWarning, Warn } from './importError.js';
import { FileDates } from './importDates.js';
import { birthdayOf, datesOf, isDateProperty } from './vcardDates.js';
import { warnLeftOut } from './vcardLeftOut.js';
import { decodeValue, splitVCards, type RawVCard, type VCardProperty } from './vcardLines.js';
import { componentsOf, splitUnescaped, textOf, unescapeText } from './vcardText.js';
import { noteLinesOfCard } from './vcardNoteLines.js';
import { noteWithLines } from './noteLines.js';
import { nameParts } from './vcardName.js';
import { referrerOfCard, relatedNameLines, relationsOfCard, type VCardRelative } from './vcardRelations.js';

/** Every contact in a vCard file, in file order, and what was left out. */
export function readVCards(input: string | Uint8Array, file: string, options: { dateOrder?: DateOrder } = {}): ContactsFile {
  const warnings: ImportWarning[] = [];
  const warn: Warn = (place, problem) => warnings.push({ ...place, problem });
  const cards = splitVCards(input, file, warn);
  const dates = FileDates.of(cards.flatMap((card) => card.properties.filter(isDateProperty).map(textOf)), options.dateOrder);
  const contacts: ImportedContact[] = [];
  const unnamed: UnnamedRecord[] = [];
  for (const card of cards) {
    const contact = contactFromCard(new CardReading(card, file, dates, warn));
    if (contact === undefined) {
      unnamed.push({ file, line: card.line });
      warn({ file, line: card.line }, NOBODY);
    } else if ('skipped' in contact) unnamed.push({ file, line: card.line, reason: contact.skipped });
    else {
      contacts.push(oneLineFields(contact));
      warnLeftOut(card, (property, problem) => warn({ file, line: property.line, field: property.name }, problem));
    }
  }
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { kind: 'vCard', records: cards.length, unit: 'card', ...(dates.decision && { dates: dates.decision }), contacts, unnamed, warnings };
}

/** A card being read: its properties, and where to report what cannot be read. */
class CardReading {
  constructor(
    readonly card: RawVCard,
    readonly file: string,
    readonly dates: FileDates,
    private readonly warnings: Warn,
  ) {}

  warn(property: VCardProperty, problem: string): void {
    this.warnings({ file: this.file, line: property.line, field: property.name }, problem);
  }

  /** The values of the properties called `name` that `check` takes (emailAddresses, phoneNumbers); each other one is warned about. */
  checked(name: string, check: typeof emailAddresses, clean: (text: string) => string = (t) => t): string[] {
    return distinctValues(this.card.properties.filter((p) => p.name === name).flatMap((p) => check([clean(textOf(p))], (problem) => this.warn(p, problem))));
  }
}

function contactFromCard(reading: CardReading): ReadRecord {
  const { card, file } = reading;
  const texts = (name: string) => card.properties.filter((p) => p.name === name).map(textOf);
  const first = (name: string) => texts(name).find((t) => t.trim() !== '')?.trim();
  const emails = reading.checked('EMAIL', emailAddresses);
  const phones = reading.checked('TEL', phoneNumbers, phoneOfTelUri);
  const company = firstComponent(card, 'ORG');
  const name = nameOfCard(reading) ?? emails[0] ?? phones[0];
  if (typeof name !== 'string') return name;
  const contact: ImportedContact = {
    name,
    emails,
    phones,
    aliases: distinctValues(card.properties.filter((p) => p.name === 'NICKNAME').flatMap((p) => aliasList(listValues(p), (problem) => reading.warn(p, problem)))),
    tags: tagsFromGroups(card.properties.filter((p) => p.name === 'CATEGORIES').flatMap(categoriesOf)),
    source: { file, line: card.line },
  };
  const role = first('TITLE') ?? first('ROLE');
  const birthday = birthdayOf(reading);
  const dates = datesOf(reading);
  const notes = texts('NOTE')
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .join('\n\n');
  const note = noteWithLines(notes, noteLinesOfCard(card, role));
  if (company) contact.company = company;
  if (role) contact.role = role;
  if (birthday) contact.birthday = birthday;
  if (note) contact.note = note;
  const uid = first('UID');
  const relId = uid === undefined ? undefined : relIdOfUid(uid);
  if (relId !== undefined) contact.relId = relId;
  else if (uid !== undefined) contact.uid = uid;
  if (dates.length > 0) contact.dates = dates;
  const relations = relationsOfCard(card, textOf, (property, problem) => reading.warn(property, problem));
  if (relations.length > 0) contact.relations = relations;
  const referrer = referrerOfCard(card, textOf);
  if (referrer !== undefined) contact.referredBy = referrer;
  return contact;
}

/**
 * The card's name: the first FN with text, else N's given and family names (N is
 * family;given;additional;prefix;suffix), else the company (ORG). One that cannot be a name skips
 * the card (recordName).
 */
function nameOfCard(reading: CardReading): string | UnreadableName | undefined {
  const { card } = reading;
  const fn = card.properties.find((p) => p.name === 'FN' && textOf(p).trim() !== '');
  const n = card.properties.find((p) => p.name === 'N');
  const [family, given] = n === undefined ? [] : componentsOf(n);
  const org = card.properties.find((p) => p.name === 'ORG' && firstComponentOf(p) !== '');
  const sources = [[[fn, fn && textOf(fn)] as const], [[n, given] as const, [n, family] as const], [[org, org && firstComponentOf(org)] as const]];
  return recordName(sources, (property, problem) => reading.warn(property!, problem), (property) => property!.name);
}

function firstComponent(card: RawVCard, name: string): string | undefined {
  for (const property of card.properties.filter((p) => p.name === name)) {
    const value = firstComponentOf(property);
    if (value) return value;
  }
  return undefined;
}

/** A structured value's first component (ORG's company), unescaped and trimmed. */
function firstComponentOf(property: VCardProperty): string {
  return (componentsOf(property)[0] ?? '').trim();
}

/** A comma-separated list such as CATEGORIES and NICKNAME. */
function listValues(property: VCardProperty): string[] {
  return splitUnescaped(decodeValue(property), ',').map(unescapeText);
}

/**
 * CATEGORIES as groups. RFC 6350 reads "a\, b" as one value holding a comma, but a tag cannot hold
 * one (tagProblem) and the exporters that write it (Thunderbird: "category1\, category2") mean
 * several: a comma left after unescaping separates categories too.
 */
function categoriesOf(property: VCardProperty): string[] {
  return listValues(property).flatMap((value) => value.split(','));
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface VCardContact {
  id: number;
  name: string;
  emails: readonly string[];
  phones: readonly string[];
  company?: string | null;
  role?: string | null;
  /** 'YYYY-MM-DD' or '--MM-DD'. */
  birthday?: string | null;
  aliases?: readonly string[];
  tags?: readonly string[];
  note?: string | null;
  /** Family and colleagues, as this person has them. */
  related?: readonly VCardRelative[];
}

/** One vCard 3.0, CRLF line ends, folded at 75 octets. */
export function writeVCard(contact: VCardContact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escapeText(contact.name)}`, `N:${nameParts(contact.name).map(escapeText).join(';')}`];
  if (contact.aliases?.length) lines.push(`NICKNAME:${contact.aliases.map(escapeText).join(',')}`);
  for (const email of contact.emails) lines.push(`EMAIL;TYPE=INTERNET:${escapeText(email)}`);
  for (const phone of contact.phones) lines.push(`TEL:${escapeText(phone)}`);
  if (contact.company) lines.push(`ORG:${escapeText(contact.company)}`);
  if (contact.role) lines.push(`TITLE:${escapeText(contact.role)}`);
  if (contact.birthday) lines.push(`BDAY:${vcardDate(contact.birthday)}`);
  if (contact.tags?.length) lines.push(`CATEGORIES:${contact.tags.map(escapeText).join(',')}`);
  if (contact.note) lines.push(`NOTE:${escapeText(contact.note)}`);
  if (contact.related?.length) lines.push(...relatedNameLines(contact.related, escapeText));
  lines.push(`UID:${relContactUid(contact.id)}`, 'END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** rel's UID for a contact: its id, so that an import into the same journal knows the card. */
export function relContactUid(id: number): string {
  return `rel-contact-${id}@rel`;
}

/** The id in a UID rel wrote (`rel-contact-12@rel` → 12). */
export function relIdOfUid(uid: string): number | undefined {
  const digits = /^rel-contact-(\d{1,15})@rel$/i.exec(uid.trim())?.[1];
  const id = Number(digits);
  return digits !== undefined && id > 0 ? id : undefined;
}

/** 1980-03-15 stays; a birthday without a year becomes --0315, as Google exports it. */
function vcardDate(stored: string): string {
  return stored.startsWith('--') ? `--${stored.slice(2).replace('-', '')}` : stored;
}

export function escapeText(text: string): string {
  return text.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 6350 §3.2: lines longer than 75 octets continue after CRLF + space, never inside a character. */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
