// One pass of rel today's ranking (src/domain/ranking.ts): its options, what is worked out once
// for everyone it ranks, and the record of a reason. Shared with the reasons stored dates give
// (src/domain/dateReasons.ts).
import { dayNumber, type Day } from './calendar.js';
import { parseTagCadences } from './cadence.js';
import { yearlyDatesWithin } from './milestones.js';
import type { RankOptions, Reason, ReasonSource } from './rankRecords.js';
import type { ReasonKind } from './rankWeights.js';
import { rhythmLookup, type Rhythm, type RhythmFacts } from './rhythm.js';

/** One ranking pass: the options plus what is worked out once for all contacts (100,000 in SPEC §7). */
export interface Run extends RankOptions {
  todayNumber: number;
  /** 'MM-DD' of the yearly dates due today, tomorrow or within the window: the rest are skipped unparsed. */
  yearlySoon: Set<string>;
  rhythmOf: (facts: RhythmFacts) => Rhythm | undefined;
  /** Each month-day's next observance met so far (observed). */
  observances: Map<number, Observed>;
}

export function startRun(options: RankOptions): Run {
  const yearlySoon = yearlyDatesWithin(options.today, Math.max(options.windowDays, 1));
  const rhythmOf = rhythmLookup({ tagCadences: parseTagCadences(options.tagCadences), defaultCadence: options.defaultCadence }, options.today);
  return { ...options, todayNumber: dayNumber(options.today), yearlySoon, rhythmOf, observances: new Map() };
}

/** A month-day's next observance (its day and that day's year), and what a date reason on it weighs. */
export interface Observed {
  date: Day;
  year: number;
  weight: number | undefined;
}

export type ReasonIds = Pick<Reason, 'reminderId' | 'detailId' | 'conversationId' | 'years' | 'month' | 'cadence' | 'dueOn'>;

export function reason(kind: ReasonKind, source: ReasonSource, date: Day, days: number, text: string, weight: number, ids: ReasonIds = {}): Reason {
  return { kind, source, date, days, text, weight, ...ids };
}
