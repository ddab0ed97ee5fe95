// The rows behind rel stats, read with a fixed handful of set-based queries (never one per contact).
import type { Channel } from '../domain/channels.js';
import type { Day } from '../domain/calendar.js';
import type { StatusContact } from '../domain/stats.js';
import type { Journal } from './journal.js';

export interface StatsRows {
  /** Contacts not archived, with their tags and last conversation. */
  active: StatusContact[];
  archived: number;
  perDay: Array<{ day: Day; count: number }>;
  channels: Array<{ via: Channel | null; count: number }>;
  complaints: Array<{ happenedOn: Day; resolvedOn: Day | null }>;
  /** The top referrers, most referrals first, each with everyone they referred (one row per pair). */
  referrals: Array<{ referrerId: number; referrerName: string; id: number; name: string }>;
}

interface ContactRow {
  id: number;
  cadence: string | null;
  paused_until: string | null;
  created_on: string;
  archived: number;
  last_contact: string | null;
}

function loadContacts(j: Journal): { active: StatusContact[]; archived: number } {
  const rows = j
    .stmt<[], ContactRow>(
      `SELECT c.id, c.cadence, c.paused_until, c.created_on, c.archived, l.last_contact
       FROM contacts c
       LEFT JOIN (SELECT contact_id, max(happened_on) AS last_contact FROM conversations GROUP BY contact_id) l ON l.contact_id = c.id`,
    )
    .all();
  const tags = new Map<number, string[]>();
  for (const { contact_id, tag } of j.stmt<[], { contact_id: number; tag: string }>('SELECT contact_id, tag FROM contact_tags').all()) {
    const list = tags.get(contact_id);
    if (list) list.push(tag);
    else tags.set(contact_id, [tag]);
  }
  const active = rows
    .filter((r) => r.archived === 0)
    .map((r) => ({ cadence: r.cadence, tags: tags.get(r.id) ?? [], pausedUntil: r.paused_until, createdOn: r.created_on, lastContact: r.last_contact }));
  return { active, archived: rows.length - active.length };
}

export function loadStats(j: Journal, range: { from: Day; to: Day }, topReferrers: number): StatsRows {
  return {
    ...loadContacts(j),
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
