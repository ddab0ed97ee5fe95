// The rows behind rel stats, read with a fixed handful of set-based queries (never one per contact).
import type { Channel } from '../domain/channels.js';
import type { Day } from '../domain/calendar.js';
import type { RhythmFacts } from '../domain/rhythm.js';
import type { Journal } from './journal.js';
import { rhythmFactsOf } from './rhythm.js';

export interface StatsRows {
  /** Everyone, with what their rhythm follows from. */
  people: RhythmFacts[];
  perDay: Array<{ day: Day; count: number }>;
  channels: Array<{ via: Channel | null; count: number }>;
  complaints: Array<{ happenedOn: Day; resolvedOn: Day | null }>;
  /** The top referrers, most referrals first, each with everyone they referred (one row per pair). */
  referrals: Array<{ referrerId: number; referrerName: string; id: number; name: string }>;
}

/** The rows as the journal stood at the end of `today` (`rel stats` under REL_NOW, say). */
export function loadStats(j: Journal, today: Day, range: { from: Day; to: Day }, topReferrers: number): StatsRows {
  return {
    people: [...rhythmFactsOf(j, 'everyone', today).values()],
    perDay: j
      .stmt<[Day, Day], { day: Day; count: number }>('SELECT happened_on AS day, count(*) AS count FROM conversations WHERE happened_on BETWEEN ? AND ? GROUP BY happened_on')
      .all(range.from, range.to),
    channels: j
      .stmt<[], { via: Channel | null; count: number }>('SELECT via, count(*) AS count FROM conversations GROUP BY via ORDER BY count DESC, via IS NULL, via')
      .all(),
    complaints: j
      .stmt<[], { happenedOn: Day; resolvedOn: Day | null }>('SELECT happened_on AS happenedOn, resolved_on AS resolvedOn FROM conversations WHERE complaint = 1')
      .all(),
    referrals: j
      .stmt<[number], StatsRows['referrals'][number]>(
        `WITH top AS (
           SELECT r.id, r.name, r.name_key, count(*) AS total
           FROM contacts c JOIN contacts r ON r.id = c.referred_by
           GROUP BY r.id ORDER BY total DESC, r.name_key, r.id LIMIT ?
         )
         SELECT top.id AS referrerId, top.name AS referrerName, c.id, c.name
         FROM top JOIN contacts c ON c.referred_by = top.id
         ORDER BY top.total DESC, top.name_key, top.id, c.name_key, c.id`,
      )
      .all(topReferrers),
  };
}
