// The one person a NAME on the command line names, as the store's lookup finds them; on a terminal
// a name that several people answer to asks which of them (off one, the refusal lists them).
import type { Context } from '../context.js';
import type { Contact } from '../domain/records.js';
import { AmbiguousNameError, UsageError } from '../errors.js';
import { getContacts } from '../store/contacts.js';
import { requireContact, type Looking } from '../store/lookup.js';
import { deletionOfName } from '../store/deletedPeople.js';
import { deletedNamesake } from '../domain/deletions.js';
import { commandWord } from '../ui/style.js';

export async function personNamed(ctx: Context, query: string, looking: Looking = {}): Promise<Contact> {
  const j = ctx.journal();
  try {
    return requireContact(j, query, looking);
  } catch (error) {
    if (!(error instanceof AmbiguousNameError) || !ctx.interactive) throw error;
    const { chooseAmong } = await import('../ui/addPrompts.js');
    return chooseAmong(ctx, query, getContacts(j, error.candidates.map((c) => c.id)));
  }
}

/**
 * Says on stderr that a write left someone archived: `hidden` is where what it wrote does not show
 * while they are (a logged call, a follow-up, a date would vanish unsaid).
 */
export function sayIfArchived(ctx: Context, contact: Pick<Contact, 'name' | 'archived'>, hidden: string): void {
  if (contact.archived) ctx.err.write(`${contact.name} is archived and stays so: ${hidden}; bring them back with rel unarchive ${commandWord(contact.name)}\n`);
}

/** Says on stderr that a conversation logged with someone (rel add), or moved to them (rel conversation edit), left them archived. */
export function sayIfTalkedToArchived(ctx: Context, contact: Pick<Contact, 'name' | 'archived'>): void {
  sayIfArchived(ctx, contact, 'hidden from rel today and rel list (rel list --archived lists them)');
}

/**
 * Said after creating someone named `name`, when someone of that name was deleted and rel undo can
 * still bring them back (they may be who was meant): a line, else nothing.
 */
export function namesakeDeleted(ctx: Context, name: string): string {
  const deleted = deletionOfName(ctx.journal(), name);
  return deleted === undefined ? '' : `${deletedNamesake(deleted)}\n`;
}

/**
 * The people named, found by `find`; when a name cannot be, a bad value on the same command line is
 * said instead (`checkValues`): it is the command line that is wrong (exit 2), and fixing the name
 * first would only meet it next. Checked only then, so a run that finds its people reads no value twice.
 */
export async function valuesBeforeNames<T>(find: () => Promise<T>, checkValues: () => Promise<unknown>): Promise<T> {
  try {
    return await find();
  } catch (error) {
    if (!(error instanceof UsageError)) {
      await checkValues().catch((valueError: unknown) => {
        if (valueError instanceof UsageError) throw valueError;
      });
    }
    throw error;
  }
}
