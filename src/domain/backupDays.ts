// Which days' ends a daily backup holds (README "Restore"): a copy taken before the first change of
// a day holds the journal as it stood at the end of the day of its last change, and of every day
// since up to the day before it was taken. rel restore's listing shows the first of those days,
// and rel restore DAY takes the copy whose days hold DAY: both from heldFrom, so that the day the
// listing shows for a copy is always one rel restore DAY takes it for.
import { addDays, type Day } from './calendar.js';

/** A copy in backups/, as far as the days it holds go. */
export interface TakenCopy {
  /** The day it was taken. */
  day: Day;
  /** Kept before a restore rather than daily: it holds no day's end, but marks a change (the restore) on its day. */
  beforeRestore: boolean;
  /**
   * The day of the newest change it keeps a time of (its undo history, its purges), if any. An
   * undo keeps none (it takes its change out of the history), so the last change may be later.
   */
  lastChange: Day | undefined;
}

/**
 * The first day whose end each copy holds, for copies newest first (undefined for one kept before
 * a restore). A daily copy holds the end of the day before it was taken, and of the days before
 * it back to its last change. That change was made no earlier than the copy before it was taken
 * (every change takes its day's copy first, and a restore keeps one), nor than the newest change
 * the copy keeps a time of: the later of the two is the first day it holds, even when that last
 * change was an undo or a purge. Without either (a new journal's first copy), the day before.
 */
export function heldFrom(copies: readonly TakenCopy[]): Array<Day | undefined> {
  return copies.map((copy, i) => {
    if (copy.beforeRestore) return undefined;
    const before = copies.slice(i + 1).find((c) => c.day < copy.day)?.day;
    const bounds = [before, copy.lastChange].filter((d): d is Day => d !== undefined && d < copy.day);
    return bounds.length === 0 ? addDays(copy.day, -1) : bounds.reduce((a, b) => (a > b ? a : b));
  });
}

/**
 * The copy (its index) that holds the journal as it stood at the end of `day`: the daily one taken
 * first after it, when the first day it holds is no later than `day`. Undefined when none does.
 */
export function copyOfDay(copies: readonly TakenCopy[], day: Day): number | undefined {
  const from = heldFrom(copies);
  const i = copies.findIndex((copy, n) => from[n] !== undefined && from[n] <= day && day < copy.day);
  return i < 0 ? undefined : i;
}
