// When a follow-up is due (SPEC §4 "Snoozed means due then"): the one rule that rel today, the
// card, rel reminders and the calendar read a follow-up's day by.
import type { Day } from './calendar.js';

/** Its own day, or the snooze day when it was put off to a later one. */
export function dueOfReminder(r: { dueOn: Day; snoozedUntil: Day | null }): Day {
  return r.snoozedUntil !== null && r.snoozedUntil > r.dueOn ? r.snoozedUntil : r.dueOn;
}
