// rel search as people read it: one block per person, best first; each match with its kind, its
// date and a snippet. On a colour terminal the matched words are bold yellow; otherwise (piped,
// NO_COLOR, --no-color) they are marked [like this].
import type { Screen } from './screen.js';
import { MARK_END, MARK_START, type SearchHit } from '../domain/records.js';
import { describeStoredDate } from './storedDates.js';
import { LEAST_CUT, makeStyle, showDay, terminalFit } from './style.js';
import { mapRows, tableLines } from './streamed.js';
import { cutToWidth, visibleWidth } from './textWidth.js';

export interface SearchGroup {
  contactId: number;
  name: string;
  archived: boolean;
  hits: SearchHit[];
}

export interface SearchView {
  query: string;
  groups: SearchGroup[];
  /** More matches exist than --limit let through. */
  truncated: boolean;
  limit: number;
}

const MARKS = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g');

/** The snippet on one line, its matches passed through `mark`. */
export function markSnippet(snippet: string, mark: (text: string) => string): string {
  return snippet.replace(/\s+/g, ' ').trim().replace(MARKS, (_all, text: string) => mark(text));
}

export const bracket = (text: string): string => `[${text}]`;

function hitDate(hit: SearchHit, ctx: Screen): string {
  if (hit.date === null) return '';
  return hit.kind === 'detail' ? describeStoredDate(hit.date) : showDay(hit.date, ctx.today, ctx.stdoutIsTTY);
}

function hitLabel(hit: SearchHit): string {
  if (hit.kind === 'conversation') return [hit.via ?? 'conversation', hit.complaint ? 'complaint' : ''].filter(Boolean).join(', ');
  return hit.kind;
}

function hitRef(hit: SearchHit): string {
  if (hit.kind === 'contact' || hit.kind === 'email' || hit.kind === 'phone') return '';
  return `[${hit.kind} ${hit.id}${hit.done ? ', done' : ''}]`;
}

/**
 * The matches as people read them, a line at a time. On a terminal `width` columns wide (given only
 * on one), the snippets too long for it are cut, their [kind id] kept whole, and so are the names
 * above them. The table's lines are made as they are written (tableLines): a search with a large
 * --limit holds its hits, not their lines.
 */
export function* searchLines(view: SearchView, ctx: Screen, width?: number): Generator<string> {
  const s = makeStyle(ctx.color);
  const mark = ctx.color ? (text: string) => s.bold.yellow(text) : bracket;
  // One table for every match, so the columns line up across people; no date column when no match has a date.
  const hits = view.groups.flatMap((group) => group.hits);
  const dated = hits.some((hit) => hit.date !== null);
  const lead = (hit: SearchHit) => [`  ${hitLabel(hit)}`, ...(dated ? [hitDate(hit, ctx)] : [])];
  const refRoom = hits.reduce((room, hit) => {
    const ref = hitRef(hit);
    return ref ? Math.max(room, ref.length + 1) : room;
  }, 0);
  const fit = width === undefined ? undefined : terminalFit(ctx.stdoutIsTTY, width - refRoom, [dated ? 2 : 1]);
  // On a terminal the [kind id] follows the fitted row; off it, it ends the snippet's cell.
  const row = fit
    ? (hit: SearchHit) => [...lead(hit), markSnippet(hit.snippet, mark)]
    : (hit: SearchHit) => [...lead(hit), `${markSnippet(hit.snippet, mark)} ${s.dim(hitRef(hit))}`.trimEnd()];
  const table = tableLines(() => mapRows(hits, row), fit)[Symbol.iterator]();
  for (const group of view.groups) {
    const after = ` ${s.dim(`#${group.contactId}`)}${group.archived ? s.yellow(' (archived)') : ''}`;
    const room = width === undefined || !ctx.stdoutIsTTY ? Infinity : width - visibleWidth(after);
    yield `${s.bold(room >= LEAST_CUT ? cutToWidth(group.name, room) : group.name)}${after}`;
    for (const hit of group.hits) {
      const line = table.next().value as string;
      const ref = fit ? hitRef(hit) : '';
      yield ref ? `${line} ${s.dim(ref)}` : line;
    }
  }
  if (view.truncated) yield* ['', s.dim(`… more than ${view.limit} ${view.limit === 1 ? 'match' : 'matches'}; see more with --limit ${view.limit * 4}`)];
}
