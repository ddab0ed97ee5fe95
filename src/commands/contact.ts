// rel contact add NAME: create a contact with its facts.
import { readContactFlags, type ContactFlagValues } from '../contactFields.js';
import type { Context } from '../context.js';
import { RelError } from '../errors.js';
import { nameFlag } from '../flags.js';
import { addAliases, addEmails, addPhones, addTags, contactsNamed, insertContact } from '../store/contacts.js';
import { isoInstant } from '../store/journal.js';

export interface ContactAddOptions extends ContactFlagValues {
  new?: boolean;
}

function sameNameError(name: string, same: Array<{ id: number }>): RelError {
  const ids = same.map((c) => `#${c.id}`).join(', ');
  return new RelError(`a contact named "${name}" already exists (${ids}); change it with rel edit, or pass --new to create a second one`);
}

/**
 * Refuses a second person of the same name unless --new (or, on a terminal, a yes). Returns how
 * many people of that name the user agreed to share it with.
 */
export async function confirmNewName(ctx: Context, name: string, forced: boolean | undefined): Promise<number> {
  const same = contactsNamed(ctx.journal(), name);
  if (same.length === 0 || forced) return same.length;
  if (ctx.interactive) {
    const prompter = await ctx.prompter();
    const ids = same.map((c) => `#${c.id}`).join(', ');
    if (await prompter.confirm(`${name} already exists (${ids}). Create another person with the same name?`, false)) return same.length;
    throw new RelError('nothing was created');
  }
  throw sameNameError(name, same);
}

export async function contactAdd(rawName: string, opts: ContactAddOptions, ctx: Context): Promise<void> {
  const name = nameFlag(rawName, 'NAME');
  const changes = await readContactFlags(ctx, opts);
  const accepted = await confirmNewName(ctx, name, opts.new);
  const j = ctx.journal();
  const id = j.write(() => {
    // Again under the write lock: a rel started at the same moment may have created them since.
    const same = contactsNamed(j, name);
    if (!opts.new && same.length > accepted) throw sameNameError(name, same);
    const id = insertContact(j, { ...changes.fields, name }, ctx.today, isoInstant(ctx.now));
    addEmails(j, id, changes.emails);
    addPhones(j, id, changes.phones);
    addAliases(j, id, changes.aliases);
    addTags(j, id, changes.tags);
    return id;
  });
  ctx.out.write(`added ${name} (#${id})\n`);
}
