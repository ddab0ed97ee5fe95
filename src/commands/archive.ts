// rel archive / unarchive NAME: hide someone from lists and today without losing anything.
import type { Context } from '../context.js';
import { RelError } from '../errors.js';
import { commandWord } from '../ui/style.js';
import { updateContact } from '../store/contacts.js';
import { isoInstant } from '../store/journal.js';
import { personNamed } from './personNamed.js';

export async function archive(query: string, archived: boolean, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const contact = await personNamed(ctx, query);
  // Refused as every write that would change nothing is: exit 1, and the command that would.
  if (contact.archived === archived) {
    const other = `${archived ? 'rel unarchive' : 'rel archive'} ${commandWord(contact.name)}`;
    throw new RelError(`${contact.name} is already ${archived ? 'archived' : 'active'}; nothing changed (${other} ${archived ? 'brings them back' : 'hides them'})`);
  }
  await j.readyToWrite();
  j.write(() => updateContact(j, contact.id, { archived }, isoInstant(ctx.now)), `${archived ? 'archive' : 'unarchive'} ${contact.name} (#${contact.id})`);
  ctx.out.write(archived ? `archived ${contact.name} (rel unarchive ${commandWord(contact.name)} brings them back)\n` : `unarchived ${contact.name}\n`);
}
