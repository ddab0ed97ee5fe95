// rel today --review: the morning list on a terminal, one person at a time, with keys to act on
// each (src/ui/reviewKeys.ts). The list is ranked again after every action, so a person whose
// follow-up is done or who was just talked to leaves it as they would leave rel today.
import type { Context } from '../context.js';
import type { RankedContact } from '../domain/ranking.js';
import { RelError } from '../errors.js';
import type { Journal } from '../store/journal.js';
import { archivedAmong } from '../store/contacts.js';
import { listConversations } from '../store/conversations.js';
import { detailsOf } from '../store/details.js';
import { listReminders } from '../store/reminders.js';
import { relationsOf } from '../store/relations.js';
import { relativesOf } from '../domain/relations.js';
import { relativeLine } from '../ui/card.js';
import { actionOf, type ReviewAction } from '../ui/reviewKeys.js';
import { renderReviewScreen, reviewSummary, type ReviewPerson, type ReviewTally } from '../ui/reviewScreen.js';
import { doneAction, logAction, openCardAction, pauseAction, snoozeAction, undoAction, type Acted, type ActionResult, type ActionRun } from './reviewActions.js';

/** The rows a question takes below the screen: the question with its answer, and a line saying why an answer is refused. */
const QUESTION_ROWS = 2;

/** Where the review stands: who is on screen, who was passed over, what was done (newest last). */
export class Walk {
  private current: number | undefined;
  private readonly skipped = new Set<number>();
  readonly acted: Acted[] = [];

  /** Whom to show of the list as it is now: the person on screen while still on it, else the first not yet reviewed. */
  next(rows: readonly RankedContact[]): RankedContact | undefined {
    const row = rows.find((r) => r.contactId === this.current) ?? rows.find((r) => !this.reviewed(r.contactId));
    this.current = row?.contactId;
    return row;
  }

  private reviewed(id: number): boolean {
    return this.skipped.has(id) || this.acted.some((a) => a.contactId === id);
  }

  skip(): void {
    if (this.current !== undefined) this.skipped.add(this.current);
    this.current = undefined;
  }

  /** The last action was taken back: its person comes back on screen, as not yet reviewed. */
  forgetLast(): void {
    const last = this.acted.pop();
    if (last === undefined) return;
    this.skipped.delete(last.contactId);
    this.current = last.contactId;
  }

  /** "2 of 5": the people reviewed before this one, plus everyone still on the list. */
  position(rows: readonly RankedContact[]): { position: number; total: number } {
    const before = new Set([...this.skipped, ...this.acted.map((a) => a.contactId)]);
    if (this.current !== undefined) before.delete(this.current);
    const left = rows.filter((r) => !before.has(r.contactId)).length;
    return { position: before.size + 1, total: before.size + left };
  }

  tally(): ReviewTally {
    const count = (kind: Acted['kind']) => this.acted.filter((a) => a.kind === kind).length;
    const actedOn = new Set(this.acted.map((a) => a.contactId));
    const skipped = [...this.skipped].filter((id) => !actedOn.has(id)).length;
    return { reviewed: actedOn.size + skipped, logged: count('logged'), done: count('done'), snoozed: count('snoozed'), paused: count('paused'), skipped };
  }
}

/** `people` ranks today's list as it is now (src/commands/today.ts); it has someone on it. */
export async function todayReview(people: () => RankedContact[], ctx: Context): Promise<void> {
  const j = ctx.journal();
  j.checkWritable(); // each key may write: a read-only journal is said before the screen
  const terminal = await ctx.terminal();
  const walk = new Walk();
  let left: number | undefined; // set when the walk ran out: how many are still on the list, each reviewed
  try {
    let status: string | undefined;
    for (;;) {
      const rows = people();
      const row = walk.next(rows);
      if (row === undefined) {
        left = rows.length;
        break;
      }
      const frame = { person: personOf(j, row), ...walk.position(rows), status };
      // Rows kept below the screen for a key's question and a refusal of its answer (log, snooze).
      terminal.draw((size) => renderReviewScreen(frame, ctx, { ...size, rows: size.rows - QUESTION_ROWS }));
      const action = actionOf(await terminal.readKey());
      if (action === 'quit') break;
      if (action !== undefined) status = await act(action, { ctx, j, terminal, row }, walk);
    }
  } finally {
    terminal.close();
  }
  ctx.out.write(`${reviewSummary(walk.tally(), left)}\n`);
}

/** What the screen shows of a person besides their reasons. */
function personOf(j: Journal, row: RankedContact): ReviewPerson {
  const relatives = relativesOf(row.contactId, relationsOf(j, row.contactId));
  const archived = archivedAmong(j, relatives.flatMap((r) => (r.person.id === null ? [] : [r.person.id])));
  return {
    row,
    lastConversation: listConversations(j, { contactId: row.contactId, limit: 1 })[0],
    details: detailsOf(j, row.contactId),
    followUps: listReminders(j, { contactId: row.contactId }),
    relations: relatives.map((r) => relativeLine(r, archived)),
  };
}

const ACTIONS: Record<Exclude<ReviewAction, 'quit' | 'skip' | 'undo'>, (run: ActionRun) => Promise<ActionResult>> = {
  log: logAction,
  done: doneAction,
  snooze: snoozeAction,
  pause: pauseAction,
  open: openCardAction,
};

/** Runs one key's action; what went wrong (a refused date, a cancelled question) is the status line. */
async function act(action: Exclude<ReviewAction, 'quit'>, run: ActionRun, walk: Walk): Promise<string | undefined> {
  if (action === 'skip') {
    walk.skip();
    return undefined;
  }
  if (action === 'undo') {
    const { status, undone } = undoAction(run.j, walk.acted.at(-1));
    if (undone) walk.forgetLast();
    return status;
  }
  try {
    const result = await ACTIONS[action](run);
    if (result.acted) walk.acted.push(result.acted);
    return result.status;
  } catch (error) {
    if (error instanceof RelError) return error.message;
    throw error;
  }
}
