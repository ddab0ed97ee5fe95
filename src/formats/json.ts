// The JSON contract (SPEC §3): one builder per thing, so that a person, a conversation or a
// reason has the same shape in every `--json` output, in `export --format json|ndjson` and in
// `export all`. The shapes are written down in schemas/ and listed in the README ("JSON output");
// a test validates every command's output against them.
//
// Rules the builders keep: camelCase keys named after the domain records; ISO dates; lists are
// always arrays; every key always present (null when it does not apply), in a fixed order (export
// all is compared byte for byte); a reference to a person is always { id, name }.
// Builders take domain records and know no database.
import type { Reason } from '../domain/ranking.js';
import type { Contact, Conversation, Detail, PersonRef, Reminder, SearchHit } from '../domain/records.js';
import type { ReferralNode } from '../domain/referrals.js';
import type { Relation, RelationEnd, Relative } from '../domain/relations.js';
import { cadenceText, type Rhythm } from '../domain/rhythm.js';

export function personRef(id: number, name: string): PersonRef {
  return { id, name };
}

/** What a full person is made of: the record, their referrer's name and their rhythm on the day. */
export interface PersonView {
  contact: Contact;
  referredBy: PersonRef | null;
  rhythm: Rhythm;
}

export function rhythmJson(r: Rhythm) {
  return {
    status: r.status,
    lastContactOn: r.lastContactOn,
    cadence: cadenceText(r),
    cadenceSource: r.cadenceSource,
    cadenceTag: r.cadenceTag,
    dueOn: r.dueOn,
    daysPastDue: r.daysPastDue,
  };
}

/** A full person: the same keys in list, show, export contacts and export all. */
export function personJson({ contact: c, referredBy, rhythm }: PersonView) {
  return {
    id: c.id,
    name: c.name,
    emails: c.emails,
    phones: c.phones,
    company: c.company,
    role: c.role,
    birthday: c.birthday,
    customerSince: c.customerSince,
    /** Their own cadence ('2w'); the one in force is rhythm.cadence. */
    cadence: c.cadence,
    met: c.met,
    referredBy,
    aliases: c.aliases,
    tags: c.tags,
    archived: c.archived,
    pausedUntil: c.pausedUntil,
    imported: c.imported,
    createdOn: c.createdOn,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    rhythm: rhythmJson(rhythm),
  };
}

/** `people` is a list even with one person, in the order named. */
export function conversationJson(v: Conversation) {
  return {
    id: v.id,
    people: v.people.map((p) => personRef(p.id, p.name)),
    happenedOn: v.happenedOn,
    via: v.via,
    note: v.note,
    complaint: v.complaint,
    resolvedOn: v.resolvedOn,
    resolutionNote: v.resolutionNote,
    createdAt: v.createdAt,
  };
}

export function detailJson(d: Detail) {
  return { id: d.id, person: personRef(d.contactId, d.contactName), text: d.text, date: d.date, yearly: d.yearly, createdAt: d.createdAt };
}

export function reminderJson(r: Reminder) {
  return {
    id: r.id,
    person: personRef(r.contactId, r.contactName),
    text: r.text,
    dueOn: r.dueOn,
    every: r.every,
    anchorDay: r.anchorDay,
    doneOn: r.doneOn,
    snoozedUntil: r.snoozedUntil,
    conversationId: r.conversationId,
    createdAt: r.createdAt,
  };
}

/**
 * Why someone is on `rel today`, or a date on their card: `tier` is where it ranks (follow-up,
 * date-today, ..., after-event), `source` what it comes from (reminder, birthday, detail, ...).
 * The weight stays inside: the row's score is what the order follows.
 */
export function reasonJson(r: Reason) {
  return {
    tier: r.kind,
    source: r.source,
    date: r.date,
    days: r.days,
    text: r.text,
    reminderId: r.reminderId ?? null,
    detailId: r.detailId ?? null,
    conversationId: r.conversationId ?? null,
    years: r.years ?? null,
    month: r.month ?? null,
    cadence: r.cadence ?? null,
    dueOn: r.dueOn ?? null,
  };
}

export interface TodayRow {
  person: PersonRef;
  score: number;
  reasons: readonly Reason[];
  talkedToday: boolean;
}

export function todayRowJson(row: TodayRow) {
  return { person: row.person, score: row.score, reasons: row.reasons.map(reasonJson), talkedToday: row.talkedToday };
}

/** One person's matches in `rel search`. */
export interface SearchResult {
  person: PersonRef;
  archived: boolean;
  hits: readonly SearchHit[];
}

/** `snippet` marks matched words [like this]; `record` says which table `id` is in. */
export function searchResultJson(result: SearchResult, snippet: (hit: SearchHit) => string) {
  return {
    person: result.person,
    archived: result.archived,
    matches: result.hits.map((hit) => ({
      record: hit.kind,
      id: hit.id,
      date: hit.date,
      snippet: snippet(hit),
      via: hit.via,
      complaint: hit.complaint,
      done: hit.done,
    })),
  };
}

export interface ReferralTreeJson {
  person: PersonRef;
  archived: boolean;
  referred: ReferralTreeJson[];
}

export function referralTreeJson(node: ReferralNode): ReferralTreeJson {
  return { person: personRef(node.id, node.name), archived: node.archived, referred: node.referred.map(referralTreeJson) };
}

/** A tag in `rel tag --json`: its cadence (null: none) and how many people carry it. */
/** peopleCount counts everyone tagged, archivedCount those of them archived. */
export function tagJson(tag: string, cadence: string | null, count: { people: number; archived: number }) {
  return { tag, cadence, peopleCount: count.people, archivedCount: count.archived };
}

/** A related person: { id, name } when they are in the journal, else only the name kept. */
export function relatedPersonJson(end: RelationEnd): PersonRef | { name: string } {
  return end.id === null ? { name: end.name } : personRef(end.id, end.name);
}

/**
 * Someone a card names (its referrer, the people referred), marked as rel search and the referral
 * tree mark a person: the reference stays { id, name }, `archived` beside it.
 */
export function markedPersonJson(p: PersonRef, archived: ReadonlySet<number>) {
  return { person: personRef(p.id, p.name), archived: archived.has(p.id) };
}

/**
 * Someone on a person's card (rel show): `relative` is this person's `relation` (the kind, read
 * from this person's side), called `word` when one was given ("husband"), else null; `archived`
 * whether the relative is (null for someone who is only a name, nobody in the journal).
 */
export function relativeJson(r: Relative, archived: ReadonlySet<number>) {
  return { id: r.relationId, relative: relatedPersonJson(r.person), relation: r.kind, word: r.word, archived: r.person.id === null ? null : archived.has(r.person.id) };
}

/**
 * A relation as stored (rel export relations, export all): `person` is `relation` of `of`, called
 * `word` (null: the kind); `ofWord` is what `of` is called from `person`'s side (null: the
 * inverse kind). `of` is { id, name }, or only a name for someone not in the journal.
 */
export function relationJson(r: Relation) {
  return { id: r.id, person: personRef(r.contact.id, r.contact.name), relation: r.kind, word: r.word, of: relatedPersonJson(r.other), ofWord: r.otherWord, createdAt: r.createdAt };
}
