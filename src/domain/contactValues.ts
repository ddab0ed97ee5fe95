// An email, phone or alias written two ways is one value on a card, by the rules the same-person
// check uses (SPEC §3): `+48 601 234 567` and `601234567`, `A@DUP.com` and `a@dup.com`, `Dupe`
// and `dupe`. So a card never keeps both forms, and a removal finds the form it keeps. Pure.
import { normalizeName } from './names.js';
import { isOneNumber } from './phoneNumbers.js';
import { emailKey } from './samePerson.js';

export type SameValue = (a: string, b: string) => boolean;

export const isOneEmail: SameValue = (a, b) => emailKey(a) === emailKey(b);

/** isOneNumber, or the same text: a short number (an extension) is no identity, but is still itself. */
export const isOnePhone: SameValue = (a, b) => a.trim() === b.trim() || isOneNumber(a, b);

export const isOneAlias: SameValue = (a, b) => normalizeName(a) === normalizeName(b);

/** Of `given`, those neither `held` nor given before in another form: the first as written is kept. */
export function newValues(given: readonly string[], held: readonly string[], same: SameValue): string[] {
  const kept: string[] = [];
  for (const value of given) if (!held.some((h) => same(h, value)) && !kept.some((k) => same(k, value))) kept.push(value);
  return kept;
}

/** The values of `held` that one of `named` is, as it is written there: what a removal deletes. */
export const heldValues = (named: readonly string[], held: readonly string[], same: SameValue): string[] => held.filter((h) => named.some((n) => same(n, h)));
