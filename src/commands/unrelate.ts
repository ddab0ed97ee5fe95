// rel unrelate NAME --to OTHER [--as KIND]: takes back what rel relate (or an import) said. OTHER
// is looked for among NAME's relatives only, as names are anywhere (part of a name, #id), so a
// relative kept as a name is found too; --as takes only that relation (a kind, or a word the journal
// holds for one between them, as an import's label), else every one between them.
import { commandWord, namesList } from '../ui/style.js';
import type { Context } from '../context.js';
import { matchContact } from '../domain/names.js';
import { KINDS_AND_WORDS, ownLabel, relationsCalled, relativeLabel, relativesOf, type Relative } from '../domain/relations.js';
import { RelError, UsageError } from '../errors.js';
import { requireFlag } from '../flags.js';
import { findContact } from '../store/lookup.js';
import { personNamed } from './personNamed.js';
import { deleteRelations, relationsOf } from '../store/relations.js';

export interface UnrelateOptions {
  to?: string;
  as?: string;
}

export async function unrelate(query: string, opts: UnrelateOptions, ctx: Context): Promise<void> {
  const to = requireFlag(opts.to, '--to', `rel unrelate ${commandWord(query)} --to <name>`);
  const j = ctx.journal();
  const person = await personNamed(ctx, query);
  await j.readyToWrite();
  const relations = relationsOf(j, person.id);
  const relatives = relativesOf(person.id, relations);
  // Also by whatever names the relative anywhere else (an alias, an email, a phone), as rel relate --to read it.
  const theirs = relativeNamed(relatives, to, person.name, () => {
    const match = findContact(j, to);
    return match.status === 'found' ? match.contact.id : undefined;
  });
  const other = theirs[0]!.person;
  // A kind or everyday word is read from NAME's side (`--as daughter`: NAME is the child); another
  // word is one an import kept for a relation between them ("golf buddy"), read from either card.
  const chosen = opts.as === undefined ? theirs : relationsCalled(person.id, relations, theirs, opts.as);
  if (chosen === undefined) {
    const held = [...new Set(theirs.flatMap((t) => [ownLabel(person.id, relations.find((r) => r.id === t.relationId)!), relativeLabel(t)]))];
    throw new UsageError(`--as: "${opts.as}" is not a relation rel knows, nor a word held for one between ${person.name} and ${other.name} (${held.join(', ')}); use one of those, or ${KINDS_AND_WORDS}`);
  }
  if (chosen.length === 0) {
    // Said of NAME, as --as is: what NAME is to them, as their card says it.
    const labels = theirs.map((t) => ownLabel(person.id, relations.find((r) => r.id === t.relationId)!));
    throw new RelError(`${person.name} is not ${opts.as} of ${other.name} (${person.name} is ${namesList(labels)} of ${other.name}); nothing changed`);
  }
  const taken = j.write(() => {
    deleteRelations(j, chosen.map((r) => r.relationId));
    return chosen;
  }, `unrelate ${person.name} (#${person.id}) and ${other.id === null ? other.name : `${other.name} (#${other.id})`}`);
  ctx.out.write(`unrelated ${person.name} and ${other.name} (${taken.map(relativeLabel).join(', ')})\n`);
}

/** The relations with the relative `query` names, among the person's relatives only (`inJournal`: whom it names in the whole journal). */
function relativeNamed(relatives: Relative[], query: string, personName: string, inJournal: () => number | undefined): Relative[] {
  if (relatives.length === 0) throw new RelError(`${personName} has no relations; see rel show "${personName}"`);
  // One candidate per relative: a linked person by their id, a name kept as text by a negative one.
  const people = new Map<string, { id: number; name: string; aliases: string[]; emails: string[]; phones: string[]; relations: Relative[] }>();
  for (const r of relatives) {
    const key = r.person.id === null ? `name:${r.person.name.toLowerCase()}` : `id:${r.person.id}`;
    const candidate = people.get(key) ?? { id: r.person.id ?? -r.relationId, name: r.person.name, aliases: [], emails: [], phones: [], relations: [] };
    candidate.relations.push(r);
    people.set(key, candidate);
  }
  const match = matchContact(query, [...people.values()]);
  if (match.status === 'found') return match.contact.relations;
  const id = match.status === 'none' ? inJournal() : undefined;
  if (id !== undefined && people.has(`id:${id}`)) return people.get(`id:${id}`)!.relations;
  const names = [...people.values()].map((p) => p.name);
  if (match.status === 'ambiguous') throw new RelError(`"${query}" matches ${match.candidates.length} of ${personName}'s relatives: ${match.candidates.map((c) => c.name).join(', ')}; use more of the name`);
  throw new RelError(`no relative of ${personName} matches "${query}"; ${personName}'s relatives: ${names.join(', ')}`);
}

