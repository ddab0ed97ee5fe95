// rel search as people read it: one block per person, best first; each match with its kind, its
// date and a snippet. On a colour terminal the matched words are bold yellow; otherwise (piped,
// NO_COLOR, --no-color) they are marked [like this].
import type { Screen } from './screen.js';
import { MARK_END, MARK_START, type SearchHit } from '../domain/records.js';
import { describeStoredDate } from './card.js';
import { columns, LEAST_CUT, makeStyle, showDay, terminalFit } from './style.js';
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
 * The matches as people read them. On a terminal `width` columns wide (given only on one), the
 * snippets too long for it are cut, their [kind id] kept whole, and so are the names above them.
 */
export function renderSearch(view: SearchView, ctx: Screen, width?: number): string {
  const s = makeStyle(ctx.color);
  const mark = ctx.color ? (text: string) => s.bold.yellow(text) : bracket;
  // One table for every match, so the columns line up across people; no date column when no match has a date.
  const hits = view.groups.flatMap((group) => group.hits);
  const dated = hits.some((hit) => hit.date !== null);
  const lead = (hit: SearchHit) => [`  ${hitLabel(hit)}`, ...(dated ? [hitDate(hit, ctx)] : [])];
  const refs = hits.map(hitRef);
  const refRoom = Math.max(...refs.map((ref) => (ref ? ref.length + 1 : 0)));
  const fit = width === undefined ? undefined : terminalFit(ctx.stdoutIsTTY, width - refRoom, [dated ? 2 : 1]);
  const table = fit
    ? columns(hits.map((hit) => [...lead(hit), markSnippet(hit.snippet, mark)]), '  ', fit)
        .split('\n')
        .map((line, i) => (refs[i] ? `${line} ${s.dim(refs[i])}` : line))
    : columns(hits.map((hit, i) => [...lead(hit), `${markSnippet(hit.snippet, mark)} ${s.dim(refs[i]!)}`.trimEnd()])).split('\n');
  const lines: string[] = [];
  let row = 0; // each person's rows of the table, in turn (taken from its front, they cost a move of all the rest)
  for (const group of view.groups) {
    const after = ` ${s.dim(`#${group.contactId}`)}${group.archived ? s.yellow(' (archived)') : ''}`;
    const room = width === undefined || !ctx.stdoutIsTTY ? Infinity : width - visibleWidth(after);
    lines.push(`${s.bold(room >= LEAST_CUT ? cutToWidth(group.name, room) : group.name)}${after}`);
    for (const end = row + group.hits.length; row < end; row++) lines.push(table[row]!);
  }
  if (view.truncated) lines.push('', s.dim(`… more than ${view.limit} ${view.limit === 1 ? 'match' : 'matches'}; see more with --limit ${view.limit * 4}`));
  return `${lines.join('\n')}\n`;
}
