// The inputs of the morning list, read with a fixed handful of set-based queries (never one
// query per contact). Two ways in:
// - loadRankInputs: everyone (or one person), for `--all` and `rel show`;
// - loadTodayCandidates: only the people who can make a limited list: everyone with a follow-up,
//   complaint or date in reach, plus the drifting people in order of how far they have drifted,
//   read from the rhythm columns that migration 0003 keeps on each contact. On a hundred thousand
//   contacts this reads a few thousand rows instead of every contact and conversation.
import { addDays, dayNumber, isLeapYear, splitDay, type Day } from '../domain/calendar.js';
import { driftingOnlyScore, type RankComplaint, type RankDetail, type RankInput, type RankReminder } from '../domain/ranking.js';
import type { Journal } from './journal.js';

interface ContactRow {
  id: number;
  name: string;
  birthday: string | null;
  customer_since: string | null;
  cadence: string | null;
  paused_until: string | null;
  created_on: string;
  last_contact: string | null;
}

interface Params {
  asOf: Day;
  ids: string | null; // a JSON array of contact ids, or null for everyone
}

/** Which contacts a query covers: everyone active, or the listed ids (archived or not). */
const SCOPE = {
  all: { contacts: 'c.archived = 0', rows: '1 = 1' },
  ids: { contacts: 'c.id IN (SELECT value FROM json_each(@ids))', rows: 'contact_id IN (SELECT value FROM json_each(@ids))' },
  activeIds: { contacts: 'c.archived = 0 AND c.id IN (SELECT value FROM json_each(@ids))', rows: 'contact_id IN (SELECT value FROM json_each(@ids))' },
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

/** Whether a conversation is dated after `asOf`: then the stored last-contact days are not those of that day. */
function hasLaterConversations(j: Journal, asOf: Day): boolean {
  return j.stmt<[Day], { one: number }>('SELECT 1 AS one FROM conversations WHERE happened_on > ? LIMIT 1').get(asOf) !== undefined;
}

function lastContactColumn(j: Journal, asOf: Day): string {
  return hasLaterConversations(j, asOf)
    ? '(SELECT max(happened_on) FROM conversations v WHERE v.contact_id = c.id AND v.happened_on <= @asOf)'
    : 'c.last_contact_on';
}

function load(j: Journal, params: Params, scope: keyof typeof SCOPE): RankInput[] {
  const where = SCOPE[scope];
  const contacts = j
    .stmt<[Params], ContactRow>(
      `SELECT c.id, c.name, c.birthday, c.customer_since, c.cadence, c.paused_until, c.created_on, ${lastContactColumn(j, params.asOf)} AS last_contact
       FROM contacts c WHERE ${where.contacts}`,
    )
    .all(params);
  const tags = groupBy(j.stmt<[Params], { contact_id: number; tag: string }>(`SELECT contact_id, tag FROM contact_tags WHERE ${where.rows}`).all(params));
  const reminders = groupBy(
    j
      .stmt<[Params], RankReminder & { contact_id: number }>(
        `SELECT contact_id, id, text, due_on AS dueOn, snoozed_until AS snoozedUntil, every FROM reminders WHERE done_on IS NULL AND ${where.rows}`,
      )
      .all(params),
  );
  const details = groupBy(
    j
      .stmt<[Params], { contact_id: number; id: number; text: string; date: string; yearly: number }>(
        `SELECT contact_id, id, text, date, yearly FROM details WHERE date IS NOT NULL AND ${where.rows}`,
      )
      .all(params),
  );
  const complaints = groupBy(
    j
      .stmt<[Params], RankComplaint & { contact_id: number }>(
        `SELECT contact_id, id AS conversationId, happened_on AS happenedOn, note FROM conversations
         WHERE complaint = 1 AND resolved_on IS NULL AND happened_on <= @asOf AND ${where.rows}`,
      )
      .all(params),
  );
  return contacts.map((c) => ({
    id: c.id,
    name: c.name,
    birthday: c.birthday,
    customerSince: c.customer_since,
    cadence: c.cadence,
    tags: (tags.get(c.id) ?? []).map((t) => t.tag),
    pausedUntil: c.paused_until,
    createdOn: c.created_on,
    archived: false,
    lastContactOn: c.last_contact,
    reminders: reminders.get(c.id) ?? [],
    details: (details.get(c.id) ?? []).map((d): RankDetail => ({ id: d.id, text: d.text, date: d.date, yearly: d.yearly === 1 })),
    complaints: complaints.get(c.id) ?? [],
  }));
}

/**
 * Every active contact (or just `only`, archived or not) with what the ranking needs, as the
 * journal stood at the end of `asOf`.
 */
export function loadRankInputs(j: Journal, asOf: Day, only?: number): RankInput[] {
  return only === undefined ? load(j, { asOf, ids: null }, 'all') : load(j, { asOf, ids: JSON.stringify([only]) }, 'ids');
}

/** 'MM-DD' of every day from `from` through `days` later; 29 February rides on 28 February in common years. */
function monthDaysWithin(from: Day, days: number): string[] {
  const monthDays: string[] = [];
  for (let k = 0; k <= days; k++) {
    const day = addDays(from, k);
    monthDays.push(day.slice(5));
    if (day.endsWith('-02-28') && !isLeapYear(splitDay(day)[0])) monthDays.push('02-29');
  }
  return monthDays;
}

/** 'MM' of every month from the one holding `from` through the one holding `to`. */
function monthsWithin(from: Day, to: Day): string[] {
  const months = new Set<string>();
  for (let day = from; day <= to; day = addDays(day, 1)) months.add(day.slice(5, 7));
  return [...months];
}

/** Contacts with a follow-up, complaint, birthday, anniversary or dated detail that may give a reason. */
function idsWithDates(j: Journal, asOf: Day, windowDays: number, afterDays: number): number[] {
  const windowEnd = addDays(asOf, windowDays);
  const afterFrom = addDays(asOf, -afterDays);
  const params = {
    asOf,
    windowEnd,
    afterFrom,
    monthFrom: afterFrom.slice(0, 7),
    monthTo: windowEnd.slice(0, 7),
    monthDays: JSON.stringify(monthDaysWithin(asOf, Math.max(windowDays, 1))),
    months: JSON.stringify(monthsWithin(afterFrom, windowEnd)),
  };
  return j
    .stmt<[typeof params], { id: number }>(
      `SELECT contact_id AS id FROM reminders WHERE done_on IS NULL AND due_on <= @windowEnd
       UNION SELECT contact_id FROM conversations WHERE complaint = 1 AND resolved_on IS NULL AND happened_on <= @asOf
       UNION SELECT contact_id FROM details WHERE date IS NOT NULL AND (
         (length(date) = 10 AND date BETWEEN @afterFrom AND @windowEnd)
         OR (length(date) = 7 AND date BETWEEN @monthFrom AND @monthTo)
         OR ((yearly = 1 OR date LIKE '--%') AND substr(date, -5) IN (SELECT value FROM json_each(@monthDays)))
         OR (yearly = 1 AND length(date) = 7 AND substr(date, 6, 2) IN (SELECT value FROM json_each(@months))))
       UNION SELECT id FROM contacts WHERE substr(birthday, -5) IN (SELECT value FROM json_each(@monthDays))
       UNION SELECT id FROM contacts WHERE substr(customer_since, -5) IN (SELECT value FROM json_each(@monthDays))`,
    )
    .all(params)
    .map((r) => r.id);
}

interface DriftRow {
  id: number;
  ratio: number;
}

const DRIFTING = `FROM contacts WHERE archived = 0 AND due_day < @asOfDay AND (paused_until IS NULL OR paused_until <= @asOf)`;

/**
 * The drifting people who can make a list of `limit`: in order of how far past their cadence
 * they are, until `limit` of them are in and the next scores lower than the last one taken
 * (so that people tied on score, ordered by name later, all come along).
 */
function topDrifting(j: Journal, asOf: Day, limit: number): number[] {
  const rows = j
    .stmt<[{ asOf: Day; asOfDay: number }], DriftRow>(
      `SELECT id, (@asOfDay - due_day + cadence_days) * 1.0 / cadence_days AS ratio ${DRIFTING} ORDER BY ratio DESC`,
    )
    .iterate({ asOf, asOfDay: dayNumber(asOf) });
  const ids: number[] = [];
  let lowest = Infinity;
  for (const row of rows) {
    const score = driftingOnlyScore(row.ratio);
    if (ids.length >= limit && score < lowest) break;
    ids.push(row.id);
    lowest = Math.min(lowest, score);
  }
  return ids;
}

function countDriftingOutside(j: Journal, asOf: Day, ids: number[]): number {
  return (
    j
      .stmt<[{ asOf: Day; asOfDay: number; ids: string }], { n: number }>(
        `SELECT count(*) AS n ${DRIFTING} AND id NOT IN (SELECT value FROM json_each(@ids))`,
      )
      .get({ asOf, asOfDay: dayNumber(asOf), ids: JSON.stringify(ids) })?.n ?? 0
  );
}

export interface TodayCandidates {
  inputs: RankInput[];
  /** Drifting people left out of `inputs`: each has a reason, and all rank below those loaded. */
  driftingLeftOut: number;
}

/**
 * The people who can make the first `limit` rows of the list on `asOf`, or undefined when the
 * stored rhythm does not describe that day (a conversation is dated after it): then rank everyone.
 */
export function loadTodayCandidates(j: Journal, asOf: Day, windowDays: number, afterDays: number, limit: number): TodayCandidates | undefined {
  if (hasLaterConversations(j, asOf)) return undefined;
  const ids = [...new Set([...idsWithDates(j, asOf, windowDays, afterDays), ...topDrifting(j, asOf, limit)])];
  return { inputs: load(j, { asOf, ids: JSON.stringify(ids) }, 'activeIds'), driftingLeftOut: countDriftingOutside(j, asOf, ids) };
}

export function hasAnyContact(j: Journal): boolean {
  return j.stmt<[], { one: number }>('SELECT 1 AS one FROM contacts LIMIT 1').get() !== undefined;
}
