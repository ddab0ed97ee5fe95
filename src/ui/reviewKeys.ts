// The keys of rel today --review and what each does: one table, read by the key handling and by
// the legend on the screen, so the two cannot tell different stories.
import type { KeyPress } from './terminal.js';

export type ReviewAction = 'log' | 'done' | 'snooze' | 'pause' | 'open' | 'skip' | 'undo' | 'quit';

/** Keys by readline's names, the action, and how the legend says it. */
const BINDINGS: ReadonlyArray<readonly [keys: readonly string[], action: ReviewAction, legend: string]> = [
  [['l'], 'log', 'l log'],
  [['d'], 'done', 'd done'],
  [['s'], 'snooze', 's snooze'],
  [['p'], 'pause', 'p pause'],
  [['o'], 'open', 'o card'],
  [['space', 'n', 'right'], 'skip', 'space/n/→ skip'],
  [['u'], 'undo', 'u undo'],
  [['q', 'escape'], 'quit', 'q/esc quit'],
];

/** The action of a key; undefined for a key that does nothing. Ctrl-C quits, as everywhere. */
export function actionOf(key: KeyPress): ReviewAction | undefined {
  if (key.ctrl) return key.name === 'c' ? 'quit' : undefined;
  // A lone Esc comes as escape with meta set; meta with any other key is Alt, which does nothing.
  if (key.name === undefined || (key.meta && key.name !== 'escape')) return undefined;
  return BINDINGS.find(([keys]) => keys.includes(key.name!))?.[1];
}

/** The keys in one line, for the foot of the screen. */
export const REVIEW_LEGEND = BINDINGS.map(([, , legend]) => legend).join('  ');
