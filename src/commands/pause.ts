// rel pause NAME --until DATE / rel resume NAME: no drifting while someone is away.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { dayFlag, requireFlag } from '../flags.js';
import { updateContact } from '../store/contacts.js';
import { isoInstant } from '../store/journal.js';
import { requireContact } from '../store/lookup.js';

export interface PauseOptions {
  until?: string;
}

export async function pause(query: string, opts: PauseOptions, ctx: Context): Promise<void> {
  const until = await dayFlag(ctx, requireFlag(opts.until, '--until', `rel pause ${query} --until 2027-01-15`), '--until', 'future');
  if (until <= ctx.today) throw new UsageError(`--until ${until} is not after today (${ctx.today}); pause until a later day`);
  const j = ctx.journal();
  const contact = requireContact(j, query);
  j.write(() => updateContact(j, contact.id, { pausedUntil: until }, isoInstant(ctx.now)));
  ctx.out.write(`paused ${contact.name} until ${until}: no drifting reminders till then\n`);
}

export async function resume(query: string, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const contact = requireContact(j, query);
  if (contact.pausedUntil === null) {
    ctx.out.write(`${contact.name} is not paused\n`);
    return;
  }
  j.write(() => updateContact(j, contact.id, { pausedUntil: null }, isoInstant(ctx.now)));
  ctx.out.write(`resumed ${contact.name}\n`);
}
