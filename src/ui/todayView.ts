// The morning list as people read it: a dated header, one block per person, reasons in plain words.
import type { Screen } from './screen.js';
import { monthName, splitDay, weekday, type Day } from '../domain/calendar.js';
import type { RankedContact, Reason } from '../domain/ranking.js';
import { formatCount, hangingIndent, makeStyle, plural, type Style } from './style.js';

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface TodayView {
  date: Day;
  rows: RankedContact[];
  total: number;
  windowDays: number;
  /** No contacts at all: say how to add the first one. */
  empty: boolean;
  /** People talked to on the day, set aside, who still have a reason on it (counted for an empty list only). */
  setAside: number;
  /** Snoozed follow-ups that come back within the window, hidden until then (counted for an empty list only). */
  snoozedBack: number;
  /** `rel today` with the day and window asked for: with --all or a larger --limit, the hints' command. */
  command: string;
}

/** "Monday 23 November 2026". */
export function longDate(day: Day): string {
  const [year, month, date] = splitDay(day);
  return `${WEEKDAY_NAMES[weekday(day)]} ${date} ${monthName(month)} ${year}`;
}

/**
 * The list's lines, made as they are asked for: --all lists some 42,000 people on a large journal,
 * written in pieces (streamLines) rather than as one string.
 */
/** The window of days the list looks ahead: "in the next 14 days", and with --days 0 "today". */
const withinWindow = (days: number): string => (days === 0 ? 'today' : `in the next ${plural(days, 'day')}`);

export function* todayLines(view: TodayView, ctx: Screen): Generator<string> {
  const s = makeStyle(ctx.color);
  if (view.empty) {
    yield 'Your journal is empty. Add the first person you talked to:';
    yield '  rel add "Jane Doe" --via call --note "what you talked about"';
    return;
  }
  const header = s.bold(longDate(view.date));
  if (view.rows.length === 0 && view.setAside > 0) {
    const who = view.setAside === 1 ? '1 person you talked to today has' : `${view.setAside} people you talked to today have`;
    yield header;
    yield `No one needs you today. ${who} something coming up: ${view.command} --all`;
    return;
  }
  if (view.rows.length === 0 && view.snoozedBack > 0) {
    const back = view.snoozedBack === 1 ? '1 snoozed follow-up comes back' : `${view.snoozedBack} snoozed follow-ups come back`;
    yield header;
    yield `No one needs you today. ${back} ${withinWindow(view.windowDays)} (rel reminders lists ${view.snoozedBack === 1 ? 'it' : 'them'}).`;
    return;
  }
  if (view.rows.length === 0) {
    yield header;
    const ahead = view.windowDays === 0 ? '' : `, and nothing comes up ${withinWindow(view.windowDays)}`;
    yield `No one needs you today${ahead}. A good day to call someone you like.`;
    return;
  }
  // --all with only people talked to today: none of them is to reach out to ("0 people", then names).
  yield view.total === 0 ? `${header} — no one to reach out to; talked to today:` : `${header} — ${plural(view.total, 'person', 'people')} to reach out to`;
  yield '';
  let listed = 0;
  for (const row of view.rows) {
    if (!row.setAside) listed++;
    yield* personBlock(row, s);
  }
  if (view.total > listed) {
    yield '';
    // A limit as large as the count, not --all: that would list those talked to today too, more than said.
    yield s.dim(`… and ${formatCount(view.total - listed)} more: ${view.command} --limit ${view.total}`);
  }
}

/** A person on the list: the name, then each reason (the morning review shows the same). */
export function personBlock(row: RankedContact, s: Style): string[] {
  const name = `${s.bold(row.name)} ${s.dim(`#${row.contactId}`)}${row.talkedToday ? s.green(' — talked today') : ''}`;
  return [name, ...row.reasons.map((reason) => `  • ${reasonColour(reason, s)(hangingIndent(reason.text, '    '))}`)];
}

/** The colour of a reason: promises red, today's and tomorrow's dates magenta, complaints yellow, drifting cyan. */
function reasonColour(reason: Reason, s: Style): (text: string) => string {
  switch (reason.kind) {
    case 'follow-up':
      return s.red;
    case 'date-today':
    case 'date-tomorrow':
      return s.magenta;
    case 'complaint':
      return s.yellow;
    case 'drifting':
      return s.cyan;
    default:
      return (text) => text;
  }
}
