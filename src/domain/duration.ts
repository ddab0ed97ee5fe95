// Durations such as 10d, 2w, 3m, 1y: keep-in-touch cadences and reminder recurrences.
import { addDays, addMonths, type Day } from './calendar.js';
import { ValueError } from '../errors.js';

export type DurationUnit = 'd' | 'w' | 'm' | 'y';
export interface Duration {
  count: number;
  unit: DurationUnit;
}

const DURATION = /^(\d{1,4})\s*(d|days?|w|wks?|weeks?|m|mos?|months?|y|yrs?|years?)$/i;

export const DURATION_FORMS = '10d, 2w, 3m or 1y (days, weeks, months, years)';

/** The words people use for a rhythm, as durations: `--every monthly`, a cadence column that says "fortnightly". */
const DURATION_WORDS: Readonly<Record<string, Duration>> = {
  daily: { count: 1, unit: 'd' },
  day: { count: 1, unit: 'd' },
  weekly: { count: 1, unit: 'w' },
  week: { count: 1, unit: 'w' },
  fortnightly: { count: 2, unit: 'w' },
  fortnight: { count: 2, unit: 'w' },
  monthly: { count: 1, unit: 'm' },
  month: { count: 1, unit: 'm' },
  quarterly: { count: 3, unit: 'm' },
  quarter: { count: 3, unit: 'm' },
  yearly: { count: 1, unit: 'y' },
  annually: { count: 1, unit: 'y' },
  annual: { count: 1, unit: 'y' },
  year: { count: 1, unit: 'y' },
};

export function tryParseDuration(text: string): Duration | undefined {
  const word = text.trim().toLowerCase();
  if (Object.hasOwn(DURATION_WORDS, word)) return { ...DURATION_WORDS[word]! };
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
