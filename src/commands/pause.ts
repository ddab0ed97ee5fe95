// rel pause NAME --until DATE / rel resume NAME: no drifting while someone is away.
import { commandWord } from '../ui/style.js';
import type { Context } from '../context.js';
import { RelError } from '../errors.js';
import type { Day } from '../domain/calendar.js';
import { isPaused } from '../domain/cadence.js';
import type { Contact } from '../domain/records.js';
import { laterDayFlag, PAUSE_END_DAY, requireFlag } from '../flags.js';
import { updateContact } from '../store/contacts.js';
import { isoInstant, type Journal } from '../store/journal.js';
import { personNamed } from './personNamed.js';

/** Ends the refusal of a pause until today or before. */
export const PAUSE_LATER = 'pause until a later day';

export interface PauseOptions {
  until?: string;
}

export async function pause(query: string, opts: PauseOptions, ctx: Context): Promise<void> {
  const until = await laterDayFlag(ctx, requireFlag(opts.until, '--until', `rel pause ${commandWord(query)} --until 2027-01-15`), '--until', PAUSE_LATER, PAUSE_END_DAY);
  const j = ctx.journal();
  const contact = await personNamed(ctx, query);
  if (contact.pausedUntil === until) throw new RelError(`${contact.name} is already paused until ${until}; nothing changed (rel resume ${commandWord(contact.name)} ends the pause)`);
  await j.readyToWrite();
  ctx.out.write(`${pauseContact(j, contact, until, ctx.now)}\n`);
}

/** Pauses someone in one change and says so (also `p` of rel today --review). */
export function pauseContact(j: Journal, contact: Contact, until: Day, now: Date): string {
  j.write(() => updateContact(j, contact.id, { pausedUntil: until }, isoInstant(now)), `pause ${contact.name} (#${contact.id}) until ${until}`);
  return `paused ${contact.name} until ${until}: no drifting reminders till then`;
}

export async function resume(query: string, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const contact = await personNamed(ctx, query);
  if (!isPaused(contact.pausedUntil, ctx.today)) {
    const ended = contact.pausedUntil === null ? '' : ` (the pause ended ${contact.pausedUntil})`;
    throw new RelError(`${contact.name} is not paused${ended}; nothing changed`);
  }
  await j.readyToWrite();
  j.write(() => updateContact(j, contact.id, { pausedUntil: null }, isoInstant(ctx.now)), `resume ${contact.name} (#${contact.id})`);
  ctx.out.write(`resumed ${contact.name}\n`);
}
