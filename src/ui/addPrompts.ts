// The questions of an interactive `rel add`: who, how, what about, what to remember, a follow-up.
// Only asks for what the flags did not already say.
import type { Day } from '../domain/calendar.js';
import { CHANNEL_NAMES, type Channel } from '../domain/channels.js';
import { parseDateInput } from '../domain/dateInput.js';
import { tidyName } from '../domain/nameText.js';
import { RelError } from '../errors.js';
import type { Contact, Who } from '../domain/records.js';
import type { Choice, Prompter } from './prompter.js';

/** What the prompts need of the run: its day and a prompter (never the journal: the screen reads nothing from disk). */
export interface PromptRun {
  today: Day;
  prompter(): Promise<Prompter>;
}

const NEW_PERSON = '+ new person: ';

/** How many people a picker offers for what has been typed so far. */
export const PICKER_CHOICES = 8;

/**
 * Why what was typed can be no new person, as the command line refuses it as a new name ("99"
 * reads as an id), or undefined when it can be one. The picker then offers no "+ new person" and
 * shows the reason under what was typed, so the user types again.
 */
export type NewNameCheck = (typed: string) => string | undefined;

/** The people `lookup` finds for what has been typed, then (unless not wanted, or `refused` says why not) a new person of that name. */
function peopleChoices(typed: string, lookup: (typed: string) => Contact[], refused: NewNameCheck | undefined): Array<Choice<Who | undefined>> {
  const choices: Array<Choice<Who | undefined>> = lookup(typed)
    .slice(0, PICKER_CHOICES)
    .map((contact) => ({ name: personLabel(contact), value: { contact } }));
  const name = tidyName(typed); // as it will be kept
  if (refused !== undefined && refused(typed) === undefined) choices.push({ name: `${NEW_PERSON}${name}`, value: { create: name } });
  return choices;
}

/** Asks who, offering the people `lookup` finds for what has been typed so far, and a new person `newName` does not refuse. */
export async function askWho(ctx: PromptRun, lookup: (typed: string) => Contact[], newName: NewNameCheck): Promise<Who> {
  const prompter = await ctx.prompter();
  const who = await prompter.search<Who | undefined>('Who did you talk to? (type part of a name)', (term) => (term.trim() === '' ? [] : peopleChoices(term.trim(), lookup, newName)), { hint: newName });
  if (!who) throw new RelError('no one chosen; nothing was written');
  return who;
}

/** Who else was there: the same search (new people only with `newName`), and "no one else" (an empty answer) to go on. */
export async function askWhoElse(ctx: PromptRun, lookup: (typed: string) => Contact[], newName?: NewNameCheck): Promise<Who | undefined> {
  const prompter = await ctx.prompter();
  return prompter.search<Who | undefined>(
    'Anyone else there? (type part of a name; empty to go on)',
    (term) => (term.trim() === '' ? [{ name: 'no one else', value: undefined }] : peopleChoices(term.trim(), lookup, newName)),
    newName === undefined ? {} : { hint: newName },
  );
}

/** "José Núñez (#2, jose@example.com, Núñez & Hijas)": enough to tell namesakes apart. */
export function personLabel(contact: Contact): string {
  const facts = [`#${contact.id}`, contact.emails[0], contact.company].filter((f): f is string => typeof f === 'string' && f !== '');
  return `${contact.name} (${facts.join(', ')})`;
}

export async function pickContact(ctx: PromptRun, name: string, candidates: Contact[]): Promise<Who> {
  const prompter = await ctx.prompter();
  const choices: Array<Choice<Who>> = candidates.map((contact) => ({ name: personLabel(contact), value: { contact } }));
  choices.push({ name: `${NEW_PERSON}${name}`, value: { create: name, checked: true } });
  return prompter.select(`"${name}" could be several people. Which one?`, choices);
}

/** A name several people answer to, on a command about someone already there: which of them. */
export async function chooseAmong(ctx: PromptRun, name: string, candidates: Contact[]): Promise<Contact> {
  const prompter = await ctx.prompter();
  return prompter.select(`"${name}" could be several people. Which one?`, candidates.map((contact) => ({ name: personLabel(contact), value: contact })));
}

/**
 * "Jose Nunes" looks like José Núñez: which is it? The people it could be come first (the first is
 * the default), a new person last. Undefined means a new person.
 */
export async function choosePerson(ctx: PromptRun, name: string, suspects: Array<{ contact: Contact; reasons: string[] }>): Promise<Contact | undefined> {
  const prompter = await ctx.prompter();
  const choices: Array<Choice<Contact | undefined>> = suspects.map(({ contact, reasons }) => ({ name: `${personLabel(contact)}: ${reasons.join(', ')}`, value: contact }));
  choices.push({ name: `${NEW_PERSON}${name}`, value: undefined });
  return prompter.select(`"${name}" may be someone already in the journal. Who is it?`, choices);
}

/** A name that matched nobody but resembles some: one of them (the default), or a new person. */
export async function chooseSimilar(ctx: PromptRun, name: string, similar: Contact[]): Promise<Who> {
  const prompter = await ctx.prompter();
  const choices: Array<Choice<Who>> = similar.map((contact) => ({ name: personLabel(contact), value: { contact } }));
  choices.push({ name: `${NEW_PERSON}${name}`, value: { create: name, checked: true } });
  return prompter.select(`No one is called "${name}". Did you mean one of these?`, choices);
}

async function validDate(ctx: PromptRun, text: string, allowMonth: boolean): Promise<string | true> {
  try {
    await parseDateInput(text, { today: ctx.today, prefer: 'future', allow: allowMonth ? ['month', 'yearless'] : [] });
    return true;
  } catch (error) {
    return (error as Error).message;
  }
}

/** What the conversation questions fill in, where the flags left it out. */
export interface ConversationAnswers {
  via?: Channel;
  note?: string;
  remember?: string[];
  rememberOn?: string;
  followUp?: string[];
}

/**
 * How the follow-up question checks an answer: true, or why it is refused. `people` are the names
 * of the conversation, the first first: with several, "NAME: when: what" says whose.
 */
export interface FollowUpCheck {
  people: readonly string[];
  check(text: string): Promise<string | true>;
}

/** How they talked and what about, where `given` does not say (also `l` of rel today --review). */
export async function askTalk(prompter: Prompter, given: { via?: Channel; note?: string } = {}): Promise<{ via: Channel; note: string }> {
  const via = given.via ?? (await prompter.select<Channel>('How did you talk?', CHANNEL_NAMES.map((channel) => ({ name: channel, value: channel }))));
  const note = given.note ?? (await prompter.input('What did you talk about?'));
  return { via, note };
}

export async function askAboutConversation<T extends ConversationAnswers>(ctx: PromptRun, opts: T, followUp: FollowUpCheck): Promise<T> {
  const prompter = await ctx.prompter();
  const answers: T = { ...opts, ...(await askTalk(prompter, opts)) };
  if (answers.remember === undefined) {
    const remember: string[] = [];
    for (;;) {
      const detail = (await prompter.input('Something to remember about them? (empty to go on)')).trim();
      if (detail === '') break;
      remember.push(detail);
      if (remember.length === 1 && answers.rememberOn === undefined) {
        const date = (await prompter.input('  Does it have a date? (e.g. 2027-03-15, 2027-03; empty for none)', { validate: (t) => (t.trim() === '' ? true : validDate(ctx, t, true)) })).trim();
        if (date !== '') answers.rememberOn = date;
      }
      if (answers.rememberOn !== undefined) break; // a dated detail stands alone
    }
    answers.remember = remember;
  }
  if (answers.followUp === undefined) {
    const [first, second] = followUp.people;
    const whose = second === undefined ? '' : `, or "${second}: friday: call" for someone other than ${first!}`;
    const text = (
      await prompter.input(`Follow up? (e.g. "in 1 week: send the catalog"${whose}; empty for none)`, {
        validate: (t) => (t.trim() === '' ? true : followUp.check(t.trim())),
      })
    ).trim();
    if (text !== '') answers.followUp = [text];
  }
  return answers;
}
