// A progress bar on stderr for long imports at a terminal. Redrawn at most ten times a second
// (a redraw per record would cost more than the import), and erased when the work is done, so
// the summary line is all that stays. Writes to a terminal are synchronous in Node on Unix, so
// the bar moves even while a synchronous SQLite transaction runs.
import type { Output } from '../output.js';
import { formatCount } from './style.js';

export interface Progress {
  /** `done` of the total are finished. */
  update(done: number): void;
  /** Erases the bar. */
  finish(): void;
}

const WIDTH = 30;
const REDRAW_MS = 100;

export function progressBar(stream: Output, total: number, label: string, clock: () => number = () => performance.now()): Progress {
  let last = -Infinity;
  let drawn = false;
  return {
    update(done) {
      const now = clock();
      if (now - last < REDRAW_MS && done < total) return;
      last = now;
      drawn = true;
      stream.write(`\r${renderBar(label, done, total)}`);
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

export function renderBar(label: string, done: number, total: number): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * WIDTH);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${formatCount(done)}/${formatCount(total)}`;
}
