// The contact flags shared by `rel contact add` and `rel edit`, checked and turned into store
// fields before anything is written. An empty value ("") clears a field when editing.
import { RelError, UsageError } from './errors.js';
import type { Context } from './context.js';
import { aliasFlag, CUSTOMER_SINCE_DAY, dayFlag, durationFlag, emailFlag, phoneFlag, storedDateFlag, tagFlag } from './flags.js';
import { isOneAlias, isOneEmail, isOnePhone, newValues } from './domain/contactValues.js';
import { bornAfter } from './domain/milestones.js';
import { isOneLine } from './domain/nameText.js';
import type { ContactFields } from './domain/records.js';
import { othersNamedBy } from './store/contacts.js';
import type { Journal } from './store/journal.js';
import { findContact, requireContact } from './store/lookup.js';
import { readsAsEmailAddress } from './domain/emailAddress.js';
import { readsAsPhoneNumber } from './domain/phoneNumbers.js';
import { describeStoredDate } from './ui/storedDates.js';

export interface ContactFlagValues {
  email?: string[];
  phone?: string[];
  company?: string;
  role?: string;
  birthday?: string;
  since?: string;
  every?: string;
  met?: string;
  referredBy?: string;
  alias?: string[];
  tag?: string[];
}

export interface ContactChanges {
  fields: ContactFields;
  emails: string[];
  phones: string[];
  aliases: string[];
  tags: string[];
}

const clearable = (text: string | undefined): string | null | undefined => (text === undefined ? undefined : text.trim() === '' ? null : text.trim());

/** A field of one line (company, role, how they met), as clearable: a card shows each on its line. */
function clearableLine(text: string | undefined, flag: string): string | null | undefined {
  const value = clearable(text);
  if (typeof value === 'string' && !isOneLine(value)) throw new UsageError(`${flag}: one line of text, without line breaks or tabs`);
  return value;
}

async function optionalDate(ctx: Context, text: string | undefined, flag: string, yearless: boolean): Promise<string | null | undefined> {
  if (text === undefined) return undefined;
  if (text.trim() === '') return null;
  // A birthday is a calendar date (YYYY-MM-DD or MM-DD), never "next friday".
  return yearless ? storedDateFlag(ctx, text, flag, ['yearless'], 'past', false) : dayFlag(ctx, text, flag, 'past', CUSTOMER_SINCE_DAY);
}

/** A birthday with its year is the day they were born: not after today (a yearly date without one is MM-DD). */
function notBornYet(ctx: Context, birthday: string | null | undefined): string | null | undefined {
  if (typeof birthday === 'string' && bornAfter(birthday, ctx.today)) {
    throw new UsageError(`--birthday: ${birthday} is after today (${ctx.today}); a birthday with a year is the day they were born; without the year: --birthday ${birthday.slice(5)}`);
  }
  return birthday;
}

/** Customer since is the day they became one: not after today (a day to come is a follow-up's). */
function customerAlready(ctx: Context, since: string | null | undefined): string | null | undefined {
  if (typeof since === 'string' && since > ctx.today) {
    throw new UsageError(`--since: ${since} is after today (${ctx.today}); customer since is the day they became a customer: give that day, today or before`);
  }
  return since;
}

/**
 * The days the flags set, as the card says them ("birthday 15 December", "customer since
 * 2025-12-07"): a day given as a phrase or as MM-DD is echoed back, as every line that sets one does.
 */
export function daysSet(fields: Pick<ContactFields, 'birthday' | 'customerSince'>): { birthday?: string; since?: string } {
  return {
    ...(typeof fields.birthday === 'string' && { birthday: `birthday ${describeStoredDate(fields.birthday)}` }),
    ...(typeof fields.customerSince === 'string' && { since: `customer since ${fields.customerSince}` }),
  };
}

export async function readContactFlags(ctx: Context, flags: ContactFlagValues): Promise<ContactChanges> {
  const fields: ContactFields = {
    company: clearableLine(flags.company, '--company'),
    role: clearableLine(flags.role, '--role'),
    met: clearableLine(flags.met, '--met'),
    birthday: notBornYet(ctx, await optionalDate(ctx, flags.birthday, '--birthday', true)),
    customerSince: customerAlready(ctx, await optionalDate(ctx, flags.since, '--since', false)),
    cadence: flags.every === undefined ? undefined : flags.every.trim() === '' ? null : durationFlag(flags.every, '--every'),
  };
  if (flags.referredBy !== undefined) {
    fields.referredBy = flags.referredBy.trim() === '' ? null : requireContact(ctx.journal(), flags.referredBy, { addFirst: true }).id;
  }
  return {
    fields,
    // One value given twice in two forms is kept once, as first written.
    emails: newValues((flags.email ?? []).map(emailFlag), [], isOneEmail),
    phones: newValues((flags.phone ?? []).map((p) => p.trim()).filter((p) => p !== '').map(phoneFlag), [], isOnePhone),
    aliases: newValues((flags.alias ?? []).filter((a) => a.trim() !== '').map(aliasFlag), [], isOneAlias),
    tags: (flags.tag ?? []).map((t) => tagFlag(t)),
  };
}

/**
 * Refuses an alias that already names someone else (their name or one of their aliases): given to
 * `owner` too, the same word would name two people. `instead` ends the line with the way out.
 */
export function refuseAliasesOfOthers(j: Journal, aliases: string[], owner: { id?: number; name: string }, instead: string): void {
  for (const alias of aliases) {
    const others = othersNamedBy(j, alias, owner.id);
    const found = others.length === 0 ? findContact(j, alias) : undefined;
    // Their email, phone or id: a look-up of it would find the alias's owner first.
    const owned = found?.status === 'found' && found.exact && found.contact.id !== owner.id ? found.contact : undefined;
    if (others.length === 0 && owned === undefined) continue;
    const who = owned ? `${owned.name} (#${owned.id}), as their ${readsAsEmailAddress(alias) ? 'email' : readsAsPhoneNumber(alias) ? 'phone number' : 'id'}` : others.map((o) => `${o.name} (#${o.id})`).join(', ');
    throw new RelError(`"${alias.trim()}" already names ${who}; as an alias of ${owner.name} it would name two people: if they are the same person, rel merge them, ${instead}`);
  }
}

/**
 * What aliases about to be given to `ownerId` (undefined: someone new) take over: a look-up that
 * finds someone else by a part of their name ("jane" for Jane Doe) will find the alias's owner.
 * Worked out before the write, said after it (takeoverNotes); not refused: a nickname may well be
 * meant to win ("Jane" for the Jane one calls Jane).
 */
export function aliasTakeovers(j: Journal, aliases: string[], ownerId: number | undefined): Array<{ alias: string; was: { id: number; name: string } }> {
  return aliases.flatMap((alias) => {
    const before = findContact(j, alias);
    return before.status === 'found' && before.contact.id !== ownerId ? [{ alias: alias.trim(), was: before.contact }] : [];
  });
}

/** "jane" found Jane Doe (#1) until now; it finds Agent Smith (#2), whose alias it is. */
export const takeoverNotes = (takeovers: ReturnType<typeof aliasTakeovers>, owner: { id: number; name: string }): string =>
  takeovers.map(({ alias, was }) => `"${alias}" found ${was.name} (#${was.id}) until now; it finds ${owner.name} (#${owner.id}), whose alias it is\n`).join('');
