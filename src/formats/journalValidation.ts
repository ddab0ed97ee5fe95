// Checks that a parsed JSON value is a journal document rel can restore, field by field. The
// first problem is thrown as an ImportFormatError naming its JSON path ("contacts[3].birthday").
// A nullable field may also be left out, and a list too (read as empty); unknown keys are ignored
// (a person's rhythm is derived, so it is not read). Version 1 points at people by contactId and
// referredBy ids; version 2 by { id, name } references (the name is not read: the id decides).
import { CHANNEL_NAMES as CHANNELS } from '../domain/channels.js';
import { isEmailAddress } from '../domain/emailAddress.js';
import { phoneProblem } from '../domain/phoneNumbers.js';
import { aliasProblem, oneLine } from '../domain/nameText.js';
import { tryParseDuration } from '../domain/duration.js';
import { anchorProblem, anchorToCarry } from '../domain/recurrence.js';
import { normalizeTag, tagProblem } from '../domain/tags.js';
import { ImportFormatError, quoteValue } from './importError.js';
import { Fields, objectFields } from './jsonFields.js';
import { NUMBERED_RECORDS, type JournalContact, type JournalConversation, type JournalDetail, type JournalDocument, type JournalRelation, type JournalReminder, type JournalTag, type NumberedRecord } from '../domain/records.js';
import { RELATION_KINDS, type RelationKind } from '../domain/relations.js';

/** How a version points at people: by ids (1) or by { id, name } references (2). */
interface PersonLinks {
  referredBy(f: Fields): number | null;
  /** The person a detail or reminder belongs to. */
  owner(f: Fields): number;
  /** The people a conversation was with. */
  conversationPeople(f: Fields): number[];
  /** Where a bad reference is reported. */
  referrerField: string;
  ownerField: string;
  /** Where a bad reference to a conversation's nth person is reported. */
  conversationField(n: number): string;
}

const LINKS_BY_ID: PersonLinks = {
  referredBy: (f) => f.optionalId('referredBy'),
  owner: (f) => f.id('contactId'),
  conversationPeople: (f) => [f.id('contactId')],
  referrerField: 'referredBy',
  ownerField: 'contactId',
  conversationField: () => 'contactId',
};

const LINKS_BY_REF: PersonLinks = {
  referredBy: (f) => f.optionalRef('referredBy'),
  owner: (f) => f.ref('person'),
  conversationPeople: (f) => f.people('people'),
  referrerField: 'referredBy.id',
  ownerField: 'person.id',
  conversationField: (n) => `people[${n}].id`,
};

/** What rel import restores from JSON, and how contacts come in instead. */
export const RESTORES_ONLY = 'rel import restores the JSON that rel export all writes; contacts come in as a list (rel export contacts --format json or ndjson), or from CSV or vCard';

export function validateJournalDocument(value: unknown, file: string, expected: { format: string; versions: readonly number[] }): JournalDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ImportFormatError({ file }, `is not a rel journal export: ${RESTORES_ONLY}`);
  }
  const root = objectFields(value, '', file);
  const version = root.raw('version');
  if (root.raw('format') !== expected.format) root.fail('format', `is not ${JSON.stringify(expected.format)}: this is not a rel journal export; ${RESTORES_ONLY}`);
  const newest = Math.max(...expected.versions);
  if (typeof version === 'number' && version > newest) root.fail('version', `${version} was written by a newer rel; update rel to import it`);
  if (typeof version !== 'number' || !expected.versions.includes(version)) root.fail('version', `must be ${expected.versions.join(' or ')}`);
  const links = version === 1 ? LINKS_BY_ID : LINKS_BY_REF;

  const contactFields = root.list('contacts');
  const contacts = contactFields.map((f) => readContact(f, links));
  const contactIds = uniqueIds(contacts, contactFields);
  contacts.forEach((c, i) => {
    if (c.referredBy !== null && !contactIds.has(c.referredBy)) contactFields[i]!.fail(links.referrerField, `no contact has id ${c.referredBy}`);
  });
  /** Records of people: `owners` says whose each is, `field` where a bad one is reported. */
  const ofContacts = <T extends { id: number }>(key: string, read: (f: Fields) => T, owners: (r: T) => readonly number[], field: (n: number) => string): T[] => {
    const fields = root.list(key);
    const records = fields.map(read);
    uniqueIds(records, fields);
    records.forEach((r, i) => {
      owners(r).forEach((id, n) => {
        if (!contactIds.has(id)) fields[i]!.fail(field(n), `no contact has id ${id}`);
      });
    });
    return records.sort(byId);
  };
  const owner = (r: { contactId: number }) => [r.contactId];
  const ownerField = () => links.ownerField;
  const conversations = ofContacts('conversations', (f) => readConversation(f, links), (v) => v.people, links.conversationField);
  const highestIds = readHighestIds(root);
  // A follow-up's conversation may be gone (deleted since; ids are never reused), but its id was given.
  const conversationsGiven = conversations.reduce((highest, v) => Math.max(highest, v.id), highestIds.conversations);
  return {
    format: expected.format,
    version,
    contacts: contacts.sort(byId),
    conversations,
    details: ofContacts<JournalDetail>('details', (f) => readDetail(f, links), owner, ownerField),
    reminders: ofContacts<JournalReminder>('reminders', (f) => readReminder(f, links, conversationsGiven), owner, ownerField),
    relations: readRelations(root, contactIds),
    tags: readTags(root),
    settings: root.textMap('settings'),
    highestIds,
  } as JournalDocument;
}

/** The highest ids given (0 for a kind left out, as in a document written before them). */
function readHighestIds(root: Fields): Record<NumberedRecord, number> {
  const given = root.raw('highestIds') === undefined ? undefined : root.at('highestIds');
  return Object.fromEntries(NUMBERED_RECORDS.map((kind) => [kind, given?.count(kind) ?? 0])) as Record<NumberedRecord, number>;
}

const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;

/** What is wrong with a person's tag as the file writes it: one rel would refuse, or one not in the form rel stores. */
function tagInFile(tag: string): string | undefined {
  const problem = tagProblem(normalizeTag(tag));
  if (problem !== undefined) return `is not a tag: ${problem}`;
  return normalizeTag(tag) === tag ? undefined : `is not a tag as rel stores it (${quoteValue(normalizeTag(tag))})`;
}

function uniqueIds(records: Array<{ id: number }>, fields: Fields[]): Set<number> {
  const ids = new Set<number>();
  records.forEach((r, i) => {
    if (ids.has(r.id)) fields[i]!.fail('id', `${r.id} is used twice`);
    ids.add(r.id);
  });
  return ids;
}

/** Relations (version 2 from when they came; none in older files): both people known, nobody related to themself. */
function readRelations(root: Fields, contactIds: ReadonlySet<number>): JournalRelation[] {
  const fields = root.list('relations');
  const relations = fields.map(readRelation);
  uniqueIds(relations, fields);
  relations.forEach((r, i) => {
    if (!contactIds.has(r.contactId)) fields[i]!.fail('person.id', `no contact has id ${r.contactId}`);
    if (r.otherId !== null && !contactIds.has(r.otherId)) fields[i]!.fail('of.id', `no contact has id ${r.otherId}`);
    if (r.otherId === r.contactId) fields[i]!.fail('of.id', `${r.otherId} is the person themself: nobody is related to themself`);
  });
  return relations.sort(byId);
}

function readRelation(f: Fields): JournalRelation {
  const of = f.at('of');
  const otherId = of.optionalId('id');
  const kind = f.oneOf('relation', RELATION_KINDS) as RelationKind | null;
  if (kind === null) f.fail('relation', 'is missing');
  return {
    id: f.id('id'),
    contactId: f.ref('person'),
    otherId,
    otherName: otherId === null ? of.text('name') : null,
    kind,
    word: f.optionalText('word'),
    otherWord: f.optionalText('ofWord'),
    createdAt: f.instant('createdAt'),
  };
}

function readTags(root: Fields): JournalTag[] {
  const fields = root.list('tags');
  const tags = fields.map((f) => ({ tag: f.text('tag'), cadence: f.duration('cadence', false)! }));
  const seen = new Set<string>();
  tags.forEach((t, i) => {
    if (seen.has(t.tag)) fields[i]!.fail('tag', `${quoteValue(t.tag)} is listed twice`);
    seen.add(t.tag);
  });
  return tags.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

function readContact(f: Fields, links: PersonLinks): JournalContact {
  return {
    id: f.id('id'),
    // A name or alias of several lines, which an older rel let an import keep, is read as one line.
    name: oneLine(f.text('name')),
    emails: f.texts('emails', (text) => (isEmailAddress(text) ? undefined : 'is not an email address (name@example.com)')),
    phones: f.texts('phones', phoneProblem),
    company: f.optionalText('company'),
    role: f.optionalText('role'),
    birthday: f.date('birthday', { yearless: true, optional: true }),
    customerSince: f.date('customerSince', { optional: true }),
    cadence: f.duration('cadence', true),
    met: f.optionalText('met'),
    referredBy: links.referredBy(f),
    aliases: [...new Set(f.texts('aliases', aliasProblem).map(oneLine))],
    tags: f.texts('tags', tagInFile),
    archived: f.flag('archived'),
    pausedUntil: f.date('pausedUntil', { optional: true }),
    imported: f.flag('imported'),
    createdOn: f.date('createdOn', {})!,
    createdAt: f.instant('createdAt'),
    updatedAt: f.instant('updatedAt'),
  };
}

function readConversation(f: Fields, links: PersonLinks): JournalConversation {
  return {
    id: f.id('id'),
    people: links.conversationPeople(f),
    happenedOn: f.date('happenedOn', {})!,
    via: f.oneOf('via', CHANNELS),
    note: f.optionalText('note'),
    complaint: f.flag('complaint'),
    resolvedOn: f.date('resolvedOn', { optional: true }),
    resolutionNote: f.optionalText('resolutionNote'),
    createdAt: f.instant('createdAt'),
  };
}

function readDetail(f: Fields, links: PersonLinks): JournalDetail {
  return {
    id: f.id('id'),
    contactId: links.owner(f),
    text: f.text('text'),
    date: f.date('date', { month: true, yearless: true, optional: true }),
    yearly: f.flag('yearly'),
    createdAt: f.instant('createdAt'),
  };
}

/** The day a monthly or yearly series keeps, carried only while a shorter month shortened its due day. */
function readAnchorDay(f: Fields, dueOn: string, every: string | null): number | null {
  const anchor = f.optionalNumber('anchorDay');
  if (anchor === null) return null;
  const recurrence = every === null ? undefined : tryParseDuration(every);
  const problem = anchorProblem(dueOn, recurrence, anchor);
  if (problem !== undefined) f.fail('anchorDay', `${anchor} ${problem}`);
  return anchorToCarry(dueOn, recurrence, anchor);
}

/**
 * The conversation a follow-up was made from (null when none, as in a document written before rel
 * kept it): an id the journal gave a conversation, up to `given`, whether or not it is still there.
 */
function readMadeFrom(f: Fields, given: number): number | null {
  const id = f.optionalId('conversationId');
  if (id !== null && id > given) {
    f.fail('conversationId', `no conversation has id ${id}, and the journal gave conversation ids only up to ${given}; make it null, or the id of the conversation the follow-up was made from`);
  }
  return id;
}

function readReminder(f: Fields, links: PersonLinks, conversationsGiven: number): JournalReminder {
  const dueOn = f.date('dueOn', {})!;
  const every = f.duration('every', true);
  return {
    id: f.id('id'),
    contactId: links.owner(f),
    text: f.text('text'),
    dueOn,
    every,
    anchorDay: readAnchorDay(f, dueOn, every),
    doneOn: f.date('doneOn', { optional: true }),
    snoozedUntil: f.date('snoozedUntil', { optional: true }),
    conversationId: readMadeFrom(f, conversationsGiven),
    createdAt: f.instant('createdAt'),
  };
}
