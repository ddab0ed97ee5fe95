// rel conversation edit ID / rm ID: correct a conversation logged wrong (the note, the day, the
// channel, the person, the complaint flag), or delete it. A change that moves someone's
// keep-in-touch rhythm is stored with it, in the same transaction (src/store/conversations.ts).
import type { Channel } from '../domain/channels.js';
import type { Conversation } from '../domain/records.js';
import type { Context } from '../context.js';
import { NotFoundError, UsageError } from '../errors.js';
import { conversationDayFlag, parseId } from '../flags.js';
import { deleteConversation, getConversation, updateConversation, type ConversationChanges } from '../store/conversations.js';
import type { Journal } from '../store/journal.js';
import { requireContact } from '../store/lookup.js';
import { changedFields, nothingChanged } from './correcting.js';

export interface ConversationEditOptions {
  note?: string;
  on?: string;
  via?: Channel;
  complaint?: boolean;
  person?: string;
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
  const person = opts.person === undefined ? undefined : requireContact(j, opts.person);
  if (person) changes.contactId = person.id;
  const changed = changedFields(before, changes, { contactId: 'person', happenedOn: 'day', via: 'channel', note: 'note', complaint: 'complaint' });
  if (changed.length === 0) nothingChanged(`conversation #${before.id}`);
  j.write(() => updateConversation(j, before, changes));
  const name = person?.name ?? before.contactName;
  ctx.out.write(`updated conversation #${before.id} with ${name} on ${changes.happenedOn ?? before.happenedOn} (${changed.join(', ')})\n`);
}

export async function conversationRm(rawId: string, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const conversation = requireConversation(j, rawId);
  j.write(() => deleteConversation(j, conversation));
  ctx.out.write(`deleted conversation #${conversation.id} with ${conversation.contactName} on ${conversation.happenedOn}${conversation.note ? `: ${conversation.note}` : ''}\n`);
}
