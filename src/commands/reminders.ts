// rel reminders [NAME]: the open follow-ups, soonest first, the first few unless asked for more
// (--limit, --all: the done ones too, every one), written as they are read.
import type { Context } from '../context.js';
import { parseCount } from '../flags.js';
import type { Reminder } from '../domain/records.js';
import { dueOfReminder } from '../domain/followUpDue.js';
import { countReminders, eachReminder } from '../store/reminders.js';
import type { Journal } from '../store/journal.js';
import { followUpNotes } from '../ui/followUpNotes.js';
import { mapRows, streamJsonArray, streamTable, type Write } from '../ui/streamed.js';
import { commandWord, formatCount, makeStyle, showDay, terminalFit } from '../ui/style.js';

/** How many follow-ups a plain `rel reminders` lists: a screenful, the soonest. */
export const DEFAULT_REMINDERS_LIMIT = 20;

export interface RemindersOptions {
  all?: boolean;
  limit?: string;
  json?: boolean;
}

export async function reminders(query: string | undefined, opts: RemindersOptions, ctx: Context): Promise<void> {
  const limit = parseCount(opts.limit, '--limit', { least: 1, advice: 'rel reminders --all lists every follow-up' }) ?? (opts.all ? undefined : DEFAULT_REMINDERS_LIMIT);
  const j = ctx.journal();
  // Loaded only for a name, and the JSON shapes only for --json: the plain listing needs neither.
  const contact = query === undefined ? undefined : await import('./personNamed.js').then((m) => m.personNamed(ctx, query));
  const filter = { contactId: contact?.id, all: opts.all };
  const list = eachReminder(j, { ...filter, limit });
  const write: Write = (text) => void ctx.out.write(text);
  let shown: number;
  if (opts.json) {
    const { reminderJson } = await import('../formats/json.js');
    shown = streamJsonArray(mapRows(list, reminderJson), write);
  } else shown = streamTable(list, rowOf(ctx), write, undefined, terminalFit(ctx.stdoutIsTTY, ctx.out.columns, FREE_TEXT));
  // What the limit left out is said on stderr, with the command that lists it.
  const left = limit !== undefined && shown === limit ? countReminders(j, filter) - shown : 0;
  if (left > 0) ctx.err.write(`… and ${formatCount(left)} more: ${moreCommand(query, opts, shown + left)}\n`);
  if (shown === 0 && !opts.json) ctx.err.write(`${noneShown(j, query, opts, filter)}\n`);
}

/** Why nothing was listed: none at all, or (without --all) only done ones and archived people's, which --all lists. */
function noneShown(j: Journal, query: string | undefined, opts: RemindersOptions, filter: { contactId: number | undefined }): string {
  const others = opts.all ? 0 : countReminders(j, { ...filter, all: true });
  if (others === 0) return `No ${opts.all ? '' : 'open '}reminders. Add one: rel remind NAME "what" --on "next friday"`;
  const name = query === undefined ? '' : ` ${commandWord(query)}`;
  return `No open reminders; ${formatCount(others)} done or of archived people: rel reminders${name} --all`;
}

/** The columns of rowOf's cells a terminal too narrow for them cuts: the name and what to do. */
const FREE_TEXT = [2, 3];

/** The cells of a follow-up's line. */
function rowOf(ctx: Context): (r: Reminder) => string[] {
  const s = makeStyle(ctx.color);
  return (r) => {
    // An open one on the day it is due, as rel today and the card count it: its snooze day, if put off.
    const day = r.doneOn ? r.dueOn : dueOfReminder(r);
    const due = day < ctx.today && !r.doneOn ? s.red(showDay(day, ctx.today, ctx.stdoutIsTTY)) : showDay(day, ctx.today, ctx.stdoutIsTTY);
    const state = r.doneOn ? `done ${r.doneOn}` : followUpNotes(r, day);
    return [s.dim(`#${r.id}`), due, r.contactName, r.text, s.dim(state)];
  };
}

/**
 * The same listing with a limit that takes in every follow-up the limit left out. Not --all in its
 * place: that adds the done ones and archived people's, more than the count said.
 */
function moreCommand(query: string | undefined, opts: RemindersOptions, every: number): string {
  const name = query === undefined ? '' : ` ${commandWord(query)}`;
  return `rel reminders${name}${opts.all ? ' --all' : ''} --limit ${every}${opts.json ? ' --json' : ''}`;
}
