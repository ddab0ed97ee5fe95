// rel snooze ID --until DATE: hide a follow-up until a later day.
import type { Context } from '../context.js';
import { NotFoundError, RelError, UsageError } from '../errors.js';
import { dayFlag, parseId, requireFlag } from '../flags.js';
import { getReminder, snooze as snoozeReminder } from '../store/reminders.js';

export interface SnoozeOptions {
  until?: string;
}

export async function snooze(rawId: string, opts: SnoozeOptions, ctx: Context): Promise<void> {
  const id = parseId(rawId, 'reminder', 'rel reminders');
  const until = await dayFlag(ctx, requireFlag(opts.until, '--until', `rel snooze ${rawId} --until monday`), '--until', 'future');
  if (until <= ctx.today) throw new UsageError(`--until ${until} is not after today (${ctx.today}); snooze to a later day`);
  const j = ctx.journal();
  const reminder = getReminder(j, id);
  if (!reminder) throw new NotFoundError(`no reminder #${id}; rel reminders lists them with their ids`);
  if (reminder.doneOn) throw new RelError(`reminder #${id} is already done`);
  j.write(() => snoozeReminder(j, id, until));
  ctx.out.write(`snoozed until ${until}: ${reminder.text} — ${reminder.contactName}\n`);
}
