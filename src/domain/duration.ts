// Durations such as 10d, 2w, 3m, 1y: keep-in-touch cadences and reminder recurrences.
import { addDays, addMonths, type Day } from './calendar.js';
import { ValueError } from '../errors.js';

export type DurationUnit = 'd' | 'w' | 'm' | 'y';
export interface Duration {
  count: number;
  unit: DurationUnit;
}

const DURATION = /^(\d{1,4})\s*(d|days?|w|wks?|weeks?|m|mos?|months?|y|yrs?|years?)$/i;

/**
 * The words people use for a rhythm, as durations (`--every monthly`, a cadence column that says
 * "fortnightly"): each line the duration, then its words, the first the one a refusal offers.
 */
const RHYTHM_WORDS: ReadonlyArray<readonly [Duration, string, ...string[]]> = [
  [{ count: 1, unit: 'd' }, 'daily', 'day'],
  [{ count: 1, unit: 'w' }, 'weekly', 'week'],
  [{ count: 2, unit: 'w' }, 'fortnightly', 'fortnight'],
  [{ count: 1, unit: 'm' }, 'monthly', 'month'],
  [{ count: 3, unit: 'm' }, 'quarterly', 'quarter'],
  [{ count: 1, unit: 'y' }, 'yearly', 'annually', 'annual', 'year'],
];

const DURATION_WORDS: ReadonlyMap<string, Duration> = new Map(RHYTHM_WORDS.flatMap(([duration, ...words]) => words.map((word) => [word, duration] as const)));

/** The first word of each line of RHYTHM_WORDS: those a refusal offers. */
const OFFERED_WORDS = RHYTHM_WORDS.map(([, word]) => word);

/** What a duration can be written as, for a refusal: the forms DURATION reads, and the words. */
export const DURATION_FORMS = `10d, 2w, 3m or 1y (also 2 weeks, 6 months), or ${OFFERED_WORDS.slice(0, -1).join(', ')} or ${OFFERED_WORDS.at(-1)}`;

export function tryParseDuration(text: string): Duration | undefined {
  const word = text.trim().toLowerCase();
  const named = DURATION_WORDS.get(word);
  if (named !== undefined) return { ...named };
  const m = DURATION.exec(word);
  if (!m) return undefined;
  const count = Number(m[1]);
  if (count <= 0) return undefined;
  return { count, unit: (m[2] ?? 'd').charAt(0).toLowerCase() as DurationUnit };
}

export class DurationError extends ValueError {}

export function parseDuration(text: string, label = 'duration'): Duration {
  const duration = tryParseDuration(text);
  if (!duration) throw new DurationError(`${label}: "${text}" is not a duration; use ${DURATION_FORMS}`);
  return duration;
}

export function formatDuration(d: Duration): string {
  return `${d.count}${d.unit}`;
}

export function addDuration(day: Day, d: Duration, times = 1): Day {
  const n = d.count * times;
  switch (d.unit) {
    case 'd':
      return addDays(day, n);
    case 'w':
      return addDays(day, 7 * n);
    case 'm':
      return addMonths(day, n);
    case 'y':
      return addMonths(day, 12 * n);
  }
}

/** Approximate length in days, for comparing cadences ("the shortest applies"). */
export function approximateDays(d: Duration): number {
  const perUnit = { d: 1, w: 7, m: 30.44, y: 365.25 }[d.unit];
  return d.count * perUnit;
}

/** "every 2 weeks", "every 30 days", "every month". */
export function describeEvery(d: Duration): string {
  const word = { d: 'day', w: 'week', m: 'month', y: 'year' }[d.unit];
  return d.count === 1 ? `every ${word}` : `every ${d.count} ${word}s`;
}
