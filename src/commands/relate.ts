// rel relate NAME --to OTHER --as KIND: NAME is KIND of OTHER ("tom --to jane --as husband").
// OTHER may be nobody in the journal yet: then the relation keeps the name, and relating again
// once that person is there links it. The rules (kinds, words, the same relation said twice) are
// src/domain/relations.ts's.
import { commandWord } from '../ui/style.js';
import type { Context } from '../context.js';
import { parseContactId } from '../domain/names.js';
import { tidyName } from '../domain/nameText.js';
import { readsAsEmailAddress } from '../domain/emailAddress.js';
import { readsAsPhoneNumber } from '../domain/phoneNumbers.js';
import { contradictedBy, decideRelate, describeRelation, parseRelationWord, type RelationEnd, type RelationStatement } from '../domain/relations.js';
import { AmbiguousNameError, RelError, describeCandidates } from '../errors.js';
import { fromCommandLineSync, nameFlag, requireFlag } from '../flags.js';
import { isoInstant } from '../store/journal.js';
import { findContact, notFound, similarContacts } from '../store/lookup.js';
import { personNamed } from './personNamed.js';
import { insertRelation, relationsOfAll, updateRelation } from '../store/relations.js';
import type { Journal } from '../store/journal.js';

export interface RelateOptions {
  to?: string;
  as?: string;
}

export async function relate(query: string, opts: RelateOptions, ctx: Context): Promise<void> {
  const to = nameFlag(requireFlag(opts.to, '--to', `rel relate ${commandWord(query)} --to <name> --as ${commandWord(opts.as ?? 'spouse')}`), '--to');
  const as = requireFlag(opts.as, '--as', `rel relate ${commandWord(query)} --to ${commandWord(to)} --as spouse`);
  const said = fromCommandLineSync(() => parseRelationWord(as, '--as'));
  const j = ctx.journal();
  const person = await personNamed(ctx, query, { addFirst: true });
  const { other, partial } = relatedPerson(j, to);
  if (other.id === person.id) throw new RelError(`${person.name} cannot be related to themself: --to names the same person (#${person.id})`);
  const words = { contact: { id: person.id, name: person.name }, other, kind: said.kind, word: said.word };
  const statement: RelationStatement = { subject: { id: person.id, name: person.name }, object: other, kind: said.kind, subjectWord: said.word };
  await j.readyToWrite();
  const decision = j.write(() => {
    const known = relationsOfAll(j, other.id === null ? [person.id] : [person.id, other.id]);
    const opposite = contradictedBy(known, statement);
    if (opposite) throw new RelError(`already related the other way round: ${describeRelation(opposite)}; to turn it round, first rel unrelate ${commandWord(query)} --to ${commandWord(to)}`);
    const decision = decideRelate(known, statement);
    if (decision.action === 'none') throw new RelError(`already related: ${describeRelation(words)}; nothing changed`);
    if (decision.action === 'update') updateRelation(j, decision.relation.id, decision.set);
    else insertRelation(j, { contactId: person.id, otherId: other.id, otherName: other.name, kind: said.kind, word: said.word, otherWord: null }, isoInstant(ctx.now));
    return decision;
  }, `relate ${describeRelation(words)}`);
  const linked = decision.action === 'update' && decision.set.otherId !== undefined ? ' (linked: the name kept before is this person now)' : '';
  if (partial) ctx.err.write(`→ ${other.name}\n`);
  ctx.out.write(`related: ${describeRelation(words)}${linked}\n`);
  if (other.id === null) ctx.err.write(nobodyNote(j, other.name, query, to, as));
}

/**
 * The person --to names (partial: found by a part of the name, said on stderr as rel add does), or
 * only their name when they are nobody in the journal (an id, a phone number or an email must be someone).
 */
function relatedPerson(j: Journal, query: string): { other: RelationEnd; partial: boolean } {
  const match = findContact(j, query);
  if (match.status === 'found') return { other: { id: match.contact.id, name: match.contact.name }, partial: !match.exact };
  if (match.status === 'ambiguous') throw new AmbiguousNameError(query, match.candidates, match.whole);
  if (parseContactId(query) !== undefined || readsAsPhoneNumber(query) || readsAsEmailAddress(query)) throw notFound(j, query);
  return { other: { id: null, name: tidyName(query) }, partial: false };
}

/** Said on stderr when the relative is kept as a name: why, and how to link them later. */
function nobodyNote(j: Journal, name: string, query: string, to: string, as: string): string {
  const similar = similarContacts(j, name);
  const meant = similar.length > 0 ? ` (did you mean ${describeCandidates(similar)}?)` : '';
  const again = `rel relate ${commandWord(query)} --to ${commandWord(to)} --as ${commandWord(as)}`;
  return `${name} is nobody in the journal${meant}: kept as a name; to link them, add them (rel contact add ${commandWord(name)}) and run ${again} again\n`;
}

