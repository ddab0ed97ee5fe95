// The inputs of the morning list, read with a fixed handful of set-based queries (never one
// query per contact). Two ways in:
// - loadRankInputs: everyone (or one person), for `--all` and `rel show`;
// - loadTodayCandidates: only the people who can make a limited list: everyone with a follow-up,
//   complaint or date in reach, plus the drifting people in order of how far they have drifted,
//   read from the rhythm columns that migration 0003 keeps on each contact. On a hundred thousand
//   contacts this reads a few thousand rows instead of every contact and conversation.
import { addDays, dayNumber, daysBetween, isLeapYear, splitDay, type Day } from '../domain/calendar.js';
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
    archived: false,
    lastContactOn: c.last_contact,
    reminders: reminders.get(c.id) ?? [],
    details: (details.get(c.id) ?? []).map((d): RankDetail => ({ id: d.id, text: d.text, date: d.date, yearly: d.yearly === 1 })),
    complaints: complaints.get(c.id) ?? [],
  }));
}

const REMINDER_COLUMNS = 'contact_id, id, text, due_on AS dueOn, snoozed_until AS snoozedUntil, every';
const COMPLAINT_COLUMNS = 'contact_id, id AS conversationId, happened_on AS happenedOn, note';
// "+happened_on": not that column's index, which would walk every conversation up to the day.
const OPEN_COMPLAINTS = 'complaint = 1 AND resolved_on IS NULL AND +happened_on <= @asOf';

function contactRows(j: Journal, params: Params, where: string): ContactRow[] {
  return j
    .stmt<[Params], ContactRow>(
      `SELECT c.id, c.name, c.birthday, c.customer_since, c.cadence, c.paused_until, c.created_on, ${lastContactColumn(j, params.asOf)} AS last_contact
       FROM contacts c WHERE ${where}`,
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
    complaints: j.stmt<[Params], Rows['complaints'][number]>(`SELECT ${COMPLAINT_COLUMNS} FROM conversations WHERE ${OPEN_COMPLAINTS} AND ${where.rows}`).all(params),
  });
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
  const days = daysBetween(from, to); // counted, not compared: the calendar stops at 9999-12-31
  for (let k = 0; k <= days; k++) months.add(addDays(from, k).slice(5, 7));
  return [...months];
}

interface Reach {
  asOf: Day;
  windowEnd: Day;
  afterFrom: Day;
  monthFrom: string;
  monthTo: string;
  monthDays: string;
  months: string;
}

/** The days within reach of a list on `asOf`: the window ahead, and the days after an event. */
function reachOf(asOf: Day, windowDays: number, afterDays: number): Reach {
  const windowEnd = addDays(asOf, windowDays);
  const afterFrom = addDays(asOf, -afterDays);
  return {
    asOf,
    windowEnd,
    afterFrom,
    monthFrom: afterFrom.slice(0, 7),
    monthTo: windowEnd.slice(0, 7),
    monthDays: JSON.stringify(monthDaysWithin(asOf, Math.max(windowDays, 1))),
    months: JSON.stringify(monthsWithin(afterFrom, windowEnd)),
  };
}

/**
 * The rows that can give a reason other than drifting: follow-ups due by the window's end, open
 * complaints, dated details and yearly dates in reach. Rows out of reach give no reason, so the
 * ranking does not need them.
 */
function rowsInReach(j: Journal, reach: Reach) {
  const reminders = j.stmt<[Reach], Rows['reminders'][number]>(`SELECT ${REMINDER_COLUMNS} FROM reminders WHERE done_on IS NULL AND due_on <= @windowEnd`).all(reach);
  const complaints = j.stmt<[Reach], Rows['complaints'][number]>(`SELECT ${COMPLAINT_COLUMNS} FROM conversations WHERE ${OPEN_COMPLAINTS}`).all(reach);
  const details = j
    .stmt<[Reach], DetailRow>(
      `SELECT contact_id, id, text, date, yearly FROM details WHERE date IS NOT NULL AND (
         (length(date) = 10 AND date BETWEEN @afterFrom AND @windowEnd)
         OR (length(date) = 7 AND date BETWEEN @monthFrom AND @monthTo)
         OR ((yearly = 1 OR date LIKE '--%') AND substr(date, -5) IN (SELECT value FROM json_each(@monthDays)))
         OR (yearly = 1 AND length(date) = 7 AND substr(date, 6, 2) IN (SELECT value FROM json_each(@months))))`,
    )
    .all(reach);
  const dated = j
    .stmt<[Reach], { id: number }>(
      `SELECT id FROM contacts WHERE substr(birthday, -5) IN (SELECT value FROM json_each(@monthDays))
       UNION SELECT id FROM contacts WHERE substr(customer_since, -5) IN (SELECT value FROM json_each(@monthDays))`,
    )
    .all(reach);
  const ids = [...reminders.map((r) => r.contact_id), ...complaints.map((c) => c.contact_id), ...details.map((d) => d.contact_id), ...dated.map((c) => c.id)];
  return { reminders, complaints, details, ids };
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
  const inReach = rowsInReach(j, reachOf(asOf, windowDays, afterDays));
  const ids = [...new Set([...inReach.ids, ...topDrifting(j, asOf, limit)])];
  const params = { asOf, ids: JSON.stringify(ids) };
  const inputs = assemble({
    contacts: contactRows(j, params, SCOPE.activeIds.contacts),
    tags: tagRows(j, params, SCOPE.activeIds.rows),
    reminders: inReach.reminders,
    details: inReach.details,
    complaints: inReach.complaints,
  });
  return { inputs, driftingLeftOut: countDriftingOutside(j, asOf, ids) };
}

export function hasAnyContact(j: Journal): boolean {
  return j.stmt<[], { one: number }>('SELECT 1 AS one FROM contacts LIMIT 1').get() !== undefined;
}
