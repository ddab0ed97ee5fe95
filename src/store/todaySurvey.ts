// What a limited `rel today` learns about everyone at once, before ranking anyone (rankTodayTop in
// today.ts): the list's total — how many people have at least one reason — and, for each person,
// how many reasons they can have at most. SQL hands over the sets it decides exactly (drifting and
// follow-ups by todayReach.ts's conditions, the people of open complaints from their table) as one
// JSON array each, far cheaper than a row object per id, and they are tallied on arrays indexed by
// contact id. Only the people whose one reason can be a date near the day are left to the domain,
// through DateWeights.
// The loops run once a command, before V8 has compiled them: there `for...of` and a tuple's
// destructuring allocate an iterator result per element (39,000 drifting ids on a large journal:
// some 7 ms and two scavenges), forEach and indexes do not.
import { everyoneIn } from './conversations.js';
import type { Journal } from './journal.js';
import { detailsNear, drifts, promise, strongestDates, type DateWeights, type DetailRow, type Reach, type YearlyRow } from './todayReach.js';

// Who drifts, who is archived, whose yearly days are near: each from an index alone (migration
// 0004), never the contacts' rows. A yearly day is looked up in each of the two ranges of month-days.
const yearlyNear = (column: string, row: string): string =>
  [1, 2].map((n) => `SELECT ${row} FROM contacts t WHERE t.archived = 0 AND t.${column} IS NOT NULL AND substr(t.${column}, -5) BETWEEN @dayFrom${n} AND @dayTo${n}`).join(' UNION ALL ');
const CONTACTS = `SELECT (SELECT max(id) FROM contacts) AS lastId,
  (SELECT json_group_array(t.id) FROM contacts t WHERE t.archived = 0 AND ${drifts('t')}) AS drifting,
  (SELECT json_group_array(t.id) FROM contacts t WHERE t.archived = 1) AS archived,
  (SELECT json_group_array(json_array(id, birthday, customer)) FROM (
    ${yearlyNear('birthday', 't.id, t.birthday, NULL AS customer')} UNION ALL ${yearlyNear('customer_since', 't.id, NULL, t.customer_since')})) AS yearly`;
// Soonest due first, a day at a time: some 10,000 overdue on a large journal fall on a few dozen days.
const PROMISES = `SELECT json_group_array(json_array(due_on, json(ids))) FROM (
  SELECT t.due_on, json_group_array(t.contact_id) AS ids FROM reminders t WHERE ${promise('t')} GROUP BY t.due_on ORDER BY t.due_on)`;
// Everyone each open complaint was with (migration 0022).
const COMPLAINING = 'SELECT json_group_array(contact_id) FROM open_complaint_people';
// Talked to on the day (no conversation is dated after it when this runs): the index of days, and everyone each was with.
const TALKED = `SELECT json_group_array(DISTINCT contact_id) FROM (${everyoneIn('t.happened_on = @asOf', 't.id')})`;

interface ContactSets {
  lastId: number | null;
  drifting: string;
  archived: string;
  yearly: string;
}

/** The open follow-ups that give a reason and fall due on one day: [due day, the person of each]. */
export type FollowUpsDue = [dueOn: string, contactIds: number[]];

export interface Survey {
  /** How many active people have at least one reason. */
  total: number;
  /** The most reasons each contact (by id) can have: 0 for the archived and for those with none. */
  reasonsAtMost: Uint8Array;
  /** The most reasons anyone can have (the largest of reasonsAtMost): the extras no one can pass. */
  mostReasons: number;
  /** The follow-ups that give a reason, by the day they fall due, soonest first. */
  promises: FollowUpsDue[];
  /** The weight of the strongest date reason of each person whose only reasons can be dates, by id. */
  datedAlone: Map<number, number>;
  /** The stored dates near the day of everyone else, weighed only if the stream of dates is read (todayStreams.ts). */
  otherDates: { yearly: YearlyRow[]; details: DetailRow[] };
  /** The active and archived people talked to on the day. */
  talked: number[];
}

const json = <T>(text: string | undefined): T[] => JSON.parse(text ?? '[]') as T[];

export function surveyEveryone(j: Journal, reach: Reach, weights: DateWeights): Survey {
  const sets = j.stmt<[Reach], ContactSets>(CONTACTS).get(reach) as ContactSets;
  const reasons = new Uint8Array((sets.lastId ?? 0) + 1);
  const archived = new Uint8Array(reasons.length);
  // Talked to today: done for the day, unless a follow-up is due or a complaint open (SPEC §4).
  const talked = new Uint8Array(reasons.length);
  let total = 0;
  let mostReasons = 0;
  const add = (id: number): void => {
    if (archived[id] === 1) return;
    if (reasons[id] === 0) total++;
    if (reasons[id]! < 255) reasons[id]!++;
    if (reasons[id]! > mostReasons) mostReasons = reasons[id]!;
  };
  const addUnlessTalked = (id: number): void => void (talked[id] === 1 || add(id));
  json<number>(sets.archived).forEach((id) => {
    archived[id] = 1;
  });
  const talkedIds = json<number>(j.stmt<[Reach], string>(TALKED).pluck().get(reach));
  talkedIds.forEach((id) => {
    talked[id] = 1;
  });
  json<number>(sets.drifting).forEach(addUnlessTalked);
  const promises = json<FollowUpsDue>(j.stmt<[Reach], string>(PROMISES).pluck().get(reach));
  promises.forEach((due) => due[1].forEach(due[0] <= reach.asOf ? add : addUnlessTalked));
  json<number>(j.stmt<[Reach], string>(COMPLAINING).pluck().get(reach)).forEach(add);
  const yearly = json<YearlyRow>(sets.yearly).filter((r) => talked[r[0]] === 0);
  const details = detailsNear(j, reach).filter((d) => archived[d[0]] === 0 && talked[d[0]] === 0);
  // The domain weighs the dates of the people with no other reason; the stream of dates keeps their strongest.
  const alone = (id: number): boolean => reasons[id] === 0;
  const datedAlone = strongestDates(yearly.filter((r) => alone(r[0])), details.filter((d) => alone(d[0])), weights);
  const otherDates = { yearly: yearly.filter((r) => !alone(r[0])), details: details.filter((d) => !alone(d[0])) };
  // Each date near the day is one more reason its person can have, unless the domain said none of theirs is.
  const mayHave = (id: number): boolean => reasons[id]! > 0 || datedAlone.has(id);
  yearly.forEach((row) => {
    if (row[1] !== null && mayHave(row[0])) add(row[0]);
    if (row[2] !== null && mayHave(row[0])) add(row[0]);
  });
  details.forEach((row) => {
    if (mayHave(row[0])) add(row[0]);
  });
  return { total, reasonsAtMost: reasons, mostReasons, promises, datedAlone, otherDates, talked: talkedIds };
}
