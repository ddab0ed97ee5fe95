// The morning list's data, read with a fixed handful of set-based queries (never one query per
// contact). Two ways in:
// - loadRankInputs: everyone (or one person), for `--all` and `rel show`;
// - rankTodayTop: only the first rows of a limited list, by a threshold algorithm. Streams
//   (todayStreams.ts) give the people with each kind of reason, strongest first; they are
//   weighed lightly in batches (how many reasons they can have, counted in SQL), the strongest
//   are read in full and ranked, until no one left can beat the last row kept. The work grows
//   with the limit, not with the number of people who have a reason; the total is counted apart
//   (todaySurvey.ts).
import type { Day } from '../domain/calendar.js';
import {
  rankContacts, scoreFor, type RankComplaint, type RankDetail, type RankedContact, type RankInput, type RankOptions, type RankReminder,
} from '../domain/ranking.js';
import { highestContactId } from './contacts.js';
import { everyoneIn, OPEN_COMPLAINTS_BY_PERSON } from './conversations.js';
import type { Journal } from './journal.js';
import { hasConversationsAfter, LAST_BY_DAY } from './rhythm.js';
import { DateWeights, datedPeople, reachOf } from './todayReach.js';
import { TodayStreams, type Candidate } from './todayStreams.js';
import { surveyEveryone, type Survey } from './todaySurvey.js';

interface ContactRow {
  id: number;
  name: string;
  birthday: string | null;
  customer_since: string | null;
  cadence: string | null;
  paused_until: string | null;
  created_on: string;
  imported: number;
  last_contact: string | null;
}

interface Params {
  asOf: Day;
  ids?: string; // a JSON array of contact ids
  from?: number; // a range of contact ids, both ends in it
  to?: number;
}

/** Which contacts a query covers: the active ones in a range of ids, or the listed ids (archived or not). */
const listed = (column: string): string => `${column} IN (SELECT value FROM json_each(@ids))`;
const inRange = (column: string): string => `${column} BETWEEN @from AND @to`;
const SCOPE = {
  range: { contacts: `contacts c WHERE c.archived = 0 AND ${inRange('c.id')}`, rows: inRange('contact_id'), whose: inRange },
  ids: { contacts: `contacts c WHERE ${listed('c.id')}`, rows: listed('contact_id'), whose: listed },
  activeIds: { contacts: `contacts c WHERE c.archived = 0 AND ${listed('c.id')}`, rows: listed('contact_id'), whose: listed },
} as const;

function groupBy<T>(rows: Array<T & { contact_id: number }>): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.contact_id);
    if (list) list.push(row);
    else grouped.set(row.contact_id, [row]);
  }
  return grouped;
}

function lastContactColumn(j: Journal, asOf: Day): string {
  return hasConversationsAfter(j, asOf)
    ? LAST_BY_DAY
    : 'c.last_contact_on';
}

interface DetailRow {
  contact_id: number;
  id: number;
  text: string;
  date: string;
  yearly: number;
}

interface Rows {
  contacts: ContactRow[];
  tags: Array<{ contact_id: number; tag: string }>;
  reminders: Array<RankReminder & { contact_id: number }>;
  details: DetailRow[];
  complaints: Array<RankComplaint & { contact_id: number }>;
}

/** Puts each contact's rows together. */
function assemble(rows: Rows): RankInput[] {
  const tags = groupBy(rows.tags);
  const reminders = groupBy(rows.reminders);
  const details = groupBy(rows.details);
  const complaints = groupBy(rows.complaints);
  return rows.contacts.map((c) => ({
    id: c.id,
    name: c.name,
    birthday: c.birthday,
    customerSince: c.customer_since,
    cadence: c.cadence,
    tags: (tags.get(c.id) ?? []).map((t) => t.tag),
    pausedUntil: c.paused_until,
    createdOn: c.created_on,
    imported: c.imported === 1,
    archived: false,
    lastContactOn: c.last_contact,
    reminders: reminders.get(c.id) ?? [],
    details: (details.get(c.id) ?? []).map((d): RankDetail => ({ id: d.id, text: d.text, date: d.date, yearly: d.yearly === 1 })),
    complaints: complaints.get(c.id) ?? [],
  }));
}

const REMINDER_COLUMNS = 'contact_id, id, text, due_on AS dueOn, snoozed_until AS snoozedUntil, every';
// Each open complaint for everyone it was with (open_complaint_people, migration 0022); the
// conversations are read only for the people asked about. Those opened after the day are dropped
// here, not in SQL: a condition on the day would read the row of every open complaint.
const openComplaints = (scope: keyof typeof SCOPE): string =>
  `SELECT o.contact_id, t.id AS conversationId, t.happened_on AS happenedOn, t.note
   FROM ${OPEN_COMPLAINTS_BY_PERSON} WHERE ${SCOPE[scope].whose('o.contact_id')}`;

/** The contacts `from` names (a table and its condition: SCOPE), with what ranking reads of them. */
function contactRows(j: Journal, params: Params, from: string): ContactRow[] {
  return j
    .stmt<[Params], ContactRow>(
      `SELECT c.id, c.name, c.birthday, c.customer_since, c.cadence, c.paused_until, c.created_on, c.imported, ${lastContactColumn(j, params.asOf)} AS last_contact
       FROM ${from}`,
    )
    .all(params);
}

function tagRows(j: Journal, params: Params, where: string): Rows['tags'] {
  return j.stmt<[Params], { contact_id: number; tag: string }>(`SELECT contact_id, tag FROM contact_tags WHERE ${where}`).all(params);
}

function load(j: Journal, params: Params, scope: keyof typeof SCOPE): RankInput[] {
  const where = SCOPE[scope];
  return assemble({
    contacts: contactRows(j, params, where.contacts),
    tags: tagRows(j, params, where.rows),
    reminders: j.stmt<[Params], Rows['reminders'][number]>(`SELECT ${REMINDER_COLUMNS} FROM reminders WHERE done_on IS NULL AND ${where.rows}`).all(params),
    details: j.stmt<[Params], DetailRow>(`SELECT contact_id, id, text, date, yearly FROM details WHERE date IS NOT NULL AND ${where.rows}`).all(params),
    complaints: j.stmt<[Params], Rows['complaints'][number]>(openComplaints(scope)).all(params).filter((v) => v.happenedOn <= params.asOf),
  });
}

/** One contact, archived or not, with what the ranking needs, as the journal stood at the end of `asOf`. */
export function loadRankInput(j: Journal, asOf: Day, id: number): RankInput | undefined {
  return load(j, { asOf, ids: JSON.stringify([id]) }, 'ids')[0];
}

/**
 * Every active contact with what the ranking needs, as the journal stood at the end of `asOf`: for
 * a day before the latest conversation, when the stored rhythm is another day's. Read a range of
 * ids at a time as the ranking takes them, so that only the ranked rows are kept: all 98,000 at
 * once on a large journal took 237 MB.
 */
export function* loadEveryone(j: Journal, asOf: Day, batch = RANGE): Generator<RankInput> {
  const last = highestContactId(j);
  for (let from = 1; from <= last; from += batch) yield* load(j, { asOf, from, to: Math.min(from + batch - 1, last) }, 'range');
}

/** Ids read at a time by loadEveryone. */
const RANGE = 5000;

/**
 * For `rel today --all`: everyone active who can have a reason on the day, and everyone talked to
 * on it (--all lists them set aside), read in full; the rest of a large journal (some 58,000 of
 * 100,000 people) is not read. They are read a batch at a time as the ranking takes them, so only
 * the ranked rows are kept: all 42,000 at once on a large journal took 350 MB. Undefined when the
 * stored rhythm does not describe the day (a conversation is dated after it): then the caller
 * reads everyone.
 */
export function loadWhoMayHaveReasons(j: Journal, options: RankOptions, batch = BATCH): Iterable<RankInput> | undefined {
  if (hasConversationsAfter(j, options.today)) return undefined;
  const survey = surveyEveryone(j, reachOf(options.today, options.windowDays), new DateWeights(options));
  // Each once: a batch's people are all ranked, a person in two batches would be listed twice.
  const ids = survey.talked.filter((id) => survey.reasonsAtMost[id] === 0);
  survey.reasonsAtMost.forEach((reasons, id) => void (reasons > 0 && ids.push(id)));
  return inBatches(j, options.today, ids, batch);
}

/** People read in full, so many at a time. */
const BATCH = 2000;

function* inBatches(j: Journal, asOf: Day, ids: number[], batch: number): Generator<RankInput> {
  for (let from = 0; from < ids.length; from += batch) yield* load(j, { asOf, ids: JSON.stringify(ids.slice(from, from + batch)) }, 'activeIds');
}

export interface TodayTop {
  /** The first rows of the list, exactly as ranking everyone would give them. */
  rows: RankedContact[];
  /** Everyone with a reason. */
  total: number;
}

/** The first batch of people taken from the streams; each next batch is twice as large. */
const firstBatch = (limit: number): number => Math.max(4 * limit, 40);

/**
 * The first `limit` rows of the list and its total, or undefined when the stored rhythm does not
 * describe the list's day (a conversation is dated after it): then the caller ranks everyone.
 */
export function rankTodayTop(j: Journal, options: RankOptions, limit: number): TodayTop | undefined {
  if (hasConversationsAfter(j, options.today)) return undefined;
  const reach = reachOf(options.today, options.windowDays);
  const weights = new DateWeights(options);
  const survey = surveyEveryone(j, reach, weights);
  const streams = new TodayStreams(j, reach, survey, () => datedPeople(survey.datedAlone, survey.otherDates.yearly, survey.otherDates.details, weights));
  try {
    return { rows: topRows(j, options, streams, survey, limit), total: survey.total };
  } finally {
    streams.close();
  }
}

/** Someone taken from the streams, and the most they can score. */
interface Weighed {
  id: number;
  ceiling: number;
}

/** The most each one can score: their strongest reason's weight (or more) with as many reasons as they can have. */
function weigh(taken: Candidate[], reasonsAtMost: Uint8Array): Weighed[] {
  return taken.filter((c) => reasonsAtMost[c.id]! > 0).map((c) => ({ id: c.id, ceiling: scoreFor(c.weight, reasonsAtMost[c.id]!) }));
}

/**
 * Takes people from the streams in batches and weighs them lightly; reads in full and ranks the
 * ones who can score the most. Someone not taken yet scores at most the streams' score ceiling:
 * a stream's bound plus the extras of as many reasons as its people can have (TodayStreams).
 * Rows tied on score go by name, so it stops only once the last row kept scores strictly more than
 * anyone not read in full can.
 */
function topRows(j: Journal, options: RankOptions, streams: TodayStreams, survey: Survey, limit: number): RankedContact[] {
  const { reasonsAtMost } = survey;
  let pool: Weighed[] = []; // weighed, not read: strongest first
  const inputs: RankInput[] = [];
  let ranked: RankedContact[] = [];
  for (let batch = firstBatch(limit); ; ) {
    const untaken = streams.scoreCeiling;
    const last = ranked.length >= limit ? (ranked[limit - 1] as RankedContact).score : -Infinity;
    pool = pool.filter((p) => p.ceiling >= last);
    const best = pool[0]?.ceiling ?? -Infinity;
    if (untaken === -Infinity && best === -Infinity) return ranked.slice(0, limit);
    if (last > untaken && last > best) return ranked.slice(0, limit);
    if (untaken >= best) {
      pool = [...pool, ...weigh(streams.take(batch), reasonsAtMost)].sort((a, b) => b.ceiling - a.ceiling);
      batch *= 2;
      continue;
    }
    // The strongest in the pool, read in full: as many as the list holds (more on a tie), then the
    // last row kept tells who else is worth reading.
    const worth = Math.max(untaken, last, (pool[limit - 1] ?? pool[pool.length - 1] as Weighed).ceiling);
    const read = pool.filter((p) => p.ceiling >= worth);
    pool = pool.slice(read.length);
    inputs.push(...load(j, { asOf: options.today, ids: JSON.stringify(read.map((p) => p.id)) }, 'activeIds'));
    ranked = rankContacts(inputs, options);
  }
}

/**
 * How many of the active people talked to on the list's day have a reason of their own on it: set
 * aside from the list (done for the day, SPEC §4), their coming dates and follow-ups are still there.
 * For an empty list, which must not say that nothing comes up. A day's conversations are few.
 */
export function talkedToWithReasons(j: Journal, options: RankOptions): number {
  const ids = j.stmt<[{ day: Day }], number>(`SELECT DISTINCT contact_id FROM (${everyoneIn('t.happened_on = @day', 't.id')})`).pluck().all({ day: options.today });
  const inputs = ids.length === 0 ? [] : load(j, { asOf: options.today, ids: JSON.stringify(ids) }, 'activeIds');
  return rankContacts(inputs, options, true).filter((row) => row.setAside && row.reasons.length > 0).length;
}
