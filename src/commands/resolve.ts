// rel resolve ID: close an open complaint, saying how.
import type { Context } from '../context.js';
import { NotFoundError, RelError } from '../errors.js';
import { parseId } from '../flags.js';
import { getConversation, resolveComplaint } from '../store/conversations.js';
import { namesList } from '../ui/style.js';
import { resolvedAlready } from './conversation.js';

export interface ResolveOptions {
  note?: string;
}

export async function resolve(rawId: string, opts: ResolveOptions, ctx: Context): Promise<void> {
  const id = parseId(rawId, 'complaint', 'rel show NAME or rel log');
  const j = ctx.journal();
  const conversation = getConversation(j, id);
  if (!conversation) throw new NotFoundError(`no conversation #${id}; rel log shows conversations with their ids`);
  if (!conversation.complaint) throw new RelError(`conversation #${id} is not a complaint; log one with rel add NAME --complaint`);
  if (conversation.resolvedOn) throw resolvedAlready(id, conversation.resolvedOn);
  const note = opts.note?.trim() || null;
  await j.readyToWrite();
  const what = `complaint #${id} from ${namesList(conversation.people.map((p) => p.name))}${note ? `: ${note}` : ''}`;
  j.write(() => resolveComplaint(j, id, ctx.today, note), `resolve ${what}`); // rel undo --list names it, not "change a conversation"
  ctx.out.write(`resolved ${what}\n`);
}
