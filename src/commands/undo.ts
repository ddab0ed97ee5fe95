// rel undo: take back the newest change of the undo history (src/store/undoLog.ts); --list shows
// the history. An undo is one transaction and is not itself undoable.
import type { Context } from '../context.js';
import { localMinute } from '../domain/calendar.js';
import { describeChange, UNDO_HISTORY, type UndoChange } from '../domain/undoHistory.js';
import { RelError, UsageError } from '../errors.js';
import { undoChangeJson } from '../formats/undoJson.js';
import type { Journal } from '../store/journal.js';
import { historyOutgrown, newestChangeId, undoHistory, undoLastChange } from '../store/undoLog.js';
import { columns, json } from '../ui/style.js';

export interface UndoOptions {
  list?: boolean;
  json?: boolean;
}

export async function undo(opts: UndoOptions, ctx: Context): Promise<void> {
  if (opts.json && !opts.list) throw new UsageError('--json goes with --list (rel undo --list --json)');
  const j = ctx.journal();
  if (opts.list) {
    const history = undoHistory(j);
    if (opts.json) {
      ctx.out.write(json(history.map(undoChangeJson)));
      return;
    }
    if (history.length === 0) {
      const outgrown = historyOutgrown(j) ? `${OUTGROWN}; ` : '';
      ctx.out.write(`nothing to undo: ${outgrown}every change you make from now on can be taken back with rel undo\n`);
      return;
    }
    ctx.out.write(`${columns(history.map((c) => [`#${c.id}`, localMinute(new Date(c.madeAt)), describeChange(c)]))}\n`);
    return;
  }
  // With nothing to take back nothing is written, nor the day's backup made before its first write
  // (seconds on a large journal); like every write that would change nothing, it is refused (exit 1).
  const undone = newestChangeId(j) === undefined ? undefined : await undoNewest(j);
  if (undone === undefined) throw new RelError(`nothing to undo: ${historyOutgrown(j) ? OUTGROWN : 'no change is left to take back'}; nothing changed`);
  ctx.out.write(`undid: ${describeChange(undone)}\n`);
}

/** Why the history is empty although changes were made: they were more than it keeps. */
const OUTGROWN = `only the last ${UNDO_HISTORY} changes can be undone, and the older ones have left the history`;

async function undoNewest(j: Journal): Promise<UndoChange | undefined> {
  await j.readyToWrite();
  return undoLastChange(j);
}
