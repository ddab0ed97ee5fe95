// The streams behind a limited `rel today` (rankTodayTop in today.ts): for each kind of reason,
// the people who have one, in an order in which the weight of that reason never increases. SQL
// only orders the rows by a monotone key (days overdue, days open, drift ratio, days away); the
// weights come from the ranking's own formulas (src/domain/ranking.ts). Merged by their heads,
// the streams say who to read next and how much anyone not read yet can score at most.
import { dayNumber, isDay } from '../domain/calendar.js';
import { complaintWeight, driftingWeight, followUpAheadWeight, followUpWeight, scoreFor, tierMax, type ReasonKind } from '../domain/ranking.js';
import { OPEN_COMPLAINTS_BY_PERSON } from './conversations.js';
import type { Journal } from './journal.js';
import { drifts, type DatedPerson, type Reach } from './todayReach.js';
import type { FollowUpsDue, Survey } from './todaySurvey.js';

export interface Candidate {
  id: number;
  /** At least the weight of their strongest reason. */
  weight: number;
}

interface Source {
  /** The most a row can weigh, known before the query runs: a stream that cannot matter is never run. */
  ceiling: number;
  /** How many reasons each of its people can have at most, when they all can have the same number. */
  reasons?: number;
  open(): Iterator<Candidate>;
}

// Everyone an open complaint was with (open_complaint_people, migration 0022), open longest first.
// "+": these few sorted, not the index of every conversation's day walked.
const COMPLAINTS = `SELECT o.contact_id AS id, t.happened_on AS day FROM ${OPEN_COMPLAINTS_BY_PERSON} WHERE +t.happened_on <= @asOf ORDER BY +t.happened_on`;
// Worst drift first: days since the last conversation over the cadence's days (at least 1, as in
// the domain). For one length of cadence the ratio grows as the due day goes back, so each length's
// people come in order from contacts_drift (migration 0030), a page at a time, and driftiestFirst
// merges them: SQL's ORDER BY ratio sorted everyone drifting first, 39,000 on a large journal.
/** The lengths of cadence of the active, each found by one seek; people with none stored are read apart, last. */
const CADENCE_LENGTHS = `WITH RECURSIVE lengths(days) AS (
    SELECT min(t.cadence_days) FROM contacts t INDEXED BY contacts_drift WHERE t.archived = 0
    UNION ALL SELECT (SELECT min(t.cadence_days) FROM contacts t INDEXED BY contacts_drift WHERE t.archived = 0 AND t.cadence_days > lengths.days)
    FROM lengths WHERE lengths.days IS NOT NULL)
  SELECT days FROM lengths WHERE days IS NOT NULL`;
/** One length's drifting people, worst first, from `offset` on: in the index's own order, never sorted. */
const DRIFT_PAGE = `SELECT t.id, (@asOfDay - t.due_day + t.cadence_days) * 1.0 / max(t.cadence_days, 1) AS ratio
  FROM contacts t INDEXED BY contacts_drift WHERE t.archived = 0 AND t.cadence_days IS @days AND ${drifts('t')}
  ORDER BY t.due_day, t.paused_until, t.id LIMIT @limit OFFSET @offset`;
/** A length's first page; each next one is as long as all before it. */
const FIRST_DRIFT_PAGE = 16;

interface DriftRow {
  id: number;
  ratio: number | null;
}

/** The people of one length of cadence read so far. */
interface DriftPages {
  days: number | null;
  rows: DriftRow[];
  next: number;
  read: number;
  more: boolean;
}

function* candidates<R>(rows: Iterable<R>, candidate: (row: R) => Candidate): Generator<Candidate> {
  for (const row of rows) yield candidate(row);
}

/** A day's weight; a day that is no calendar day gives no reason, so it weighs no more than the row before. */
const dayWeight = (reach: Reach, day: string, weight: (days: number) => number): number => (isDay(day) ? weight(dayNumber(day) - reach.asOfDay) : Infinity);

/** Rows weighed from their days. */
function dayStream(reach: Reach, kind: ReasonKind, rows: () => Iterable<[id: number, day: string]>, weight: (days: number) => number): Source {
  const weigh = ([id, day]: [number, string]): Candidate => ({ id, weight: dayWeight(reach, day, weight) });
  return { ceiling: tierMax(kind), open: () => candidates(rows(), weigh) };
}

/**
 * Follow-ups by the day they fall due, each day weighed once: one stream for each number of
 * reasons their people can have. Thousands of people share each day an overdue follow-up fell due
 * on a large journal, within the extras of each other: one stream for all would be read until its
 * day's weight plus the extras of the most reasons anyone has fell below the last row kept.
 * Apart, the people with fewer reasons stop sooner (today.ts).
 */
function dueStreams(reach: Reach, kind: ReasonKind, days: readonly FollowUpsDue[], weight: (days: number) => number, reasonsAtMost: Uint8Array): Source[] {
  const ids: number[][] = [];
  const weights: number[][] = [];
  // Indexes, not for...of: some 13,000 ids on a large journal, in code run once (todaySurvey.ts).
  days.forEach((due) => {
    const onDay = dayWeight(reach, due[0], weight);
    due[1].forEach((id) => {
      const reasons = reasonsAtMost[id]!;
      if (reasons === 0) return; // no reason on the list (talked to, archived)
      (ids[reasons] ??= []).push(id);
      (weights[reasons] ??= []).push(onDay);
    });
  });
  return ids.flatMap((list, reasons) => (list ? [{ ceiling: tierMax(kind), reasons, open: () => weighed(list, weights[reasons]!) }] : []));
}

function* weighed(ids: readonly number[], weights: readonly number[]): Generator<Candidate> {
  for (let k = 0; k < ids.length; k++) yield { id: ids[k]!, weight: weights[k]! };
}

/**
 * Everyone drifting, worst first: each length of cadence's people in order, merged by their next
 * row (a journal has few lengths: a count of days for each cadence, by the months it spans). A
 * ratio of NULL (no cadence stored) comes last, as SQL sorts it.
 */
function* driftiestFirst(j: Journal, reach: Reach): Generator<DriftRow> {
  const page = j.stmt<[Reach & { days: number | null; limit: number; offset: number }], DriftRow>(DRIFT_PAGE);
  const lengths = [...j.stmt<[], number>(CADENCE_LENGTHS).pluck().all(), null];
  const groups = lengths.map((days): DriftPages => ({ days, rows: [], next: 0, read: 0, more: true }));
  const head = (g: DriftPages): DriftRow | undefined => {
    if (g.next === g.rows.length && g.more) {
      const limit = Math.max(FIRST_DRIFT_PAGE, g.read);
      g.rows = page.all({ ...reach, days: g.days, limit, offset: g.read });
      g.next = 0;
      g.read += g.rows.length;
      g.more = g.rows.length === limit;
    }
    return g.rows[g.next];
  };
  for (;;) {
    let worst: DriftPages | undefined;
    let worstRow: DriftRow | undefined;
    groups.forEach((g) => {
      const row = head(g);
      if (row !== undefined && (worstRow === undefined || (row.ratio ?? -Infinity) > (worstRow.ratio ?? -Infinity))) {
        worst = g;
        worstRow = row;
      }
    });
    if (worst === undefined || worstRow === undefined) return;
    worst.next++;
    yield worstRow;
  }
}

function driftStream(j: Journal, reach: Reach): Source {
  const weigh = (row: DriftRow): Candidate => ({ id: row.id, weight: row.ratio === null ? Infinity : driftingWeight(row.ratio) });
  return { ceiling: tierMax('drifting'), open: () => candidates(driftiestFirst(j, reach), weigh) };
}

/** The people with a date reason, decided by the domain only once the stream's turn comes (todayReach.ts). */
function datedStream(dated: () => DatedPerson[]): Source {
  return { ceiling: tierMax('date-today'), open: () => dated()[Symbol.iterator]() };
}

function sources(j: Journal, reach: Reach, survey: Survey, dated: () => DatedPerson[]): Source[] {
  // The follow-ups come soonest due first: the overdue ones most overdue first, then those coming up soonest first.
  const split = survey.promises.findIndex(([dueOn]) => dueOn > reach.asOf);
  const overdue = split === -1 ? survey.promises : survey.promises.slice(0, split);
  const comingUp = split === -1 ? [] : survey.promises.slice(split);
  const complaints = () => j.stmt<[Reach], [number, string]>(COMPLAINTS).raw().iterate(reach);
  return [
    ...dueStreams(reach, 'follow-up', overdue, (days) => followUpWeight(-days), survey.reasonsAtMost),
    datedStream(dated),
    dayStream(reach, 'complaint', complaints, (days) => complaintWeight(-days)),
    driftStream(j, reach),
    // Tomorrow's first, in the tier of tomorrow's dates; then those coming up.
    ...dueStreams(reach, 'date-tomorrow', comingUp, (days) => followUpAheadWeight(days), survey.reasonsAtMost),
  ];
}

/** One stream as read so far: its bound is the ceiling until it is opened, then its next row's weight. */
class Cursor {
  private rows: Iterator<Candidate> | undefined;
  private head: Candidate | undefined;
  bound: number;

  constructor(private readonly source: Source) {
    this.bound = source.ceiling;
  }

  get reasons(): number | undefined {
    return this.source.reasons;
  }

  /** The most anyone not taken from it can score, when nobody can have more than `mostReasons` reasons. */
  scoreCeiling(mostReasons: number): number {
    return scoreFor(this.bound, this.source.reasons ?? mostReasons);
  }

  get opened(): boolean {
    return this.rows !== undefined;
  }

  open(): void {
    this.rows = this.source.open();
    this.advance();
  }

  /** The next person, weighed at the bound: a row that cannot be weighed is worth no more than those before. */
  take(): Candidate | undefined {
    const taken = this.head && { id: this.head.id, weight: this.bound };
    this.advance();
    return taken;
  }

  close(): void {
    this.rows?.return?.();
  }

  private advance(): void {
    const next = this.rows?.next();
    this.head = next?.done ? undefined : next?.value;
    // A row weighed Infinity keeps the bound of the rows before it.
    this.bound = this.head === undefined ? -Infinity : Math.min(this.bound, this.head.weight);
  }
}

/** The streams merged: people in order of the highest bound, each once. */
export class TodayStreams {
  private readonly cursors: Cursor[];
  private readonly seen = new Set<number>();
  private readonly reasonsAtMost: Uint8Array;
  /** The most reasons anyone has (the survey's): the extras of a stream that does not say. */
  private readonly mostReasons: number;

  constructor(j: Journal, reach: Reach, survey: Survey, dated: () => DatedPerson[]) {
    this.cursors = sources(j, reach, survey, dated).map((source) => new Cursor(source));
    this.reasonsAtMost = survey.reasonsAtMost;
    this.mostReasons = Math.max(survey.mostReasons, 1);
  }

  /** The most anyone not taken yet can score; -Infinity once every stream is read. */
  get scoreCeiling(): number {
    return Math.max(...this.cursors.map((c) => c.scoreCeiling(this.mostReasons)));
  }

  /**
   * Up to `count` people not taken before, the stream that can score the most first. Each is
   * weighed at least as much as their strongest reason: no more than the bound of any stream they
   * can still be in (a stream of people with another number of reasons cannot hold them). A stream
   * runs its query only when its turn comes.
   */
  take(count: number): Candidate[] {
    const taken: Candidate[] = [];
    while (taken.length < count) {
      const best = this.cursors.reduce((a, b) => (b.scoreCeiling(this.mostReasons) > a.scoreCeiling(this.mostReasons) ? b : a));
      if (best.bound === -Infinity) break;
      if (!best.opened) {
        best.open();
        continue;
      }
      const next = best.take();
      if (next && !this.seen.has(next.id)) {
        this.seen.add(next.id);
        // The stream taken from has moved on: its bound before is the row's weight.
        taken.push({ id: next.id, weight: Math.max(next.weight, this.boundFor(this.reasonsAtMost[next.id]!)) });
      }
    }
    return taken;
  }

  /** The most the strongest reason of someone not taken yet, who can have `reasons` reasons, can weigh. */
  private boundFor(reasons: number): number {
    return Math.max(...this.cursors.filter((c) => c.reasons === undefined || c.reasons === reasons).map((c) => c.bound));
  }

  /** Ends the queries still open, so their statements can run again. */
  close(): void {
    for (const cursor of this.cursors) cursor.close();
  }
}
