// A progress bar on stderr for long imports at a terminal. Redrawn at most ten times a second
// (a redraw per record would cost more than the import), and erased when the work is done, so
// the summary line is all that stays. Writes to a terminal are synchronous in Node on Unix, so
// the bar moves even while a synchronous SQLite transaction runs. The line fits the terminal's
// width (read at each redraw, so a resize is followed): wider than the terminal, it wrapped, and
// each redraw left a line behind.
import type { Output } from '../output.js';
import { formatCount } from './style.js';
import { textWidth } from './textWidth.js';

export interface Progress {
  /** `done` of the total are finished. */
  update(done: number): void;
  /** Erases the bar. */
  finish(): void;
}

const WIDTH = 30;
/** The bar is shortened down to this before the label is. */
const MIN_WIDTH = 10;
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
      // The rest of the line cleared: a shorter line (after a resize) leaves nothing of the last.
      stream.write(`\r${renderBar(label, done, total, stream.columns)}\x1b[K`);
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

/**
 * The bar's line: `label` is a verb and a file ("importing big.csv"). On a terminal `columns` wide
 * the line takes at most columns - 1 (the last column would wrap on some terminals): the bar is
 * shortened first, then the file name (see fitLabel), then the bar left out.
 */
export function renderBar(label: string, done: number, total: number, columns?: number): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const counts = `${String(Math.floor(share * 100)).padStart(3)}% ${formatCount(done)}/${formatCount(total)}`;
  const bar = (width: number): string => {
    const filled = Math.round(share * width);
    return ` [${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
  };
  if (columns === undefined || columns <= 0) return `${label}${bar(WIDTH)} ${counts}`;
  const room = columns - 1 - counts.length - 1; // for the label and the bar, before " counts"
  const barRoom = room - textWidth(label) - 3; // " [" and "]"
  if (barRoom >= MIN_WIDTH) return `${label}${bar(Math.min(WIDTH, barRoom))} ${counts}`;
  const short = fitLabel(label, room - MIN_WIDTH - 3);
  if (short !== undefined) return `${short}${bar(MIN_WIDTH)} ${counts}`;
  return clipped(`${fitLabel(label, room) ?? ''} ${counts}`.trimStart(), columns - 1);
}

/**
 * `label` ("importing /a/long/path/big.csv") in `room` columns: its file cut from the left
 * ("importing …path/big.csv") while the base name stays whole, else the base name cut
 * ("importing big-con…"); undefined when not even the verb and two letters of it fit.
 */
function fitLabel(label: string, room: number): string | undefined {
  if (textWidth(label) <= room) return label;
  const space = label.indexOf(' ');
  const verb = label.slice(0, space + 1);
  const file = label.slice(space + 1);
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const left = room - textWidth(verb) - 1; // for the file, after the ellipsis
  if (left >= textWidth(base)) return `${verb}…${[...clipped([...file].reverse().join(''), left)].reverse().join('')}`;
  if (left >= 2) return `${verb}${clipped(base, left)}…`;
  return undefined;
}

/** The start of `text` that takes at most `width` columns. */
function clipped(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    used += textWidth(char);
    if (used > width) break;
    out += char;
  }
  return out;
}
