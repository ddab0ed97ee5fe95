// What the keys of rel today --review do to the person on screen. Each change is one write of the
// journal, by the same code as the command that does it alone (rel add, done, snooze, pause,
// undo), so each can also be taken back later with rel undo.
import type { Context } from '../context.js';
import { addDays, type Day } from '../domain/calendar.js';
import type { Channel } from '../domain/channels.js';
import type { Contact, PersonRef } from '../domain/records.js';
import type { RankedContact } from '../domain/ranking.js';
import { conversationChange, describeChange } from '../domain/undoHistory.js';
import { NotFoundError } from '../errors.js';
import { FOLLOW_UP_DAY, laterDayFlag, PAUSE_END_DAY } from '../flags.js';
import { getContact } from '../store/contacts.js';
import { lookupCandidates } from '../store/lookup.js';
import { insertConversation } from '../store/conversations.js';
import { isoInstant, type Journal } from '../store/journal.js';
import { getReminder } from '../store/reminders.js';
import { newestChangeId, undoLastChange } from '../store/undoLog.js';
import { askTalk, askWhoElse, PICKER_CHOICES } from '../ui/addPrompts.js';
import { namesList } from '../ui/style.js';
import { askDay, askFollowUp } from '../ui/reviewPrompts.js';
import { renderCardScreen } from '../ui/reviewScreen.js';
import type { Terminal } from '../ui/terminal.js';
import { completeFollowUp } from './done.js';
import { PAUSE_LATER, pauseContact } from './pause.js';
import { loadCard } from './show.js';
import { SNOOZE_LATER, snoozeFollowUp } from './snooze.js';

export type ActedKind = 'logged' | 'done' | 'snoozed' | 'paused';

/** A change made in the review: whose, and the journal's change (undefined when it changed nothing). */
export interface Acted {
  kind: ActedKind;
  contactId: number;
  changeId: number | undefined;
}

/** What an action works with: the run, the journal, the screen, and the person on it. */
export interface ActionRun {
  ctx: Context;
  j: Journal;
  terminal: Terminal;
  row: RankedContact;
}

/** What a key did: the line to show, and the change it made, if any. */
export interface ActionResult {
  status: string;
  acted?: Acted;
}

/** Runs `write` (one journal write that returns what to say) and notes the change it made. */
async function recorded(run: ActionRun, kind: ActedKind, write: () => string): Promise<ActionResult> {
  await run.j.readyToWrite();
  const before = newestChangeId(run.j);
  const status = write();
  const after = newestChangeId(run.j);
  return { status, acted: { kind, contactId: run.row.contactId, changeId: after === before ? undefined : after } };
}

/** One conversation, on `day`, with `people` (the person on screen first), as one write. */
export function logConversation(j: Journal, people: readonly PersonRef[], talk: { via: Channel; note: string }, day: Day, at: string): number {
  const note = talk.note.trim() === '' ? null : talk.note.trim();
  return j.write(() => {
    const id = insertConversation(j, { people: people.map((p) => p.id), happenedOn: day, via: talk.via, note, complaint: false }, at);
    j.describe(conversationChange('add', { id, people: [...people], happenedOn: day, note }));
    return id;
  });
}

export async function logAction(run: ActionRun): Promise<ActionResult> {
  const { ctx, row } = run;
  const others = await askOthers(run);
  const talk = await askTalk(run.terminal.prompter);
  const people = [{ id: row.contactId, name: row.name }, ...others];
  return recorded(run, 'logged', () => {
    const id = logConversation(run.j, people, talk, ctx.today, isoInstant(ctx.now));
    return `logged ${talk.via} with ${namesList(people.map((p) => p.name))} on ${ctx.today} (#${id})`;
  });
}

/** Who else was there, among the people of the journal, until an empty answer. */
async function askOthers(run: ActionRun): Promise<Contact[]> {
  const asking = { today: run.ctx.today, prompter: () => Promise.resolve(run.terminal.prompter) };
  const lookup = (typed: string) => lookupCandidates(run.j, typed, PICKER_CHOICES);
  const others: Contact[] = [];
  for (;;) {
    const who = await askWhoElse(asking, lookup);
    if (who === undefined) return others;
    if ('contact' in who && who.contact.id !== run.row.contactId && !others.some((o) => o.id === who.contact.id)) others.push(who.contact);
  }
}

/** The person's follow-ups on the list (due first, as the reasons are ordered), to choose from. */
function followUpsOnList(run: ActionRun, verb: string): Array<{ name: string; value: number }> | string {
  const choices = run.row.reasons.flatMap((r) => (r.reminderId === undefined ? [] : [{ name: r.text, value: r.reminderId }]));
  return choices.length > 0 ? choices : `${run.row.name} has no follow-up on today's list to ${verb}; o opens the card`;
}

function openReminder(run: ActionRun, id: number) {
  const reminder = getReminder(run.j, id);
  if (!reminder) throw new NotFoundError(`no reminder #${id} any more`);
  return reminder;
}

export async function doneAction(run: ActionRun): Promise<ActionResult> {
  const choices = followUpsOnList(run, 'mark done');
  if (typeof choices === 'string') return { status: choices };
  const id = await askFollowUp(run.terminal.prompter, 'Which follow-up is done?', choices);
  return recorded(run, 'done', () => completeFollowUp(run.j, openReminder(run, id), run.ctx.today));
}

export async function snoozeAction(run: ActionRun): Promise<ActionResult> {
  const choices = followUpsOnList(run, 'snooze');
  if (typeof choices === 'string') return { status: choices };
  const { prompter } = run.terminal;
  const id = await askFollowUp(prompter, 'Which follow-up to snooze?', choices);
  const until = await askDay(prompter, `Snooze until? (e.g. monday, in 2 weeks, ${addDays(run.ctx.today, 30)})`, (text) => laterDayFlag(run.ctx, text, 'until', SNOOZE_LATER, FOLLOW_UP_DAY));
  return recorded(run, 'snoozed', () => snoozeFollowUp(run.j, openReminder(run, id), until));
}

export async function pauseAction(run: ActionRun): Promise<ActionResult> {
  const { row } = run;
  // The example day is one after today, so that typing it is taken.
  const until = await askDay(run.terminal.prompter, `Pause ${row.name} until? (e.g. ${addDays(run.ctx.today, 42)}, in 3 weeks)`, (text) => laterDayFlag(run.ctx, text, 'until', PAUSE_LATER, PAUSE_END_DAY));
  const contact = getContact(run.j, row.contactId);
  if (!contact) throw new NotFoundError(`no contact #${row.contactId} any more`);
  return recorded(run, 'paused', () => pauseContact(run.j, contact, until, run.ctx.now));
}

/** The full card, as rel show draws it, until any key. */
export async function openCardAction(run: ActionRun): Promise<ActionResult> {
  const contact = getContact(run.j, run.row.contactId);
  if (!contact) throw new NotFoundError(`no contact #${run.row.contactId} any more`);
  const card = renderCardScreen(loadCard(run.j, contact, run.ctx.today), run.ctx);
  run.terminal.draw(() => card);
  await run.terminal.readKey();
  return { status: '' };
}

/**
 * Takes back the review's last change, as rel undo would, but only while it is the journal's
 * newest: a change another rel made meanwhile is left to rel undo. Returns what to say, and
 * whether the last action is gone (the caller forgets it then).
 */
export function undoAction(j: Journal, last: Acted | undefined): { status: string; undone: boolean } {
  if (last === undefined) return { status: 'nothing to undo in this review; rel undo takes back older changes', undone: false };
  if (last.changeId === undefined) return { status: 'undid nothing: that action had changed nothing', undone: true };
  if (newestChangeId(j) !== last.changeId) return { status: 'the newest change in the journal was not made in this review; rel undo --list shows it', undone: false };
  const undone = undoLastChange(j);
  return { status: undone ? `undid: ${describeChange(undone)}` : 'nothing to undo', undone: undone !== undefined };
}
