// rel reminders [NAME]: the open follow-ups, soonest first (--all: the done ones too), written as they are read.
import { reminderJson } from '../formats/json.js';
import type { Context } from '../context.js';
import { requireContact } from '../store/lookup.js';
import type { Reminder } from '../domain/records.js';
import { eachReminder } from '../store/reminders.js';
import { mapRows, streamJsonArray, streamTable } from '../ui/streamed.js';
import { makeStyle, showDay } from '../ui/style.js';

export interface RemindersOptions {
  all?: boolean;
  json?: boolean;
}

export async function reminders(query: string | undefined, opts: RemindersOptions, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const contactId = query === undefined ? undefined : requireContact(j, query).id;
  const list = eachReminder(j, { contactId, all: opts.all });
  const write = (text: string) => void ctx.out.write(text);
  if (opts.json) {
    streamJsonArray(mapRows(list, reminderJson), write);
    return;
  }
  const s = makeStyle(ctx.color);
  const row = (r: Reminder): string[] => {
    const due = r.dueOn < ctx.today && !r.doneOn ? s.red(showDay(r.dueOn, ctx.today, ctx.stdoutIsTTY)) : showDay(r.dueOn, ctx.today, ctx.stdoutIsTTY);
    const state = r.doneOn ? `done ${r.doneOn}` : r.snoozedUntil && r.snoozedUntil > ctx.today ? `snoozed until ${r.snoozedUntil}` : r.every ? `every ${r.every}` : '';
    return [s.dim(`#${r.id}`), due, r.contactName, r.text, s.dim(state)];
  };
  if (streamTable(list, row, write) === 0) ctx.err.write(`No ${opts.all ? '' : 'open '}reminders. Add one: rel remind NAME "what" --on "next friday"\n`);
}
