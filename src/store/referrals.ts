// Who brought in whom: below one person, in one recursive query; and the check that a new
// referral makes no loop (the rule is the domain's, src/domain/referrals.ts).
import { describeLoop, referralLoop, type ReferralRow } from '../domain/referrals.js';
import { RelError } from '../errors.js';
import type { Journal } from './journal.js';

/** Deeper than any real chain of introductions; stops a runaway walk all the same. */
const MAX_DEPTH = 100;

/**
 * The person and everyone below them in the referral tree, each with who referred them. The path
 * of ids walked so far keeps a cycle (A referred B, B referred A) from looping: no one is visited
 * twice on a path, so the root is never re-entered.
 */
export function referralRows(j: Journal, rootId: number): ReferralRow[] {
  return j
    .stmt<{ root: number; maxDepth: number }, { id: number; name: string; archived: number; parent_id: number | null; depth: number }>(
      `WITH RECURSIVE tree (id, name, name_key, archived, parent_id, depth, path) AS (
         SELECT id, name, name_key, archived, NULL, 0, '/' || id || '/' FROM contacts WHERE id = @root
         UNION ALL
         SELECT c.id, c.name, c.name_key, c.archived, t.id, t.depth + 1, t.path || c.id || '/'
         FROM tree t JOIN contacts c ON c.referred_by = t.id
         WHERE instr(t.path, '/' || c.id || '/') = 0 AND t.depth < @maxDepth
       )
       SELECT id, name, archived, parent_id, depth FROM tree ORDER BY depth, name_key, id`,
    )
    .all({ root: rootId, maxDepth: MAX_DEPTH })
    .map((r) => ({ id: r.id, name: r.name, archived: r.archived === 1, parentId: r.parent_id }));
}

/** Who referred a person now (null: nobody), for the domain's walks. */
export function referrerLookup(j: Journal): (id: number) => number | null {
  const referrer = j.stmt<[number], { referred_by: number | null }>('SELECT referred_by FROM contacts WHERE id = ?');
  return (id) => referrer.get(id)?.referred_by ?? null;
}

/**
 * Refuses `personId` referred by `referrerId` when that would close a loop, naming it: "Ann Lee ←
 * Dan Roe ← Cat Poe ← Bob Ray ← Ann Lee". Call inside the write, so nothing changes in between.
 */
export function refuseReferralLoop(j: Journal, personId: number, referrerId: number): void {
  const loop = referralLoop(personId, referrerId, referrerLookup(j));
  if (loop === undefined) return;
  const nameStmt = j.stmt<[number], { name: string }>('SELECT name FROM contacts WHERE id = ?');
  const name = (id: number) => nameStmt.get(id)?.name ?? `#${id}`;
  throw new RelError(
    `${name(referrerId)} cannot have referred ${name(personId)}: referrals would go round in a loop, ${describeLoop(loop, name)} (each referred by the next); if one of them is wrong, correct it first with rel edit NAME --referred-by`,
  );
}
