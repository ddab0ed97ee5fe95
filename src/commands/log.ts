// rel log [NAME]: conversation history, newest first.
import type { Context } from '../context.js';
import { dayFlag, parseCount, SINCE_DAY } from '../flags.js';
import type { Conversation } from '../domain/records.js';
import { eachConversation, highestConversationId } from '../store/conversations.js';
import { mapRows, streamJsonArray, streamTable, type Write } from '../ui/streamed.js';
import { commandWord, makeStyle, showDay, terminalFit } from '../ui/style.js';

/** What an empty log means: nothing logged yet, or nothing that the name or --since let through. */
function noneSaid(name: string | undefined, since: string | undefined): string {
  const add = `rel add ${name === undefined ? 'NAME' : commandWord(name)} --note "what you talked about"`;
  if (since !== undefined) return `No conversations${name === undefined ? '' : ` with ${name}`} since ${since}. Log one: ${add}`;
  return `No conversations${name === undefined ? '' : ` with ${name}`} yet. Log one: ${add}`;
}

export interface LogOptions {
  since?: string;
  limit?: string;
  json?: boolean;
}

export async function log(query: string | undefined, opts: LogOptions, ctx: Context): Promise<void> {
  // Zero conversations asked for would print nothing and say nothing true: refused, as rel today --limit 0 is.
  const limit = parseCount(opts.limit, '--limit', { least: 1, advice: 'without it, rel log lists every conversation' });
  const since = opts.since === undefined ? undefined : await dayFlag(ctx, opts.since, '--since', 'past', SINCE_DAY);
  const j = ctx.journal();
  // Loaded only for a name, and the JSON shapes only for --json: the plain listing needs neither.
  const contact = query === undefined ? undefined : await import('./personNamed.js').then((m) => m.personNamed(ctx, query));
  const list = eachConversation(j, { contactId: contact?.id, since, limit });
  const write: Write = (text) => void ctx.out.write(text);
  if (opts.json) {
    const { conversationJson } = await import('../formats/json.js');
    streamJsonArray(mapRows(list, conversationJson), write);
    return;
  }
  const s = makeStyle(ctx.color);
  const row = (v: Conversation): string[] => [
    s.dim(`#${v.id}`),
    showDay(v.happenedOn, ctx.today, ctx.stdoutIsTTY),
    v.people.map((p) => p.name).join(', '),
    v.via ?? '',
    `${v.complaint ? s.red(v.resolvedOn ? '[complaint, resolved] ' : '[complaint] ') : ''}${v.note ?? ''}`,
  ];
  const widest = () => [`#${highestConversationId(j)}`.length]; // the first rows may not hold the longest id
  // A terminal too narrow for them cuts the names and the note.
  const fit = terminalFit(ctx.stdoutIsTTY, ctx.out.columns, [2, 4]);
  if (streamTable(list, row, write, widest, fit) === 0) ctx.err.write(`${noneSaid(contact?.name, since)}\n`);
}
