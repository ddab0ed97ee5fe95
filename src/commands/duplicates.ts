// rel duplicates: the likely doubles in the journal, strongest first, each with why.
import type { Context } from '../context.js';
import { findDuplicates } from '../domain/duplicates.js';
import { duplicateJson } from '../formats/duplicateJson.js';
import { duplicateCandidates, relatedPairs } from '../store/duplicates.js';
import { mapRows, streamJsonArray, streamLines, type Write } from '../ui/streamed.js';

export interface DuplicatesOptions {
  json?: boolean;
}

export async function duplicates(opts: DuplicatesOptions, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const people = duplicateCandidates(j);
  // Two people related to each other (a couple sharing a landline) are two people, said so by the user.
  const pairs = findDuplicates(people, relatedPairs(j));
  // Written in pieces: a large journal has some 270,000 likely pairs, and a write each took a fifth of the run.
  const write: Write = (text) => void ctx.out.write(text);
  if (opts.json) {
    streamJsonArray(mapRows(pairs, duplicateJson), write);
    return;
  }
  if (pairs.length === 0) {
    ctx.out.write('no likely duplicates\n');
    return;
  }
  const archived = new Set(people.filter((p) => p.archived).map((p) => p.id));
  const who = (p: { id: number; name: string }) => `${p.name} (#${p.id}${archived.has(p.id) ? ', archived' : ''})`;
  streamLines(mapRows(pairs, ({ people: [a, b], reasons }) => `${who(a)}  ·  ${who(b)}  — ${reasons.map((r) => r.text).join('; ')}`), write);
  const [first] = pairs;
  if (first) ctx.err.write(`merge a pair with: rel merge "#${first.people[0].id}" "#${first.people[1].id}" (the second folds into the first)\n`);
}
