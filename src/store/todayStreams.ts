// The streams behind a limited `rel today` (rankTodayTop in today.ts): for each kind of reason,
// the people who have one, in an order in which the weight of that reason never increases. SQL
// only orders the rows by a monotone key (days overdue, days open, drift ratio, days away); the
// weights come from the ranking's own formulas (src/domain/ranking.ts). Merged by their heads,
// the streams say who to read next and how much anyone not read yet can score at most.
import { dayNumber, isDay } from '../domain/calendar.js';
import { comingUpWeight, complaintWeight, driftingWeight, followUpWeight, tierMax, type ReasonKind } from '../domain/ranking.js';
import type { Journal } from './journal.js';
import { DRIFTING, type DatedPerson, type Reach } from './todayReach.js';

interface Candidate {
  id: number;
  weight: number;
}

interface Source {
  /** The most a row can weigh, known before the query runs: a stream that cannot matter is never run. */
  ceiling: number;
  open(): Iterator<Candidate>;
}

// Due today or before, most overdue first (the index on open reminders' due days gives the order).
const OVERDUE = `SELECT contact_id AS id, due_on AS day FROM reminders
  WHERE done_on IS NULL AND due_on <= @asOf AND (snoozed_until IS NULL OR snoozed_until <= @asOf) ORDER BY due_on`;
// Due after the day and by the window's end, soonest first.
const COMING_UP = `SELECT contact_id AS id, due_on AS day FROM reminders
  WHERE done_on IS NULL AND due_on > @asOf AND due_on <= @windowEnd AND (snoozed_until IS NULL OR snoozed_until <= @asOf) ORDER BY due_on`;
// Open longest first. "+happened_on": the partial index of open complaints and a sort of those few,
// not the index of every conversation's day.
const COMPLAINTS = `SELECT contact_id AS id, happened_on AS day FROM conversations
  WHERE complaint = 1 AND resolved_on IS NULL AND +happened_on <= @asOf ORDER BY happened_on`;
// Worst drift first: days since the last conversation over the cadence's days (at least 1, as in the domain).
const DRIFT = `SELECT id, (@asOfDay - due_day + cadence_days) * 1.0 / max(cadence_days, 1) AS ratio FROM contacts
  WHERE ${DRIFTING} ORDER BY ratio DESC`;

function* candidates<R>(rows: Iterable<R>, candidate: (row: R) => Candidate): Generator<Candidate> {
  for (const row of rows) yield candidate(row);
}

type DayRow = { id: number; day: string };

/** A query's rows weighed from their days; a day that is no calendar day gives no reason, so it weighs no more than the row before. */
function dayStream(j: Journal, reach: Reach, kind: ReasonKind, sql: string, weight: (days: number) => number): Source {
  const weigh = (row: DayRow): Candidate => ({ id: row.id, weight: isDay(row.day) ? weight(dayNumber(row.day) - reach.asOfDay) : Infinity });
  return { ceiling: tierMax(kind), open: () => candidates(j.stmt<[Reach], DayRow>(sql).iterate(reach), weigh) };
}

function driftStream(j: Journal, reach: Reach): Source {
  const weigh = (row: { id: number; ratio: number | null }): Candidate => ({ id: row.id, weight: row.ratio === null ? Infinity : driftingWeight(row.ratio) });
  return { ceiling: tierMax('drifting'), open: () => candidates(j.stmt<[Reach], { id: number; ratio: number | null }>(DRIFT).iterate(reach), weigh) };
}

/** The people with a date reason, decided beforehand (todayReach.ts). */
function datedStream(dated: readonly DatedPerson[]): Source {
  return { ceiling: dated[0]?.weight ?? -Infinity, open: () => dated[Symbol.iterator]() };
}

function sources(j: Journal, reach: Reach, dated: readonly DatedPerson[]): Source[] {
  return [
    dayStream(j, reach, 'follow-up', OVERDUE, (days) => followUpWeight(-days)),
    datedStream(dated),
    dayStream(j, reach, 'complaint', COMPLAINTS, (days) => complaintWeight(-days)),
    driftStream(j, reach),
    dayStream(j, reach, 'upcoming', COMING_UP, (days) => comingUpWeight(days)),
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

  get opened(): boolean {
    return this.rows !== undefined;
  }

  open(): void {
    this.rows = this.source.open();
    this.advance();
  }

  take(): number | undefined {
    const id = this.head?.id;
    this.advance();
    return id;
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

  constructor(j: Journal, reach: Reach, dated: readonly DatedPerson[]) {
    this.cursors = sources(j, reach, dated).map((source) => new Cursor(source));
  }

  /** The most the strongest reason of anyone not taken yet can weigh; -Infinity once every stream is read. */
  get bound(): number {
    return Math.max(...this.cursors.map((c) => c.bound));
  }

  /** Up to `count` people not taken before, best bound first; a stream runs its query only when its turn comes. */
  take(count: number): number[] {
    const ids: number[] = [];
    while (ids.length < count) {
      const best = this.cursors.reduce((a, b) => (b.bound > a.bound ? b : a));
      if (best.bound === -Infinity) break;
      if (!best.opened) {
        best.open();
        continue;
      }
      const id = best.take();
      if (id !== undefined && !this.seen.has(id)) {
        this.seen.add(id);
        ids.push(id);
      }
    }
    return ids;
  }

  /** Ends the queries still open, so their statements can run again. */
  close(): void {
    for (const cursor of this.cursors) cursor.close();
  }
}
