// rel import FILE: contacts from rel's own CSV, Google or Outlook CSV, or vCards (matched against
// the journal so nobody is added twice), or a whole journal from `rel export all`. The file is
// read and parsed first; then everything is written in one transaction, so a bad record or a
// crash leaves the journal exactly as it was.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Context } from '../context.js';
import type { ImportFormat } from '../domain/dataFormats.js';
import { countOutcomes, planImport, type ImportPlan, type RecordOutcome } from '../domain/importPlan.js';
import { RelError } from '../errors.js';
import type { ImportedContact, ImportSource } from '../domain/records.js';
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
  if (format === 'json') {
    const { restoreDocument } = await import('./importJournal.js');
    return restoreDocument(bytes, name, opts.dryRun === true, ctx, progress);
  }
  const { records, unnamed } = await readContacts(format, bytes, name);
  const j = ctx.journal();
  if (opts.dryRun) return printDryRun(planImport(records, loadImportIndex(j, records), unnamed), ctx);
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
  printNotes(plan, file, ctx);
  const n = countOutcomes(plan.outcomes);
  ctx.out.write(`added ${n.add}, updated ${n.update}, skipped ${n.skip} from ${name}${relationCount(plan)}\n`);
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

/** By extension (.vcf, .json), else by content (BEGIN:VCARD, a JSON object), else CSV. */
export function detectFormat(file: string, bytes: Uint8Array): ImportFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.vcf' || extension === '.vcard') return 'vcf';
  if (extension === '.json') return 'json';
  const head = decodeTextFile(bytes.subarray(0, 4096)).trimStart();
  if (/^BEGIN:VCARD/i.test(head)) return 'vcf';
  if (head.startsWith('{')) return 'json';
  return 'csv';
}

async function readContacts(format: 'csv' | 'vcf', bytes: Uint8Array, name: string): Promise<{ records: ImportedContact[]; unnamed: ImportSource[] }> {
  const unnamed: ImportSource[] = [];
  const onUnnamed = (source: ImportSource) => unnamed.push(source);
  if (format === 'vcf') {
    const { readVCards } = await import('../formats/vcard.js');
    return { records: readVCards(bytes, name, { onUnnamed }), unnamed };
  }
  const { readContactsCsv } = await import('../formats/contactsCsv.js');
  return { records: readContactsCsv(bytes, name, { onUnnamed }), unnamed };
}

export function describeOutcome(o: RecordOutcome): string {
  const where = `line ${o.source.line}`;
  switch (o.kind) {
    case 'add':
      if (o.namesakes === undefined) return `add ${o.name} (${where})`;
      return `add ${o.name} (${where}): a new person beside ${o.namesakes.map((id) => `#${id}`).join(', ')} of the same name (no email or phone in common)`;
    case 'update': {
      const target = o.id === undefined ? `(${where}, added from line ${o.mergedInto?.line})` : `#${o.id} (${where})`;
      return `update ${o.name} ${target}: ${o.changes.join(', ')}`;
    }
    case 'skip':
      return `skip ${o.name === undefined ? where : `${o.name} (${where})`}: ${o.reason}`;
  }
}

/** The relations an import adds or completes, after the counts of people: " (3 relations)". */
function relationCount(plan: ImportPlan): string {
  const n = plan.relations.said.length;
  return n === 0 ? '' : ` (${n} ${n === 1 ? 'relation' : 'relations'})`;
}

function printDryRun(plan: ImportPlan, ctx: Context): void {
  const lines = plan.outcomes.map(describeOutcome);
  lines.push(...plan.relations.said);
  lines.push(...plan.warnings.map((w) => `note ${w}`));
  const n = countOutcomes(plan.outcomes);
  lines.push(`would add ${n.add}, update ${n.update}, skip ${n.skip}${relationCount(plan)}`);
  ctx.out.write(`${lines.join('\n')}\n`);
}

/**
 * After a real import: why records were skipped (not the ones already up to date), people added
 * beside a namesake (in case they are one person after all: rel merge), and unlinked referrals.
 */
function printNotes(plan: ImportPlan, file: string, ctx: Context): void {
  const notes = [
    ...plan.outcomes.filter((o) => (o.kind === 'skip' && !o.unchanged) || (o.kind === 'add' && o.namesakes !== undefined)).map(describeOutcome),
    ...plan.warnings.map((w) => `note ${w}`),
  ];
  for (const note of notes.slice(0, LISTED_NOTES)) ctx.err.write(`${note}\n`);
  if (notes.length > LISTED_NOTES) ctx.err.write(`… and ${notes.length - LISTED_NOTES} more; rel import --dry-run ${/\s/.test(file) ? JSON.stringify(file) : file} lists them all\n`);
}
