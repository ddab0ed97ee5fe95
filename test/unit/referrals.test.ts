import { describe, expect, it } from 'vitest';
import { buildReferralTree, treeSize } from '../../src/domain/referrals.js';

const row = (id: number, parentId: number | null) => ({ id, name: `P${id}`, archived: false, parentId });

describe('buildReferralTree', () => {
  it('nests each person under whoever brought them in, keeping the given order', () => {
    const tree = buildReferralTree([row(1, null), row(3, 1), row(2, 1), row(4, 3)]);
    expect(tree?.referred.map((n) => n.id)).toEqual([3, 2]);
    expect(tree?.referred[0]?.referred.map((n) => n.id)).toEqual([4]);
    expect(tree && treeSize(tree)).toBe(3);
  });
  it('places an id once, so rows describing a cycle cannot nest forever', () => {
    const tree = buildReferralTree([row(1, null), row(2, 1), row(1, 2)]);
    expect(tree).toEqual({ id: 1, name: 'P1', archived: false, referred: [{ id: 2, name: 'P2', archived: false, referred: [] }] });
  });
  it('has no tree without rows', () => {
    expect(buildReferralTree([])).toBeUndefined();
  });
});
