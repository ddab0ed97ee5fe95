// `rel today` (SPEC §4): who to reach out to, and every reason why, as a ranked list.
//
// How a person is scored: see src/domain/rankWeights.ts. The reasons stored dates give:
// src/domain/dateReasons.ts; one ranking pass: src/domain/rankRun.ts.
import { dayNumber, isDay } from './calendar.js';
import { compareNameKeys, nameSortKey, type NameSortKey } from './nameOrder.js';
import { complaintWeight, driftingWeight, followUpAheadWeight, followUpWeight, scoreFor } from './rankWeights.js';

export {
  AFTER_EVENT_DAYS, comingUpWeight, complaintWeight, driftingWeight, followUpAheadWeight, followUpWeight, RANK_WEIGHTS, scoreCeiling, scoreFor, tierMax,
  type ReasonKind,
} from './rankWeights.js';
export { compareNames } from './nameOrder.js';
import { isPaused } from './cadence.js';
import { describeEvery, formatDuration } from './duration.js';
import { whenText } from './milestones.js';

export type { RankComplaint, RankDetail, RankedContact, RankInput, RankOptions, RankReminder, Reason, ReasonSource } from './rankRecords.js';
import type { RankComplaint, RankedContact, RankInput, RankOptions, RankReminder, Reason } from './rankRecords.js';
export { dateReasonWeights, type DateReasonWeights } from './dateReasons.js';
import { birthdayReason, customerReason, detailReason } from './dateReasons.js';
import { reason, startRun, type Run } from './rankRun.js';
import { dueOfReminder } from './followUpDue.js';

export { dueOfReminder } from './followUpDue.js';

/** "follow up: send the catalog"; a text that says it already ("Follow up: quote", as rel add once wrote them) is not said twice. */
const followUpText = (text: string): string => (/^follow[ -]?up\b/i.test(text) ? text : `follow up: ${text}`);

function reminderReason(r: RankReminder, run: Run): Reason | undefined {
  if (r.doneOn || !isDay(r.dueOn)) return undefined;
  if (r.snoozedUntil !== null && r.snoozedUntil > run.today) return undefined; // hidden until the snooze day
  const dueOn = dueOfReminder(r);
  if (!isDay(dueOn)) return undefined;
  const days = dayNumber(dueOn) - run.todayNumber;
  const text = `${followUpText(r.text)} — due ${whenText(days)}`;
  if (days <= 0) return reason('follow-up', 'reminder', dueOn, days, text, followUpWeight(-days), { reminderId: r.id });
  if (days > run.windowDays && days !== 1) return undefined; // tomorrow's is on the list even with --days 0
  return reason(days === 1 ? 'date-tomorrow' : 'upcoming', 'reminder', dueOn, days, text, followUpAheadWeight(days), { reminderId: r.id });
}

function complaintReason(c: RankComplaint, run: Run): Reason | undefined {
  if (!isDay(c.happenedOn)) return undefined;
  const days = dayNumber(c.happenedOn) - run.todayNumber;
  if (days > 0) return undefined; // logged after the day the list is for (--as-of)
  const daysOpen = -days;
  const open = daysOpen === 0 ? 'complaint opened today' : `complaint open ${daysOpen} ${daysOpen === 1 ? 'day' : 'days'}`;
  const note = c.note?.replace(/\s+/g, ' ').trim();
  const text = note ? `${open}: ${note}` : open;
  return reason('complaint', 'complaint', c.happenedOn, days, text, complaintWeight(daysOpen), { conversationId: c.conversationId });
}

function driftingReason(c: RankInput, run: Run): Reason | undefined {
  // Archived or paused comes before drifting (statusFrom): no rhythm to work out. Every person
  // known only by a date (todayReach.ts) is paused, and thousands are asked about on L.
  if (c.archived || isPaused(c.pausedUntil, run.today)) return undefined;
  const rhythm = run.rhythmOf(c);
  if (rhythm?.status !== 'drifting') return undefined;
  const { since, cadence } = rhythm;
  const daysSince = run.todayNumber - dayNumber(since);
  const ago = whenText(-daysSince);
  const text = c.lastContactOn === null ? `never talked — added ${ago} — ${describeEvery(cadence)}` : `last talked ${ago} — ${describeEvery(cadence)}`;
  const ids = { cadence: formatDuration(cadence), dueOn: rhythm.dueOn ?? undefined };
  return reason('drifting', 'cadence', since, -daysSince, text, driftingWeight(rhythm.ratio), ids);
}

function reasonsFor(c: RankInput, run: Run): Reason[] {
  const found: Reason[] = [];
  const add = (r: Reason | undefined): void => void (r && found.push(r));
  add(birthdayReason(c.birthday, run));
  add(customerReason(c.customerSince, run));
  add(driftingReason(c, run));
  for (const r of c.reminders) add(reminderReason(r, run));
  for (const d of c.details) add(detailReason(d, run, c.lastContactOn));
  for (const x of c.complaints) add(complaintReason(x, run));
  return found.length > 1 ? found.sort(byStrength) : found;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
function byStrength(a: Reason, b: Reason): number {
  return b.weight - a.weight || compareText(a.date, b.date) || compareText(a.text, b.text);
}

/** A row being sorted, with its name's key worked out once. */
interface Sorting {
  row: RankedContact;
  name: NameSortKey;
}

const sorting = (row: RankedContact): Sorting => ({ row, name: nameSortKey(row.name) });

function byRank({ row: a, name: x }: Sorting, { row: b, name: y }: Sorting): number {
  return Number(a.setAside) - Number(b.setAside) || b.score - a.score || compareNameKeys(x, y) || compareText(a.name, b.name) || a.contactId - b.contactId;
}

/** The strongest reason's weight, plus a little for each other reason, as a whole number (see the top of this file). */
export function scoreOf(reasons: readonly Reason[]): number {
  return scoreFor(Math.max(...reasons.map((r) => r.weight)), reasons.length);
}

/** Every reason a person has on the day, talked to today or not (the card's coming dates). */
export function reasonsOn(c: RankInput, options: RankOptions): Reason[] {
  return reasonsFor(c, startRun(options));
}

/** What keeps someone talked to today on the list: a promise due or overdue, an open complaint. */
const stillDue = (r: Reason): boolean => r.kind === 'follow-up' || r.kind === 'complaint';

/**
 * A person's row on the list's day, or undefined when they are not on it. Someone talked to today
 * stays only for a follow-up due or an open complaint, and is ranked by those alone (they are on the
 * list for them; the rest was the day's talk), but shows every reason (SPEC §4: a contact appears
 * with all its reasons), those first. With `everyone` (--all) the rest of them come too, set aside,
 * with whatever reasons they have (none included).
 */
function rowOf(c: RankInput, run: Run, everyone: boolean): RankedContact | undefined {
  const reasons = reasonsFor(c, run);
  const talkedToday = c.lastContactOn === run.today;
  if (!talkedToday) return reasons.length > 0 ? { contactId: c.id, name: c.name, score: scoreOf(reasons), reasons, talkedToday, setAside: false } : undefined;
  const kept = reasons.filter(stillDue);
  if (kept.length > 0) {
    const shown = kept.length === reasons.length ? reasons : [...kept, ...reasons.filter((r) => !stillDue(r))];
    return { contactId: c.id, name: c.name, score: scoreOf(kept), reasons: shown, talkedToday, setAside: false };
  }
  if (!everyone) return undefined;
  return { contactId: c.id, name: c.name, score: reasons.length > 0 ? scoreOf(reasons) : 0, reasons, talkedToday, setAside: true };
}

/**
 * Everyone with at least one reason today, best first; archived contacts never appear. With
 * `everyone` (rel today --all), the people set aside because they were talked to today follow, marked.
 */
export function rankContacts(inputs: Iterable<RankInput>, options: RankOptions, everyone = false): RankedContact[] {
  const rows: Sorting[] = [];
  eachRow(inputs, options, everyone, (row) => rows.push(sorting(row)));
  return rows.sort(byRank).map((s) => s.row);
}

/** The list's row of each input that has one, unsorted; archived contacts have none. */
function eachRow(inputs: Iterable<RankInput>, options: RankOptions, everyone: boolean, take: (row: RankedContact) => void): void {
  const run = startRun(options);
  for (const c of inputs) {
    const row = c.archived ? undefined : rowOf(c, run, everyone);
    if (row) take(row);
  }
}

/**
 * The first `limit` rows of rankContacts (not `everyone`'s), and how many rows it has, keeping
 * no more than twice `limit` rows (and 16) at once: a limited list of a past day ranks everyone.
 */
export function rankTop(inputs: Iterable<RankInput>, options: RankOptions, limit: number): { rows: RankedContact[]; total: number } {
  const keep = (rows: Sorting[]) => rows.sort(byRank).slice(0, limit);
  let rows: Sorting[] = [];
  let total = 0;
  eachRow(inputs, options, false, (row) => {
    total++;
    rows.push(sorting(row));
    if (rows.length >= 2 * limit + 16) rows = keep(rows);
  });
  return { rows: keep(rows).map((s) => s.row), total };
}
