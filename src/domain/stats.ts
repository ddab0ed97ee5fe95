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
  open: number;
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
  let open = 0;
  let resolved = 0;
  let totalDays = 0;
  // Each distinct day read once: thousands of complaints share a few thousand days.
  const numbers = new Map<string, number | null>();
  const numberOf = (day: string): number | null => {
    let n = numbers.get(day);
    if (n === undefined) numbers.set(day, (n = isDay(day) ? dayNumber(day) : null));
    return n;
  };
  complaints.forEach(({ happenedOn, resolvedOn, complaints: n }) => {
    if (resolvedOn === null) {
      open += n;
      return;
    }
    resolved += n;
    const from = numberOf(happenedOn);
    const to = numberOf(resolvedOn);
    if (from !== null && to !== null) totalDays += n * Math.max(0, to - from);
  });
  return { open, resolved, averageDaysToResolve: resolved === 0 ? null : Math.round((totalDays / resolved) * 100) / 100 };
}

export interface PersonRef {
  id: number;
  name: string;
}

export interface Referrer extends PersonRef {
  referred: PersonRef[];
}

/** Rows of (referrer, person they referred), already in order, folded into one entry per referrer. */
export function groupReferrers(rows: ReadonlyArray<{ referrerId: number; referrerName: string; id: number; name: string }>): Referrer[] {
  const byId = new Map<number, Referrer>();
  for (const row of rows) {
    let referrer = byId.get(row.referrerId);
    if (!referrer) byId.set(row.referrerId, (referrer = { id: row.referrerId, name: row.referrerName, referred: [] }));
    referrer.referred.push({ id: row.id, name: row.name });
  }
  return [...byId.values()];
}
