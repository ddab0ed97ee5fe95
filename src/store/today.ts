// The inputs of the morning list, read with a fixed handful of set-based queries (never one
// query per contact), so `rel today` stays fast on a hundred thousand contacts.
import type { Day } from '../domain/calendar.js';
import type { RankComplaint, RankDetail, RankInput, RankReminder } from '../domain/ranking.js';
import type { Journal } from './journal.js';

interface ContactRow {
  id: number;
  name: string;
  birthday: string | null;
  customer_since: string | null;
  cadence: string | null;
  paused_until: string | null;
  created_on: string;
  last_contact: string | null;
}

interface Params {
  asOf?: Day;
  one?: number | null;
}

function groupBy<T>(rows: Array<T & { contact_id: number }>): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.contact_id);
    if (list) list.push(row);
    else grouped.set(row.contact_id, [row]);
  }
  return grouped;
}

/**
 * Every active contact (or just `only`, archived or not) with what the ranking needs, as the
 * journal stood at the end of `asOf`.
 */
export function loadRankInputs(j: Journal, asOf: Day, only?: number): RankInput[] {
  const one = only ?? null;
  const contacts = j
    .stmt<[Params], ContactRow>(
      `SELECT c.id, c.name, c.birthday, c.customer_since, c.cadence, c.paused_until, c.created_on, l.last_contact
       FROM contacts c
       LEFT JOIN (SELECT contact_id, max(happened_on) AS last_contact FROM conversations WHERE happened_on <= @asOf GROUP BY contact_id) l
         ON l.contact_id = c.id
       WHERE (@one IS NULL AND c.archived = 0) OR c.id = @one`,
    )
    .all({ asOf, one });
  const tags = groupBy(j.stmt<[Params], { contact_id: number; tag: string }>('SELECT contact_id, tag FROM contact_tags WHERE @one IS NULL OR contact_id = @one').all({ one }));
  const reminders = groupBy(
    j
      .stmt<[Params], RankReminder & { contact_id: number }>(
        'SELECT contact_id, id, text, due_on AS dueOn, snoozed_until AS snoozedUntil, every FROM reminders WHERE done_on IS NULL AND (@one IS NULL OR contact_id = @one)',
      )
      .all({ one }),
  );
  const details = groupBy(
    j
      .stmt<[Params], { contact_id: number; id: number; text: string; date: string; yearly: number }>(
        'SELECT contact_id, id, text, date, yearly FROM details WHERE date IS NOT NULL AND (@one IS NULL OR contact_id = @one)',
      )
      .all({ one }),
  );
  const complaints = groupBy(
    j
      .stmt<[Params], RankComplaint & { contact_id: number }>(
        `SELECT contact_id, id AS conversationId, happened_on AS happenedOn, note FROM conversations
         WHERE complaint = 1 AND resolved_on IS NULL AND happened_on <= @asOf AND (@one IS NULL OR contact_id = @one)`,
      )
      .all({ asOf, one }),
  );
  return contacts.map((c) => ({
    id: c.id,
    name: c.name,
    birthday: c.birthday,
    customerSince: c.customer_since,
    cadence: c.cadence,
    tags: (tags.get(c.id) ?? []).map((t) => t.tag),
    pausedUntil: c.paused_until,
    createdOn: c.created_on,
    archived: false,
    lastContactOn: c.last_contact,
    reminders: reminders.get(c.id) ?? [],
    details: (details.get(c.id) ?? []).map((d): RankDetail => ({ id: d.id, text: d.text, date: d.date, yearly: d.yearly === 1 })),
    complaints: complaints.get(c.id) ?? [],
  }));
}

export function hasAnyContact(j: Journal): boolean {
  return j.stmt<[], { one: number }>('SELECT 1 AS one FROM contacts LIMIT 1').get() !== undefined;
}
