// rel log [NAME]: conversation history, newest first.
import { conversationJson } from '../formats/json.js';
import type { Context } from '../context.js';
import { dayFlag, parseCount } from '../flags.js';
import { listConversations } from '../store/conversations.js';
import { requireContact } from '../store/lookup.js';
import { columns, json, makeStyle, showDay } from '../ui/style.js';

export interface LogOptions {
  since?: string;
  limit?: string;
  json?: boolean;
}

export async function log(query: string | undefined, opts: LogOptions, ctx: Context): Promise<void> {
  const limit = parseCount(opts.limit, '--limit');
  const since = opts.since === undefined ? undefined : await dayFlag(ctx, opts.since, '--since', 'past');
  const j = ctx.journal();
  const contactId = query === undefined ? undefined : requireContact(j, query).id;
  const list = listConversations(j, { contactId, since, limit });
  if (opts.json) {
    ctx.out.write(json(list.map(conversationJson)));
    return;
  }
  if (list.length === 0) {
    ctx.err.write('No conversations yet. Log one: rel add NAME --note "what you talked about"\n');
    return;
  }
  const s = makeStyle(ctx.color);
  const rows = list.map((v) => [
    s.dim(`#${v.id}`),
    showDay(v.happenedOn, ctx.today, ctx.stdoutIsTTY),
    v.people.map((p) => p.name).join(', '),
    v.via ?? '',
    `${v.complaint ? s.red(v.resolvedOn ? '[complaint, resolved] ' : '[complaint] ') : ''}${v.note ?? ''}`,
  ]);
  ctx.out.write(`${columns(rows)}\n`);
}
