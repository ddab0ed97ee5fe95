// rel edit NAME: change a contact's facts; "" clears a field.
import { aliasTakeovers, daysSet, readContactFlags, refuseAliasesOfOthers, takeoverNotes, type ContactChanges, type ContactFlagValues } from '../contactFields.js';
import { isOneAlias, isOneEmail, isOnePhone, type SameValue } from '../domain/contactValues.js';
import type { Context } from '../context.js';
import { oppositeFlags, RelError, UsageError } from '../errors.js';
import { personNameFlag, tagFlag } from '../flags.js';
import {
  addAliases,
  addEmails,
  addPhones,
  addTags,
  removeAliases,
  removeEmails,
  removePhones,
  removeTags,
  updateContact,
} from '../store/contacts.js';
import { isoInstant, type Journal } from '../store/journal.js';
import type { Contact } from '../domain/records.js';
import { normalizeName } from '../domain/names.js';
import { describeSamePerson } from '../domain/samePerson.js';
import { samePersonSuspects } from '../store/samePerson.js';
import { personNamed, valuesBeforeNames } from './personNamed.js';
import { refuseReferralLoop } from '../store/referrals.js';
import { checkContactEdit, type ContactEditPlan } from './correcting.js';
import { commandWord } from '../ui/style.js';

export interface EditOptions extends ContactFlagValues {
  name?: string;
  untag?: string[];
  removeEmail?: string[];
  removePhone?: string[];
  removeAlias?: string[];
  force?: boolean;
}

/** What each flag of an edit changes, as `rel edit` and `rel undo` say it; a list flag's words for one and for several. */
const EDITED: ReadonlyArray<[keyof EditOptions, string, string?]> = [
  ['company', 'company'],
  ['role', 'role'],
  ['birthday', 'birthday'],
  ['since', 'customer since'],
  ['every', 'cadence'],
  ['met', 'how you met'],
  ['referredBy', 'referred by'],
  ['email', 'email added', 'emails added'],
  ['removeEmail', 'email removed', 'emails removed'],
  ['phone', 'phone added', 'phones added'],
  ['removePhone', 'phone removed', 'phones removed'],
  ['alias', 'alias added', 'aliases added'],
  ['removeAlias', 'alias removed', 'aliases removed'],
  ['tag', 'tag added', 'tags added'],
  ['untag', 'tag removed', 'tags removed'],
];

/**
 * "name (was Jane Roe), company, customer since 2025-12-07, 2 emails added": the flags given, in the
 * order of the help; a list flag's values as the edit adds or removes them; a day as it was read
 * (`said`); after the name, the aliases it is, removed with it.
 */
function editedWords(opts: EditOptions, formerName: string, said: Partial<Record<keyof EditOptions, string>>, aliasesRenamed: readonly string[]): string {
  const words = EDITED.flatMap(([flag, one, many]) => {
    const value = opts[flag];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return [];
    return [said[flag] ?? (Array.isArray(value) && value.length > 1 ? `${value.length} ${many}` : one)];
  });
  const renamed = aliasesRenamed.map((alias) => `alias "${alias}" removed (it is the name now)`);
  return [...(opts.name === undefined ? [] : [`name (was ${formerName})`, ...renamed]), ...words].join(', ');
}

/**
 * An email, phone or alias being given to `contact` that is someone else's already: refused unless
 * --force. Only what the edit adds (ContactEditPlan): what `contact` has already is not being given.
 */
function refuseTakenFacts(j: Journal, contact: Contact, { emails, phones, aliases }: Pick<ContactEditPlan, 'emails' | 'phones' | 'aliases'>): void {
  refuseAliasesOfOthers(j, aliases, contact, 'or pass --force to give it to both');
  if (emails.length === 0 && phones.length === 0) return;
  const owners = samePersonSuspects(j, { name: '', emails, phones, except: contact.id });
  if (owners.length === 0) return;
  const owned = owners.map((o) => `${o.contact.name} (#${o.contact.id}: ${o.reasons.join(', ')})`).join(', ');
  throw new RelError(`${[...emails, ...phones].join(', ')}: already on ${owned}; if they are the same person as ${contact.name}, rel merge them, or pass --force to give it to both`);
}

/**
 * A new name that may be someone else's, by what rel contact add checks of a name (samePersonSuspects:
 * the same folded name, a typo away, the words in another order, their alias). The same folded
 * name as the person's own changes nothing about who else it looks like.
 */
function refuseNameOfOthers(j: Journal, contact: Contact, name: string): void {
  if (normalizeName(name) === normalizeName(contact.name)) return;
  const suspects = samePersonSuspects(j, { name, except: contact.id });
  if (suspects.length === 0) return;
  throw new RelError(`"${name}" may be someone already in the journal: ${describeSamePerson(suspects)}; if they are the same person as ${contact.name}, rel merge them, or pass --force to rename them anyway`);
}

/** What the edit gives `contact` that is someone else's already: refused unless --force. */
function refuseOthers(j: Journal, contact: Contact, plan: ContactEditPlan, name: string | undefined): void {
  if (name !== undefined) refuseNameOfOthers(j, contact, name);
  refuseTakenFacts(j, contact, plan);
}

/** `--tag vip --untag VIP`: one value added and removed, in any of its forms, is a command line that says opposite things (exit 2). */
function refuseOpposites(changes: ContactChanges, untags: string[], opts: EditOptions): void {
  const pairs: Array<[string, string[], string, string[], SameValue]> = [
    ['--email', changes.emails, '--remove-email', opts.removeEmail ?? [], isOneEmail],
    ['--phone', changes.phones, '--remove-phone', opts.removePhone ?? [], isOnePhone],
    ['--alias', changes.aliases, '--remove-alias', opts.removeAlias ?? [], isOneAlias],
    ['--tag', changes.tags, '--untag', untags, (a, b) => a === b],
  ];
  for (const [add, added, remove, removed, same] of pairs) {
    for (const value of added) {
      const other = removed.find((r) => same(value, r));
      if (other !== undefined) throw oppositeFlags(`${add} ${commandWord(value)}`, `${remove} ${commandWord(other.trim())}`);
    }
  }
}

const untagsOf = (opts: EditOptions): string[] => (opts.untag ?? []).map((t) => tagFlag(t, '--untag'));

export async function edit(query: string, opts: EditOptions, ctx: Context): Promise<void> {
  if (Object.values(opts).every((v) => v === undefined)) {
    throw new UsageError('nothing to change; give at least one flag, e.g. rel edit jane --company "Doe Flowers" (see rel edit --help)');
  }
  const j = ctx.journal();
  // The referrer is a name too: only the values are checked before the person is found.
  const checkValues = async () => refuseOpposites(await readContactFlags(ctx, { ...opts, referredBy: undefined }), untagsOf(opts), opts);
  const contact = await valuesBeforeNames(() => personNamed(ctx, query, { addFirst: true }), checkValues);
  const changes = await readContactFlags(ctx, opts);
  const untags = untagsOf(opts);
  refuseOpposites(changes, untags, opts);
  if (opts.name !== undefined) changes.fields.name = personNameFlag(opts.name, '--name');
  if (changes.fields.referredBy === contact.id) throw new RelError(`${contact.name} cannot have referred themselves`);
  const plan = checkContactEdit(contact, { ...changes, removeEmails: opts.removeEmail ?? [], removePhones: opts.removePhone ?? [], removeAliases: opts.removeAlias ?? [], untags });
  if (!opts.force) refuseOthers(j, contact, plan, changes.fields.name);
  await j.readyToWrite();
  const done = { email: plan.emails, removeEmail: plan.removeEmails, phone: plan.phones, removePhone: plan.removePhones, alias: plan.aliases, removeAlias: plan.removeAliases, tag: plan.tags, untag: plan.untags };
  const told = `${changes.fields.name ?? contact.name} (#${contact.id}): ${editedWords({ ...opts, ...done }, contact.name, daysSet(changes.fields), plan.aliasesRenamed)}`;
  const takeovers = aliasTakeovers(j, plan.aliases, contact.id);
  j.write(() => {
    if (!opts.force) refuseOthers(j, contact, plan, changes.fields.name); // again, under the write lock
    const { referredBy } = changes.fields;
    if (referredBy !== undefined && referredBy !== null) refuseReferralLoop(j, contact.id, referredBy);
    updateContact(j, contact.id, changes.fields, isoInstant(ctx.now));
    addEmails(j, contact.id, plan.emails);
    addPhones(j, contact.id, plan.phones);
    addAliases(j, contact.id, plan.aliases);
    addTags(j, contact.id, plan.tags);
    removeEmails(j, contact.id, plan.removeEmails);
    removePhones(j, contact.id, plan.removePhones);
    removeAliases(j, contact.id, [...plan.removeAliases, ...plan.aliasesRenamed]);
    removeTags(j, contact.id, plan.untags);
  }, `edit ${told}`);
  ctx.out.write(`updated ${told}\n`);
  if (takeovers.length > 0) ctx.err.write(takeoverNotes(takeovers, { id: contact.id, name: changes.fields.name ?? contact.name }));
}
