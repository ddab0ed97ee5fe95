// rel merge A B: fold B into A. Everything of B's moves to A; A keeps its own facts, gains B's
// where it has none, and keeps its own in a conflict unless --prefer B; B's name becomes an alias.
// --dry-run says all of it and changes nothing; on a terminal rel asks first unless --yes.
import type { Context } from '../context.js';
import { FIELD_LABELS, planMerge, type MergedField, type MergePlan } from '../domain/merge.js';
import type { Contact } from '../domain/records.js';
import { RelError, UsageError } from '../errors.js';
import { getContact } from '../store/contacts.js';
import { isoInstant } from '../store/journal.js';
import { personNamed } from './personNamed.js';
import { mergeContacts, mergeCounts, referrerMakesLoop, type MergeCounts } from '../store/merge.js';
import { relationsOfAll } from '../store/relations.js';
import { planRelationMerge, relatedAs, type RelationMergePlan } from '../domain/mergeRelations.js';
import { plural } from '../ui/style.js';
import { describeStoredDate } from '../ui/storedDates.js';

export interface MergeOptions {
  dryRun?: boolean;
  prefer?: string;
  yes?: boolean;
}

function parsePrefer(value: string | undefined): 'A' | 'B' {
  if (value === undefined) return 'A';
  const v = value.trim().toUpperCase();
  if (v === 'A' || v === 'B') return v;
  throw new UsageError(`--prefer takes A or B (whose value wins where both differ), not "${value}"`);
}

const who = (c: Pick<Contact, 'id' | 'name'>) => `${c.name} (#${c.id})`;

/** What the merge does, one line each, for the dry run, the question and the answer alike. */
function describe(a: Contact, b: Contact, plan: MergePlan, counts: MergeCounts & { relations: RelationMergePlan }, nameOf: (id: number) => string, done: boolean, referrerLoops: boolean): string[] {
  const lines: string[] = [];
  const [moves, adds, takes, drops, keeps] = done ? ['moved', 'added', 'took', 'dropped', 'kept'] : ['moves', 'adds', 'takes', 'drops', 'keeps'];
  const moved = [plural(counts.conversations, 'conversation'), plural(counts.details, 'detail'), plural(counts.reminders, 'follow-up')];
  lines.push(`${moves} ${moved.join(', ')}${counts.complaints > 0 ? ` (${plural(counts.complaints, 'complaint')} among the conversations)` : ''}`);
  const { relations } = counts;
  if (relations.moves.length > 0) lines.push(`${moves} ${plural(relations.moves.length, 'relation')} (family and colleagues)`);
  // None between A and B: merge refuses two people related to each other.
  if (relations.drops.length > 0) lines.push(`${drops} ${plural(relations.drops.length, 'relation')} ${a.name} has already`);
  if (counts.referrals > 0) lines.push(`${plural(counts.referrals, 'person', 'people')} ${b.name} referred now referred by ${a.name}`);
  const lists: Array<[string, string[]]> = [['emails', plan.emails], ['phones', plan.phones], ['aliases', plan.aliases], ['tags', plan.tags]];
  for (const [label, values] of lists) if (values.length > 0) lines.push(`${adds} ${label}: ${values.join(', ')}`);
  for (const field of plan.filled) lines.push(`${takes} ${FIELD_LABELS[field]}: ${valueWords(field, plan.fields[field])}`);
  if (b.referredBy === a.id) lines.push(`${drops} "${b.name} referred by ${a.name}": nobody refers themselves`);
  const conflict = plan.referrerConflict;
  if (plan.referredBy !== a.referredBy && plan.referredBy !== null && plan.referredBy !== a.id) {
    const referrer = nameOf(plan.referredBy);
    if (referrerLoops) lines.push(`${drops} referrer ${referrer}: ${a.name} referred by them would make a loop of referrals`);
    else if (conflict === null) lines.push(`${takes} referrer: ${referrer}`);
  }
  if (a.referredBy === b.id) lines.push(`${drops} "${a.name} referred by ${b.name}": nobody refers themselves`);
  if (plan.fields.archived === false) lines.push(`${a.name} is no longer archived (${b.name} was active)`);
  for (const c of plan.conflicts) lines.push(`conflict: ${FIELD_LABELS[c.field]} — ${keeps} ${valueWords(c.field, c.kept)}, ${drops} ${valueWords(c.field, c.dropped)}`);
  if (conflict !== null) lines.push(`conflict: referrer — ${keeps} ${nameOf(conflict.kept)}, ${drops} ${nameOf(conflict.dropped)}`);
  const keptA = plan.conflicts.every((c) => c.kept === a[c.field]) && (conflict === null || conflict.kept === a.referredBy);
  if (!done && (plan.conflicts.length > 0 || conflict !== null) && keptA) lines.push(`(--prefer B keeps ${b.name}'s values instead)`);
  return lines;
}

export async function merge(queryA: string, queryB: string, opts: MergeOptions, ctx: Context): Promise<void> {
  const prefer = parsePrefer(opts.prefer);
  const j = ctx.journal();
  const a = await personNamed(ctx, queryA);
  const b = await personNamed(ctx, queryB);
  if (a.id === b.id) throw new RelError(`"${queryA}" and "${queryB}" are the same person, ${who(a)}: nothing to merge`);
  const relations = relationsOfAll(j, [a.id, b.id]);
  const related = relatedAs(a.id, b.id, relations);
  if (related.length > 0) {
    throw new RelError(`${who(b)} is related to ${who(a)} as ${related.join(' and ')}: two people, not one; nothing merged. If the relation is the mistake, take it back first: rel unrelate "#${b.id}" --to "#${a.id}"`);
  }
  const plan = planMerge(a, b, prefer);
  const counts = { ...mergeCounts(j, b.id, a.id), relations: planRelationMerge({ id: a.id, name: a.name }, b.id, relations) };
  const nameOf = (id: number) => getContact(j, id)?.name ?? `#${id}`;
  const lines = (done: boolean, loops = referrerMakesLoop(j, plan, a.id, b.id)) => describe(a, b, plan, counts, nameOf, done, loops).map((l) => `  ${l}\n`).join('');
  const title = `${who(b)} into ${who(a)}`;

  if (opts.dryRun) {
    ctx.out.write(`would merge ${title}:\n${lines(false)}nothing changed (--dry-run)\n`);
    return;
  }
  j.checkWritable();
  if (!opts.yes && ctx.interactive) {
    ctx.out.write(`merging ${title}:\n${lines(false)}`);
    const prompter = await ctx.prompter();
    if (!(await prompter.confirm(`Merge ${who(b)} into ${who(a)}? ${b.name} (#${b.id}) will be gone.`, false))) throw new RelError('nothing was merged');
  }
  await j.readyToWrite();
  const { referrerDropped } = j.write(() => mergeContacts(j, a.id, b.id, plan, counts.relations, isoInstant(ctx.now)), `merge ${title}`);
  ctx.out.write(`merged ${title}:\n${lines(true, referrerDropped)}`);
}

/** A field's value as the card says it: a birthday without a year is "3 January", not --01-03. */
function valueWords(field: MergedField, value: unknown): string {
  return field === 'birthday' && typeof value === 'string' ? describeStoredDate(value) : String(value);
}
