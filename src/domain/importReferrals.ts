// The referrers a contacts file names (rel CSV's referred_by), linked once every record of the file
// is matched (src/domain/importPlan.ts): the person of the id rel's CSV gives with the name, when
// they have that name, else the one person of that name in the journal or the file, before or
// after the record, the name folded as the import matches people (case, accents, and another
// order of its words when nobody has it as written: "Smith, Dan" is Dan Smith). A referrer who is
// nobody there, or several people, cannot be linked (a referral is a person's id, and rel never
// guesses which namesake): the name is kept on the person's card as a remembered text, once, so
// the import loses nothing. Pure.
import type { ContactDraft, ContactRef, Referral } from './contactMerge.js';
import { parseRefKey, refKey, sameRef } from './importKeys.js';
import { referrerKeptByName, unsayReferrer, type ImportIndex, type RecordOutcome } from './importPlanRecords.js';
import { normalizeName } from './names.js';
import { heldInAnotherOrder } from './nameWords.js';
import { describeLoop, referralLoop } from './referrals.js';

/** What the linking knows of the people of the journal and the file. */
export interface ReferralLookup {
  /** Everyone of a folded name, in the journal or the file, each once. */
  named(key: string): ContactRef[];
  /** Who a rel id is as the file gives it: the file's record of that id, else the journal's contact of that id (if any). */
  withRelId(id: number): ContactRef;
  /** The contact as this import adds or changes it; undefined for a journal contact it leaves as it is. */
  draftOf(ref: ContactRef): ContactDraft | undefined;
  journalReferrals: ImportIndex['journalReferrals'];
  /** The name of a journal contact the file may match. */
  journalName(id: number): string | undefined;
}

/** What a person's card remembers of a referrer the import could not link. */
export const referrerText = (name: string): string => `Referred by ${name.trim()}`;

/** A referral that could not be linked: why (a phrase after "but"; '' for a record naming itself), and whether its name is kept on the card. */
interface Unlinked {
  referral: Referral;
  why: string;
  keep: boolean;
}

/**
 * Links each person's referrer, in `drafts`' order; returns a note for each that could not be.
 * Of a person's records that name one, the first that can be linked is (else a second import
 * would link the next); the others change nothing (their outcomes in `outcomes` say so). When
 * none can be, each referrer who is nobody or several people is kept by name on the card
 * (referrerText), and each is noted.
 */
export function linkReferrers(drafts: readonly ContactDraft[], outcomes: RecordOutcome[], lookup: ReferralLookup): string[] {
  const notes: string[] = [];
  const unsay = (referral: Referral) => (outcomes[referral.outcome] = unsayReferrer(outcomes[referral.outcome]!));
  for (const draft of drafts) {
    const unlinked: Unlinked[] = [];
    for (const referral of draft.referrals) {
      if (draft.changes.referrer !== undefined) {
        unsay(referral);
        continue;
      }
      const found = referrerNamed(draft, referral, lookup);
      if ('ref' in found) draft.changes.referrer = found.ref;
      else unlinked.push(found);
    }
    const linked = draft.changes.referrer !== undefined;
    for (const { referral, why, keep } of unlinked) {
      // Kept the first time, and said then; a second import finds the text remembered, changes nothing and says nothing.
      const text = referrerText(referral.name);
      const kept = !linked && keep && draft.remember(text);
      if (kept) outcomes[referral.outcome] = referrerKeptByName(outcomes[referral.outcome]!);
      else unsay(referral);
      if (!linked && why && (kept || !keep)) notes.push(`line ${referral.line}: ${draft.name} is referred by ${referral.name}, but ${why}; not linked${keep ? `, kept on their card as "${text}"` : ''}`);
    }
  }
  return notes;
}

/**
 * The person a referral names, if it can be linked; else why not. Referrals are linked one after
 * the other, so one that would close a loop with the journal's referrals or the ones linked before
 * it is left out, and the note names the loop; a record naming itself is dropped silently.
 */
function referrerNamed(draft: ContactDraft, referral: Referral, lookup: ReferralLookup): { ref: ContactRef } | Unlinked {
  const named = namedInAnyOrder(normalizeName(referral.name), lookup);
  const ofId = referral.id === undefined ? undefined : lookup.withRelId(referral.id);
  const byId = ofId && named.find((ref) => sameRef(ref, ofId));
  const candidates = byId === undefined ? named : [byId];
  if (candidates.length !== 1) return { referral, why: whyNobody(candidates, lookup), keep: true };
  const ref = candidates[0]!;
  if (sameRef(ref, draft.ref)) return { referral, why: '', keep: false };
  const loop = referralLoop(refKey(draft.ref), refKey(ref), (k) => referrerOf(k, lookup));
  if (loop) return { referral, why: `that would make a loop of referrals, ${describeLoop(loop, (k) => nameOf(k, lookup))} (each referred by the next)`, keep: false };
  return { ref };
}

/** The people of a folded name, as written or, when nobody has it so, in another order of its words ("smith, dan" for Dan Smith). */
function namedInAnyOrder(key: string, lookup: ReferralLookup): ContactRef[] {
  const asWritten = lookup.named(key);
  return asWritten.length > 0 ? asWritten : heldInAnotherOrder(key, (order) => lookup.named(order), sameRef);
}

/** Why nobody, or several people (`named`: rel does not guess which), cannot be linked as the referrer. */
function whyNobody(named: readonly ContactRef[], lookup: ReferralLookup): string {
  if (named.length === 0) return 'nobody of that name is in the journal or the file';
  const who = named.map((ref) => ('existing' in ref ? `#${ref.existing}` : `line ${lookup.draftOf(ref)?.source.line ?? '?'}`));
  return `that name is ambiguous: ${named.length} contacts have it (${who.join(', ')})`;
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
