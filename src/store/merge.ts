// rel merge's write: B's records moved onto A, A's row updated as the domain planned
// (src/domain/merge.ts), B deleted. Call inside one j.write: a failure leaves both people as they were.
import type { MergePlan } from '../domain/merge.js';
import type { RelationMergePlan } from '../domain/mergeRelations.js';
import { addAliases, addEmails, addPhones, addTags, deleteContact, updateContact } from './contacts.js';
import type { Journal } from './journal.js';
import { referralLoop } from '../domain/referrals.js';
import { referrerLookup } from './referrals.js';
import { deleteRelations, updateRelation } from './relations.js';
import { rhythmMoved } from './rhythm.js';

/** How many of B's records a merge moves (or would move). */
export interface MergeCounts {
  conversations: number;
  complaints: number;
  details: number;
  reminders: number;
  /** People B referred, now referred by A. */
  referrals: number;
}

export function mergeCounts(j: Journal, goneId: number, keptId: number): MergeCounts {
  const count = (sql: string, ...params: number[]) => (j.stmt<number[], { n: number }>(sql).get(...params) as { n: number }).n;
  return {
    conversations: count('SELECT count(*) AS n FROM conversation_people WHERE contact_id = ?', goneId),
    complaints: count('SELECT count(*) AS n FROM conversation_people p JOIN conversations v ON v.id = p.conversation_id WHERE p.contact_id = ? AND v.complaint = 1', goneId),
    details: count('SELECT count(*) AS n FROM details WHERE contact_id = ?', goneId),
    reminders: count('SELECT count(*) AS n FROM reminders WHERE contact_id = ?', goneId),
    referrals: count('SELECT count(*) AS n FROM contacts WHERE referred_by = ? AND id <> ?', goneId, keptId),
  };
}

/**
 * Whether the referrer A takes from B would close a loop once the people B referred are A's: the
 * merge drops it then, and its dry run says so first.
 */
export function referrerMakesLoop(j: Journal, plan: MergePlan, keptId: number, goneId: number): boolean {
  if (plan.referredBy === null) return false;
  const referrerOf = referrerLookup(j);
  const afterMerge = (id: number): number | null => {
    const referrer = referrerOf(id);
    return referrer === goneId ? keptId : referrer;
  };
  return referralLoop(keptId, plan.referredBy === goneId ? keptId : plan.referredBy, afterMerge) !== undefined;
}

/**
 * Folds B (gone) into A (kept). Returns whether A's referrer taken from B was dropped because it
 * would have made a loop (B's referrer was someone B referred, who is now referred by A).
 */
export function mergeContacts(j: Journal, keptId: number, goneId: number, plan: MergePlan, relations: RelationMergePlan, at: string): { referrerDropped: boolean } {
  // Before B goes: its relations would go with it.
  moveRelations(j, keptId, relations);
  moveConversations(j, keptId, goneId);
  for (const table of ['details', 'reminders']) {
    j.stmt(`UPDATE ${table} SET contact_id = ? WHERE contact_id = ?`).run(keptId, goneId);
  }
  const referrerDropped = referrerMakesLoop(j, plan, keptId, goneId);
  j.stmt('UPDATE contacts SET referred_by = ? WHERE referred_by = ? AND id <> ?').run(keptId, goneId, keptId);
  const fields = { ...plan.fields };
  if (referrerDropped) fields.referredBy = null;
  // B goes first: its emails and aliases may no longer be on two people at once.
  deleteContact(j, goneId);
  updateContact(j, keptId, fields, at);
  j.stmt('UPDATE contacts SET created_on = ? WHERE id = ? AND created_on <> ?').run(plan.createdOn, keptId, plan.createdOn);
  addEmails(j, keptId, plan.emails);
  addPhones(j, keptId, plan.phones);
  addAliases(j, keptId, plan.aliases);
  addTags(j, keptId, plan.tags);
  rhythmMoved(j, [keptId], 'recount');
  return { referrerDropped };
}

/**
 * B's conversations become A's. One that A was part of too keeps A once, at the earlier of the
 * two places in its order of people.
 */
function moveConversations(j: Journal, keptId: number, goneId: number): void {
  const both = 'conversation_id IN (SELECT conversation_id FROM conversation_people WHERE contact_id = @gone)';
  j.stmt(`UPDATE conversation_people AS a SET position = min(a.position, (SELECT b.position FROM conversation_people b WHERE b.conversation_id = a.conversation_id AND b.contact_id = @gone))
          WHERE a.contact_id = @kept AND ${both}`).run({ kept: keptId, gone: goneId });
  j.stmt(`DELETE FROM conversation_people WHERE contact_id = @gone AND conversation_id IN (SELECT conversation_id FROM conversation_people WHERE contact_id = @kept)`).run({ kept: keptId, gone: goneId });
  j.stmt('UPDATE conversation_people SET contact_id = ? WHERE contact_id = ?').run(keptId, goneId);
  j.stmt('UPDATE conversations SET contact_id = ? WHERE contact_id = ?').run(keptId, goneId);
}

/** B's relations onto A, as the domain planned (src/domain/mergeRelations.ts). */
function moveRelations(j: Journal, keptId: number, plan: RelationMergePlan): void {
  deleteRelations(j, plan.drops);
  for (const { id, side } of plan.moves) j.stmt(`UPDATE relations SET ${side === 'contact' ? 'contact_id' : 'other_id'} = ? WHERE id = ?`).run(keptId, id);
  for (const { id, set } of plan.updates) updateRelation(j, id, set);
}
