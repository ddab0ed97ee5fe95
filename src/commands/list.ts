// rel list: everyone, one line each, with the last contact and when the next one is due.
import type { Context } from '../context.js';
import type { Contact, PersonRef } from '../domain/records.js';
import type { ListSortKey } from '../domain/listOrder.js';
import { rhythmOf, type Rhythm } from '../domain/rhythm.js';
import { personJson } from '../formats/json.js';
import { allContactNames, allContacts } from '../store/contacts.js';
import type { Journal } from '../store/journal.js';
import { rhythmFactsOf, rhythmSettings } from '../store/rhythm.js';
import { columns, commandWord, json, makeStyle, relativeDay, type Style } from '../ui/style.js';
import { tagFlag } from '../flags.js';

export interface ListOptions {
  tag?: string;
  overdue?: boolean;
  sort?: ListSortKey;
  archived?: boolean;
  json?: boolean;
}

interface Row {
  contact: Contact;
  rhythm: Rhythm;
}

export async function list(opts: ListOptions, ctx: Context): Promise<void> {
  const tag = opts.tag === undefined ? undefined : tagFlag(opts.tag);
  const j = ctx.journal();
  const settings = rhythmSettings(j);
  // The journal as it stood on the day: a conversation dated after it does not count yet.
  const facts = rhythmFactsOf(j, 'everyone', ctx.today);
  let rows: Row[] = allContacts(j, { archived: opts.archived ? 'only' : 'exclude' })
    .filter((c) => tag === undefined || c.tags.includes(tag))
    .map((contact) => ({ contact, rhythm: rhythmOf(facts.get(contact.id) ?? contact, settings, ctx.today) }));
  // The one meaning of overdue (SPEC §4): what rel today and rel stats call drifting.
  if (opts.overdue) rows = rows.filter((r) => r.rhythm.status === 'drifting');
  if (opts.sort === 'last') rows.sort((a, b) => (a.rhythm.lastContactOn ?? '').localeCompare(b.rhythm.lastContactOn ?? ''));
  // No conversation due (imported, never talked to) sorts last.
  if (opts.sort === 'next') rows.sort((a, b) => (a.rhythm.dueOn ?? '~').localeCompare(b.rhythm.dueOn ?? '~'));

  if (opts.json) {
    const referrer = referrerLookup(j, rows);
    ctx.out.write(json(rows.map(({ contact, rhythm }) => personJson({ contact, rhythm, referredBy: referrer(contact) }))));
    return;
  }
  if (rows.length === 0) {
    const why = opts.archived ? 'No archived contacts.' : tag || opts.overdue ? 'No one matches.' : 'No contacts yet. Add the first: rel add "Jane Doe" --note "what you talked about"';
    ctx.err.write(`${why}\n`);
    return;
  }
  const s = makeStyle(ctx.color);
  const tty = ctx.stdoutIsTTY;
  const day = (d: string) => (tty ? relativeDay(d, ctx.today) : d);
  const table = rows.map(({ contact, rhythm }) => [
    s.dim(`#${contact.id}`),
    s.bold(contact.name),
    rhythm.lastContactOn === null ? s.dim('never talked') : `last ${day(rhythm.lastContactOn)}`,
    rhythm.dueOn === null ? s.dim('no rhythm yet') : rhythm.status === 'drifting' ? s.red(`due ${day(rhythm.dueOn)}`) : `next ${day(rhythm.dueOn)}`,
    [stateMark(rhythm, contact, s), s.dim(contact.tags.map((t) => `#${commandWord(t)}`).join(' '))].filter(Boolean).join(' '),
  ]);
  ctx.out.write(`${columns(table)}\n`);
}

/** Paused and archived people are marked: their rhythm is on hold. */
function stateMark(rhythm: Rhythm, contact: Contact, s: Style): string {
  if (rhythm.status === 'paused') return s.yellow(`(paused until ${contact.pausedUntil})`);
  return rhythm.status === 'archived' ? s.yellow('(archived)') : '';
}

/** The referrer of each person as { id, name }; referrers may be archived, so every name is read. */
function referrerLookup(j: Journal, rows: readonly Row[]): (c: Contact) => PersonRef | null {
  const names = rows.some((r) => r.contact.referredBy !== null) ? new Map(allContactNames(j).map((p) => [p.id, p.name])) : new Map<number, string>();
  return (c) => (c.referredBy === null ? null : { id: c.referredBy, name: names.get(c.referredBy) ?? '' });
}
