// rel remind NAME TEXT --on DATE: a promise to keep ("send the catalog next friday").
import { commandWord, quotedWord } from '../ui/style.js';
import type { Context } from '../context.js';
import { followUpChange } from '../domain/undoHistory.js';
import { contactBeforeText, refuseAnotherPerson } from './nameThenText.js';
import { sayIfArchived } from './personNamed.js';
import { dateAtAnEnd } from '../domain/dateInput.js';
import { TimeOfDayError } from '../domain/timeOfDay.js';
import { UsageError } from '../errors.js';
import { dayFlag, durationFlag, FOLLOW_UP_DAY, missingFlag, textFlag } from '../flags.js';
import { isoInstant } from '../store/journal.js';
import { insertReminder } from '../store/reminders.js';

export interface RemindOptions {
  on?: string;
  every?: string;
}

export async function remind(query: string, words: readonly string[], opts: RemindOptions, ctx: Context): Promise<void> {
  const text = textFlag(words.join(' '), 'TEXT');
  const on = opts.on ?? (await refuseWithoutOn(ctx, query, text));
  const dueOn = await dayFlag(ctx, on, '--on', 'future', FOLLOW_UP_DAY).catch((error: unknown) => refuseTimeOfDay(error, query, text, on));
  const every = opts.every === undefined ? null : durationFlag(opts.every, '--every');
  const j = ctx.journal();
  const flags = ` --on "${on}"${opts.every === undefined ? '' : ` --every ${opts.every}`}`;
  const contact = await contactBeforeText(ctx, 'remind', query, words, flags);
  refuseAnotherPerson(ctx, 'remind', contact, words, flags);
  await j.readyToWrite();
  const id = j.write(() => {
    const added = insertReminder(j, { contactId: contact.id, text, dueOn, every }, isoInstant(ctx.now));
    j.describe(followUpChange('add', { id: added, contactId: contact.id, contactName: contact.name, text }, ` due ${dueOn}`));
    return added;
  });
  ctx.out.write(`reminder ${id}: ${text} — ${contact.name}, due ${dueOn}${every ? `, every ${every}` : ''}\n`);
  // rel reminders NAME lists an archived person's open ones; only the everyone listings leave them out.
  const listing = `rel reminders ${commandWord(contact.name)} lists it, as does rel reminders --all`;
  sayIfArchived(ctx, contact, `the follow-up is hidden from rel today, rel reminders and rel export dates (${listing})`);
}

/**
 * No --on: refused with the line written with it, `rel remind ann call tomorrow` as "call" --on
 * "tomorrow". Only then is the text read for a date: that loads chrono, 150 ms of a run.
 */
async function refuseWithoutOn(ctx: Context, query: string, text: string): Promise<never> {
  const said = await dateAtAnEnd(text, { today: ctx.today, prefer: 'future' });
  throw missingFlag('--on', said ? `rel remind ${commandWord(query)} ${quotedWord(said.rest)} --on "${said.date}"` : `rel remind ${commandWord(query)} ${quotedWord(text)} --on "next friday"`);
}

/** --on "friday 10am": rel keeps days, so the refusal writes the time into the text ("call at 10am" --on "friday"). */
function refuseTimeOfDay(error: unknown, query: string, text: string, on: string): never {
  const said = error instanceof UsageError && error.cause instanceof TimeOfDayError ? error.cause.said : undefined;
  if (said === undefined) throw error;
  const time = /^at\s/i.test(said.time) ? said.time : `at ${said.time}`;
  throw new UsageError(`--on: "${on.trim()}" says a time of day, and rel keeps days only: put the time in the text, rel remind ${commandWord(query)} ${quotedWord(`${text} ${time}`)} --on "${said.date}"`);
}
