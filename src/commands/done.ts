// rel done ID: a follow-up kept. A recurring one comes back at its next date, on its anchor day.
import type { Context } from '../context.js';
import type { Day } from '../domain/calendar.js';
import type { Reminder } from '../domain/records.js';
import { anchorOf, anchorToCarry, nextOccurrence } from '../domain/recurrence.js';
import { parseDuration } from '../domain/duration.js';
import { followUpChange } from '../domain/undoHistory.js';
import { NotFoundError, RelError } from '../errors.js';
import { parseId } from '../flags.js';
import type { Journal } from '../store/journal.js';
import { getReminder, markDone, moveDue } from '../store/reminders.js';

export async function done(rawId: string, ctx: Context): Promise<void> {
  const id = parseId(rawId, 'reminder', 'rel reminders');
  const j = ctx.journal();
  const reminder = getReminder(j, id);
  if (!reminder) throw new NotFoundError(`no reminder #${id}; rel reminders lists them with their ids`);
  await j.readyToWrite();
  ctx.out.write(`${completeFollowUp(j, reminder, ctx.today)}\n`);
}

/**
 * Marks an open follow-up done in one change (a recurring one moves to its next date instead) and
 * says what it did. Also `d` of rel today --review.
 */
export function completeFollowUp(j: Journal, reminder: Reminder, today: Day): string {
  const { id, every } = reminder;
  if (reminder.doneOn) throw new RelError(`reminder #${id} was already done on ${reminder.doneOn}`);
  if (every) {
    const duration = parseDuration(every);
    const next = nextOccurrence(reminder.dueOn, duration, today, reminder.anchorDay);
    if (next === undefined) {
      throw new RelError(`reminder #${id} has no next date before the end of the calendar rel keeps (9999-12-31); make it a one-off with rel reminder edit ${id} --no-every, then rel done ${id}`);
    }
    // Feb 28 of a series on the 31st carries the 31st, so that March comes back to it.
    const anchorDay = anchorToCarry(next, duration, anchorOf(reminder.dueOn, reminder.anchorDay));
    j.write(() => moveDue(j, id, { dueOn: next, every, anchorDay }), followUpChange('complete', reminder, `, next on ${next}`));
    return `done: ${reminder.text} — ${reminder.contactName}; next on ${next}`;
  }
  j.write(() => markDone(j, id, today), followUpChange('complete', reminder));
  return `done: ${reminder.text} — ${reminder.contactName}`;
}
