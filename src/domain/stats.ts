// The numbers behind rel stats, computed from plain rows with the day passed in: keep-in-touch
// status, conversations per week, complaint turnaround, referrers. No database, no clock.
import { addDays, dayNumber, daysBetween, isDay, weekday, type Day } from './calendar.js';
import { RHYTHM_STATUSES, rhythmLookup, statusFrom, type RhythmFacts, type RhythmSettings, type RhythmStatus, type StatusFacts } from './rhythm.js';

export const CHART_WEEKS = 26;

export type StatusCounts = Record<RhythmStatus, number>;

export const noStatuses = (): StatusCounts => Object.fromEntries(RHYTHM_STATUSES.map((status) => [status, 0])) as StatusCounts;

/** How many people stand where (added to `counts`): each by their rhythm (src/domain/rhythm.ts), as everywhere else. */
export function countStatuses(people: Iterable<RhythmFacts>, settings: RhythmSettings, today: Day, counts = noStatuses()): StatusCounts {
  const rhythmOf = rhythmLookup(settings, today);
  for (const facts of people) {
    const rhythm = rhythmOf(facts);
    if (rhythm) counts[rhythm.status]++;
  }
  return counts;
}

/** People alike in every fact their status follows from, and how many they are. */
export interface StatusGroup extends StatusFacts {
  people: number;
}

/**
 * countStatuses for people counted in groups (the store's indexes count them so, src/store/stats.ts):
 * the status of each group decided once, by the same rule as everyone's.
 */
export function countStatusGroups(groups: Iterable<StatusGroup>, today: Day, counts = noStatuses()): StatusCounts {
  for (const group of groups) counts[statusFrom(group, today)] += group.people;
  return counts;
}

/** The Monday that starts the week of `day`. */
export function weekStart(day: Day): Day {
  return addDays(day, -((weekday(day) + 6) % 7));
}

/** The days the chart covers: from the Monday `weeks - 1` weeks before this week's, through today. */
export function chartRange(today: Day, weeks = CHART_WEEKS): { from: Day; to: Day } {
  return { from: addDays(weekStart(today), -7 * (weeks - 1)), to: today };
}

export interface WeekCount {
  /** The Monday the week starts on. */
  week: Day;
  count: number;
}

/** Per-day counts summed into the last `weeks` weeks (Monday to Sunday), oldest first, empty weeks included. */
export function weeklyCounts(perDay: ReadonlyArray<{ day: Day; count: number }>, today: Day, weeks = CHART_WEEKS): WeekCount[] {
  const { from } = chartRange(today, weeks);
  const buckets: WeekCount[] = Array.from({ length: weeks }, (_, i) => ({ week: addDays(from, 7 * i), count: 0 }));
  for (const { day, count } of perDay) {
    if (!isDay(day) || day < from || day > today) continue;
    const bucket = buckets[Math.floor(daysBetween(from, day) / 7)];
    if (bucket) bucket.count += count;
  }
  return buckets;
}

export interface ComplaintSummary {
  /** Open complaints rel today can show: archived people never appear there (SPEC §4). */
  open: number;
  /** Open complaints that only archived people were in, apart from `open`. */
  openArchived: number;
  resolved: number;
  /** Mean days from the complaint to its resolution, to two decimals; null when none is resolved. */
  averageDaysToResolve: number | null;
}

/** Complaints made on one day and resolved on one day (or open), and how many. */
export interface ComplaintDays {
  happenedOn: Day;
  resolvedOn: Day | null;
  complaints: number;
}

export function summarizeComplaints(complaints: readonly ComplaintDays[]): ComplaintSummary {
  return summarizeCountedComplaints({ days: [], others: complaints });
}

/** One day's complaints: those open made on it, and those in order (resolvedInOrder) made and resolved on it. */
export interface ComplaintDayCounts {
  day: Day;
  open: number;
  made: number;
  resolved: number;
}

/**
 * Complaints counted by day, as the store keeps them (migration 0027): the days to resolve of the
 * complaints in order add up day by day (each resolution day's number less each made day's), so a
 * journal's thousands of pairs of days come down to its days. Every other complaint (open, or
 * resolved out of order) may be among `others`, by its two days.
 */
export interface CountedComplaints {
  days: readonly ComplaintDayCounts[];
  others: readonly ComplaintDays[];
}

/** A complaint resolved on or after the day it was made, both calendar days: its days to resolve are the difference of the two. */
export function resolvedInOrder(happenedOn: string, resolvedOn: string | null): boolean {
  return resolvedOn !== null && resolvedOn >= happenedOn && isDay(happenedOn) && isDay(resolvedOn);
}

/** The counted form of complaints given by their days (what the store's triggers keep as they change). */
export function countComplaints(complaints: readonly ComplaintDays[]): CountedComplaints {
  const days = new Map<Day, ComplaintDayCounts>();
  const on = (day: Day): ComplaintDayCounts => {
    let counts = days.get(day);
    if (!counts) days.set(day, (counts = { day, open: 0, made: 0, resolved: 0 }));
    return counts;
  };
  const others: ComplaintDays[] = [];
  for (const c of complaints) {
    if (c.resolvedOn === null) on(c.happenedOn).open += c.complaints;
    else if (!resolvedInOrder(c.happenedOn, c.resolvedOn)) others.push(c);
    else {
      on(c.happenedOn).made += c.complaints;
      on(c.resolvedOn).resolved += c.complaints;
    }
  }
  return { days: [...days.values()], others };
}

/** `openArchived`: how many of the open ones only archived people were in, said apart. */
export function summarizeCountedComplaints({ days, others }: CountedComplaints, openArchived = 0): ComplaintSummary {
  let open = 0;
  let resolved = 0;
  let totalDays = 0;
  days.forEach((d) => {
    open += d.open;
    resolved += d.made;
    if (isDay(d.day)) totalDays += (d.resolved - d.made) * dayNumber(d.day);
  });
  // Each distinct day read once: thousands of complaints share a few thousand days.
  const numbers = new Map<string, number | null>();
  const numberOf = (day: string): number | null => {
    let n = numbers.get(day);
    if (n === undefined) numbers.set(day, (n = isDay(day) ? dayNumber(day) : null));
    return n;
  };
  others.forEach(({ happenedOn, resolvedOn, complaints: n }) => {
    if (resolvedOn === null) {
      open += n;
      return;
    }
    resolved += n;
    const from = numberOf(happenedOn);
    const to = numberOf(resolvedOn);
    if (from !== null && to !== null) totalDays += n * Math.max(0, to - from);
  });
  const averageDaysToResolve = resolved === 0 ? null : Math.round((totalDays / resolved) * 100) / 100;
  return { open: open - openArchived, openArchived, resolved, averageDaysToResolve };
}

export interface PersonRef {
  id: number;
  name: string;
}

export interface Referrer extends PersonRef {
  archived: boolean;
  referred: PersonRef[];
}

/** Rows of (referrer, person they referred), already in order, folded into one entry per referrer. */
export function groupReferrers(rows: ReadonlyArray<{ referrerId: number; referrerName: string; referrerArchived: number; id: number; name: string }>): Referrer[] {
  const byId = new Map<number, Referrer>();
  for (const row of rows) {
    let referrer = byId.get(row.referrerId);
    if (!referrer) byId.set(row.referrerId, (referrer = { id: row.referrerId, name: row.referrerName, archived: row.referrerArchived === 1, referred: [] }));
    referrer.referred.push({ id: row.id, name: row.name });
  }
  return [...byId.values()];
}
