// rel reminders [NAME]: the open follow-ups, soonest first.
import { reminderJson } from '../formats/json.js';
import type { Context } from '../context.js';
import { requireContact } from '../store/lookup.js';
import { listReminders } from '../store/reminders.js';
import { columns, json, makeStyle, showDay } from '../ui/style.js';

export interface RemindersOptions {
  all?: boolean;
  json?: boolean;
}

export async function reminders(query: string | undefined, opts: RemindersOptions, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const contactId = query === undefined ? undefined : requireContact(j, query).id;
  const list = listReminders(j, { contactId, all: opts.all });
  if (opts.json) {
    ctx.out.write(json(list.map(reminderJson)));
    return;
  }
  if (list.length === 0) {
    ctx.err.write(`No ${opts.all ? '' : 'open '}reminders. Add one: rel remind NAME "what" --on "next friday"\n`);
    return;
  }
  const s = makeStyle(ctx.color);
  const rows = list.map((r) => {
    const due = r.dueOn < ctx.today && !r.doneOn ? s.red(showDay(r.dueOn, ctx.today, ctx.stdoutIsTTY)) : showDay(r.dueOn, ctx.today, ctx.stdoutIsTTY);
    const state = r.doneOn ? `done ${r.doneOn}` : r.snoozedUntil && r.snoozedUntil > ctx.today ? `snoozed until ${r.snoozedUntil}` : r.every ? `every ${r.every}` : '';
    return [s.dim(`#${r.id}`), due, r.contactName, r.text, s.dim(state)];
  });
  ctx.out.write(`${columns(rows)}\n`);
}
