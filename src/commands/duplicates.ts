// rel duplicates: the likely doubles in the journal, strongest first, each with why; the first
// few unless asked for more (--limit, --all), and on stderr how many more there are.
import type { Context } from '../context.js';
import { rankDuplicates } from '../domain/duplicates.js';
import { parseCount } from '../flags.js';
import { duplicateJson } from '../formats/duplicateJson.js';
import { duplicateCandidates, relatedPairs } from '../store/duplicates.js';
import { mapRows, streamJsonArray, streamLines, type Write } from '../ui/streamed.js';
import { formatCount } from '../ui/style.js';

/** How many pairs a plain `rel duplicates` lists: a screenful, the strongest. */
export const DEFAULT_DUPLICATES_LIMIT = 20;

export interface DuplicatesOptions {
  all?: boolean;
  limit?: string;
  json?: boolean;
}

export async function duplicates(opts: DuplicatesOptions, ctx: Context): Promise<void> {
  const limit = parseCount(opts.limit, '--limit', { least: 1, advice: 'rel duplicates --all lists every pair' }) ?? (opts.all ? undefined : DEFAULT_DUPLICATES_LIMIT);
  const j = ctx.journal();
  const people = duplicateCandidates(j);
  // Two people related to each other (a couple sharing a landline) are two people, said so by the user.
  const found = rankDuplicates(people, relatedPairs(j));
  // Only the pairs listed are made: a large journal has some 344,000 likely pairs.
  const pairs = found.strongestFirst(limit);
  // Written in pieces: with --all, a write a pair took a fifth of the run.
  const write: Write = (text) => void ctx.out.write(text);
  if (opts.json) {
    streamJsonArray(mapRows(pairs, duplicateJson), write);
  } else if (found.count === 0) {
    ctx.out.write('no likely duplicates\n');
  } else {
    const archived = new Set(people.filter((p) => p.archived).map((p) => p.id));
    const who = (p: { id: number; name: string }) => `${p.name} (#${p.id}${archived.has(p.id) ? ', archived' : ''})`;
    streamLines(mapRows(pairs, ({ people: [a, b], reasons }) => `${who(a)}  ·  ${who(b)}  — ${reasons.map((r) => r.text).join('; ')}`), write);
  }
  // What the limit left out is said on stderr, with the command that lists it, as rel reminders does.
  const shown = Math.min(found.count, limit ?? Infinity);
  if (found.count > shown) ctx.err.write(`… and ${formatCount(found.count - shown)} more: rel duplicates --limit ${found.count}${opts.json ? ' --json' : ''}\n`);
  if (opts.json) return;
  const [first] = found.strongestFirst(1);
  if (first) ctx.err.write(`merge a pair with: rel merge "#${first.people[0].id}" "#${first.people[1].id}" (the second folds into the first)\n`);
}
