// The referral tree: who brought in whom, nested, built from the flat rows the store walks.

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
