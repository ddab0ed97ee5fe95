// rel list: everyone, one line each, with the last contact and when the next one is due.
import { contactJson } from '../contactJson.js';
import type { Context } from '../context.js';
import { rhythmLookup } from '../domain/rhythm.js';
import { allContacts } from '../store/contacts.js';
import { rhythmFactsOf, rhythmSettings } from '../store/rhythm.js';
import { columns, json, makeStyle, relativeDay } from '../ui/style.js';
import { tagFlag } from '../flags.js';

export interface ListOptions {
  tag?: string;
  overdue?: boolean;
  sort?: 'name' | 'last' | 'next';
  archived?: boolean;
  json?: boolean;
}

export async function list(opts: ListOptions, ctx: Context): Promise<void> {
  const tag = opts.tag === undefined ? undefined : tagFlag(opts.tag);
  const j = ctx.journal();
  // Each person's rhythm on the day, by the domain, from the journal as it stood then.
  const facts = rhythmFactsOf(j, 'everyone', ctx.today);
  const rhythmOf = rhythmLookup(rhythmSettings(j), ctx.today);
  let rows = allContacts(j, { archived: opts.archived ? 'only' : 'exclude' })
    .filter((c) => tag === undefined || c.tags.includes(tag))
    .map((contact) => {
      const rhythm = rhythmOf(facts.get(contact.id)!);
      return { contact, last: rhythm?.lastContactOn ?? null, nextDue: rhythm?.dueOn ?? '', status: rhythm?.status };
    });
  if (opts.overdue) rows = rows.filter((r) => r.status === 'drifting');
  if (opts.sort === 'last') rows.sort((a, b) => (a.last ?? '').localeCompare(b.last ?? ''));
  if (opts.sort === 'next') rows.sort((a, b) => a.nextDue.localeCompare(b.nextDue));

  if (opts.json) {
    ctx.out.write(json(rows.map((r) => ({ ...contactJson(r.contact), lastContact: r.last, nextDue: r.nextDue }))));
    return;
  }
  if (rows.length === 0) {
    const why = opts.archived ? 'No archived contacts.' : tag || opts.overdue ? 'No one matches.' : 'No contacts yet. Add the first: rel add "Jane Doe" --note "what you talked about"';
    ctx.err.write(`${why}\n`);
    return;
  }
  const s = makeStyle(ctx.color);
  const tty = ctx.stdoutIsTTY;
  const table = rows.map(({ contact, last, nextDue }) => [
    s.dim(`#${contact.id}`),
    s.bold(contact.name),
    last === null ? s.dim('never talked') : tty ? `last ${relativeDay(last, ctx.today)}` : `last ${last}`,
    nextDue < ctx.today ? s.red(`due ${tty ? relativeDay(nextDue, ctx.today) : nextDue}`) : `next ${tty ? relativeDay(nextDue, ctx.today) : nextDue}`,
    s.dim(contact.tags.map((t) => `#${t}`).join(' ')),
  ]);
  ctx.out.write(`${columns(table)}\n`);
}
