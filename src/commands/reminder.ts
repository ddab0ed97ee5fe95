// rel reminder edit ID / rm ID / reopen ID: correct a follow-up (its text, due day, recurrence,
// whom it is for), delete it, or open again one marked done by mistake. rel done, snooze and reminders stay.
import type { Context } from '../context.js';
import type { Reminder } from '../domain/records.js';
import { dueOfReminder } from '../domain/followUpDue.js';
import { followUpChange, movedRecordChange } from '../domain/undoHistory.js';
import { parseDuration } from '../domain/duration.js';
import { anchorOf, anchorToCarry } from '../domain/recurrence.js';
import { NotFoundError, RelError, UsageError } from '../errors.js';
import { dayFlag, durationFlag, FOLLOW_UP_DAY, parseId, textFlag } from '../flags.js';
import type { Journal } from '../store/journal.js';
import { deleteReminder, getReminder, reopen, updateReminder } from '../store/reminders.js';
import { changedFields, movedTo, nothingChanged } from './correcting.js';
import { personNamed, sayIfArchived } from './personNamed.js';
import { followUpNotes } from '../ui/followUpNotes.js';
import { commandWord } from '../ui/style.js';

export interface ReminderEditOptions {
  text?: string;
  on?: string;
  /** A duration, or false for --no-every. */
  every?: string | false;
  /** The person it is for, instead of whom it says now. */
  person?: string;
}

function requireReminder(j: Journal, rawId: string): Reminder {
  const id = parseId(rawId, 'reminder', 'rel reminders');
  const reminder = getReminder(j, id);
  if (!reminder) throw new NotFoundError(`no reminder #${id}; see rel reminders --all for ids`);
  return reminder;
}

export async function reminderEdit(rawId: string, opts: ReminderEditOptions, ctx: Context): Promise<void> {
  parseId(rawId, 'reminder', 'rel reminders');
  if (Object.values(opts).every((v) => v === undefined)) {
    throw new UsageError(`nothing to change; give at least one flag, e.g. rel reminder edit ${rawId} --on "next friday" (see rel reminder edit --help)`);
  }
  const text = opts.text === undefined ? undefined : textFlag(opts.text, '--text');
  const dueOn = opts.on === undefined ? undefined : await dayFlag(ctx, opts.on, '--on', 'future', FOLLOW_UP_DAY);
  const every = opts.every === undefined ? undefined : opts.every === false ? null : durationFlag(opts.every, '--every');
  const j = ctx.journal();
  const before = requireReminder(j, rawId);
  const moved = movedTo(before, opts.person === undefined ? undefined : await personNamed(ctx, opts.person, { addFirst: true }));
  const after = { text: text ?? before.text, dueOn: dueOn ?? before.dueOn, every: every === undefined ? before.every : every };
  // --on is the day it is due: a snooze from before no longer applies, even given its own day (due then again).
  const snoozedUntil = dueOn === undefined ? before.snoozedUntil : null;
  const unsnoozed = before.snoozedUntil !== null && snoozedUntil === null && after.dueOn === before.dueOn;
  const fields = [...changedFields(before, after, { text: 'text', dueOn: 'due day', every: 'recurrence' }), ...(unsnoozed ? ['no longer snoozed'] : [])];
  const changed = [...(moved ? [`moved from ${before.contactName}`] : []), ...fields];
  if (changed.length === 0) nothingChanged(`reminder #${before.id}`);
  await j.readyToWrite();
  const description = moved ? movedRecordChange('follow-up', before, moved, fields.length > 0 ? ` (${fields.join(', ')})` : '') : followUpChange('edit', before, ` (${changed.join(', ')})`);
  const contactId = (moved ?? { id: before.contactId }).id;
  j.write(() => updateReminder(j, before.id, { contactId, ...after, anchorDay: anchorAfterEdit(before, after), snoozedUntil }), description);
  ctx.out.write(`updated reminder #${before.id}: ${after.text} — ${moved?.name ?? before.contactName}, ${dueWords({ ...after, snoozedUntil })} (${changed.join(', ')})\n`);
  if (moved && before.doneOn === null) {
    sayIfArchived(ctx, moved, `the follow-up is hidden from rel today, rel reminders and rel export dates (rel reminders ${commandWord(moved.name)} lists it, as does rel reminders --all)`);
  }
}

/** "due 2026-12-22, snoozed from 2026-12-15, every 1m": the day it is due in force, as rel reminders lists it. */
function dueWords(r: Pick<Reminder, 'dueOn' | 'every' | 'snoozedUntil'>): string {
  const due = dueOfReminder(r);
  const notes = followUpNotes(r, due);
  return `due ${due}${notes ? `, ${notes}` : ''}`;
}

/**
 * The anchor day a series keeps through an edit: a new due day is the new anchor, and a new
 * recurrence keeps the old anchor where it still applies (months and years).
 */
function anchorAfterEdit(before: Reminder, after: { dueOn: string; every: string | null }): number | null {
  if (after.dueOn !== before.dueOn || after.every === null) return null;
  return anchorToCarry(after.dueOn, parseDuration(after.every), anchorOf(before.dueOn, before.anchorDay));
}

export async function reminderRm(rawId: string, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const reminder = requireReminder(j, rawId);
  await j.readyToWrite();
  j.write(() => deleteReminder(j, reminder.id), followUpChange('delete', reminder));
  ctx.out.write(`deleted reminder #${reminder.id}: ${reminder.text} — ${reminder.contactName}\n`);
}

export async function reminderReopen(rawId: string, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const reminder = requireReminder(j, rawId);
  if (!reminder.doneOn) {
    // A recurring one is never left done: rel done moved it on, and it is open on its next day.
    const recurs = reminder.every
      ? ` (it recurs: rel done moved it to its next day, ${reminder.dueOn}); to take a done back: rel undo right after it, or rel reminder edit ${reminder.id} --on DATE`
      : '';
    throw new RelError(`reminder #${reminder.id} is not done; it is open already${recurs}`);
  }
  await j.readyToWrite();
  j.write(() => reopen(j, reminder.id), followUpChange('reopen', reminder));
  ctx.out.write(`reopened reminder #${reminder.id}: ${reminder.text} — ${reminder.contactName}, ${dueWords(reminder)}\n`);
}
