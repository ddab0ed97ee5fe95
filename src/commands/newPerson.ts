// Before a new person is created (rel contact add, rel add with a name that finds no one): who
// they may already be, refused off a terminal and asked on one. Apart from contact.ts so that
// rel add loads the check without the card's flags, which only rel contact add reads.
import type { Context } from '../context.js';
import { describeSamePerson, type SamePersonCandidate } from '../domain/samePerson.js';
import type { Contact } from '../domain/records.js';
import { RelError } from '../errors.js';
import { samePersonSuspects, type WantedPerson } from '../store/samePerson.js';

/** What to do instead of creating them, given the #id of the person they are ("#ID" when several). */
export type SamePersonFix = (target: string) => string;

/** "Jose Nunes" refused: who it could be, and the two ways on. */
export function samePersonError(name: string, suspects: Array<SamePersonCandidate<Contact>>, fix: SamePersonFix): RelError {
  const target = suspects.length === 1 ? `#${suspects[0]?.contact.id}` : '#ID';
  return new RelError(`"${name}" may be someone already in the journal: ${describeSamePerson(suspects)}; ${fix(target)}, or pass --new to create a new person anyway`);
}

/**
 * Before creating `wanted`: the people it could be (same or nearly the same name, their email or
 * phone). Off a terminal they refuse it unless --new; on a terminal the user chooses, the existing
 * person first. Returns the ids the user agreed are someone else (a rel started at the same moment
 * may add another before the write, which checks again), or the person they chose instead.
 */
export async function checkNewPerson(ctx: Context, wanted: WantedPerson, forced: boolean | undefined, fix: SamePersonFix): Promise<{ others: Set<number> } | { chosen: Contact }> {
  if (forced) return { others: new Set() };
  const suspects = samePersonSuspects(ctx.journal(), wanted);
  if (suspects.length === 0) return { others: new Set() };
  if (!ctx.interactive) throw samePersonError(wanted.name, suspects, fix);
  const { choosePerson } = await import('../ui/addPrompts.js');
  const chosen = await choosePerson(ctx, wanted.name, suspects);
  return chosen === undefined ? { others: new Set(suspects.map((s) => s.contact.id)) } : { chosen };
}
