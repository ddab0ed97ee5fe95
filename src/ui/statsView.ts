// rel stats as people read it. The weekly chart draws unicode block bars on a terminal and plain
// "2026-11-16  ###  3" lines when piped, so it survives a pipe, a file or an email.
import type { Screen } from './screen.js';
import type { Channel } from '../domain/channels.js';
import type { Day } from '../domain/calendar.js';
import type { ComplaintSummary, Referrer, StatusCounts, WeekCount } from '../domain/stats.js';
import { DUE_SOON_DAYS } from '../domain/rhythm.js';
import { columns, formatCount, makeStyle, plural } from './style.js';

export interface StatsView {
  date: Day;
  contacts: StatusCounts & { active: number };
  weeks: WeekCount[];
  channels: Array<{ via: Channel | null; count: number }>;
  complaints: ComplaintSummary;
  referrers: Referrer[];
}

/** The longest bar, in characters. Up to this many conversations a week, one character is one conversation. */
export const BAR_WIDTH = 40;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const MAX_NAMES = 5;

/** A bar of `count` against `max`: whole and partial blocks on a terminal, '#' otherwise (never empty for a non-zero count). */
export function bar(count: number, max: number, unicode: boolean): string {
  if (count <= 0) return '';
  const scale = max > BAR_WIDTH ? BAR_WIDTH / max : 1;
  if (!unicode) return '#'.repeat(Math.max(1, Math.round(count * scale)));
  const eighths = Math.max(1, Math.round(count * scale * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/** Rows with one column's cells right-aligned, at least 5 wide, so that counts line up. */
function rightAligned(rows: string[][], column: number): string[][] {
  const width = Math.max(5, ...rows.map((row) => (row[column] ?? '').length));
  return rows.map((row) => row.map((cell, i) => (i === column ? cell.padStart(width) : cell)));
}

function statusLines(view: StatsView): string[] {
  const c = view.contacts;
  const rows = [
    ['on track', formatCount(c.onTrack)],
    ['due soon', formatCount(c.dueSoon), `next conversation due within ${DUE_SOON_DAYS} days`],
    ['drifting', formatCount(c.drifting), 'past their keep-in-touch cadence'],
    ['never contacted', formatCount(c.neverContacted)],
    ['paused', formatCount(c.paused)],
  ];
  const archived = c.archived > 0 ? `; ${formatCount(c.archived)} archived not counted` : '';
  return [`Keep in touch: ${plural(c.active, 'person', 'people')}${archived}`, columns(rightAligned(rows, 1).map(([label, n, note]) => [`  ${label}`, n ?? '', note ?? '']))];
}

function chartLines(view: StatsView, ctx: Screen): string[] {
  const s = makeStyle(ctx.color);
  const max = Math.max(0, ...view.weeks.map((w) => w.count));
  const total = view.weeks.reduce((sum, w) => sum + w.count, 0);
  const lines = [`Conversations per week, last ${view.weeks.length} weeks: ${formatCount(total)}`];
  for (const { week, count } of view.weeks) lines.push(`${week}  ${s.cyan(bar(count, max, ctx.stdoutIsTTY))}  ${formatCount(count)}`);
  return lines;
}

function channelLines(view: StatsView): string[] {
  if (view.channels.length === 0) return [];
  return ['Channels', columns(rightAligned(view.channels.map(({ via, count }) => [`  ${via ?? 'not recorded'}`, formatCount(count)]), 1))];
}

function complaintLines(view: StatsView): string[] {
  const { open, openArchived, resolved, averageDaysToResolve } = view.complaints;
  if (open + openArchived + resolved === 0) return ['Complaints: none logged'];
  const average = averageDaysToResolve === null ? '' : `; ${plural(averageDaysToResolve, 'day')} to resolve on average`;
  // As the people above: those rel today leaves out are said apart, not counted.
  const archived = openArchived > 0 ? `; ${formatCount(openArchived)} open with archived people not counted` : '';
  return [`Complaints: ${formatCount(open)} open, ${formatCount(resolved)} resolved${average}${archived}`];
}

function referrerLines(view: StatsView, ctx: Screen): string[] {
  if (view.referrers.length === 0) return ['Top referrers: none recorded yet (rel edit NAME --referred-by WHO)'];
  const s = makeStyle(ctx.color);
  const person = (p: { id: number; name: string }) => `${p.name} ${s.dim(`#${p.id}`)}`;
  const lines = ['Top referrers'];
  for (const r of view.referrers) {
    const names = r.referred.slice(0, MAX_NAMES).map(person);
    if (r.referred.length > MAX_NAMES) names.push(`and ${formatCount(r.referred.length - MAX_NAMES)} more`);
    // Marked as rel show and its referral tree mark them.
    lines.push(`  ${s.bold(r.name)} ${s.dim(`#${r.id}`)}${r.archived ? s.yellow(' (archived)') : ''} brought in ${formatCount(r.referred.length)}: ${names.join(', ')}`);
  }
  return lines;
}

export function renderStats(view: StatsView, ctx: Screen): string {
  if (view.contacts.active + view.contacts.archived === 0) {
    return `Your journal is empty. Add the first person you talked to:\n  rel add "Jane Doe" --via call --note "what you talked about"\n`;
  }
  const s = makeStyle(ctx.color);
  const sections = [statusLines(view), chartLines(view, ctx), channelLines(view), complaintLines(view), referrerLines(view, ctx)].filter((lines) => lines.length > 0);
  return `${s.bold(`How your relationships are doing on ${view.date}`)}\n\n${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
