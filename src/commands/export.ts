// rel export WHAT: the journal to stdout, streamed row by row so a million conversations take
// no more memory than ten. Tables as CSV (default), TSV, JSON or NDJSON; contacts also as vCard,
// dates as iCalendar; `all` as the JSON document `rel import` restores.
import { Writable } from 'node:stream';
import type { Context, Output } from '../context.js';
import { EXPORT_FORMATS_BY_SUBJECT, type ExportFormat, type ExportSubject } from '../domain/dataFormats.js';
import { UsageError } from '../errors.js';
import { dayFlag, SINCE_DAY, tagFlag } from '../flags.js';
import { CONTACT_COLUMNS, CONVERSATION_COLUMNS, DETAIL_COLUMNS, RELATION_COLUMNS, REMINDER_COLUMNS, contactExportRow, conversationExportRow, detailExportRow, relationExportRow, reminderExportRow } from '../formats/columns.js';
import { ChunkedWriter, writeJsonRecords, writeTable, type TableFormat } from '../formats/tableExport.js';
import { conversationJson, detailJson, personJson, relationJson, reminderJson, type PersonView } from '../formats/json.js';
import type { Day } from '../domain/calendar.js';
import { rhythmLookup, rhythmOf, type RhythmFacts, type RhythmSettings } from '../domain/rhythm.js';
import { hasConversationsAfter, rhythmFactsOf, rhythmSettings } from '../store/rhythm.js';
import { exportContacts, exportConversations, exportDetails, exportRelations, exportReminders, closeSections, journalSections, mapRows, type ExportedContact, type ExportFilter } from '../store/exportRows.js';
import type { Journal } from '../store/journal.js';
import { hasRelations, relationsOf } from '../store/relations.js';
import { relativesOf } from '../domain/relations.js';
import type { VCardRelative } from '../formats/vcardRelations.js';


export interface ExportOptions {
  /** Checked by the command line's choices (EXPORT_FORMATS); whether it suits the subject, here. */
  format?: ExportFormat;
  raw?: boolean;
  bom?: boolean;
  since?: string;
  tag?: string;
  /** all: what can still be read of a damaged journal (src/store/rescue.ts). */
  rescue?: boolean;
}

interface Checked {
  subject: ExportSubject;
  format: ExportFormat;
  raw: boolean;
  bom: boolean;
  filter: ExportFilter;
}

export async function exportData(subject: ExportSubject, name: string | undefined, opts: ExportOptions, ctx: Context): Promise<void> {
  const checked = await checkOptions(subject, opts, ctx);
  if (subject === 'person') return (await import('./exportPerson.js')).exportPerson(personName(name), ctx);
  if (name !== undefined) throw new UsageError(`export ${subject} takes no NAME: only export person does (rel export person "Jane Doe"); narrow ${subject} with --tag or --since`);
  const j = ctx.journal();
  const out = writableOf(ctx.out);
  const { format, filter } = checked;
  switch (checked.subject) {
    case 'all':
      return opts.rescue ? (await import('./exportRescue.js')).exportRescue(j, out, ctx) : exportAll(j, out, ctx.today);
    case 'dates':
      return exportCalendar(j, filter, ctx);
    case 'contacts':
      if (format === 'vcf') return exportVCards(j, filter, out);
      return exportPeople(j, filter, checked, out, ctx);
    case 'conversations':
      if (isJson(format)) return writeJsonRecords(out, mapRows(exportConversations(j, filter), conversationJson), format);
      return writeTable(out, CONVERSATION_COLUMNS, mapRows(exportConversations(j, filter), conversationExportRow), tableOptions(checked));
    case 'details':
      if (isJson(format)) return writeJsonRecords(out, mapRows(exportDetails(j, filter), detailJson), format);
      return writeTable(out, DETAIL_COLUMNS, mapRows(exportDetails(j, filter), detailExportRow), tableOptions(checked));
    case 'reminders':
      if (isJson(format)) return writeJsonRecords(out, mapRows(exportReminders(j, filter), reminderJson), format);
      return writeTable(out, REMINDER_COLUMNS, mapRows(exportReminders(j, filter), reminderExportRow), tableOptions(checked));
    case 'relations':
      if (isJson(format)) return writeJsonRecords(out, mapRows(exportRelations(j, filter), relationJson), format);
      return writeTable(out, RELATION_COLUMNS, mapRows(exportRelations(j, filter), relationExportRow), tableOptions(checked));
  }
}

function personName(name: string | undefined): string {
  if (name === undefined || name.trim() === '') throw new UsageError('export person needs NAME: rel export person "Jane Doe" > jane.json');
  return name;
}

/** JSON and NDJSON give each record its --json shape (SPEC §3); CSV and TSV their columns. */
const isJson = (format: string): format is 'json' | 'ndjson' => format === 'json' || format === 'ndjson';

/**
 * Each contact with their rhythm on the day of the export, as rhythmOf gives it. `lastOnOrBefore`:
 * each one's last conversation on or before the day, for a journal with some after it (another
 * time zone's, an import's), as rel list and rel show read them (lastConversationsAsOf).
 */
export function peopleOf(settings: RhythmSettings, contacts: Iterable<ExportedContact>, today: Day, lastOnOrBefore?: ReadonlyMap<number, { lastContactOn: Day | null }>): Generator<PersonView> {
  const rhythmOfContact = rhythmLookup(settings, today); // thousands of people share a few hundred days
  return mapRows(contacts, ({ contact: stored, referrerName }) => {
    const contact = lastOnOrBefore === undefined ? stored : { ...stored, lastContactOn: lastOnOrBefore.get(stored.id)?.lastContactOn ?? null };
    return {
      contact,
      referredBy: contact.referredBy === null ? null : { id: contact.referredBy, name: referrerName ?? '' },
      rhythm: rhythmOfContact(contact) ?? rhythmOf(contact, settings, today),
    };
  });
}

/** Everyone's last conversation on or before `today` when some are dated after it; undefined: the stored ones are. */
function lastConversationsAsOf(j: Journal, today: Day): ReadonlyMap<number, RhythmFacts> | undefined {
  return hasConversationsAfter(j, today) ? rhythmFactsOf(j, 'everyone', today) : undefined;
}

function exportPeople(j: Journal, filter: ExportFilter, checked: Checked, out: Writable, ctx: Context): Promise<void> {
  const people = peopleOf(rhythmSettings(j), exportContacts(j, filter), ctx.today, lastConversationsAsOf(j, ctx.today));
  if (isJson(checked.format)) return writeJsonRecords(out, mapRows(people, personJson), checked.format);
  const rows = mapRows(people, (p) => contactExportRow(p.contact, p.referredBy?.name ?? null, p.rhythm));
  return writeTable(out, CONTACT_COLUMNS, rows, tableOptions(checked));
}

async function checkOptions(what: ExportSubject, opts: ExportOptions, ctx: Context): Promise<Checked> {
  const allowed = EXPORT_FORMATS_BY_SUBJECT[what];
  const format = opts.format ?? allowed[0]!;
  if (!allowed.includes(format)) {
    throw new UsageError(`--format ${opts.format} does not apply to ${what}: rel export ${what} writes ${orList(allowed)}${allowed.length === 1 ? ' only' : ''} (vcf is for contacts, ics for dates, all is json)`);
  }
  if (opts.raw && format !== 'csv' && format !== 'tsv') throw new UsageError(`--raw applies to csv and tsv only (it leaves cells starting with = + - @ as they are)`);
  if (opts.bom && format !== 'csv' && format !== 'tsv') throw new UsageError(`--bom applies to csv and tsv only (the mark spreadsheets need to read UTF-8)`);
  if (what === 'person' && (opts.since !== undefined || opts.tag !== undefined || opts.raw)) {
    throw new UsageError('export person is everything held about one person: --since, --tag and --raw do not apply');
  }
  if (opts.rescue && what !== 'all') throw new UsageError(`--rescue applies to export all only: it saves what can still be read of a damaged journal (rel export all --rescue > rescue.json)`);
  if (what === 'all' && (opts.since !== undefined || opts.tag !== undefined)) {
    throw new UsageError('export all is the whole journal, for rel import to restore: --since and --tag do not apply (use them with contacts, conversations, details, reminders or relations; --tag with dates too)');
  }
  if (what === 'dates' && opts.since !== undefined) throw new UsageError('--since does not apply to dates: the calendar holds every date that recurs or is coming; narrow it with --tag');
  const filter: ExportFilter = {};
  if (opts.since !== undefined) filter.since = await dayFlag(ctx, opts.since, '--since', 'past', SINCE_DAY);
  if (opts.tag !== undefined) filter.tag = tagFlag(opts.tag);
  return { subject: what, format, raw: opts.raw === true, bom: opts.bom === true, filter };
}

function orList(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function tableOptions(checked: Checked) {
  return { format: checked.format as TableFormat, raw: checked.raw, bom: checked.bom };
}

/** The real stdout streams with backpressure; a test's plain sink is wrapped. */
export function writableOf(out: Output): Writable {
  if (out instanceof Writable) return out;
  if (out.stream instanceof Writable) return out.stream;
  return new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      out.write(chunk.toString());
      callback();
    },
  });
}

async function exportVCards(j: Journal, filter: ExportFilter, out: Writable): Promise<void> {
  const { writeVCard } = await import('../formats/vcard.js');
  const sink = new ChunkedWriter(out);
  const related = relativesForCards(j);
  for (const { contact } of exportContacts(j, filter)) await sink.add(writeVCard({ ...contact, related: related(contact.id) }));
  await sink.flush();
}

/** Each card's family and colleagues, as its person has them (none looked up in a journal without relations). */
function relativesForCards(j: Journal): (id: number) => VCardRelative[] {
  if (!hasRelations(j)) return () => [];
  return (id) => relativesOf(id, relationsOf(j, id)).map((r) => ({ name: r.person.name, kind: r.kind, word: r.word }));
}

async function exportCalendar(j: Journal, filter: ExportFilter, ctx: Context): Promise<void> {
  const [{ icsChunks }, { calendarDates }] = await Promise.all([import('../formats/ics.js'), import('../store/calendarRows.js')]);
  const sink = new ChunkedWriter(writableOf(ctx.out));
  for (const chunk of icsChunks(calendarDates(j, filter), { now: ctx.now })) await sink.add(chunk);
  await sink.flush();
}

/** One read transaction: every section sees the journal as it stood when the export began. */
async function exportAll(j: Journal, out: Writable, today: Day): Promise<void> {
  const { writeJournalDocument } = await import('../formats/journalJson.js');
  j.db.exec('BEGIN');
  const sections = journalSections(j);
  const contacts = peopleOf(rhythmSettings(j), sections.contacts, today, lastConversationsAsOf(j, today));
  try {
    await writeJournalDocument(out, { ...sections, contacts });
  } finally {
    closeSections({ ...sections, contacts }); // after a damaged page, so that the read transaction can end
    j.db.exec('COMMIT');
  }
}
