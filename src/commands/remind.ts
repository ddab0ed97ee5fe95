// rel remind NAME TEXT --on DATE: a promise to keep ("send the catalog next friday").
import type { Context } from '../context.js';
import { followUpChange } from '../domain/undoHistory.js';
import { contactBeforeText } from './nameThenText.js';
import { dateAtAnEnd } from '../domain/dateInput.js';
import { dayFlag, durationFlag, requireFlag, textFlag } from '../flags.js';
import { isoInstant } from '../store/journal.js';
import { insertReminder } from '../store/reminders.js';

export interface RemindOptions {
  on?: string;
  every?: string;
}

export async function remind(query: string, words: readonly string[], opts: RemindOptions, ctx: Context): Promise<void> {
  const text = textFlag(words.join(' '), 'TEXT');
  const on = requireFlag(opts.on, '--on', await withoutOn(ctx, query, text));
  const dueOn = await dayFlag(ctx, on, '--on', 'future');
  const every = opts.every === undefined ? null : durationFlag(opts.every, '--every');
  const j = ctx.journal();
  const contact = contactBeforeText(j, 'remind', query, words, ` --on "${on}"${opts.every === undefined ? '' : ` --every ${opts.every}`}`);
  await j.readyToWrite();
  const id = j.write(() => {
    const added = insertReminder(j, { contactId: contact.id, text, dueOn, every }, isoInstant(ctx.now));
    j.describe(followUpChange('add', { id: added, contactId: contact.id, contactName: contact.name, text }, ` due ${dueOn}`));
    return added;
  });
  ctx.out.write(`reminder ${id}: ${text} — ${contact.name}, due ${dueOn}${every ? `, every ${every}` : ''}\n`);
}

/** How to write it with --on: `rel remind ann call tomorrow` is "call" --on "tomorrow" (worked out only then). */
async function withoutOn(ctx: Context, query: string, text: string): Promise<string> {
  const said = await dateAtAnEnd(text, { today: ctx.today, prefer: 'future' });
  return said ? `rel remind ${query} "${said.rest}" --on "${said.date}"` : `rel remind ${query} "${text}" --on "next friday"`;
}
