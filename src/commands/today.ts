// rel today: the morning list — who to reach out to, and every reason why.
import type { Context } from '../context.js';
import { parseDuration } from '../domain/duration.js';
import { rankContacts, type RankedContact } from '../domain/ranking.js';
import { UsageError } from '../errors.js';
import { dayFlag, parseCount } from '../flags.js';
import { getSetting, tagCadences } from '../store/settings.js';
import { hasAnyContact, loadRankInputs } from '../store/today.js';
import { renderToday } from '../ui/todayView.js';
import { json } from '../ui/style.js';

export interface TodayOptions {
  days?: string;
  limit?: string;
  all?: boolean;
  asOf?: string;
  json?: boolean;
}

export async function today(opts: TodayOptions, ctx: Context): Promise<void> {
  const asOf = opts.asOf === undefined ? ctx.today : await dayFlag(ctx, opts.asOf, '--as-of', 'future');
  const j = ctx.journal();
  const windowDays = parseCount(opts.days ?? getSetting(j, 'days'), '--days') as number;
  if (windowDays > 366) throw new UsageError('--days goes up to 366');
  const limit = opts.all ? Infinity : (parseCount(opts.limit ?? getSetting(j, 'limit'), '--limit') as number);
  const ranked = rankContacts(loadRankInputs(j, asOf), {
    today: asOf,
    windowDays,
    defaultCadence: parseDuration(getSetting(j, 'cadence'), 'the cadence setting'),
    tagCadences: tagCadences(j),
  });
  const shown = ranked.slice(0, limit);
  if (opts.json) {
    ctx.out.write(json({ date: asOf, windowDays, total: ranked.length, rows: shown.map(rowJson) }));
    return;
  }
  ctx.out.write(renderToday({ date: asOf, rows: shown, total: ranked.length, windowDays, empty: ranked.length === 0 && !hasAnyContact(j) }, ctx));
}

function rowJson(row: RankedContact) {
  return {
    contactId: row.contactId,
    name: row.name,
    score: row.score,
    reasons: row.reasons.map(({ weight: _weight, ...reason }) => reason),
  };
}
