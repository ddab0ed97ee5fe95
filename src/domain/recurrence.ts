// When a recurring follow-up comes back after it is done.
import type { Day } from './calendar.js';
import { addDuration, type Duration } from './duration.js';

/** The first date of the series after `today` (a reminder done late does not stay overdue). */
export function nextOccurrence(dueOn: Day, every: Duration, today: Day): Day {
  let times = 1;
  let next = addDuration(dueOn, every, times);
  while (next <= today) next = addDuration(dueOn, every, ++times);
  return next;
}
