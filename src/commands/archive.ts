// rel archive / unarchive NAME: hide someone from lists and today without losing anything.
import type { Context } from '../context.js';
import { updateContact } from '../store/contacts.js';
import { isoInstant } from '../store/journal.js';
import { requireContact } from '../store/lookup.js';

export async function archive(query: string, archived: boolean, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const contact = requireContact(j, query);
  if (contact.archived === archived) {
    ctx.out.write(`${contact.name} is already ${archived ? 'archived' : 'active'}\n`);
    return;
  }
  await j.readyToWrite();
  j.write(() => updateContact(j, contact.id, { archived }, isoInstant(ctx.now)), `${archived ? 'archive' : 'unarchive'} ${contact.name} (#${contact.id})`);
  ctx.out.write(archived ? `archived ${contact.name} (rel unarchive "${contact.name}" brings them back)\n` : `unarchived ${contact.name}\n`);
}
