// Who brought in whom: the referral tree, nested from the flat rows the store walks, and the
// loops a referral must never make.

export interface ReferralRow {
  id: number;
  name: string;
  archived: boolean;
  /** Who referred them, within the tree; null for the root. */
  parentId: number | null;
}

export interface ReferralNode {
  id: number;
  name: string;
  archived: boolean;
  referred: ReferralNode[];
}

/**
 * Nests rows (root first, each row after its parent, siblings in display order) under the root.
 * Each id is placed once, so even rows describing a cycle cannot make the tree infinite.
 */
export function buildReferralTree(rows: readonly ReferralRow[]): ReferralNode | undefined {
  const nodes = new Map<number, ReferralNode>();
  let root: ReferralNode | undefined;
  for (const row of rows) {
    if (nodes.has(row.id)) continue;
    const node: ReferralNode = { id: row.id, name: row.name, archived: row.archived, referred: [] };
    if (root === undefined) root = node;
    else {
      const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
      if (!parent) continue;
      parent.referred.push(node);
    }
    nodes.set(row.id, node);
  }
  return root;
}

/** Everyone below the root. */
export function treeSize(node: ReferralNode): number {
  return node.referred.reduce((n, child) => n + 1 + treeSize(child), 0);
}

// Who referred whom never goes round in a loop (SPEC §3: `--referred-by`, "a referral loop is
// refused"): a loop credits nobody with bringing the people in it (rel stats) and has no top to
// draw a tree from (rel show --tree). Each person has at most one referrer, so following
// referrers from anyone either ends at someone nobody referred or runs into a loop.

/**
 * The loop that `person` referred by `referrer` would close, given who refers whom now
 * (`referrerOf`, null or undefined for nobody): the people round it from `person` back to
 * `person`, each referred by the next ([A, D, C, B, A] for A ← D ← C ← B ← A); undefined if none.
 * A loop already above, not through `person`, is not this referral's doing and ends the walk.
 */
export function referralLoop<T>(person: T, referrer: T, referrerOf: (who: T) => T | null | undefined): T[] | undefined {
  const path = [person];
  const seen = new Set<T>(path);
  for (let at: T | null | undefined = referrer; at !== null && at !== undefined; at = referrerOf(at)) {
    path.push(at);
    if (at === person) return path;
    if (seen.has(at)) return undefined;
    seen.add(at);
  }
  return undefined;
}

/**
 * Every loop among `referrers` (person → who referred them), for a journal that has some from
 * before they were refused: each from its lowest id back to it, each person referred by the next;
 * loops in the order of their lowest ids.
 */
export function referralLoops(referrers: ReadonlyMap<number, number>): number[][] {
  const done = new Set<number>();
  const loops: number[][] = [];
  for (const start of referrers.keys()) {
    const walk: number[] = [];
    const onWalk = new Set<number>();
    let at: number | undefined = start;
    while (at !== undefined && !done.has(at) && !onWalk.has(at)) {
      walk.push(at);
      onWalk.add(at);
      at = referrers.get(at);
    }
    if (at !== undefined && onWalk.has(at)) {
      const loop = walk.slice(walk.indexOf(at));
      const first = loop.indexOf(Math.min(...loop));
      const rotated = [...loop.slice(first), ...loop.slice(0, first)];
      loops.push([...rotated, rotated[0]!]);
    }
    for (const id of walk) done.add(id);
  }
  return loops.sort((a, b) => a[0]! - b[0]!);
}

/** "Ann Lee ← Dan Roe ← Bob Ray ← Ann Lee": each referred by the next. */
export function describeLoop<T>(loop: readonly T[], nameOf: (who: T) => string): string {
  return loop.map(nameOf).join(' ← ');
}
