// rel done ID: a follow-up kept. A recurring one comes back at its next date.
import type { Context } from '../context.js';
import { nextOccurrence } from '../domain/recurrence.js';
import { parseDuration } from '../domain/duration.js';
import { NotFoundError, RelError } from '../errors.js';
import { parseId } from '../flags.js';
import { getReminder, markDone, moveDue } from '../store/reminders.js';

export async function done(rawId: string, ctx: Context): Promise<void> {
  const id = parseId(rawId, 'reminder', 'rel reminders');
  const j = ctx.journal();
  const reminder = getReminder(j, id);
  if (!reminder) throw new NotFoundError(`no reminder #${id}; rel reminders lists them with their ids`);
  if (reminder.doneOn) throw new RelError(`reminder #${id} was already done on ${reminder.doneOn}`);
  if (reminder.every) {
    const next = nextOccurrence(reminder.dueOn, parseDuration(reminder.every), ctx.today);
    j.write(() => moveDue(j, id, next));
    ctx.out.write(`done: ${reminder.text} — ${reminder.contactName}; next on ${next}\n`);
    return;
  }
  j.write(() => markDone(j, id, ctx.today));
  ctx.out.write(`done: ${reminder.text} — ${reminder.contactName}\n`);
}
