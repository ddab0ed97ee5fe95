import { describe, expect, it } from 'vitest';
import { buildReferralTree, describeLoop, referralLoop, referralLoops, treeSize } from '../../src/domain/referrals.js';

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

describe('referralLoop', () => {
  // D ← C ← B ← A: D referred by C, C by B, B by A (issue 12).
  const referrers = new Map([['D', 'C'], ['C', 'B'], ['B', 'A']]);
  const referrerOf = (who: string) => referrers.get(who);

  it('names the loop a referral would close, each referred by the next', () => {
    expect(referralLoop('A', 'D', referrerOf)).toEqual(['A', 'D', 'C', 'B', 'A']);
    expect(describeLoop(['A', 'D', 'C', 'B', 'A'], (x) => x)).toBe('A ← D ← C ← B ← A');
    expect(referralLoop('B', 'C', referrerOf)).toEqual(['B', 'C', 'B']);
    expect(referralLoop('A', 'A', referrerOf)).toEqual(['A', 'A']);
  });

  it('finds none where the referrals end at someone nobody referred', () => {
    expect(referralLoop('D', 'A', referrerOf)).toBeUndefined();
    expect(referralLoop('E', 'D', referrerOf)).toBeUndefined();
    expect(referralLoop('C', 'E', referrerOf)).toBeUndefined();
  });

  it('stops at a loop already above that does not go through the person', () => {
    const looped = new Map([[2, 3], [3, 2]]);
    expect(referralLoop(1, 2, (id) => looped.get(id))).toBeUndefined();
  });
});

describe('referralLoops', () => {
  it('lists every loop once, from its lowest id, each referred by the next', () => {
    // 5 ← 7 ← 6 ← 5; 2 ← 3 ← 2; 1 ← 2 leads into a loop without being in one; 9 ← 9.
    const referrers = new Map([[5, 7], [7, 6], [6, 5], [1, 2], [2, 3], [3, 2], [8, 1], [9, 9], [10, 4]]);
    expect(referralLoops(referrers)).toEqual([[2, 3, 2], [5, 7, 6, 5], [9, 9]]);
  });

  it('finds none in a tree', () => {
    expect(referralLoops(new Map([[2, 1], [3, 1], [4, 3]]))).toEqual([]);
  });
});
