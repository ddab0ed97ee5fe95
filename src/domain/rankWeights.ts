// The weights behind `rel today`'s order, on their own so that the ranking and the store's
// bounds on people not read yet (src/store/todayStreams.ts) share one set of formulas.
//
// How a person is scored. Each reason falls in a tier, in SPEC §4's order; tiers never overlap:
//   follow-up due today or overdue (a promise) ............. 6000
//   a date today or tomorrow (birthday, anniversary, detail,
//     a follow-up due tomorrow) ........................... 5000
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

const round2 = (x: number): number => Math.round(x * 100) / 100;
/** More days, more weight: overdue promises, long-open complaints. */
export const growing = (d: number): number => (RANK_WEIGHTS.inTier * d) / (d + RANK_WEIGHTS.halfDays);
/** Fewer days away (or since), more weight: dates. */
export const nearness = (d: number): number => (RANK_WEIGHTS.inTier * RANK_WEIGHTS.halfDays) / (Math.max(d, 0) + RANK_WEIGHTS.halfDays);
/** A reason's weight: its tier plus its place inside the tier, to two decimals. */
export const weightIn = (kind: ReasonKind, inTier: number): number => round2(RANK_WEIGHTS.tiers[kind] + inTier);

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
/** A follow-up due in `daysAway` days (1 or more): tomorrow's ranks with tomorrow's dates, above anyone drifting. */
export const followUpAheadWeight = (daysAway: number): number => (daysAway === 1 ? weightIn('date-tomorrow', nearness(1)) : comingUpWeight(daysAway));
/** The most any reason of a tier weighs. */
export const tierMax = (kind: ReasonKind): number => weightIn(kind, RANK_WEIGHTS.inTier);

/** The score of someone with `count` reasons, the strongest weighing `weight` (see the top of this file). */
export function scoreFor(weight: number, count: number): number {
  return Math.round(weight + Math.min(RANK_WEIGHTS.extraCap, RANK_WEIGHTS.extraReason * (count - 1)));
}

/** The most a person whose strongest reason weighs `weight` can score, however many reasons they have. */
export const scoreCeiling = (weight: number): number => scoreFor(weight, Infinity);

