// rel rm NAME: delete a person and everything about them. Asks on a terminal, needs --yes otherwise.
import type { Context } from '../context.js';
import { RelError, UsageError } from '../errors.js';
import { deleteContact } from '../store/contacts.js';
import { requireContact } from '../store/lookup.js';

export interface RmOptions {
  yes?: boolean;
}

export async function rm(query: string, opts: RmOptions, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const contact = requireContact(j, query);
  j.checkWritable();
  if (!opts.yes) {
    if (!ctx.interactive) throw new UsageError(`deleting ${contact.name} (#${contact.id}) removes all their conversations, details and reminders; add --yes to confirm (or rel archive to hide them)`);
    const prompter = await ctx.prompter();
    const sure = await prompter.confirm(`Delete ${contact.name} (#${contact.id}) and all their conversations, details and reminders?`, false);
    if (!sure) throw new RelError('nothing was deleted');
  }
  await j.readyToWrite();
  j.write(() => deleteContact(j, contact.id));
  ctx.out.write(`deleted ${contact.name} and everything about them\n`);
}
