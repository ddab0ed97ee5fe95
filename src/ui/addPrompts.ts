// The questions of an interactive `rel add`: who, how, what about, what to remember, a follow-up.
// Only asks for what the flags did not already say.
import type { Context } from '../context.js';
import { CHANNEL_NAMES, type Channel } from '../domain/channels.js';
import { parseDateInput } from '../domain/dateInput.js';
import { RelError, describeCandidates } from '../errors.js';
import { parseFollowUp } from '../followUp.js';
import type { Contact, Who } from '../domain/records.js';
import type { Choice } from './prompter.js';

const NEW_PERSON = '+ new person: ';

/** Asks who, offering the people `lookup` finds for what has been typed so far. */
export async function askWho(ctx: Context, lookup: (typed: string) => Contact[]): Promise<Who> {
  const prompter = await ctx.prompter();
  const who = await prompter.search<Who | undefined>('Who did you talk to? (type part of a name)', (term) => {
    const typed = term.trim();
    if (typed === '') return [];
    const choices: Array<Choice<Who | undefined>> = lookup(typed)
      .slice(0, 8)
      .map((contact) => ({ name: `${contact.name}${contact.company ? ` (${contact.company})` : ''}`, value: { contact } }));
    choices.push({ name: `${NEW_PERSON}${typed}`, value: { create: typed } });
    return choices;
  });
  if (!who) throw new RelError('no one chosen; nothing was written');
  return who;
}

export async function pickContact(ctx: Context, name: string, candidates: Contact[]): Promise<Who> {
  const prompter = await ctx.prompter();
  const choices: Array<Choice<Who>> = candidates.map((contact) => ({ name: `${contact.name} (#${contact.id})${contact.company ? `, ${contact.company}` : ''}`, value: { contact } }));
  choices.push({ name: `${NEW_PERSON}${name}`, value: { create: name } });
  return prompter.select(`"${name}" could be several people. Which one?`, choices);
}

export async function confirmCreate(ctx: Context, name: string, similar: Array<{ id: number; name: string }>): Promise<Who> {
  const prompter = await ctx.prompter();
  const create = await prompter.confirm(`No one is called "${name}" (similar: ${describeCandidates(similar)}). Create a new person?`, true);
  if (!create) throw new RelError(`nothing was written; name one of ${describeCandidates(similar)} instead`);
  return { create: name };
}

async function validDate(ctx: Context, text: string, allowMonth: boolean): Promise<string | true> {
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
  followUp?: string;
}

export async function askAboutConversation<T extends ConversationAnswers>(ctx: Context, opts: T): Promise<T> {
  const prompter = await ctx.prompter();
  const answers: T = { ...opts };
  answers.via ??= await prompter.select<Channel>(
    'How did you talk?',
    CHANNEL_NAMES.map((channel) => ({ name: channel, value: channel })),
  );
  answers.note ??= await prompter.input('What did you talk about?');
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
    const followUp = (
      await prompter.input('Follow up? (e.g. "in 1 week: send the catalog"; empty for none)', {
        validate: async (t) => {
          if (t.trim() === '') return true;
          try {
            await parseFollowUp(ctx, t, '');
            return true;
          } catch (error) {
            return (error as Error).message;
          }
        },
      })
    ).trim();
    if (followUp !== '') answers.followUp = followUp;
  }
  return answers;
}
