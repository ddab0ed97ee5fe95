// The counts behind rel stats' statuses (counts_statuses, migrations/0027_status_and_complaint_counts.sql)
// where its triggers would cost more than counting again: the people a change adds in bulk (an
// import, a restore), left out by the triggers and counted when the change ends, and a write that
// moves the rhythm of many people (rel config set cadence: 69,000 on a large journal, some 0.4 s
// through the triggers against some 60 ms to count everyone again).
import type { Journal } from './journal.js';

/** counts_statuses' rows worked out from the contacts (a WHERE may go before BY_GROUP): as the migration made them, and as rel doctor counts them again. */
export const GROUPED = "SELECT archived, last_contact_on IS NOT NULL, coalesce(due_day, ''), coalesce(paused_until, ''), count(*), count(cadence_days) FROM contacts";
export const BY_GROUP = 'GROUP BY 1, 2, 3, 4';

/** Adds the people above `after` (undo_current.new_people_after) to counts_statuses. Inside the change, before its commit. */
export function countPeopleAddedInBulk(j: Journal, after: bigint): void {
  j.stmt(
    `INSERT INTO counts_statuses (archived, talked, due_day, paused_until, people, with_rhythm)
     ${GROUPED} WHERE id > ? ${BY_GROUP}
     ON CONFLICT DO UPDATE SET people = people + excluded.people, with_rhythm = with_rhythm + excluded.with_rhythm`,
  ).run(after);
}

/** Fewer moved rows than this never pay for work on the whole journal: the journal need not even be counted. */
export const MANY_MOVED = 500;

/** How many people the journal holds, archived included. */
export function peopleInJournal(j: Journal): number {
  return j.stmt<[], number>('SELECT count(*) FROM contacts').pluck().get() ?? 0;
}

/** Whether moving the rhythm of `moved` of the journal's `people` is cheaper with the counts made again than through the triggers: a tenth of the journal or more. */
export function recountPays(moved: number, people: number): boolean {
  return moved >= MANY_MOVED && moved * 10 >= people;
}

/**
 * Runs `work` with counts_statuses' triggers held, then counts everyone again but the people the
 * change adds in bulk (counted when it ends). Inside the change.
 */
export function withStatusesRecounted(j: Journal, work: () => void): void {
  j.stmt('UPDATE undo_current SET statuses_held = 1 WHERE one = 1').run();
  try {
    work();
  } finally {
    j.stmt('UPDATE undo_current SET statuses_held = 0 WHERE one = 1').run();
  }
  j.stmt('DELETE FROM counts_statuses').run();
  j.stmt(
    `INSERT INTO counts_statuses (archived, talked, due_day, paused_until, people, with_rhythm)
     ${GROUPED} WHERE id <= (SELECT new_people_after FROM undo_current) ${BY_GROUP}`,
  ).run();
}
