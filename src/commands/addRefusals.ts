// What rel add refuses in the words a user typed, each with the way to say what was meant: names
// typed without quotes, a day typed where a name goes, "NAME: text" about someone not there.
import { dayWordIn } from '../domain/nameText.js';
import { matchContact, parseContactId, type NamedContact } from '../domain/names.js';
import type { Who } from '../domain/records.js';
import { describeSamePerson, namesAlikeAmong } from '../domain/samePerson.js';
import { sayingWhose } from '../domain/sharedConversations.js';
import { RelError, UsageError } from '../errors.js';
import { readsAsEmailAddress } from '../domain/emailAddress.js';
import { readsAsPhoneNumber } from '../domain/phoneNumbers.js';
import { personNameFlag, type RunDay } from '../flags.js';
import { parseFollowUp } from '../followUp.js';
import type { Journal } from '../store/journal.js';
import { findContact, notFound } from '../store/lookup.js';
import type { SamePersonFix } from './newPerson.js';
import { samePersonSuspects } from '../store/samePerson.js';
import { commandWord, namesList, quotedWord } from '../ui/style.js';

/**
 * `rel add jose nunes --note ...`: "jose" finds José Núñez by part of his name, and "nunes" would
 * be someone new. When the words together are a name someone has, or a typo away from it, that is
 * the likelier meaning: refused, with the whole name in quotes.
 */
export function refuseHalfName(j: Journal, names: string[], who: Who[]): void {
  const newWords = who.flatMap((w) => ('create' in w && !/\s/.test(w.create) ? [w.create] : []));
  if (names.length < 2 || newWords.length === 0) return;
  const whole = names.join(' ');
  const suspects = samePersonSuspects(j, { name: whole });
  if (suspects.length === 0) return;
  const quoted = names.map((n) => `"${n}"`).join(' and ');
  throw new UsageError(`${quoted} read as one name, which may be ${describeSamePerson(suspects)}: put the whole name in quotes (rel add ${quotedWord(whole)} with the same flags); for ${namesList(newWords)} as someone new, pass --new`);
}

/**
 * `rel add "Newbie Two" "Newbie Twoo" --note ...`: new people of one command whose names look
 * alike (a typo apart, as a new name beside someone already there is held: namesAlikeAmong) are
 * one person typed twice far more often than two. Refused with the command naming them once; two
 * people are added as given with --new (the names that find someone stay them).
 */
export function refuseNewTwins(names: string[], who: Who[]): void {
  const created = who.flatMap((w, i) => ('create' in w ? [{ index: i, name: w.create }] : []));
  const alike = namesAlikeAmong(created.map((c) => c.name));
  if (alike === undefined) return;
  const twins = alike.map((k) => created[k]!.index);
  const quoted = twins.map((i) => `"${names[i]!}"`);
  const once = `rel add ${names.filter((_, i) => !twins.slice(1).includes(i)).map(commandWord).join(' ')} with the same flags`;
  const instead = quoted.length === 2 ? quoted[1]! : eitherOf(quoted.slice(1));
  throw new UsageError(`${namesList(quoted)} are a typo apart and would be ${twins.length} new people, most likely one person typed ${twins.length === 2 ? 'twice' : `${twins.length} times`}: name them once (${once}, or with ${instead} in its place); if they are ${twins.length} people, pass --new`);
}

/**
 * `rel add Jane Doe --note ...` without quotes names two new people, "Jane" and "Doe": when every
 * name is new and one word, it is refused as the likelier mistake (--new adds them as given).
 */
export function refuseSplitName(names: string[], who: Who[]): void {
  if (names.length < 2 || !who.every((w) => 'create' in w && !/\s/.test(w.create))) return;
  const quoted = names.map((n) => `"${n}"`).join(' and ');
  throw new UsageError(`${quoted} would be ${names.length} new people, each known by one word: for one person, put the whole name in quotes (rel add ${quotedWord(names.join(' '))} with the same flags); to add them as given, pass --new`);
}

/**
 * `rel add maria "lunch today" --note ...`: a new name with "today" in it is what happened, typed
 * where a name goes; as a name it would make someone new called that. Someone really called so is
 * added first with rel contact add (or, as a name that finds nobody, with --new).
 */
export function refuseDayAsName(name: string): void {
  const word = dayWordIn(name);
  if (word === undefined) return;
  throw new UsageError(`${quotedWord(name)} is no one in the journal, and "${word}" says when, not who: what happened goes in --note, its day in --on; for a new person of that name, add them first (rel contact add ${quotedWord(name)})`);
}

/**
 * NAME, matching nobody, as a new person's name (tidied), or refused as the command line refuses
 * it: "#5" names an id ("#x" none), "0601 234 567" a phone number and "ana@example.com" an email,
 * never a new person; "lunch today" says when; and it must be a name (personNameFlag).
 */
export function refuseAsNewName(j: Journal, name: string): string {
  if (name.trim().startsWith('#') || parseContactId(name) !== undefined || readsAsPhoneNumber(name) || readsAsEmailAddress(name)) throw notFound(j, name);
  refuseDayAsName(name);
  return personNameFlag(name, 'NAME');
}

/**
 * The picker's check of a new person: the command line's refusals of a new name (personNameFlag,
 * saying why "99" cannot be a name, then refuseAsNewName), their words without "rel: ".
 */
export function newNameRefusal(j: Journal, typed: string): string | undefined {
  try {
    refuseAsNewName(j, personNameFlag(typed, 'a new person'));
    return undefined;
  } catch (error) {
    if (error instanceof RelError) return error.message;
    throw error;
  }
}

/**
 * "bob: likes jazz" in a conversation of several people where Bob is not one of them: the words
 * before the colon name someone else in the journal, so they were not meant as the text.
 */
export function refuseSomeoneElse(j: Journal, flag: string, text: string, people: NamedContact[]): void {
  const said = sayingWhose(text, people);
  const match = said === undefined ? undefined : findContact(j, said.name);
  if (match?.status !== 'found' || people.some((p) => p.id === match.contact.id)) return;
  const others = people.map((p) => p.name);
  throw new UsageError(`${flag} ${quotedWord(text)}: ${match.contact.name} (#${match.contact.id}) is not in this conversation (${namesList(others)}); name them too, or leave out "${said!.name}:"`);
}

/**
 * `--remember "doe: likes golf"` with Jane Doe and Tom Doe there: the words before the colon could
 * be either, so whose it is is not said; refused as --follow-up is, rather than filed on the first.
 */
export function refuseEitherOf(flag: string, text: string, people: readonly NamedContact[]): void {
  const said = sayingWhose(text, people);
  const match = said === undefined ? undefined : matchContact(said.name, [...people]);
  if (match?.status !== 'ambiguous') return;
  const example = quotedWord(`${match.candidates[0]!.name}: ${said!.rest}`);
  throw new UsageError(`${flag} ${quotedWord(text)}: "${said!.name}" could be ${eitherOf(match.candidates.map((p) => p.name))}: write the name whole, e.g. ${example}`);
}

/** "Jo Ray or Jo Lee", "Jo Ray, Jo Lee or Jo Kim". */
const eitherOf = (names: readonly string[]): string => `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}`;

/**
 * `--follow-up "Zed: tomorrow: call"` where nobody of the conversation is Zed (someone else of the
 * journal is refused before, by refuseSomeoneElse): the words before the first colon are no day,
 * and what follows them is a follow-up, so they were meant to say whose. The refusal says so, with
 * the people there, instead of "Zed" is not a date; any other `error` of the follow-up stands.
 */
export async function refuseFollowUpFor(ctx: RunDay, text: string, people: readonly NamedContact[], error: unknown): Promise<never> {
  const colon = text.indexOf(':');
  const [who, rest] = [text.slice(0, Math.max(colon, 0)).trim(), text.slice(colon + 1).trim()];
  const notADay = error instanceof UsageError && error.message.includes(`"${who}" is not a date`);
  if (colon <= 0 || who === '' || !notADay || !(await parseFollowUp(ctx, rest, '').then(() => true, () => false))) throw error;
  const [first, ...others] = people.map((p) => p.name);
  const refused = `--follow-up ${quotedWord(text)}: "${who}" is not a date`;
  const match = matchContact(who, [...people]);
  if (match.status === 'found') throw new UsageError(`${refused}, and a follow-up with one person is theirs without a name: write ${quotedWord(rest)}`);
  if (match.status === 'ambiguous') throw new UsageError(`${refused}, and could be ${eitherOf(match.candidates.map((p) => p.name))}: write the name whole, e.g. ${quotedWord(`${match.candidates[0]!.name}: ${rest}`)}`);
  const whose = others.length === 0 ? `nor ${first}, the person of this conversation: write ${quotedWord(rest)}` : `nor one of the people of this conversation (${namesList(people.map((p) => p.name))}): write ${quotedWord(`${others.at(-1)!}: ${rest}`)} for one of them, or ${quotedWord(rest)} for ${first}, the first`;
  throw new UsageError(`${refused}, ${whose}; for ${who}, name them in the command too`);
}

export const LOG_TO_THEM = (target: string): string => `log to them with rel add "${target}" and the same flags`;

/**
 * LOG_TO_THEM for the name at `index` of several: the others stay in the command ("#2" "Other
 * One"). When another of the names finds that very person (`rel add maria "Maria Rosi"`, maria
 * being Maria Rossi), "#ID" in its place would name them twice: the command names them once.
 */
export function logToThem(j: Journal, names: readonly string[], index: number): SamePersonFix {
  if (names.length === 1) return LOG_TO_THEM;
  return (target) => {
    const id = parseContactId(target);
    const already = names.findIndex((n, i) => {
      if (i === index || id === undefined) return false;
      const match = findContact(j, n);
      return match.status === 'found' && match.contact.id === id;
    });
    if (already < 0) return `log to them with rel add ${names.map((n, i) => (i === index ? `"${target}"` : commandWord(n))).join(' ')} and the same flags`;
    return `${quotedWord(names[already]!)} is them already: name them once with rel add ${names.filter((_, i) => i !== index).map(commandWord).join(' ')} and the same flags`;
  };
}
