// rel snooze ID --until DATE: hide a follow-up until a later day.
import type { Context } from '../context.js';
import type { Day } from '../domain/calendar.js';
import type { Reminder } from '../domain/records.js';
import { followUpChange } from '../domain/undoHistory.js';
import { NotFoundError, RelError } from '../errors.js';
import { FOLLOW_UP_DAY, laterDayFlag, parseId, requireFlag } from '../flags.js';
import type { Journal } from '../store/journal.js';
import { getReminder, snooze as snoozeReminder } from '../store/reminders.js';

/** Ends the refusal of a snooze to today or before. */
export const SNOOZE_LATER = 'snooze to a later day';

export interface SnoozeOptions {
  until?: string;
}

export async function snooze(rawId: string, opts: SnoozeOptions, ctx: Context): Promise<void> {
  const id = parseId(rawId, 'reminder', 'rel reminders');
  const until = await laterDayFlag(ctx, requireFlag(opts.until, '--until', `rel snooze ${rawId} --until monday`), '--until', SNOOZE_LATER, FOLLOW_UP_DAY);
  const j = ctx.journal();
  const reminder = getReminder(j, id);
  if (!reminder) throw new NotFoundError(`no reminder #${id}; rel reminders lists them with their ids`);
  await j.readyToWrite();
  ctx.out.write(`${snoozeFollowUp(j, reminder, until)}\n`);
}

/** Snoozes an open follow-up in one change and says so (also `s` of rel today --review). */
export function snoozeFollowUp(j: Journal, reminder: Reminder, until: Day): string {
  if (reminder.doneOn) throw new RelError(`reminder #${reminder.id} is already done`);
  // A snoozed follow-up is due on its snooze day (dueOfReminder): one before its own day would hide it until then, then bring it back not due.
  if (until <= reminder.dueOn) {
    // Its own day, unsnoozed: it is due then already, and no edit would change anything.
    const instead = until === reminder.dueOn && reminder.snoozedUntil === null ? 'it is due then already' : `to make it due ${until} instead: rel reminder edit ${reminder.id} --on ${until}`;
    throw new RelError(`reminder #${reminder.id} is due ${reminder.dueOn}: a snooze puts it off to a later day; ${instead}`);
  }
  if (reminder.snoozedUntil === until) throw new RelError(`reminder #${reminder.id} is snoozed until ${until} already; nothing changed`);
  j.write(() => snoozeReminder(j, reminder.id, until), followUpChange('snooze', reminder, ` until ${until}`));
  return `snoozed until ${until}: ${reminder.text} — ${reminder.contactName}`;
}
