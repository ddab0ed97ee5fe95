// rel conversation edit ID / rm ID / reopen ID: correct a conversation logged wrong (the note, the
// day, the channel, who it was with, the complaint flag), delete it, or open again a complaint
// resolved when the fix did not hold. A change that moves someone's
// keep-in-touch rhythm is stored with it, in the same transaction (src/store/conversations.ts).
import type { Channel } from '../domain/channels.js';
import type { Conversation, PersonRef } from '../domain/records.js';
import { editPeople } from '../domain/sharedConversations.js';
import type { Context } from '../context.js';
import { NotFoundError, RelError, UsageError } from '../errors.js';
import { conversationDayFlag, parseId } from '../flags.js';
import { deleteConversation, getConversation, reopenComplaint, updateConversation, type ConversationChanges } from '../store/conversations.js';
import { noteAfterReopening } from '../domain/complaints.js';
import type { Journal } from '../store/journal.js';
import { personNamed, sayIfTalkedToArchived } from './personNamed.js';
import { changedFields, nothingChanged } from './correcting.js';
import { namesList } from '../ui/style.js';
import { conversationChange } from '../domain/undoHistory.js';
import { followUpAbout } from '../domain/followUpAbout.js';
import { retellFollowUps } from '../store/reminders.js';

export interface ConversationEditOptions {
  note?: string;
  on?: string;
  via?: Channel;
  complaint?: boolean;
  /** Who it was with, anew (repeatable). */
  person?: string[];
  /** People to add (repeatable). */
  with?: string[];
  /** People to take off (repeatable). */
  without?: string[];
}

function requireConversation(j: Journal, rawId: string): Conversation {
  const id = parseId(rawId, 'conversation', 'rel log');
  const conversation = getConversation(j, id);
  if (!conversation) throw new NotFoundError(`no conversation #${id}; see rel log for ids`);
  return conversation;
}

export async function conversationEdit(rawId: string, opts: ConversationEditOptions, ctx: Context): Promise<void> {
  parseId(rawId, 'conversation', 'rel log');
  if (Object.values(opts).every((v) => v === undefined)) {
    throw new UsageError(`nothing to change; give at least one flag, e.g. rel conversation edit ${rawId} --note "..." (see rel conversation edit --help)`);
  }
  const changes: ConversationChanges = {};
  if (opts.on !== undefined) changes.happenedOn = await conversationDayFlag(ctx, opts.on, '--on');
  if (opts.note !== undefined) changes.note = opts.note.trim() === '' ? null : opts.note.trim();
  if (opts.via !== undefined) changes.via = opts.via;
  if (opts.complaint !== undefined) changes.complaint = opts.complaint;
  const j = ctx.journal();
  const before = requireConversation(j, rawId);
  // --complaint marks an open complaint: on a resolved one it would say nothing, or seem to reopen it.
  if (opts.complaint === true && before.complaint && before.resolvedOn !== null) throw resolvedAlready(before.id, before.resolvedOn);
  const people = await peopleAfter(ctx, before, opts);
  if (people) changes.people = people.map((p) => p.id);
  const { people: _people, ...fields } = changes;
  const changed = changedFields(before, fields, { happenedOn: 'day', via: 'channel', note: 'note', complaint: 'complaint' });
  if (people && people.map((p) => p.id).join() !== before.people.map((p) => p.id).join()) changed.unshift(people.length === 1 && before.people.length === 1 ? 'person' : 'people');
  if (changed.length === 0) nothingChanged(`conversation #${before.id}`);
  // Follow-ups made from it without a text of their own say what it says: corrected with it.
  const was = followUpAbout(before);
  const now = followUpAbout({ note: changes.note === undefined ? before.note : changes.note, via: changes.via ?? before.via, happenedOn: changes.happenedOn ?? before.happenedOn });
  await j.readyToWrite();
  const retold = j.write(() => {
    updateConversation(j, before, changes);
    const ids = was === now ? [] : retellFollowUps(j, before.id, was, now);
    const also = ids.length === 0 ? '' : `; ${ids.length === 1 ? 'follow-up' : 'follow-ups'} ${ids.map((id) => `#${id}`).join(', ')} made from it`;
    j.describe(conversationChange('edit', before, ` (${changed.join(', ')}${also})`));
    return ids;
  });
  const names = (people ?? before.people).map((p) => p.name);
  const also = retold.length === 0 ? '' : `; ${retold.length === 1 ? 'reminder' : 'reminders'} ${retold.map((id) => `#${id}`).join(', ')}, made from it, now ${retold.length === 1 ? 'says' : 'say'}: ${now}`;
  ctx.out.write(`updated conversation #${before.id} with ${namesList(names)} on ${changes.happenedOn ?? before.happenedOn} (${changed.join(', ')})${also}\n`);
  // Moving a conversation to someone does not unarchive them, as logging one does not (rel add).
  for (const p of people ?? []) if (!before.people.some((b) => b.id === p.id)) sayIfTalkedToArchived(ctx, p);
}

/** One of the people a conversation is with, and whether they are archived (known of those named only). */
type Person = PersonRef & { archived: boolean };

/** Who it is with after --person, --with and --without; undefined when none was given. */
async function peopleAfter(ctx: Context, before: Conversation, opts: ConversationEditOptions): Promise<Person[] | undefined> {
  if (opts.person === undefined && opts.with === undefined && opts.without === undefined) return undefined;
  const known = new Map<number, Person>(before.people.map((p) => [p.id, { ...p, archived: false }]));
  const ids = async (names: string[] | undefined): Promise<number[] | undefined> => {
    if (names === undefined) return undefined;
    const found: number[] = [];
    for (const name of names) {
      const contact = await personNamed(ctx, name, { addFirst: names !== opts.without });
      known.set(contact.id, { id: contact.id, name: contact.name, archived: contact.archived });
      found.push(contact.id);
    }
    return found;
  };
  const edit = { replace: await ids(opts.person), add: (await ids(opts.with)) ?? [], remove: (await ids(opts.without)) ?? [] };
  const both = edit.add.find((id) => edit.remove.includes(id));
  if (both !== undefined) {
    // The same words in both contradict on the command line (exit 2); two names for one person are the journal's to know (exit 1).
    const words = (name: string) => name.trim().toLowerCase();
    const sameWords = opts.with!.some((w) => opts.without!.some((o) => words(w) === words(o)));
    const message = `--with and --without both name ${known.get(both)!.name}: say once whether they were there`;
    throw sameWords ? new UsageError(message) : new RelError(message);
  }
  const result = editPeople(before.people.map((p) => p.id), edit);
  if ('people' in result) return result.people.map((id) => known.get(id)!);
  if (result.problem === 'nobody left') throw new RelError(`conversation #${before.id} would be with nobody; keep someone, or delete it: rel conversation rm ${before.id}`);
  const name = known.get(result.id)!.name;
  if (result.problem === 'not there') throw new RelError(`${name} (#${result.id}) was not in conversation #${before.id}; nothing changed`);
  throw new RelError(`${name} (#${result.id}) is in conversation #${before.id} already; nothing changed`);
}

export async function conversationRm(rawId: string, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const conversation = requireConversation(j, rawId);
  await j.readyToWrite();
  j.write(() => deleteConversation(j, conversation), conversationChange('delete', conversation));
  ctx.out.write(`deleted conversation #${conversation.id} with ${namesList(conversation.people.map((p) => p.name))} on ${conversation.happenedOn}${conversation.note ? `: ${conversation.note}` : ''}\n`);
}

/** A complaint resolved already: said by rel resolve and rel conversation edit --complaint, with how to open it again. */
export function resolvedAlready(id: number, resolvedOn: string): RelError {
  return new RelError(`complaint #${id} was already resolved on ${resolvedOn}; to open it again (the fix did not hold): rel conversation reopen ${id}`);
}

export async function conversationReopen(rawId: string, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const conversation = requireConversation(j, rawId);
  const { id } = conversation;
  if (!conversation.complaint) throw new RelError(`conversation #${id} is not a complaint; to make it an open one: rel conversation edit ${id} --complaint`);
  if (conversation.resolvedOn === null) throw new RelError(`complaint #${id} is open already; nothing changed (rel resolve ${id} --note "..." closes it)`);
  const note = noteAfterReopening(conversation.note, { on: conversation.resolvedOn, note: conversation.resolutionNote }, ctx.today);
  await j.readyToWrite();
  const what = `complaint #${id} from ${namesList(conversation.people.map((p) => p.name))}`;
  j.write(() => reopenComplaint(j, id, note), `reopen ${what}`); // as rel resolve names its change
  ctx.out.write(`reopened ${what}: ${note}\n`);
}
