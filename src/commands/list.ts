// rel list: everyone, one line each, with the last contact and when the next one is due. Written as
// it is read (SQL gives the order), so a journal of any size lists in the memory of a few rows.
import type { Context } from '../context.js';
import type { Contact, PersonRef } from '../domain/records.js';
import type { ListSortKey } from '../domain/listOrder.js';
import { rhythmLookup, rhythmOf, statusFrom, type Rhythm, type RhythmSettings, type RhythmStatus } from '../domain/rhythm.js';
import { fromDayNumber, type Day } from '../domain/calendar.js';
import { personJson } from '../formats/json.js';
import { hasAnyContact, highestContactId } from '../store/contacts.js';
import { listedContacts, listedPeople, type ExportedContact, type ListedPerson, type ListFilter } from '../store/exportRows.js';
import type { Journal } from '../store/journal.js';
import { hasConversationsAfter, rhythmFactsOf, rhythmSettings } from '../store/rhythm.js';
import { commandWord, dueWords, makeStyle, relativeDay, terminalFit, type Style } from '../ui/style.js';
import { mapRows, streamJsonArray, streamTable, type Write } from '../ui/streamed.js';
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

/** A line of the table: what it shows of a person and their rhythm. */
interface Shown {
  id: number;
  name: string;
  tags: string[];
  pausedUntil: Day | null;
  lastContactOn: Day | null;
  dueOn: Day | null;
  status: RhythmStatus;
}

export async function list(opts: ListOptions, ctx: Context): Promise<void> {
  // The table shows tags, not emails, phones or aliases: only --json reads those.
  const filter: ListFilter = { archived: opts.archived ? 'only' : 'exclude', order: opts.sort ?? 'name', lists: opts.json ? 'all' : 'tags' };
  if (opts.tag !== undefined) filter.tag = tagFlag(opts.tag);
  const j = ctx.journal();
  const write: Write = (text) => void ctx.out.write(text);
  let written: number;
  if (opts.json) {
    written = streamJsonArray(mapRows(overdueOnly(listedRows(j, filter, rhythmSettings(j), ctx.today), opts, (row) => row.rhythm.status), personJson), write);
  } else {
    const widest = () => [`#${highestContactId(j)}`.length]; // ids grow past the first rows'
    const fit = terminalFit(ctx.stdoutIsTTY, ctx.out.columns, [NAME_COLUMN]);
    written = streamTable(overdueOnly(shownRows(j, filter, ctx.today), opts, (row) => row.status), tableRow(makeStyle(ctx.color), ctx), write, widest, fit);
  }
  if (written === 0 && !opts.json) ctx.err.write(`${whyNoOne(j, opts, filter)}\n`);
}

/** Why the list is empty, and what to do. */
function whyNoOne(j: Journal, opts: ListOptions, filter: ListFilter): string {
  // Another filter than --archived may be what leaves the archived out.
  if (filter.tag || opts.overdue) return 'No one matches.';
  if (opts.archived) return 'No archived contacts.';
  // Nobody active, yet the journal has people: all of them archived.
  if (hasAnyContact(j)) return 'Everyone is archived: rel list --archived shows them, rel unarchive NAME brings one back.';
  return 'No contacts yet. Add the first: rel add "Jane Doe" --note "what you talked about"';
}

/** --overdue: the one meaning of overdue (SPEC §4), what rel today and rel stats call drifting. */
function* overdueOnly<T>(rows: Iterable<T>, opts: ListOptions, status: (row: T) => RhythmStatus): Generator<T> {
  for (const row of rows) if (!opts.overdue || status(row) === 'drifting') yield row;
}

/**
 * The table's lines. With no conversation dated after today, each person's rhythm is the one the
 * store keeps for today, and only their status is worked out (by the domain's rule); else from
 * the full rows, as --json has them.
 */
function* shownRows(j: Journal, filter: ListFilter, today: Day): Generator<Shown> {
  if (hasConversationsAfter(j, today)) {
    for (const { contact, rhythm } of listedRows(j, filter, rhythmSettings(j), today)) {
      yield { id: contact.id, name: contact.name, tags: contact.tags, pausedUntil: contact.pausedUntil, lastContactOn: rhythm.lastContactOn, dueOn: rhythm.dueOn, status: rhythm.status };
    }
    return;
  }
  for (const person of listedPeople(j, filter)) yield shownPerson(person, person.dueDay === null ? null : fromDayNumber(person.dueDay), today);
}

function shownPerson(p: ListedPerson, dueOn: Day | null, today: Day): Shown {
  const status = statusFrom({ archived: p.archived, pausedUntil: p.pausedUntil, dueOn, talked: p.lastContactOn !== null }, today);
  return { id: p.id, name: p.name, tags: p.tags, pausedUntil: p.pausedUntil, lastContactOn: p.lastContactOn, dueOn, status };
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

/** The column of tableRow's cells a terminal too narrow for a long name cuts. */
const NAME_COLUMN = 1;

function tableRow(s: Style, ctx: Context): (row: Shown) => string[] {
  const day = (d: string) => (ctx.stdoutIsTTY ? relativeDay(d, ctx.today) : d);
  return (row) => [
    s.dim(`#${row.id}`),
    s.bold(row.name),
    row.lastContactOn === null ? s.dim('never contacted') : `last ${day(row.lastContactOn)}`,
    row.dueOn === null ? s.dim('no rhythm yet') : dueWords(row.status, row.dueOn, ctx.today, day(row.dueOn), s),
    [stateMark(row, s), s.dim(row.tags.map((t) => `#${commandWord(t)}`).join(' '))].filter(Boolean).join(' '),
  ];
}

/** Paused and archived people are marked: their rhythm is on hold. */
function stateMark(row: Shown, s: Style): string {
  if (row.status === 'paused') return s.yellow(`(paused until ${row.pausedUntil})`);
  return row.status === 'archived' ? s.yellow('(archived)') : '';
}
