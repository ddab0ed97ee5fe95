// The numbers behind rel stats, computed from plain rows with the day passed in: keep-in-touch
// status, conversations per week, complaint turnaround, referrers. No database, no clock.
import { effectiveCadence, isPaused, nextDueDate } from './cadence.js';
import { addDays, daysBetween, isDay, weekday, type Day } from './calendar.js';
import type { Duration } from './duration.js';

/** "Due soon": the next conversation is due within this many days (today included). */
export const DUE_SOON_DAYS = 7;
export const CHART_WEEKS = 26;

export type ContactStatus = 'paused' | 'neverContacted' | 'drifting' | 'dueSoon' | 'onTrack';

export interface StatusContact {
  cadence: string | null;
  tags: readonly string[];
  pausedUntil: Day | null;
  createdOn: Day;
  lastContact: Day | null;
}

export interface CadenceSettings {
  tagCadences: ReadonlyMap<string, Duration>;
  defaultCadence: Duration;
}

export type StatusCounts = Record<ContactStatus, number>;

/**
 * Where a contact stands, as rel list and rel today see it: a paused contact is paused; someone
 * never talked to is "never contacted" (rel today counts their drift from the day they were added);
 * past the due day is drifting; due within DUE_SOON_DAYS is due soon; the rest are on track.
 */
export function contactStatus(contact: StatusContact, settings: CadenceSettings, today: Day): ContactStatus {
  if (isPaused(contact.pausedUntil, today)) return 'paused';
  if (contact.lastContact === null) return 'neverContacted';
  const { cadence } = effectiveCadence(contact.cadence, contact.tags, settings.tagCadences, settings.defaultCadence);
  const dueOn = nextDueDate(contact.lastContact, cadence);
  if (today > dueOn) return 'drifting';
  return daysBetween(today, dueOn) <= DUE_SOON_DAYS ? 'dueSoon' : 'onTrack';
}

export function countStatuses(contacts: Iterable<StatusContact>, settings: CadenceSettings, today: Day): StatusCounts {
  const counts: StatusCounts = { onTrack: 0, dueSoon: 0, drifting: 0, neverContacted: 0, paused: 0 };
  for (const contact of contacts) counts[contactStatus(contact, settings, today)]++;
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

export function summarizeComplaints(complaints: ReadonlyArray<{ happenedOn: Day; resolvedOn: Day | null }>): ComplaintSummary {
  let open = 0;
  let resolved = 0;
  let totalDays = 0;
  for (const { happenedOn, resolvedOn } of complaints) {
    if (resolvedOn === null) {
      open++;
      continue;
    }
    resolved++;
    if (isDay(happenedOn) && isDay(resolvedOn)) totalDays += Math.max(0, daysBetween(happenedOn, resolvedOn));
  }
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
