// rel contact add NAME: create a contact with its facts, unless they are someone already there.
import { aliasTakeovers, daysSet, readContactFlags, refuseAliasesOfOthers, takeoverNotes, type ContactChanges, type ContactFlagValues } from '../contactFields.js';
import { isOneAlias, isOneEmail, isOnePhone, newValues } from '../domain/contactValues.js';
import type { Context } from '../context.js';
import type { Contact } from '../domain/records.js';
import { personNameFlag } from '../flags.js';
import { addAliases, addEmails, addPhones, addTags, insertContact } from '../store/contacts.js';
import { isoInstant } from '../store/journal.js';
import { samePersonSuspects } from '../store/samePerson.js';
import { commandWord } from '../shellWords.js';
import type { EditOptions } from './edit.js';
import { checkNewPerson, samePersonError, type SamePersonFix } from './newPerson.js';
import { namesakeDeleted } from './personNamed.js';

export interface ContactAddOptions extends ContactFlagValues {
  new?: boolean;
}

export async function contactAdd(rawName: string, opts: ContactAddOptions, ctx: Context): Promise<void> {
  const name = personNameFlag(rawName, 'NAME');
  const changes = await readContactFlags(ctx, opts);
  changes.aliases = newValues(changes.aliases, [name], isOneAlias); // their name is no alias of theirs
  const wanted = { name, emails: changes.emails, phones: changes.phones };
  // With no flag there is nothing to add to their card: rel show is what to run.
  const given = changes.emails.length + changes.phones.length + changes.aliases.length + changes.tags.length > 0 || Object.values(changes.fields).some((v) => v !== undefined);
  const fix: SamePersonFix = (target) => (given ? `add to their card with rel edit "${target}" and the same flags` : `see their card with rel show "${target}"`);
  // Taken before the check reads anything: if no other rel has committed since, the check need not
  // run again under the write lock (write() itself changes the journal first: the undo history).
  const checkedAt = ctx.journal().othersMark();
  refuseAliasesOfOthers(ctx.journal(), changes.aliases, { name }, 'or choose another alias');
  const checked = await checkNewPerson(ctx, wanted, opts.new, fix);
  if ('chosen' in checked) return addToChosen(ctx, name, checked.chosen, opts, changes);
  const j = ctx.journal();
  const takeovers = aliasTakeovers(j, changes.aliases, undefined);
  await j.readyToWrite();
  const id = j.write(() => {
    // Again under the write lock: a rel started at the same moment may have created them since.
    if (!opts.new && j.othersMark() !== checkedAt) {
      const suspects = samePersonSuspects(j, wanted).filter((s) => !checked.others.has(s.contact.id));
      if (suspects.length > 0) throw samePersonError(name, suspects, fix);
    }
    refuseAliasesOfOthers(j, changes.aliases, { name }, 'or choose another alias');
    const id = insertContact(j, { ...changes.fields, name }, ctx.today, isoInstant(ctx.now));
    addEmails(j, id, changes.emails);
    addPhones(j, id, changes.phones);
    addAliases(j, id, changes.aliases);
    addTags(j, id, changes.tags);
    return id;
  });
  const days = Object.values(daysSet(changes.fields));
  ctx.out.write(`added ${name} (#${id})${days.length > 0 ? `: ${days.join(', ')}` : ''}\n`);
  ctx.err.write(namesakeDeleted(ctx, name));
  if (takeovers.length > 0) ctx.err.write(takeoverNotes(takeovers, { id, name }));
}

/** The flags of the facts a card holds one of, with their fields and words. */
const FACT_FLAGS = [
  ['company', 'company', '--company', 'company'],
  ['role', 'role', '--role', 'role'],
  ['birthday', 'birthday', '--birthday', 'birthday'],
  ['since', 'customerSince', '--since', 'customer since'],
  ['every', 'cadence', '--every', 'cadence'],
  ['met', 'met', '--met', 'how you met'],
  ['referredBy', 'referredBy', '--referred-by', 'referrer'],
] as const;

/**
 * The person chosen at the prompt instead of a new one: what was typed goes on their card as
 * rel edit puts it, so nothing typed is lost. A fact they hold already with another value is kept
 * (the question was who they are, not what to change), and said with the edit that changes it.
 */
async function addToChosen(ctx: Context, name: string, chosen: Contact, opts: ContactAddOptions, changes: ContactChanges): Promise<void> {
  const target = `#${chosen.id}`;
  const taken: EditOptions = {};
  const kept: string[] = [];
  const again: string[] = [];
  for (const [flag, field, flagName, words] of FACT_FLAGS) {
    const value = changes.fields[field];
    const had = chosen[field];
    if (value === undefined || value === null || had === value) continue;
    if (had === null) taken[flag] = opts[flag];
    else {
      kept.push(field === 'referredBy' ? `${words} (#${had}, not #${value})` : `${words} (${had}, not ${value})`);
      again.push(`${flagName} ${commandWord(opts[flag]!.trim())}`);
    }
  }
  const lists = {
    email: newValues(changes.emails, chosen.emails, isOneEmail),
    phone: newValues(changes.phones, chosen.phones, isOnePhone),
    alias: newValues(changes.aliases, [chosen.name, ...chosen.aliases], isOneAlias),
    tag: changes.tags.filter((t) => !chosen.tags.includes(t)),
  };
  for (const [flag, values] of Object.entries(lists)) if (values.length > 0) taken[flag as keyof typeof lists] = values;
  if (kept.length > 0) ctx.err.write(`kept ${chosen.name}'s ${kept.join(', ')}; rel edit "${target}" ${again.join(' ')} changes it\n`);
  // Loaded only here: the edit's checks are not part of every rel contact add.
  if (Object.keys(taken).length > 0) return (await import('./edit.js')).edit(target, taken, ctx);
  const given = kept.length > 0 || changes.emails.length + changes.phones.length + changes.aliases.length + changes.tags.length > 0;
  ctx.out.write(given ? `${chosen.name} (${target}) has all that already; nothing changed\n` : `"${name}" is ${chosen.name} (${target}); nothing was created (rel show "${target}" is their card)\n`);
}
