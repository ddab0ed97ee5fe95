// The referrers a contacts file names (rel CSV's referred_by), linked once every record of the file
// is matched (src/domain/importPlan.ts): the person of the id rel's CSV gives with the name, when
// they have that name, else the one person of that name in the journal or the file, before or
// after the record. Pure.
import type { ContactDraft, ContactRef, Referral } from './contactMerge.js';
import { parseRefKey, refKey, sameRef } from './importKeys.js';
import { unsayReferrer, type ImportIndex, type RecordOutcome } from './importPlanRecords.js';
import { normalizeName } from './names.js';
import { describeLoop, referralLoop } from './referrals.js';

/** What the linking knows of the people of the journal and the file. */
export interface ReferralLookup {
  /** Everyone of a folded name, in the journal or the file, each once. */
  named(key: string): ContactRef[];
  /** The person of a rel id as the file gives it (the file's record of that id, else the journal's contact), when their name folds to `key`. */
  withRelId(id: number, key: string): ContactRef | undefined;
  /** The contact as this import adds or changes it; undefined for a journal contact it leaves as it is. */
  draftOf(ref: ContactRef): ContactDraft | undefined;
  journalReferrals: ImportIndex['journalReferrals'];
  /** The name of a journal contact the file may match. */
  journalName(id: number): string | undefined;
}

/**
 * Links each person's referrer, in `drafts`' order; returns a warning for each that could not be.
 * Of a person's records that name one, the first that can be linked is (else a second import
 * would link the next); the others change nothing (their outcomes in `outcomes` say so), and are
 * warned of only when none could be linked.
 */
export function linkReferrers(drafts: readonly ContactDraft[], outcomes: RecordOutcome[], lookup: ReferralLookup): string[] {
  const warnings: string[] = [];
  for (const draft of drafts) {
    const notLinked: string[] = [];
    for (const referral of draft.referrals) {
      const ref = draft.changes.referrer === undefined ? referrerNamed(draft, referral, notLinked, lookup) : undefined;
      if (ref !== undefined) draft.changes.referrer = ref;
      else outcomes[referral.outcome] = unsayReferrer(outcomes[referral.outcome]!);
    }
    if (draft.changes.referrer === undefined) warnings.push(...notLinked);
  }
  return warnings;
}

/** The person a referral names, if it can be linked; else why not, added to `notLinked`. */
function referrerNamed(draft: ContactDraft, referral: Referral, notLinked: string[], lookup: ReferralLookup): ContactRef | undefined {
  const key = normalizeName(referral.name);
  const byId = referral.id === undefined ? undefined : lookup.withRelId(referral.id, key);
  const named = byId === undefined ? lookup.named(key) : [byId];
  const ref = named.length === 1 ? named[0]! : undefined;
  const why = whyNotLinked(draft.ref, ref, named.length, lookup);
  if (why === undefined) return ref;
  if (why) notLinked.push(`line ${referral.line}: ${draft.name} is referred by ${referral.name}, but ${why}; not linked`);
  return undefined;
}

/**
 * Why a referral cannot be linked (undefined: it can; '': a record naming itself, dropped
 * silently). Referrals are linked one after the other, so one that would close a loop with the
 * journal's referrals or the ones linked before it is left out, and the warning names the loop.
 */
function whyNotLinked(person: ContactRef, referrer: ContactRef | undefined, namesakes: number, lookup: ReferralLookup): string | undefined {
  if (referrer === undefined) return namesakes > 1 ? `${namesakes} contacts have that name` : 'nobody of that name is in the journal or the file';
  if (sameRef(referrer, person)) return '';
  const loop = referralLoop(refKey(person), refKey(referrer), (k) => referrerOf(k, lookup));
  return loop && `that would make a loop of referrals, ${describeLoop(loop, (k) => nameOf(k, lookup))} (each referred by the next)`;
}

/** Who refers a contact (as refKey) once this import is written: its own link, else the journal's. */
function referrerOf(key: string, lookup: ReferralLookup): string | undefined {
  const ref = parseRefKey(key);
  const linked = lookup.draftOf(ref)?.changes.referrer;
  if (linked) return refKey(linked);
  const journal = 'existing' in ref ? lookup.journalReferrals.get(ref.existing) : undefined;
  return journal && refKey({ existing: journal.referredBy });
}

function nameOf(key: string, lookup: ReferralLookup): string {
  const ref = parseRefKey(key);
  if ('added' in ref) return lookup.draftOf(ref)?.name ?? '?';
  return lookup.journalName(ref.existing) ?? lookup.journalReferrals.get(ref.existing)?.name ?? `#${ref.existing}`;
}
