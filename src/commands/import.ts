// rel import FILE: contacts from rel's own CSV, JSON or NDJSON or any CSV with a Name column,
// Google, Outlook, Thunderbird or LinkedIn CSV, or vCards (matched against the journal so nobody
// is added twice), or a whole journal from `rel export all`. The file is read and parsed first; what cannot be read
// (a field, a line, a record) is left out and listed as a warning, or with --strict the file is
// refused; then everything is written in one transaction, so a crash leaves the journal exactly as
// it was.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Context } from '../context.js';
import type { ImportFormat } from '../domain/dataFormats.js';
import { describeDateOrder, isWorthSaying, type DateOrder, type DateOrderDecision } from '../domain/dateOrder.js';
import type { Day } from '../domain/calendar.js';
import { countOutcomes, planImport, type ImportPlan, type RecordOutcome } from '../domain/importPlan.js';
import { bornAfter } from '../domain/milestones.js';
import { RelError } from '../errors.js';
import type { ContactsFile } from '../formats/contactRecord.js';
import { describeWarning, type ImportWarning } from '../formats/importError.js';
import { decodeTextFile } from '../formats/textDecoding.js';
import { applyImportPlan, loadImportIndex } from '../store/importer.js';
import { isoInstant } from '../store/journal.js';
import { progressBar, type Progress } from '../ui/progress.js';

/** A bar on stderr only for imports long enough to wait for. */
const PROGRESS_FROM = 2000;
/** Skipped records and unlinked referrals listed after a real import; --dry-run lists them all. */
const LISTED_NOTES = 10;

export interface ImportOptions {
  dryRun?: boolean;
  /** Checked by the command line's choices (IMPORT_FORMATS). */
  format?: ImportFormat;
  /** Refuse the file, listing every problem, rather than leave out what cannot be read. */
  strict?: boolean;
  /** How numeric dates read when none of the file's own proves it (checked by the choices, DATE_ORDERS). */
  dateOrder?: DateOrder;
}

/** What the command reads besides the context: stdin for `-`, and whether stderr is a terminal. */
export interface ImportIo {
  stdin: AsyncIterable<Buffer | string>;
  stderrIsTTY: boolean;
}

const processIo = (): ImportIo => ({ stdin: process.stdin, stderrIsTTY: process.stderr.isTTY === true });

export async function importFile(file: string, opts: ImportOptions, ctx: Context, io: ImportIo = processIo()): Promise<void> {
  const name = file === '-' ? 'stdin' : file;
  const bytes = file === '-' ? await readAll(io.stdin) : await readInputFile(file);
  const format = opts.format ?? detectFormat(file, bytes);
  const progress = (total: number, label: string): Progress | undefined =>
    io.stderrIsTTY && !opts.dryRun && total > PROGRESS_FROM ? progressBar(ctx.err, total, label) : undefined;
  const contacts = await readContacts(format, bytes, name, opts.dateOrder);
  if (contacts === undefined) {
    const { restoreDocument } = await import('./importJournal.js');
    return restoreDocument(bytes, file, opts.dryRun === true, ctx, progress);
  }
  const read = withoutDaysToCome(contacts, ctx.today);
  if (opts.strict && read.warnings.length > 0) return refuse(read.warnings, name, ctx);
  const { contacts: records, unnamed } = read;
  // A header line alone (an export of an empty journal, of an empty group): said, and nothing written.
  const nothingRead = records.length === 0 && unnamed.length === 0 && read.warnings.length === 0;
  if (nothingRead) ctx.err.write(`note: no contacts in ${name}: nothing to import\n`);
  const j = ctx.journal();
  if (opts.dryRun) {
    printWarnings(read.warnings, ctx);
    return printDryRun(read, planImport(records, loadImportIndex(j, records), unnamed), ctx);
  }
  if (nothingRead) {
    ctx.out.write(`added 0, updated 0, skipped 0 from ${name}\n`);
    return;
  }
  await j.readyToWrite();
  // Matching reads the journal inside the write transaction, so nothing can change in between.
  const plan = j.write(() => {
    const plan = planImport(records, loadImportIndex(j, records), unnamed);
    const n = countOutcomes(plan.outcomes);
    j.describe(`import ${name} (added ${n.add}, updated ${n.update})`);
    const bar = progress(plan.adds.length + plan.updates.length, `importing ${name}`);
    try {
      applyImportPlan(j, plan, { today: ctx.today, at: isoInstant(ctx.now), onProgress: bar && ((done) => bar.update(done)) });
    } finally {
      bar?.finish();
    }
    return plan;
  });
  printWarnings(read.warnings, ctx);
  printNotes(plan, file, read.dates, ctx);
  const n = countOutcomes(plan.outcomes);
  ctx.out.write(`added ${n.add}, updated ${n.update}, skipped ${n.skip} from ${name}${relationCount(plan)}\n`);
}

/** A birthday with a year, or a customer-since day, after today is left out with a warning, as --birthday and --since refuse it. */
function withoutDaysToCome(read: ContactsFile, today: Day): ContactsFile {
  const unborn = read.contacts.filter((c) => c.birthday !== undefined && bornAfter(c.birthday, today));
  const notYet = read.contacts.filter((c) => c.customerSince !== undefined && c.customerSince > today);
  if (unborn.length === 0 && notYet.length === 0) return read;
  const warnings = [
    ...unborn.map((c): ImportWarning => ({ file: c.source.file, line: c.source.line, field: 'birthday', problem: `${c.birthday} is after today (${today}); a birthday with a year is the day they were born` })),
    ...notYet.map((c): ImportWarning => ({ file: c.source.file, line: c.source.line, field: 'customer since', problem: `${c.customerSince} is after today (${today}); customer since is the day they became a customer` })),
  ];
  const contacts = read.contacts.map((c) => {
    if (!unborn.includes(c) && !notYet.includes(c)) return c;
    return { ...c, birthday: unborn.includes(c) ? undefined : c.birthday, customerSince: notYet.includes(c) ? undefined : c.customerSince };
  });
  return { ...read, contacts, warnings: [...read.warnings, ...warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/** --strict: every problem, one a line, then the refusal; nothing is written. */
function refuse(warnings: readonly ImportWarning[], name: string, ctx: Context): never {
  for (const warning of warnings) ctx.err.write(`${describeWarning(warning)}\n`);
  const n = warnings.length;
  throw new RelError(`${n} ${n === 1 ? 'problem' : 'problems'} in ${name} (listed above); nothing imported. Without --strict, rel imports the rest and leaves these out`);
}

/** Every warning, then how many; what they name was left out. */
function printWarnings(warnings: readonly ImportWarning[], ctx: Context): void {
  if (warnings.length === 0) return;
  for (const warning of warnings) ctx.err.write(`warning: ${describeWarning(warning)}\n`);
  const n = warnings.length;
  ctx.err.write(`${n} ${n === 1 ? 'warning' : 'warnings'}: what ${n === 1 ? 'it names was' : 'they name was'} left out and the rest read (--strict refuses such a file instead)\n`);
}

/** An outcome the notes after a real import list (printNotes). */
function isWorthNoting(o: RecordOutcome): boolean {
  switch (o.kind) {
    case 'add':
      return o.namesakes !== undefined || o.sharesPhone !== undefined || o.idIsOf !== undefined;
    case 'update':
      return o.kept !== undefined;
    case 'skip':
      return o.kept !== undefined || (!o.unchanged && !o.unnamed);
  }
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

async function readInputFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RelError(`cannot import ${file}: no such file`);
    if (code === 'EISDIR') throw new RelError(`cannot import ${file}: it is a directory; name a file`);
    throw new RelError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/** By extension (.vcf, .json, .ndjson), else by content (BEGIN:VCARD, a JSON object or array of objects), else CSV. */
export function detectFormat(file: string, bytes: Uint8Array): ImportFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.vcf' || extension === '.vcard') return 'vcf';
  if (['.json', '.ndjson', '.jsonl'].includes(extension)) return 'json';
  const head = decodeTextFile(bytes.subarray(0, 4096)).trimStart();
  if (/^BEGIN:VCARD/i.test(head)) return 'vcf';
  // `[` alone could begin a CSV header cell; `[{` or `[]` is JSON.
  if (head.startsWith('{') || /^\[\s*[{\]]/.test(head)) return 'json';
  return 'csv';
}

/** The file's contacts; undefined for JSON that is one document, a whole journal (rel export all), which is restored instead. */
async function readContacts(format: ImportFormat, bytes: Uint8Array, name: string, dateOrder: DateOrder | undefined): Promise<ContactsFile | undefined> {
  const options = dateOrder === undefined ? {} : { dateOrder };
  if (format === 'json') {
    const { readContactsJson } = await import('../formats/contactsJson.js');
    return readContactsJson(bytes, name, options);
  }
  if (format === 'vcf') {
    const { readVCards } = await import('../formats/vcard.js');
    return readVCards(bytes, name, options);
  }
  const { readContactsCsv } = await import('../formats/contactsCsv.js');
  return readContactsCsv(bytes, name, options);
}

export function describeOutcome(o: RecordOutcome): string {
  const where = `line ${o.source.line}`;
  switch (o.kind) {
    case 'add':
      return `add ${o.name} (${where})${describeNewBeside(o)}`;
    case 'update': {
      const target = o.id === undefined ? `(${where}, added from line ${o.mergedInto?.line})` : `#${o.id} (${where})`;
      return `update ${o.name} ${target}: ${o.changes.join(', ')}${o.kept === undefined ? '' : `; ${o.kept}`}`;
    }
    case 'skip':
      return `skip ${o.name === undefined ? where : `${o.name} (${where})`}: ${o.reason}`;
  }
}

/** ": a new person beside #3 of the same name …", for someone added who may be one person with another after all (rel merge). */
function describeNewBeside(o: Extract<RecordOutcome, { kind: 'add' }>): string {
  const said: string[] = [];
  if (o.namesakes) said.push(`a new person beside ${o.namesakes.join(', ')} of the same name (no email or phone in common)`);
  if (o.sharesPhone) said.push(`${o.namesakes ? '' : 'a new person, though '}${o.sharesPhone.join(', ')} ${o.sharesPhone.length === 1 ? 'has' : 'have'} its phone number (under another name: rel merge them if they are one person)`);
  // Renamed since the file was exported, perhaps: an id counts only with the name, an email or a phone.
  if (o.idIsOf) said.push(`${said.length === 0 ? 'a new person, though ' : ''}the file's id #${o.idIsOf.id} is ${o.idIsOf.name}'s (another name, and no email or phone in common: if they are one person, give the record that name to fill them in, or rel merge them after)`);
  return said.length === 0 ? '' : `: ${said.join('; ')}`;
}

/**
 * The relations an import adds, and those of the journal it completes, after the counts of people:
 * " (3 relations)", " (3 relations, 1 completed)". A relation the file says twice, the second time
 * with a word, is one relation (as `rel export relations` lists it), though --dry-run says both.
 */
function relationCount(plan: ImportPlan): string {
  const added = plan.relations.add.length;
  const completed = plan.relations.update.length;
  const relations = (n: number): string => `${n} ${n === 1 ? 'relation' : 'relations'}`;
  if (added === 0) return completed === 0 ? '' : ` (${relations(completed)} completed)`;
  return ` (${relations(added)}${completed === 0 ? '' : `, ${completed} completed`})`;
}

/** How the file was read: "Outlook CSV, 312 rows, dates day-first". */
function describeRead(read: ContactsFile): string {
  const parts = [read.kind, `${read.records} ${read.unit}${read.records === 1 ? '' : 's'}`];
  if (read.dates) parts.push(describeDateOrder(read.dates));
  return parts.join(', ');
}

function printDryRun(read: ContactsFile, plan: ImportPlan, ctx: Context): void {
  const lines = [describeRead(read), ...plan.outcomes.map(describeOutcome)];
  lines.push(...plan.relations.said);
  lines.push(...plan.warnings.map((w) => `note ${w}`));
  const n = countOutcomes(plan.outcomes);
  lines.push(`would add ${n.add}, update ${n.update}, skip ${n.skip}${relationCount(plan)}`);
  ctx.out.write(`${lines.join('\n')}\n`);
}

/**
 * After a real import: why records were skipped (not the ones already up to date, nor the ones
 * warned about), records whose different values the journal kept (skipped or filling in other
 * fields), people added beside a namesake (in case they are one person after all: rel merge),
 * unlinked referrals, and how the dates were read when that was a guess or a choice.
 */
function printNotes(plan: ImportPlan, file: string, dates: DateOrderDecision | undefined, ctx: Context): void {
  const notes = [
    ...plan.outcomes.filter(isWorthNoting).map(describeOutcome),
    ...plan.warnings.map((w) => `note ${w}`),
  ];
  for (const note of notes.slice(0, LISTED_NOTES)) ctx.err.write(`${note}\n`);
  if (notes.length > LISTED_NOTES) ctx.err.write(`… and ${notes.length - LISTED_NOTES} more; rel import --dry-run ${/\s/.test(file) ? JSON.stringify(file) : file} lists them all\n`);
  if (dates && isWorthSaying(dates)) ctx.err.write(`note: ${describeDateOrder(dates)}\n`);
}
