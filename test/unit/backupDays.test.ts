// Which days' ends a daily backup holds (src/domain/backupDays.ts): what rel restore lists each by,
// and what rel restore DAY takes it for.
import { describe, expect, it } from 'vitest';
import { copyOfDay, heldFrom, type TakenCopy } from '../../src/domain/backupDays.js';

const daily = (day: string, lastChange?: string): TakenCopy => ({ day, beforeRestore: false, lastChange });
const beforeRestore = (day: string): TakenCopy => ({ day, beforeRestore: true, lastChange: undefined });

describe('the days a daily backup holds the end of', () => {
  it('start no earlier than the copy before it was taken, even when its newest kept change is older (an undo, a purge)', () => {
    const copies = [daily('2026-12-09', '2026-12-06'), daily('2026-12-08', '2026-12-07'), daily('2026-12-07', '2026-12-06'), daily('2026-12-06')];
    expect(heldFrom(copies)).toEqual(['2026-12-08', '2026-12-07', '2026-12-06', '2026-12-05']);
  });

  it('reach back to the newest change it keeps when no copy before it is left', () => {
    expect(heldFrom([daily('2026-12-20', '2026-12-11'), daily('2026-12-11', '2026-12-01')])).toEqual(['2026-12-11', '2026-12-01']);
    // A new journal's first copy, and a change timed on or after the day it was taken (a clock set back): the day before.
    expect(heldFrom([daily('2026-12-20', '2026-12-20'), daily('2026-12-11')])).toEqual(['2026-12-11', '2026-12-10']);
    expect(heldFrom([daily('2026-12-20', '2026-12-22')])).toEqual(['2026-12-19']);
  });

  it('start after a restore, which changed the journal; a copy kept before one holds no day', () => {
    const copies = [daily('2026-12-20', '2026-12-01'), beforeRestore('2026-12-15'), daily('2026-12-10', '2026-12-09')];
    expect(heldFrom(copies)).toEqual(['2026-12-15', undefined, '2026-12-09']);
    // A copy kept before a restore on the day a daily copy was taken is no bound for it.
    expect(heldFrom([beforeRestore('2026-12-20'), daily('2026-12-20', '2026-12-01'), daily('2026-12-10')])).toEqual([undefined, '2026-12-10', '2026-12-09']);
  });

  it('are the days rel restore DAY takes each copy for, and no other', () => {
    const copies = [daily('2026-12-20', '2026-12-01'), beforeRestore('2026-12-15'), daily('2026-12-10', '2026-12-06'), daily('2026-12-08', '2026-12-02')];
    const taken = (day: string) => copyOfDay(copies, day);
    expect(['2026-12-01', '2026-12-02', '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-14', '2026-12-15', '2026-12-19', '2026-12-20'].map(taken)).toEqual([
      undefined,
      3,
      3,
      2,
      2,
      undefined,
      0,
      0,
      undefined,
    ]);
    heldFrom(copies).forEach((from, i) => {
      if (from !== undefined) expect(taken(from)).toBe(i);
    });
  });
});
