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

function groupBy<T>(rows: Array<T & { contact_id: number }>): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.contact_id);
    if (list) list.push(row);
    else grouped.set(row.contact_id, [row]);
  }
  return grouped;
}

/** Every active contact with what the ranking needs, as the journal stood at the end of `asOf`. */
export function loadRankInputs(j: Journal, asOf: Day): RankInput[] {
  const contacts = j
    .stmt<[Day], ContactRow>(
      `SELECT c.id, c.name, c.birthday, c.customer_since, c.cadence, c.paused_until, c.created_on, l.last_contact
       FROM contacts c
       LEFT JOIN (SELECT contact_id, max(happened_on) AS last_contact FROM conversations WHERE happened_on <= ? GROUP BY contact_id) l
         ON l.contact_id = c.id
       WHERE c.archived = 0`,
    )
    .all(asOf);
  const tags = groupBy(j.stmt<[], { contact_id: number; tag: string }>('SELECT contact_id, tag FROM contact_tags').all());
  const reminders = groupBy(
    j
      .stmt<[], RankReminder & { contact_id: number }>(
        'SELECT contact_id, id, text, due_on AS dueOn, snoozed_until AS snoozedUntil, every FROM reminders WHERE done_on IS NULL',
      )
      .all(),
  );
  const details = groupBy(
    j
      .stmt<[], { contact_id: number; id: number; text: string; date: string; yearly: number }>('SELECT contact_id, id, text, date, yearly FROM details WHERE date IS NOT NULL')
      .all(),
  );
  const complaints = groupBy(
    j
      .stmt<[Day], RankComplaint & { contact_id: number }>(
        `SELECT contact_id, id AS conversationId, happened_on AS happenedOn, note FROM conversations
         WHERE complaint = 1 AND resolved_on IS NULL AND happened_on <= ?`,
      )
      .all(asOf),
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
