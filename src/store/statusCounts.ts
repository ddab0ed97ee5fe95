// The counts of the people a change adds in bulk (an import, a restore), for rel stats' statuses:
// the triggers of counts_statuses (migrations/0027_status_and_complaint_counts.sql) leave them out
// as they are written and their rhythm stored, and this counts them all, as they stand when the
// change ends, in one statement.
import type { Journal } from './journal.js';

/** Adds the people above `after` (undo_current.new_people_after) to counts_statuses. Inside the change, before its commit. */
export function countPeopleAddedInBulk(j: Journal, after: bigint): void {
  j.stmt(
    `INSERT INTO counts_statuses (archived, talked, due_day, paused_until, people, with_rhythm)
     SELECT archived, last_contact_on IS NOT NULL, coalesce(due_day, ''), coalesce(paused_until, ''), count(*), count(cadence_days)
     FROM contacts WHERE id > ? GROUP BY 1, 2, 3, 4
     ON CONFLICT DO UPDATE SET people = people + excluded.people, with_rhythm = with_rhythm + excluded.with_rhythm`,
  ).run(after);
}
