// `rel today` (SPEC §4): who to reach out to, and every reason why, as a ranked list.
//
// How a person is scored: see src/domain/rankWeights.ts.
import { dayNumber, isDay, type Day } from './calendar.js';
import { compareNames } from './nameOrder.js';
import {
  AFTER_EVENT_DAYS, comingUpWeight, complaintWeight, driftingWeight, followUpAheadWeight, followUpWeight, nearness, scoreFor, weightIn, type ReasonKind,
} from './rankWeights.js';

export {
  AFTER_EVENT_DAYS, comingUpWeight, complaintWeight, driftingWeight, followUpAheadWeight, followUpWeight, RANK_WEIGHTS, scoreCeiling, scoreFor, tierMax,
  type ReasonKind,
} from './rankWeights.js';
export { compareNames } from './nameOrder.js';
import { isPaused, parseTagCadences } from './cadence.js';
import { rhythmLookup, type Rhythm, type RhythmFacts } from './rhythm.js';
import { readStoredDate } from './dateInput.js';
import { describeEvery, formatDuration } from './duration.js';
import {
  birthdayText, customerText, monthSpan, monthStatus, monthText, nextYearly, nextYearlyMonth, pastTense, readYearlyDate, whenText,
  yearlyDatesWithin, yearlyDetailText, yearsAt, type MonthDay, type MonthSpan,
} from './milestones.js';

export type { RankComplaint, RankDetail, RankedContact, RankInput, RankOptions, RankReminder, Reason, ReasonSource } from './rankRecords.js';
import type { RankComplaint, RankDetail, RankedContact, RankInput, RankOptions, RankReminder, Reason, ReasonSource } from './rankRecords.js';

/** One ranking pass: the options plus what is worked out once for all contacts (100,000 in SPEC §7). */
interface Run extends RankOptions {
  todayNumber: number;
  /** 'MM-DD' of the yearly dates due today, tomorrow or within the window: the rest are skipped unparsed. */
  yearlySoon: Set<string>;
  rhythmOf: (facts: RhythmFacts) => Rhythm | undefined;
  /** Each month-day's next observance met so far (observed). */
  observances: Map<number, Observed>;
}

function startRun(options: RankOptions): Run {
  const yearlySoon = yearlyDatesWithin(options.today, Math.max(options.windowDays, 1));
  const rhythmOf = rhythmLookup({ tagCadences: parseTagCadences(options.tagCadences), defaultCadence: options.defaultCadence }, options.today);
  return { ...options, todayNumber: dayNumber(options.today), yearlySoon, rhythmOf, observances: new Map() };
}

/** A month-day's next observance, and what a date reason on it weighs. */
interface Observed {
  date: Day;
  weight: number | undefined;
}

/** When a month-day is next observed: worked out once a run for each, shared by its hundreds of birthdays on a large journal. */
function observed(monthDay: MonthDay, run: Run): Observed {
  const key = monthDay.month * 100 + monthDay.day;
  let found = run.observances.get(key);
  if (found === undefined) {
    const date = nextYearly(monthDay, run.today);
    run.observances.set(key, (found = { date, weight: dateWeight(date, run) }));
  }
  return found;
}

type ReasonIds = Pick<Reason, 'reminderId' | 'detailId' | 'conversationId' | 'years' | 'month' | 'cadence' | 'dueOn'>;

function reason(kind: ReasonKind, source: ReasonSource, date: Day, days: number, text: string, weight: number, ids: ReasonIds = {}): Reason {
  return { kind, source, date, days, text, weight, ...ids };
}

/** Today, tomorrow, or coming up within the window; a date further off gives no reason. */
const dateKind = (days: number, run: Run): ReasonKind | undefined =>
  days === 0 ? 'date-today' : days === 1 ? 'date-tomorrow' : days > 1 && days <= run.windowDays ? 'upcoming' : undefined;

function dateReason(source: ReasonSource, date: Day, run: Run, text: (days: number) => string, ids: ReasonIds): Reason | undefined {
  const days = dayNumber(date) - run.todayNumber;
  const kind = dateKind(days, run);
  return kind && reason(kind, source, date, days, text(days), weightIn(kind, nearness(days)), ids);
}

/** dateReason's weight alone. */
function dateWeight(date: Day, run: Run): number | undefined {
  const days = dayNumber(date) - run.todayNumber;
  const kind = dateKind(days, run);
  return kind && weightIn(kind, nearness(days));
}

/** When a follow-up is due: a snooze moves it to the snooze day ("due then", SPEC §4). */
export function dueOfReminder(r: Pick<RankReminder, 'dueOn' | 'snoozedUntil'>): Day {
  return r.snoozedUntil !== null && r.snoozedUntil > r.dueOn ? r.snoozedUntil : r.dueOn;
}

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

/** Stored yearly dates end in MM-DD; one far off (or unreadable) is skipped before any parsing. */
const yearlySoon = (stored: string | null, run: Run): stored is string => stored !== null && run.yearlySoon.has(stored.slice(-5));

/** A stored yearly date's next observance, with the years it counts then (null without a year). */
interface Observance extends Observed {
  years: number | null;
}

function observance(stored: string | null, run: Run): Observance | undefined {
  const yearly = yearlySoon(stored, run) ? readYearlyDate(stored) : undefined;
  if (!yearly) return undefined;
  const next = observed(yearly.monthDay, run);
  return { date: next.date, weight: next.weight, years: yearly.origin === null ? null : yearsAt(yearly.origin, next.date) };
}

/** A birthday that gives a reason: any but a birth day still to come. */
function birthdayAhead(stored: string | null, run: Run): Observance | undefined {
  const next = observance(stored, run);
  return next && (next.years === null || next.years >= 0) ? next : undefined;
}

/** A customer anniversary that gives a reason: "N years a customer" needs the year, and the day they became one is no anniversary. */
function customerAhead(stored: string | null, run: Run): (Observance & { years: number }) | undefined {
  const next = observance(stored, run);
  return next && next.years !== null && next.years >= 1 ? { date: next.date, weight: next.weight, years: next.years } : undefined;
}

function birthdayReason(stored: string | null, run: Run): Reason | undefined {
  const next = birthdayAhead(stored, run);
  return next && dateReason('birthday', next.date, run, (days) => birthdayText(next.years, days), next.years ? { years: next.years } : {});
}

function customerReason(stored: string | null, run: Run): Reason | undefined {
  const next = customerAhead(stored, run);
  return next && dateReason('customer-since', next.date, run, (days) => customerText(next.years, days), { years: next.years });
}

/** Passed for a recurring month-only detail, which never asks how it went. */
const RECURRING = 'recurring' as const;

/** Month-only details come up from the window before the month through its last day. */
function monthComingUp(d: RankDetail, span: MonthSpan, daysToStart: number): Reason {
  const text = daysToStart > 0 ? `${d.text} in ${monthText(span)}` : `${d.text} this month`;
  return reason('upcoming', 'detail', span.first, daysToStart, text, comingUpWeight(daysToStart), { detailId: d.id, month: span.month });
}

/** "Ask how it went" until a conversation after the event says it was asked (SPEC §4). */
const askedSince = (eventDay: Day, lastContactOn: Day | null): boolean => lastContactOn !== null && lastContactOn > eventDay;

function monthDetailReason(d: RankDetail, span: MonthSpan, run: Run, lastContactOn: Day | null): Reason | undefined {
  const status = monthStatus(span, run.today, run.windowDays);
  if (status.phase === 'upcoming') return monthComingUp(d, span, status.daysToStart);
  if (status.phase !== 'passed' || lastContactOn === RECURRING || status.daysSinceEnd > AFTER_EVENT_DAYS) return undefined;
  if (askedSince(span.last, lastContactOn)) return undefined;
  const text = `${pastTense(d.text)} in ${monthText(span)} — ask how it went`;
  return reason('after-event', 'detail', span.last, -status.daysSinceEnd, text, weightIn('after-event', nearness(status.daysSinceEnd)), { detailId: d.id, month: span.month });
}

function yearlyDetailReason(d: RankDetail, date: string, run: Run): Reason | undefined {
  const stored = readStoredDate(date);
  if (stored.kind === 'month') {
    const span = nextYearlyMonth(stored.month, run.today);
    return span && monthDetailReason(d, span, run, RECURRING);
  }
  const yearly = yearlySoon(date, run) ? readYearlyDate(date) : undefined;
  if (!yearly) return undefined;
  const next = observed(yearly.monthDay, run).date;
  if (yearly.origin !== null && next < yearly.origin) return undefined; // before the first one
  // Given with its year, it counts them: "11 years since the wedding in 3 days" (issue 12).
  const years = yearly.origin === null ? null : yearsAt(yearly.origin, next);
  return dateReason('detail', next, run, (days) => yearlyDetailText(d.text, years, days), years ? { detailId: d.id, years } : { detailId: d.id });
}

function oneOffDetailReason(d: RankDetail, date: string, run: Run, lastContactOn: Day | null): Reason | undefined {
  const stored = readStoredDate(date);
  if (stored.kind === 'month') {
    const span = monthSpan(stored.month);
    return span && monthDetailReason(d, span, run, lastContactOn);
  }
  if (stored.kind !== 'day' || !isDay(stored.day)) return undefined;
  const days = dayNumber(stored.day) - run.todayNumber;
  if (days >= 0) return dateReason('detail', stored.day, run, (n) => `${d.text} ${whenText(n)}`, { detailId: d.id });
  if (-days > AFTER_EVENT_DAYS || askedSince(stored.day, lastContactOn)) return undefined;
  const text = `${pastTense(d.text)} ${whenText(days)} — ask how it went`;
  return reason('after-event', 'detail', stored.day, days, text, weightIn('after-event', nearness(-days)), { detailId: d.id });
}

function detailReason(d: RankDetail, run: Run, lastContactOn: Day | null): Reason | undefined {
  if (d.date === null) return undefined;
  // A date without a year can only recur.
  return d.yearly || d.date.startsWith('--') ? yearlyDetailReason(d, d.date, run) : oneOffDetailReason(d, d.date, run, lastContactOn);
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

function byRank(a: RankedContact, b: RankedContact): number {
  return Number(a.setAside) - Number(b.setAside) || b.score - a.score || compareNames(a.name, b.name) || compareText(a.name, b.name) || a.contactId - b.contactId;
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
 * keeps only a follow-up due and an open complaint; with `everyone` (--all) the rest of them come
 * too, set aside, with whatever reasons they have (none included).
 */
function rowOf(c: RankInput, run: Run, everyone: boolean): RankedContact | undefined {
  const reasons = reasonsFor(c, run);
  const talkedToday = c.lastContactOn === run.today;
  const kept = talkedToday ? reasons.filter(stillDue) : reasons;
  if (kept.length > 0) return { contactId: c.id, name: c.name, score: scoreOf(kept), reasons: kept, talkedToday, setAside: false };
  if (!talkedToday || !everyone) return undefined;
  return { contactId: c.id, name: c.name, score: reasons.length > 0 ? scoreOf(reasons) : 0, reasons, talkedToday, setAside: true };
}

/**
 * Everyone with at least one reason today, best first; archived contacts never appear. With
 * `everyone` (rel today --all), the people set aside because they were talked to today follow, marked.
 */
export function rankContacts(inputs: Iterable<RankInput>, options: RankOptions, everyone = false): RankedContact[] {
  const rows: RankedContact[] = [];
  eachRow(inputs, options, everyone, (row) => rows.push(row));
  return rows.sort(byRank);
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
  const keep = (rows: RankedContact[]) => rows.sort(byRank).slice(0, limit);
  let rows: RankedContact[] = [];
  let total = 0;
  eachRow(inputs, options, false, (row) => {
    total++;
    rows.push(row);
    if (rows.length >= 2 * limit + 16) rows = keep(rows);
  });
  return { rows: keep(rows), total };
}

/** The weight of the reason one stored date gives on the day, or undefined when it gives none. */
export interface DateReasonWeights {
  birthday(stored: string): number | undefined;
  customerSince(stored: string): number | undefined;
  detail(date: string, yearly: boolean, lastContactOn: Day | null): number | undefined;
}

/**
 * Stored dates weighed one at a time by the rules that give a person's date reasons (rankContacts's
 * own), with no person around them: for callers that weigh thousands of dates before reading
 * anyone (src/store/todayReach.ts). A person talked to on the day has no date reason on the list;
 * such callers leave those people out first.
 */
export function dateReasonWeights(options: RankOptions): DateReasonWeights {
  const run = startRun(options);
  return {
    // Weighed without their words, each month-day once: a large journal weighs some 700 stored
    // birthdays and anniversaries, each once, in code not yet compiled (some 10 us each with words).
    birthday: (stored) => birthdayAhead(stored, run)?.weight,
    customerSince: (stored) => customerAhead(stored, run)?.weight,
    detail: (date, yearly, lastContactOn) => detailReason({ id: 0, text: '', date, yearly }, run, lastContactOn)?.weight,
  };
}
