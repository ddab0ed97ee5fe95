// `rel today` (SPEC §4): who to reach out to, and every reason why, as a ranked list.
//
// How a person is scored. Each reason falls in a tier, in SPEC §4's order; tiers never overlap:
//   follow-up due today or overdue (a promise) ............. 6000
//   a date today or tomorrow (birthday, anniversary, detail)  5000
//   an open complaint ...................................... 4000
//   drifting past the keep-in-touch cadence ................ 3000
//   coming up within the window (dates, follow-ups) ........ 2000
//   just after a one-off dated detail ("ask how it went") .. 1000
// Inside its tier a reason adds up to 800 (RANK_WEIGHTS.inTier), with d in days:
//   promises, complaints: 800 × d / (d + 7), d = days overdue / days open (400 at one week)
//   drifting:             800 × (1 − 1 / ratio), ratio = days since / cadence days (47 on 30 beats 100 on 90)
//   dates:                800 × 7 / (d + 7), d = days away or days since (today 800, tomorrow 700)
// A person's score is their strongest reason's weight plus 10 for each other reason, at most 90,
// rounded to a whole number (the score the JSON shows is the one the rows are sorted by):
// extra reasons reorder people within a tier but never lift anyone into a higher one (800 + 90 < 1000).
// Rows sort by score (highest first), then name, then id.
import { dayNumber, isDay, type Day } from './calendar.js';
import { driftLookup, isPaused, parseTagCadences, type DriftLookup } from './cadence.js';
import { readStoredDate } from './dateInput.js';
import { describeEvery, formatDuration, type Duration } from './duration.js';
import {
  birthdayText, customerText, monthSpan, monthStatus, monthText, nextYearly, nextYearlyMonth, pastTense, readYearlyDate, whenText,
  yearlyDatesWithin, yearsAt, type MonthSpan,
} from './milestones.js';

export const RANK_WEIGHTS = {
  tiers: { 'follow-up': 6000, 'date-today': 5000, 'date-tomorrow': 5000, complaint: 4000, drifting: 3000, upcoming: 2000, 'after-event': 1000 },
  /** Room for ordering inside a tier, below the 1000 between tiers. */
  inTier: 800,
  /** Days at which an overdue promise or an open complaint gets half the room. */
  halfDays: 7,
  /** Each reason besides a person's strongest adds this much, up to extraCap. */
  extraReason: 10,
  extraCap: 90,
} as const;

/** Days after a one-off dated detail during which rel suggests asking how it went. */
export const AFTER_EVENT_DAYS = 7;

export type ReasonKind = keyof typeof RANK_WEIGHTS.tiers;
export type ReasonSource = 'reminder' | 'birthday' | 'customer-since' | 'detail' | 'complaint' | 'cadence';

export interface RankReminder {
  id: number;
  text: string;
  dueOn: Day;
  snoozedUntil: Day | null;
  /** Carried for callers; a recurring reminder is one row whose due day moves, ranked like any other. */
  every?: string | null;
  /** Done reminders are skipped, so store rows can be passed as they are. */
  doneOn?: Day | null;
}

export interface RankDetail {
  id: number;
  text: string;
  /** 'YYYY-MM-DD', 'YYYY-MM' (month only) or '--MM-DD'; undated details are skipped. */
  date: string | null;
  yearly: boolean;
}

export interface RankComplaint {
  conversationId: number;
  happenedOn: Day;
  note: string | null;
}

export interface RankInput {
  id: number;
  name: string;
  birthday: string | null; // 'YYYY-MM-DD' or '--MM-DD'
  customerSince: string | null; // 'YYYY-MM-DD'
  cadence: string | null; // own cadence as stored ('2w'); NULL: tags or the default
  tags: readonly string[];
  pausedUntil: Day | null;
  createdOn: Day;
  archived: boolean;
  /** The latest conversation's day (an earlier `--on` counts from that day); null: never talked. */
  lastContactOn: Day | null;
  reminders: readonly RankReminder[];
  details: readonly RankDetail[];
  complaints: readonly RankComplaint[];
}

export interface RankOptions {
  today: Day;
  /** Look-ahead for dates and follow-ups coming up (`--days`, default 14). */
  windowDays: number;
  defaultCadence: Duration;
  /** Tag → cadence, as stored ('14d') or parsed. */
  tagCadences: ReadonlyMap<string, string | Duration>;
}

export interface Reason {
  kind: ReasonKind;
  source: ReasonSource;
  /**
   * The day the reason is about: a follow-up's due day, a date's observance, the day a complaint
   * was logged, the last conversation (or the day added) for drifting; for a month-only detail the
   * month's first day (coming up) or last day (after-event).
   */
  date: Day;
  /** daysBetween(today, date): positive in the future, 0 today, negative in the past. */
  days: number;
  text: string;
  /** This reason's score (tier + position in tier). */
  weight: number;
  reminderId?: number;
  detailId?: number;
  conversationId?: number;
  /** Age turned (birthday) or years as a customer. */
  years?: number;
  /** Month-only detail: 'YYYY-MM'. */
  month?: string;
  /** Drifting: the cadence that applies ('30d') and the day it ran out. */
  cadence?: string;
  dueOn?: Day;
}

export interface RankedContact {
  contactId: number;
  name: string;
  score: number;
  /** Strongest first. */
  reasons: Reason[];
}

/** One ranking pass: the options plus what is worked out once for all contacts (100,000 in SPEC §7). */
interface Run extends RankOptions {
  todayNumber: number;
  /** 'MM-DD' of the yearly dates due today, tomorrow or within the window: the rest are skipped unparsed. */
  yearlySoon: Set<string>;
  driftOf: DriftLookup;
}

function startRun(options: RankOptions): Run {
  const yearlySoon = yearlyDatesWithin(options.today, Math.max(options.windowDays, 1));
  const driftOf = driftLookup(parseTagCadences(options.tagCadences), options.defaultCadence, options.today);
  return { ...options, todayNumber: dayNumber(options.today), yearlySoon, driftOf };
}

type ReasonIds = Pick<Reason, 'reminderId' | 'detailId' | 'conversationId' | 'years' | 'month' | 'cadence' | 'dueOn'>;

const round2 = (x: number): number => Math.round(x * 100) / 100;
/** More days, more weight: overdue promises, long-open complaints. */
const growing = (d: number): number => (RANK_WEIGHTS.inTier * d) / (d + RANK_WEIGHTS.halfDays);
/** Fewer days away (or since), more weight: dates. */
const nearness = (d: number): number => (RANK_WEIGHTS.inTier * RANK_WEIGHTS.halfDays) / (Math.max(d, 0) + RANK_WEIGHTS.halfDays);
/** A reason's weight: its tier plus its place inside the tier, to two decimals. */
const weightIn = (kind: ReasonKind, inTier: number): number => round2(RANK_WEIGHTS.tiers[kind] + inTier);

// The weights of single reasons, exported so that the store can bound the people it has not read
// yet (src/store/todayStreams.ts) with the very formulas the ranking uses. Each one never decreases
// as its argument grows (days overdue, days open, drift ratio) or never increases as it grows (days away).

/** A follow-up due `daysOverdue` days ago (0: due today). */
export const followUpWeight = (daysOverdue: number): number => weightIn('follow-up', growing(daysOverdue));
/** A complaint open `daysOpen` days. */
export const complaintWeight = (daysOpen: number): number => weightIn('complaint', growing(daysOpen));
/** Drifting at `ratio` = days since the last conversation / cadence days (above 1). */
export const driftingWeight = (ratio: number): number => weightIn('drifting', RANK_WEIGHTS.inTier * (1 - 1 / ratio));
/** A date or follow-up coming up in `daysAway` days (a month-only detail: days to its first day, ≤ 0 while it runs). */
export const comingUpWeight = (daysAway: number): number => weightIn('upcoming', nearness(daysAway));
/** The most any reason of a tier weighs. */
export const tierMax = (kind: ReasonKind): number => weightIn(kind, RANK_WEIGHTS.inTier);

/** The score of someone with `count` reasons, the strongest weighing `weight` (see the top of this file). */
export function scoreFor(weight: number, count: number): number {
  return Math.round(weight + Math.min(RANK_WEIGHTS.extraCap, RANK_WEIGHTS.extraReason * (count - 1)));
}

/** The most a person whose strongest reason weighs `weight` can score, however many reasons they have. */
export const scoreCeiling = (weight: number): number => scoreFor(weight, Infinity);

function reason(kind: ReasonKind, source: ReasonSource, date: Day, days: number, text: string, weight: number, ids: ReasonIds = {}): Reason {
  return { kind, source, date, days, text, weight, ...ids };
}

/** Today, tomorrow, or coming up within the window; a date further off gives no reason. */
function dateReason(source: ReasonSource, date: Day, run: Run, text: (days: number) => string, ids: ReasonIds): Reason | undefined {
  const days = dayNumber(date) - run.todayNumber;
  const kind: ReasonKind | undefined = days === 0 ? 'date-today' : days === 1 ? 'date-tomorrow' : days > 1 && days <= run.windowDays ? 'upcoming' : undefined;
  return kind && reason(kind, source, date, days, text(days), weightIn(kind, nearness(days)), ids);
}

function reminderReason(r: RankReminder, run: Run): Reason | undefined {
  if (r.doneOn || !isDay(r.dueOn)) return undefined;
  if (r.snoozedUntil !== null && r.snoozedUntil > run.today) return undefined; // hidden until the snooze day
  const days = dayNumber(r.dueOn) - run.todayNumber;
  const text = `follow up: ${r.text} — due ${whenText(days)}`;
  if (days <= 0) return reason('follow-up', 'reminder', r.dueOn, days, text, followUpWeight(-days), { reminderId: r.id });
  return days <= run.windowDays ? reason('upcoming', 'reminder', r.dueOn, days, text, comingUpWeight(days), { reminderId: r.id }) : undefined;
}

/** Stored yearly dates end in MM-DD; one far off (or unreadable) is skipped before any parsing. */
const yearlySoon = (stored: string | null, run: Run): stored is string => stored !== null && run.yearlySoon.has(stored.slice(-5));

function birthdayReason(stored: string | null, run: Run): Reason | undefined {
  const yearly = yearlySoon(stored, run) ? readYearlyDate(stored) : undefined;
  if (!yearly) return undefined;
  const date = nextYearly(yearly.monthDay, run.today);
  const age = yearly.origin === null ? null : yearsAt(yearly.origin, date);
  if (age !== null && age < 0) return undefined; // a birth day still to come
  return dateReason('birthday', date, run, (days) => birthdayText(age, days), age ? { years: age } : {});
}

function customerReason(stored: string | null, run: Run): Reason | undefined {
  const yearly = yearlySoon(stored, run) ? readYearlyDate(stored) : undefined;
  if (!yearly?.origin) return undefined; // "N years a customer" needs the year
  const date = nextYearly(yearly.monthDay, run.today);
  const years = yearsAt(yearly.origin, date);
  if (years < 1) return undefined; // the day they became a customer is no anniversary
  return dateReason('customer-since', date, run, (days) => customerText(years, days), { years });
}

/** Month-only details come up from the window before the month through its last day. */
function monthComingUp(d: RankDetail, span: MonthSpan, daysToStart: number): Reason {
  const text = daysToStart > 0 ? `${d.text} in ${monthText(span)}` : `${d.text} this month`;
  return reason('upcoming', 'detail', span.first, daysToStart, text, comingUpWeight(daysToStart), { detailId: d.id, month: span.month });
}

function monthDetailReason(d: RankDetail, span: MonthSpan, run: Run, recurring: boolean): Reason | undefined {
  const status = monthStatus(span, run.today, run.windowDays);
  if (status.phase === 'upcoming') return monthComingUp(d, span, status.daysToStart);
  if (status.phase !== 'passed' || recurring || status.daysSinceEnd > AFTER_EVENT_DAYS) return undefined;
  const text = `${pastTense(d.text)} in ${monthText(span)} — ask how it went`;
  return reason('after-event', 'detail', span.last, -status.daysSinceEnd, text, weightIn('after-event', nearness(status.daysSinceEnd)), { detailId: d.id, month: span.month });
}

function yearlyDetailReason(d: RankDetail, date: string, run: Run): Reason | undefined {
  const stored = readStoredDate(date);
  if (stored.kind === 'month') {
    const span = nextYearlyMonth(stored.month, run.today);
    return span && monthDetailReason(d, span, run, true);
  }
  const yearly = yearlySoon(date, run) ? readYearlyDate(date) : undefined;
  if (!yearly) return undefined;
  const next = nextYearly(yearly.monthDay, run.today);
  if (yearly.origin !== null && next < yearly.origin) return undefined; // before the first one
  return dateReason('detail', next, run, (days) => `${d.text} ${whenText(days)}`, { detailId: d.id });
}

function oneOffDetailReason(d: RankDetail, date: string, run: Run): Reason | undefined {
  const stored = readStoredDate(date);
  if (stored.kind === 'month') {
    const span = monthSpan(stored.month);
    return span && monthDetailReason(d, span, run, false);
  }
  if (stored.kind !== 'day' || !isDay(stored.day)) return undefined;
  const days = dayNumber(stored.day) - run.todayNumber;
  if (days >= 0) return dateReason('detail', stored.day, run, (n) => `${d.text} ${whenText(n)}`, { detailId: d.id });
  if (-days > AFTER_EVENT_DAYS) return undefined;
  const text = `${pastTense(d.text)} ${whenText(days)} — ask how it went`;
  return reason('after-event', 'detail', stored.day, days, text, weightIn('after-event', nearness(-days)), { detailId: d.id });
}

function detailReason(d: RankDetail, run: Run): Reason | undefined {
  if (d.date === null) return undefined;
  // A date without a year can only recur.
  return d.yearly || d.date.startsWith('--') ? yearlyDetailReason(d, d.date, run) : oneOffDetailReason(d, d.date, run);
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
  if (isPaused(c.pausedUntil, run.today)) return undefined;
  const since = c.lastContactOn ?? c.createdOn; // never talked: counts from the day added
  const found = run.driftOf(c.cadence, c.tags, since);
  if (!found?.drift.drifting) return undefined;
  const { cadence, drift } = found;
  const ago = whenText(-drift.daysSince);
  const text = c.lastContactOn === null ? `never talked — added ${ago} — ${describeEvery(cadence)}` : `last talked ${ago} — ${describeEvery(cadence)}`;
  const ids = { cadence: formatDuration(cadence), dueOn: drift.dueOn };
  return reason('drifting', 'cadence', since, -drift.daysSince, text, driftingWeight(drift.ratio), ids);
}

function reasonsFor(c: RankInput, run: Run): Reason[] {
  const found: Reason[] = [];
  const add = (r: Reason | undefined): void => void (r && found.push(r));
  add(birthdayReason(c.birthday, run));
  add(customerReason(c.customerSince, run));
  add(driftingReason(c, run));
  for (const r of c.reminders) add(reminderReason(r, run));
  for (const d of c.details) add(detailReason(d, run));
  for (const x of c.complaints) add(complaintReason(x, run));
  return found.length > 1 ? found.sort(byStrength) : found;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
// Names go in the order of a collator for a fixed locale, so that it does not depend on the
// user's environment: accents and case make no difference, numbers go by value.
let nameCollator: Intl.Collator | undefined;
const collator = (): Intl.Collator => (nameCollator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true }));

// Setting the collator up costs milliseconds (more than ranking a list), so names made only of
// letters (accented or not), spaces, hyphens, full stops and apostrophes, as most are, are compared
// here, in the collator's order: space < hyphen < full stop < apostrophe < letters, and a letter
// is its base letter. Anything else (digits, ø, ß, …) goes to the collator; test/unit/ranking.test.ts
// checks that the two agree.
const PUNCTUATION_RANK: Record<string, string> = { ' ': '\u0001', '-': '\u0002', '.': '\u0003', "'": '\u0004' };
function plainKey(name: string): string | undefined {
  const key = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return /^[a-z .'-]*$/.test(key) ? key.replace(/[ .'-]/g, (c) => PUNCTUATION_RANK[c] as string) : undefined;
}

/** Two names in the collator's order. */
export function compareNames(a: string, b: string): number {
  const keys = [plainKey(a), plainKey(b)];
  return keys[0] !== undefined && keys[1] !== undefined ? compareText(keys[0], keys[1]) : collator().compare(a, b);
}

function byStrength(a: Reason, b: Reason): number {
  return b.weight - a.weight || compareText(a.date, b.date) || compareText(a.text, b.text);
}

function byRank(a: RankedContact, b: RankedContact): number {
  return b.score - a.score || compareNames(a.name, b.name) || compareText(a.name, b.name) || a.contactId - b.contactId;
}

/** The strongest reason's weight, plus a little for each other reason, as a whole number (see the top of this file). */
export function scoreOf(reasons: readonly Reason[]): number {
  return scoreFor(Math.max(...reasons.map((r) => r.weight)), reasons.length);
}

/** Everyone with at least one reason today, best first; archived contacts never appear. */
export function rankContacts(inputs: Iterable<RankInput>, options: RankOptions): RankedContact[] {
  const run = startRun(options);
  const rows: RankedContact[] = [];
  for (const c of inputs) {
    if (c.archived) continue;
    const reasons = reasonsFor(c, run);
    if (reasons.length > 0) rows.push({ contactId: c.id, name: c.name, score: scoreOf(reasons), reasons });
  }
  return rows.sort(byRank);
}


/**
 * The weight of the strongest reason of each input that has one, by id: rankContacts's rules,
 * without scoring or ordering anyone (for callers that only ask who has a reason, and how strong).
 */
export function strongestWeights(inputs: Iterable<RankInput>, options: RankOptions): Map<number, number> {
  const run = startRun(options);
  const weights = new Map<number, number>();
  for (const c of inputs) {
    if (c.archived) continue;
    const reasons = reasonsFor(c, run);
    if (reasons.length > 0) weights.set(c.id, reasons[0]!.weight);
  }
  return weights;
}
