// rel today: the morning list — who to reach out to, and every reason why.
import type { Context } from '../context.js';
import { addDays } from '../domain/calendar.js';
import { parseDuration } from '../domain/duration.js';
import { rankContacts, rankTop, type RankedContact } from '../domain/ranking.js';
import { DAYS_AHEAD, storedCount } from '../domain/settings.js';
import { UsageError } from '../errors.js';
import { dayFlag, parseCount } from '../flags.js';
import { getSetting, tagCadences } from '../store/settings.js';
import { hasAnyContact } from '../store/contacts.js';
import { loadEveryone, loadWhoMayHaveReasons, rankTodayTop, talkedToWithReasons } from '../store/today.js';
import { todayLines } from '../ui/todayView.js';
import { mapRows, streamJsonArray, streamLines } from '../ui/streamed.js';

export interface TodayOptions {
  days?: string;
  limit?: string;
  all?: boolean;
  asOf?: string;
  json?: boolean;
  /** On a terminal, one person at a time, acting on each (src/commands/todayReview.ts). */
  review?: boolean;
}

export async function today(opts: TodayOptions, ctx: Context): Promise<void> {
  if (opts.review) reviewFlags(opts, ctx);
  // Every flag is checked before the journal is opened: a typo must not create or touch it.
  const asOf = opts.asOf === undefined ? ctx.today : await dayFlag(ctx, opts.asOf, '--as-of', 'future');
  const daysFlag = parseCount(opts.days, '--days', DAYS_AHEAD);
  const limitFlag = parseCount(opts.limit, '--limit', { least: 1, advice: '--all shows everyone' });
  const j = ctx.journal();
  // The stored defaults are the journal's: a damaged one is exit 1, not a usage error.
  const windowDays = daysFlag ?? storedCount('days', getSetting(j, 'days'));
  const limit = opts.all ? Infinity : (limitFlag ?? storedCount('limit', getSetting(j, 'limit')));
  const rankOptions = {
    today: asOf,
    windowDays,
    defaultCadence: parseDuration(getSetting(j, 'cadence'), 'the cadence setting'),
    tagCadences: tagCadences(j),
  };
  const list = (): { shown: RankedContact[]; total: number } => {
    // A limited list reads only the people who can make it; --all, only those who can have a
    // reason and those talked to that day; a day before the latest conversation, everyone, and
    // a limited list keeps only its first rows meanwhile.
    const top = Number.isFinite(limit) ? (rankTodayTop(j, rankOptions, limit) ?? rankTop(loadEveryone(j, asOf), rankOptions, limit)) : undefined;
    // --all lists the people talked to today too (set aside, last); the total counts only the others.
    const ranked = top?.rows ?? rankContacts((opts.all && loadWhoMayHaveReasons(j, rankOptions)) || loadEveryone(j, asOf), rankOptions, opts.all === true);
    return { shown: ranked.slice(0, limit), total: top?.total ?? ranked.filter((row) => !row.setAside).length };
  };
  // Taken before ranking: a write meanwhile, by another rel, then counts as after it.
  const rankedAt = opts.review ? j.changeMark() : '';
  const { shown, total } = list();
  if (opts.review && shown.some((row) => !row.setAside)) {
    // The list without the people set aside as talked to today: the one just ranked for the first
    // screen, ranked again once the journal has changed (an action, or another rel meanwhile).
    const awake = (rows: RankedContact[]) => rows.filter((row) => !row.setAside);
    let ranked = { mark: rankedAt, rows: awake(shown) };
    const people = (): RankedContact[] => {
      const mark = j.changeMark();
      if (mark !== ranked.mark) ranked = { mark, rows: awake(list().shown) };
      return ranked.rows;
    };
    return (await import('./todayReview.js')).todayReview(people, ctx);
  }
  if (opts.json) {
    // A listing is a top-level array (SPEC §3); --all lists everyone the day has reasons for, some
    // 40,000 on a large journal: written as it is made, never as one string.
    const { todayRowJson } = await import('../formats/json.js'); // only here: the list as text needs none of the JSON shapes
    const rowJson = (row: RankedContact) => todayRowJson({ person: { id: row.contactId, name: row.name }, score: row.score, reasons: row.reasons, talkedToday: row.talkedToday });
    streamJsonArray(mapRows(shown, rowJson), (text) => void ctx.out.write(text));
    return;
  }
  // The hints repeat the day and window asked for, so they list the same people.
  const command = ['rel today', opts.asOf === undefined ? '' : ` --as-of ${asOf}`, daysFlag === undefined ? '' : ` --days ${daysFlag}`].join('');
  const empty = shown.length === 0 && !hasAnyContact(j);
  const setAside = shown.length === 0 && !empty ? talkedToWithReasons(j, rankOptions) : 0;
  // Read only for an empty list's hint, so a list with people in it does not load the reminders' store.
  const snoozedBack = shown.length === 0 && !empty ? (await import('../store/reminders.js')).countSnoozedBack(j, asOf, addDays(asOf, windowDays)) : 0;
  // An empty list under --review is this same screen: nobody to walk through.
  streamLines(todayLines({ date: asOf, rows: shown, total, windowDays, empty, setAside, snoozedBack, command }, ctx), (text) => void ctx.out.write(text));
}

/** --review walks through today's list on a terminal, asking there: the flags that cannot go with it. */
function reviewFlags(opts: TodayOptions, ctx: Context): void {
  if (!ctx.interactive) throw new UsageError('--review needs a terminal to ask on (stdin and stdout, and no --no-input); rel today prints the list');
  if (opts.json) throw new UsageError('--review and --json do not go together: --json is for programs; rel today --json prints the list');
  if (opts.asOf !== undefined) throw new UsageError("--review acts on today's list; leave out --as-of (rel today --as-of DAY shows another day's)");
}
