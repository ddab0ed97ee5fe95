// rel add: log a conversation right after it happened, with one person or several (one
// conversation with all of them), what to remember and a follow-up. Everything is checked first:
// every name found, or refused as a likely double; then it is written in one transaction.
import type { Who } from '../domain/records.js';
import type { Context } from '../context.js';
import type { Channel } from '../domain/channels.js';
import { normalizeName, type NamedContact } from '../domain/names.js';
import { LOG_TO_THEM, logToThem, newNameRefusal, refuseAsNewName, refuseEitherOf, refuseFollowUpFor, refuseHalfName, refuseNewTwins, refuseSomeoneElse, refuseSplitName } from './addRefusals.js';
import { addressedTo } from '../domain/sharedConversations.js';
import { UsageError } from '../errors.js';
import { conversationDayFlag, personNameFlag, storedDateFlag, tagFlag, textFlag } from '../flags.js';
import { parseFollowUp, type FollowUp } from '../followUp.js';
import { followUpAbout } from '../domain/followUpAbout.js';
import { addTags, getContacts, insertContact } from '../store/contacts.js';
import { insertConversation } from '../store/conversations.js';
import { insertDetail } from '../store/details.js';
import { isoInstant, type Journal } from '../store/journal.js';
import { findContact, lookupCandidates, similarContacts } from '../store/lookup.js';
import { insertReminder } from '../store/reminders.js';
import { AmbiguousNameError, RelError } from '../errors.js';
import { checkNewPerson, type SamePersonFix } from './newPerson.js';
import { namesList, quotedWord } from '../ui/style.js';
import { namesakeDeleted, sayIfTalkedToArchived, valuesBeforeNames } from './personNamed.js';
import { conversationChange } from '../domain/undoHistory.js';
import type { FollowUpCheck } from '../ui/addPrompts.js';

export interface AddOptions {
  note?: string;
  on?: string;
  via?: Channel;
  remember?: string[];
  rememberOn?: string;
  followUp?: string[];
  complaint?: boolean;
  tag?: string[];
  new?: boolean;
}

/** What was said, checked; `person` says whose a detail or follow-up is (an index into the people named). */
interface Entry {
  happenedOn: string;
  via: Channel | null;
  note: string;
  complaint: boolean;
  details: Array<{ person: number; text: string; date: string | null; yearly: boolean }>;
  followUps: Array<FollowUp & { person: number }>;
  tags: string[];
}

export async function add(names: string[], opts: AddOptions, ctx: Context): Promise<void> {
  if ((names.length === 0 || opts.note === undefined) && ctx.interactive) {
    ctx.journal().checkWritable(); // before asking anything
    const found: string[] = [];
    const resolvedAt = ctx.journal().othersMark();
    const who = names.length === 0 ? await askEveryone(ctx) : await resolveEveryone(ctx, names, opts.new, found);
    for (const line of found) ctx.err.write(line);
    const prompts = await import('../ui/addPrompts.js');
    const answers = await prompts.askAboutConversation(ctx, opts, followUpCheck(ctx, who));
    const entry = await checkEntry(ctx, answers, who);
    await ctx.journal().readyToWrite();
    return record(ctx, who, entry, resolvedAt, []); // whom the names found was said before the questions
  }
  if (names.length === 0) throw new UsageError('missing NAME: rel add NAME --note TEXT (several names log one conversation with all of them; with stdin and stdout on a terminal and no --no-input, rel add asks instead)');
  if (opts.note === undefined) throw new UsageError(missingNote(names));
  const found: string[] = [];
  // Taken before any name is looked up: if no other rel has committed since, the names need not be
  // looked up again under the write lock.
  const resolvedAt = ctx.journal().othersMark();
  const asNamed = names.map((name): Who => ({ create: name, checked: true }));
  const who = await valuesBeforeNames(() => resolveEveryone(ctx, names, opts.new, found), () => checkEntry(ctx, opts, asNamed));
  const entry = await checkEntry(ctx, opts, who);
  await ctx.journal().readyToWrite();
  record(ctx, who, entry, resolvedAt, found);
}

/**
 * What to run with a note; for one name, also how to keep the person without a conversation; for
 * several, also the reading of the last as the note (`rel add jane "lunch at noon"`), which as a
 * name would make someone new.
 */
function missingNote(names: string[]): string {
  const quoted = names.map(quotedWord);
  const withNote = `missing --note: rel add ${quoted.join(' ')} --note "what you talked about"`;
  // A full name may be someone new; one word is most likely someone known by it (rel contact add would make them twice).
  if (names.length === 1) return /\S\s+\S/.test(names[0]!) ? `${withNote} (to keep ${quoted[0]} without a conversation: rel contact add ${quoted[0]})` : withNote;
  const last = quoted.at(-1)!;
  return `${withNote} (if ${last} is what you talked about: rel add ${quoted.slice(0, -1).join(' ')} --note ${last})`;
}

/** On a terminal with no NAME: who, then who else, until an empty answer. */
async function askEveryone(ctx: Context): Promise<Who[]> {
  const prompts = await import('../ui/addPrompts.js');
  const lookup = (typed: string) => lookupCandidates(ctx.journal(), typed, prompts.PICKER_CHOICES);
  const newName = (typed: string) => newNameRefusal(ctx.journal(), typed);
  const who = [await confirmCreating(ctx, await prompts.askWho(ctx, lookup, newName))];
  for (;;) {
    const more = await prompts.askWhoElse(ctx, lookup, newName);
    if (more === undefined) return who;
    const next = await confirmCreating(ctx, more);
    if (isNamedTwice(who, next)) ctx.err.write(`${nameOf(next)} is already in this conversation\n`);
    else who.push(next);
  }
}

/**
 * Every NAME found (or to be created) before anything is asked or written; the same person twice
 * is a mistake. "→ Jane Doe" for each name that was a part of one goes into `found`.
 */
async function resolveEveryone(ctx: Context, names: string[], forceNew: boolean | undefined, found: string[]): Promise<Who[]> {
  const who: Who[] = [];
  for (const [index, name] of names.entries()) {
    const next = await resolveWho(ctx, name, forceNew, found, logToThem(ctx.journal(), names, index));
    const twice = who.findIndex((w) => sameWho(w, next));
    if (twice >= 0) {
      // One name typed twice is a command line that is wrong; two names, the journal says they are one.
      const Refusal = normalizeName(names[twice]!) === normalizeName(name) ? UsageError : RelError;
      throw new Refusal(`"${names[twice]}" and "${name}" are the same person, ${nameOf(next)}: name each person once`);
    }
    who.push(next);
  }
  if (forceNew) found.push(...newMadeNoOne(names, who));
  if (!forceNew) refuseNewTwins(names, who);
  if (!forceNew) refuseSplitName(names, who);
  if (!forceNew) refuseHalfName(ctx.journal(), names, who);
  return who;
}

/** --new where every name found someone: it made no one, so say whose the conversation is and how a namesake is made. */
function newMadeNoOne(names: readonly string[], who: readonly Who[]): string[] {
  if (!who.every((w) => 'contact' in w)) return [];
  return who.map((w, i) => `--new: ${quotedWord(names[i]!)} is ${nameOf(w)}, already in the journal, so the conversation is theirs; for another person of that name: rel contact add ${quotedWord(names[i]!)} --new\n`);
}

const nameOf = (who: Who): string => ('contact' in who ? `${who.contact.name} (#${who.contact.id})` : who.create);
const sameWho = (a: Who, b: Who): boolean =>
  'contact' in a && 'contact' in b ? a.contact.id === b.contact.id : 'create' in a && 'create' in b && normalizeName(a.create) === normalizeName(b.create);
const isNamedTwice = (who: Who[], next: Who): boolean => who.some((w) => sameWho(w, next));

/** `who`, for the messages and for "NAME: TEXT" flags: the people as named so far. */
function namedPeople(who: Who[]): NamedContact[] {
  return who.map((w, i) => ('contact' in w ? w.contact : { id: -1 - i, name: w.create, aliases: [], emails: [], phones: [] }));
}

async function checkEntry(ctx: Context, opts: AddOptions, who: Who[]): Promise<Entry> {
  const people = namedPeople(who);
  const name = people[0]!.name;
  for (const r of opts.remember ?? []) refuseSomeoneElse(ctx.journal(), '--remember', r, people);
  for (const r of opts.remember ?? []) refuseEitherOf('--remember', r, people);
  for (const f of opts.followUp ?? []) refuseSomeoneElse(ctx.journal(), '--follow-up', f, people);
  const remember = (opts.remember ?? []).map((r) => addressedTo(textFlag(r, '--remember'), people));
  if (opts.rememberOn !== undefined && remember.length !== 1) {
    throw new UsageError('--remember-on dates one detail: give exactly one --remember with it (or use rel remember NAME TEXT --on DATE)');
  }
  const detailDate = opts.rememberOn === undefined ? null : await storedDateFlag(ctx, opts.rememberOn, '--remember-on', ['month', 'yearless'], 'future');
  const note = (opts.note ?? '').trim();
  const happenedOn = opts.on === undefined ? ctx.today : await conversationDayFlag(ctx, opts.on, '--on', name);
  const via = opts.via ?? null;
  // Without a text of its own, a follow-up is about this conversation: rel today says "follow up: <the note>".
  const about = followUpAbout({ note: note === '' ? null : note, via, happenedOn });
  const followUps: Entry['followUps'] = [];
  for (const f of opts.followUp ?? []) followUps.push(await followUpFor(ctx, f, people, about));
  return {
    happenedOn,
    via,
    note,
    complaint: opts.complaint === true,
    details: remember.map(({ person, text }) => ({ person, text, date: detailDate, yearly: detailDate?.startsWith('--') ?? false })),
    followUps,
    tags: (opts.tag ?? []).map((t) => tagFlag(t)),
  };
}

/** A --follow-up "[NAME: ]when[: what]" of the people named: whose it is, when and what; refused in the user's words. */
async function followUpFor(ctx: Context, text: string, people: NamedContact[], about: string): Promise<FollowUp & { person: number }> {
  const { person, text: rest } = addressedTo(text, people);
  return { person, ...(await parseFollowUp(ctx, rest, about).catch((error: unknown) => refuseFollowUpFor(ctx, rest, people, error))) };
}

/** The follow-up question's check: as --follow-up is checked, the refusal's words without "rel: ". */
function followUpCheck(ctx: Context, who: Who[]): FollowUpCheck {
  const people = namedPeople(who);
  const check = async (text: string): Promise<string | true> => {
    try {
      refuseSomeoneElse(ctx.journal(), '--follow-up', text, people);
      await followUpFor(ctx, text, people, '');
      return true;
    } catch (error) {
      if (error instanceof RelError) return error.message;
      throw error;
    }
  };
  return { people: people.map((p) => p.name), check };
}

/** A new person the user picked ("+ new person: …") who may be someone already there: asks which. */
async function confirmCreating(ctx: Context, who: Who): Promise<Who> {
  if (!('create' in who) || who.checked) return who;
  const checked = await checkNewPerson(ctx, { name: who.create }, false, LOG_TO_THEM);
  return 'chosen' in checked ? { contact: checked.chosen } : { ...who, checked: true };
}

/**
 * Who NAME means: one match logs to them, several need a choice, none creates them, unless the
 * name looks like someone's already there (a typo away): then off a terminal it is refused with
 * the candidates, and on a terminal the user picks, the existing person first, before anything
 * else is asked, so nothing typed is thrown away. --new creates a name that matches nobody though
 * it looks like someone's; a name that finds someone (their name, part of it, #id...) is still them.
 */
export async function resolveWho(ctx: Context, name: string, forceNew: boolean | undefined, found: string[], fix: SamePersonFix = LOG_TO_THEM): Promise<Who> {
  const j = ctx.journal();
  const match = findContact(j, name);
  if (match.status === 'found') {
    if (!match.exact) found.push(`→ ${match.contact.name}\n`);
    return { contact: match.contact };
  }
  if (match.status === 'ambiguous') {
    if (!ctx.interactive) throw new AmbiguousNameError(name, match.candidates, match.whole);
    const { pickContact } = await import('../ui/addPrompts.js');
    return pickContact(ctx, name, getContacts(j, match.candidates.map((c) => c.id)));
  }
  // Asked for as someone new, the name is checked as a name ("#99" reads as an id, so it cannot be one).
  if (forceNew) return { create: personNameFlag(name, 'NAME'), unlessMatched: true, checked: true };
  const create = refuseAsNewName(j, name);
  const checked = await checkNewPerson(ctx, { name: create }, false, fix).catch((error: unknown) => {
    // A rel started at the same moment may have created this very person since findContact: it is them.
    const again = findContact(j, name);
    if (again.status !== 'found') throw error;
    if (!again.exact) found.push(`→ ${again.contact.name}\n`);
    return { chosen: again.contact };
  });
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

/**
 * Inside the write: the person NAME names now, as a run after the others would have found them;
 * as looked up before when nothing was committed since `resolvedAt`.
 */
function matchAgain(j: Journal, who: Who, resolvedAt: number): { who: Who; partial: boolean } {
  if (!('create' in who) || !who.unlessMatched || j.othersMark() === resolvedAt) return { who, partial: false };
  const match = findContact(j, who.create);
  if (match.status === 'found') return { who: { contact: match.contact }, partial: !match.exact };
  if (match.status === 'ambiguous') throw new AmbiguousNameError(who.create, match.candidates, match.whole);
  return { who, partial: false };
}

/** Who a conversation brought into the journal, for rel undo: " (new person: Jane Doe)". */
function newPeople(people: Array<{ target: Who; name: string }>): string {
  const created = people.filter((p) => 'create' in p.target).map((p) => p.name);
  return created.length === 0 ? '' : ` (${created.length === 1 ? 'new person' : 'new people'}: ${created.join(', ')})`;
}

/** Writes the conversation, then says whom the names found (`found`: said only once it is written, so a refusal stays one line). */
function record(ctx: Context, who: Who[], entry: Entry, resolvedAt: number, found: string[]): void {
  const j = ctx.journal();
  const at = isoInstant(ctx.now);
  const result = j.write(() => {
    const people = who.map((w) => {
      const { who: target, partial } = matchAgain(j, w, resolvedAt);
      const id = 'contact' in target ? target.contact.id : insertContact(j, { name: target.create }, ctx.today, at);
      return { target, partial, id, name: 'contact' in target ? target.contact.name : target.create };
    });
    const ids = people.map((p) => p.id);
    if (new Set(ids).size !== ids.length) throw new UsageError('the same person is named twice: name each person once');
    const note = entry.note === '' ? null : entry.note;
    const conversationId = insertConversation(j, { people: ids, happenedOn: entry.happenedOn, via: entry.via, note, complaint: entry.complaint }, at);
    j.describe(conversationChange('add', { id: conversationId, people, happenedOn: entry.happenedOn, note }, newPeople(people)));
    for (const { person, ...detail } of entry.details) insertDetail(j, { contactId: ids[person]!, ...detail }, at);
    for (const f of entry.followUps) insertReminder(j, { contactId: ids[f.person]!, text: f.text, dueOn: f.dueOn, every: null, conversationId: f.fromConversation ? conversationId : null }, at);
    for (const id of ids) addTags(j, id, entry.tags);
    return { people, conversationId };
  });
  for (const line of found) ctx.err.write(line);
  for (const p of result.people) {
    if (p.partial) ctx.err.write(`→ ${p.name}\n`);
    if ('create' in p.target) ctx.err.write(`created ${p.name} (#${p.id})\n${namesakeDeleted(ctx, p.name)}`);
    // Logging a conversation does not unarchive: say so, or they would vanish from today without a word.
    if ('contact' in p.target) sayIfTalkedToArchived(ctx, p.target.contact);
  }
  const names = result.people.map((p) => p.name);
  const forWhom = (person: number) => (names.length > 1 ? ` for ${names[person]}` : '');
  const kind = entry.complaint ? `complaint${entry.via ? ` (${entry.via})` : ''}` : (entry.via ?? 'conversation');
  const parts = [`logged ${kind} with ${namesList(names)} on ${entry.happenedOn} (#${result.conversationId})`];
  if (entry.details.length > 0) parts.push(`remembered ${entry.details.length}${names.length > 1 ? ` (${[...new Set(entry.details.map((d) => names[d.person]))].join(', ')})` : ''}`);
  if (entry.followUps.length > 0) parts.push(`follow up ${namesList(entry.followUps.map((f) => `${f.dueOn}${forWhom(f.person)}`))}`);
  ctx.out.write(`${parts.join('; ')}\n`);
}
