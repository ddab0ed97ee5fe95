// rel stats: how the relationships are doing — keep-in-touch status, conversations per week,
// channels, complaints and who sends business your way.
import type { Context } from '../context.js';
import { chartRange, countStatuses, countStatusGroups, groupReferrers, summarizeCountedComplaints, weeklyCounts, type StatusCounts } from '../domain/stats.js';
import { rhythmSettings } from '../store/rhythm.js';
import { loadStats } from '../store/stats.js';
import { renderStats, type StatsView } from '../ui/statsView.js';
import { json } from '../ui/style.js';

export const TOP_REFERRERS = 5;

function statsJson(view: StatsView) {
  return {
    date: view.date,
    contacts: view.contacts,
    conversationsPerWeek: view.weeks.map((w) => ({ week: w.week, conversations: w.count })),
    channels: view.channels.map((c) => ({ via: c.via, conversations: c.count })),
    complaints: view.complaints,
    topReferrers: view.referrers.map((r) => ({ person: { id: r.id, name: r.name }, archived: r.archived, referredCount: r.referred.length, referred: r.referred })),
  };
}

export interface StatsOptions {
  json?: boolean;
}

function activeAndCounts(counts: StatusCounts, everyone: number): StatsView['contacts'] {
  return { active: everyone - counts.archived, ...counts };
}

export async function stats(opts: StatsOptions, ctx: Context): Promise<void> {
  const j = ctx.journal();
  const rows = loadStats(j, ctx.today, chartRange(ctx.today), TOP_REFERRERS);
  const settings = rhythmSettings(j);
  const view: StatsView = {
    date: ctx.today,
    contacts: activeAndCounts(countStatuses(rows.talkedLater, settings, ctx.today, countStatusGroups(rows.statusGroups, ctx.today)), rows.everyone),
    weeks: weeklyCounts(rows.perDay, ctx.today),
    channels: rows.channels,
    complaints: summarizeCountedComplaints(rows.complaints, rows.openArchivedComplaints),
    referrers: groupReferrers(rows.referrals),
  };
  ctx.out.write(opts.json ? json(statsJson(view)) : renderStats(view, ctx));
}
