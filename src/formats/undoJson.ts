// rel undo --list --json: one change of the undo history (schemas/undoChange.schema.json).
import { describeChange, type UndoChange } from '../domain/undoHistory.js';

export function undoChangeJson(change: UndoChange) {
  return {
    id: change.id,
    description: describeChange(change),
    madeAt: change.madeAt,
    rows: change.entries.map((e) => ({ table: e.table, op: e.op, count: e.rows })),
  };
}
