// rel add: log a conversation right after it happened, with what to remember and a follow-up.
// Everything is checked first, then written in one transaction.
import type { Who } from '../domain/records.js';
import type { Context } from '../context.js';
import type { Channel } from '../domain/channels.js';
import { parseContactId } from '../domain/names.js';
import { readsAsPhoneNumber } from '../domain/phoneNumbers.js';
import { UsageError } from '../errors.js';
import { conversationDayFlag, nameFlag, storedDateFlag, tagFlag, textFlag } from '../flags.js';
import { parseFollowUp, type FollowUp } from '../followUp.js';
import { addTags, getContacts, insertContact, lookupCandidates } from '../store/contacts.js';
import { insertConversation } from '../store/conversations.js';
import { insertDetail } from '../store/details.js';
import { isoInstant, type Journal } from '../store/journal.js';
import { findContact, notFound, similarContacts } from '../store/lookup.js';
import { insertReminder } from '../store/reminders.js';
import { AmbiguousNameError } from '../errors.js';
import { checkNewPerson } from './contact.js';

export interface AddOptions {
  note?: string;
  on?: string;
  via?: Channel;
  remember?: string[];
  rememberOn?: string;
  followUp?: string;
  complaint?: boolean;
  tag?: string[];
  new?: boolean;
}

interface Entry {
  happenedOn: string;
  via: Channel | null;
  note: string;
  complaint: boolean;
  details: Array<{ text: string; date: string | null; yearly: boolean }>;
  followUp: FollowUp | undefined;
  tags: string[];
}

export async function add(name: string | undefined, opts: AddOptions, ctx: Context): Promise<void> {
  if ((name === undefined || opts.note === undefined) && ctx.interactive) {
    const prompts = await import('../ui/addPrompts.js');
    const asked = name === undefined ? await prompts.askWho(ctx, (typed) => lookupCandidates(ctx.journal(), typed)) : await resolveWho(ctx, name, opts.new);
    const who = await confirmCreating(ctx, asked); // "+ new person: Jane Doe" when Jane Doe exists
    const answers = await prompts.askAboutConversation(ctx, opts);
    return record(ctx, who, await checkEntry(ctx, answers, 'contact' in who ? who.contact.name : who.create));
  }
  if (name === undefined) throw new UsageError('missing NAME: rel add NAME --note TEXT (run it on a terminal to be asked instead)');
  if (opts.note === undefined) throw new UsageError(`missing --note: rel add "${name}" --note "what you talked about"`);
  const entry = await checkEntry(ctx, opts, name);
  const who = await resolveWho(ctx, name, opts.new);
  record(ctx, who, entry);
}

/** `name` as typed (or chosen), for the messages. */
async function checkEntry(ctx: Context, opts: AddOptions, name: string): Promise<Entry> {
  const remember = (opts.remember ?? []).map((r) => textFlag(r, '--remember'));
  if (opts.rememberOn !== undefined && remember.length !== 1) {
    throw new UsageError('--remember-on dates one detail: give exactly one --remember with it (or use rel remember NAME TEXT --on DATE)');
  }
  const detailDate = opts.rememberOn === undefined ? null : await storedDateFlag(ctx, opts.rememberOn, '--remember-on', ['month', 'yearless'], 'future');
  const note = (opts.note ?? '').trim();
  return {
    happenedOn: opts.on === undefined ? ctx.today : await conversationDayFlag(ctx, opts.on, '--on', name),
    via: opts.via ?? null,
    note,
    complaint: opts.complaint === true,
    details: remember.map((text) => ({ text, date: detailDate, yearly: detailDate?.startsWith('--') ?? false })),
    followUp: opts.followUp === undefined ? undefined : await parseFollowUp(ctx, opts.followUp, note === '' ? 'follow up' : `follow up: ${note}`),
    tags: (opts.tag ?? []).map(tagFlag),
  };
}

const LOG_TO_THEM = (target: string): string => `log to them with rel add "${target}" and the same flags`;

/** A new person the user picked ("+ new person: …") who may be someone already there: asks which. */
async function confirmCreating(ctx: Context, who: Who): Promise<Who> {
  if (!('create' in who) || who.checked) return who;
  const checked = await checkNewPerson(ctx, { name: who.create }, false, LOG_TO_THEM);
  return 'chosen' in checked ? { contact: checked.chosen } : { ...who, checked: true };
}

/**
 * Who NAME means: one match logs to them, several need a choice, none creates them, unless the
 * name looks like someone's already there (a typo away): then off a terminal it is refused with
 * the candidates (--new creates anyway), and on a terminal the user picks, the existing person
 * first, before anything else is asked, so nothing typed is thrown away.
 */
export async function resolveWho(ctx: Context, name: string, forceNew: boolean | undefined): Promise<Who> {
  const j = ctx.journal();
  if (forceNew) return { create: nameFlag(name, 'NAME'), checked: true };
  const match = findContact(j, name);
  if (match.status === 'found') {
    if (!match.exact) ctx.err.write(`→ ${match.contact.name}\n`);
    return { contact: match.contact };
  }
  if (match.status === 'ambiguous') {
    if (!ctx.interactive) throw new AmbiguousNameError(name, match.candidates);
    const { pickContact } = await import('../ui/addPrompts.js');
    return pickContact(ctx, name, match.candidates);
  }
  // "#5" names an id and "0601 234 567" a phone number, never a new person.
  if (parseContactId(name) !== undefined || readsAsPhoneNumber(name)) throw notFound(j, name);
  const create = nameFlag(name, 'NAME');
  const checked = await checkNewPerson(ctx, { name: create }, false, LOG_TO_THEM);
  if ('chosen' in checked) return { contact: checked.chosen };
  if (checked.others.size > 0) return { create, unlessMatched: true, checked: true };
  const similar = ctx.interactive ? similarContacts(j, name) : [];
  if (similar.length > 0) {
    const { chooseSimilar } = await import('../ui/addPrompts.js');
    const who = await chooseSimilar(ctx, create, getContacts(j, similar.map((c) => c.id)));
    return 'create' in who ? { ...who, unlessMatched: true } : who;
  }
  return { create, unlessMatched: true, checked: true };
}

/** Inside the write: the person NAME names now, as a run after the others would have found them. */
function matchAgain(j: Journal, who: Who): { who: Who; partial: boolean } {
  if (!('create' in who) || !who.unlessMatched) return { who, partial: false };
  const match = findContact(j, who.create);
  if (match.status === 'found') return { who: { contact: match.contact }, partial: !match.exact };
  if (match.status === 'ambiguous') throw new AmbiguousNameError(who.create, match.candidates);
  return { who, partial: false };
}

function record(ctx: Context, who: Who, entry: Entry): void {
  const j = ctx.journal();
  const at = isoInstant(ctx.now);
  const result = j.write(() => {
    const { who: target, partial } = matchAgain(j, who);
    const contactId = 'contact' in target ? target.contact.id : insertContact(j, { name: target.create }, ctx.today, at);
    const conversationId = insertConversation(j, { contactId, happenedOn: entry.happenedOn, via: entry.via, note: entry.note === '' ? null : entry.note, complaint: entry.complaint }, at);
    for (const detail of entry.details) insertDetail(j, { contactId, ...detail }, at);
    if (entry.followUp) insertReminder(j, { contactId, text: entry.followUp.text, dueOn: entry.followUp.dueOn, every: null }, at);
    addTags(j, contactId, entry.tags);
    return { target, partial, contactId, conversationId };
  });
  const { target } = result;
  const name = 'contact' in target ? target.contact.name : target.create;
  if (result.partial) ctx.err.write(`→ ${name}\n`);
  if ('create' in target) ctx.err.write(`created ${name} (#${result.contactId})\n`);
  const kind = entry.complaint ? 'complaint' : (entry.via ?? 'conversation');
  const parts = [`logged ${kind} with ${name} on ${entry.happenedOn} (#${result.conversationId})`];
  if (entry.details.length > 0) parts.push(`remembered ${entry.details.length}`);
  if (entry.followUp) parts.push(`follow up ${entry.followUp.dueOn}`);
  ctx.out.write(`${parts.join('; ')}\n`);
}
