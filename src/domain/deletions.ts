// How rel tells that someone a name finds was deleted, and what rel undo can do about it: it takes
// back one change at a time, newest first (src/store/undoLog.ts), so a deletion comes back only
// once every change made after it has been taken back too. Never more than that is promised.
import type { Day } from './calendar.js';

/** Someone deleted whose deletion is still in the undo history. */
export interface Deletion {
  id: number;
  /** Their name as the history last saw it. */
  name: string;
  /** The local day of the change that deleted them. */
  day: Day;
  /** That change's own words (a merge's); null: described from its log, as a rel rm is. */
  description: string | null;
  /** How many changes of the history came after it. */
  newer: number;
}

const changes = (n: number): string => (n === 1 ? 'the change' : `the ${n} changes`);

/**
 * What running rel undo does for a deletion `newer` changes back: "rel undo brings them back", or
 * how many runs and what else they take back. `newest` names the newest of those changes when the
 * caller just made it ("this add").
 */
export function undoingDeletion(newer: number, newest?: string): string {
  if (newer === 0) return 'rel undo brings them back';
  const times = newer === 1 ? 'twice' : `${newer + 1} times`;
  const others = newest === undefined ? newer : newer - 1;
  const since = newest === undefined ? `${changes(others)} made since` : others === 0 ? newest : `${newest} and ${changes(others)} made since the deletion`;
  return `rel undo ${times} brings them back, taking back ${since} too${others > 0 ? ' (rel undo --list shows them)' : ''}`;
}

/** "Jane Smith (#2) was deleted on 2026-12-14 (rel rm)" */
export const deletionTold = (d: Deletion): string => `${d.name} (#${d.id}) was deleted on ${d.day} (${d.description ?? 'rel rm'})`;

/** Why a name finds no one, when it finds someone deleted: who, when, and how rel undo brings them back. */
export const deletedPersonRefusal = (d: Deletion): string => `${deletionTold(d)}; ${undoingDeletion(d.newer)}`;

/** Said after rel add created someone new with the name of someone deleted: how to bring back whom they may have meant. */
export const deletedNamesake = (d: Deletion): string => `${deletionTold(d)}; if you meant them, ${undoingDeletion(d.newer, 'this add')}`;
