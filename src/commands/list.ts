// rel list: everyone, one line each, with the last contact and when the next one is due. Written as
// it is read (SQL gives the order), so a journal of any size lists in the memory of a few rows.
import type { Context } from '../context.js';
import type { Contact, PersonRef } from '../domain/records.js';
import type { ListSortKey } from '../domain/listOrder.js';
import { rhythmLookup, rhythmOf, type Rhythm, type RhythmSettings } from '../domain/rhythm.js';
import type { Day } from '../domain/calendar.js';
import { personJson } from '../formats/json.js';
import { highestContactId, listedContacts, type ExportedContact, type ListFilter } from '../store/exportRows.js';
import type { Journal } from '../store/journal.js';
import { hasConversationsAfter, rhythmFactsOf, rhythmSettings } from '../store/rhythm.js';
import { commandWord, makeStyle, relativeDay, type Style } from '../ui/style.js';
import { mapRows, streamJsonArray, streamTable } from '../ui/streamed.js';
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
  referredBy: PersonRef | null;
}

export async function list(opts: ListOptions, ctx: Context): Promise<void> {
  // The table shows tags, not emails, phones or aliases: only --json reads those.
  const filter: ListFilter = { archived: opts.archived ? 'only' : 'exclude', order: opts.sort ?? 'name', lists: opts.json ? 'all' : 'tags' };
  if (opts.tag !== undefined) filter.tag = tagFlag(opts.tag);
  const j = ctx.journal();
  let rows = listedRows(j, filter, rhythmSettings(j), ctx.today);
  // The one meaning of overdue (SPEC §4): what rel today and rel stats call drifting.
  if (opts.overdue) rows = drifting(rows);
  const write = (text: string) => void ctx.out.write(text);
  const widest = () => [`#${highestContactId(j)}`.length]; // ids grow past the first rows'
  const written = opts.json ? streamJsonArray(mapRows(rows, personJson), write) : streamTable(rows, tableRow(makeStyle(ctx.color), ctx), write, widest);
  if (written === 0 && !opts.json) {
    const why = opts.archived ? 'No archived contacts.' : filter.tag || opts.overdue ? 'No one matches.' : 'No contacts yet. Add the first: rel add "Jane Doe" --note "what you talked about"';
    ctx.err.write(`${why}\n`);
  }
}

/** Each person with their rhythm on `today`, in the order asked for. */
function* listedRows(j: Journal, filter: ListFilter, settings: RhythmSettings, today: Day): Generator<Row> {
  const rhythmOfContact = rhythmLookup(settings, today); // a listing of thousands shares a few hundred days
  const row = ({ contact, referrerName }: ExportedContact): Row => ({
    contact,
    rhythm: rhythmOfContact(contact) ?? rhythmOf(contact, settings, today),
    referredBy: contact.referredBy === null ? null : { id: contact.referredBy, name: referrerName ?? '' },
  });
  if (!hasConversationsAfter(j, today)) {
    for (const person of listedContacts(j, filter)) yield row(person);
    return;
  }
  // A conversation dated after today: the stored days are not today's, so the order is the
  // domain's, worked out here (rare: only an import can bring such a conversation).
  const facts = rhythmFactsOf(j, 'everyone', today);
  const rows = [...listedContacts(j, { ...filter, order: 'name' })].map((p) => row({ ...p, contact: { ...p.contact, lastContactOn: facts.get(p.contact.id)?.lastContactOn ?? null } }));
  if (filter.order === 'last') rows.sort((a, b) => (a.rhythm.lastContactOn ?? '').localeCompare(b.rhythm.lastContactOn ?? ''));
  // No conversation due (imported, never talked to) sorts last.
  if (filter.order === 'next') rows.sort((a, b) => (a.rhythm.dueOn ?? '~').localeCompare(b.rhythm.dueOn ?? '~'));
  yield* rows;
}

function* drifting(rows: Iterable<Row>): Generator<Row> {
  for (const row of rows) if (row.rhythm.status === 'drifting') yield row;
}

function tableRow(s: Style, ctx: Context): (row: Row) => string[] {
  const day = (d: string) => (ctx.stdoutIsTTY ? relativeDay(d, ctx.today) : d);
  return ({ contact, rhythm }) => [
    s.dim(`#${contact.id}`),
    s.bold(contact.name),
    rhythm.lastContactOn === null ? s.dim('never talked') : `last ${day(rhythm.lastContactOn)}`,
    rhythm.dueOn === null ? s.dim('no rhythm yet') : rhythm.status === 'drifting' ? s.red(`due ${day(rhythm.dueOn)}`) : `next ${day(rhythm.dueOn)}`,
    [stateMark(rhythm, contact, s), s.dim(contact.tags.map((t) => `#${commandWord(t)}`).join(' '))].filter(Boolean).join(' '),
  ];
}

/** Paused and archived people are marked: their rhythm is on hold. */
function stateMark(rhythm: Rhythm, contact: Contact, s: Style): string {
  if (rhythm.status === 'paused') return s.yellow(`(paused until ${contact.pausedUntil})`);
  return rhythm.status === 'archived' ? s.yellow('(archived)') : '';
}
