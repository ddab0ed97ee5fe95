// Conversations: what was said, when, how; complaints are conversations marked open until resolved.
import type { Conversation, NewConversation } from '../domain/records.js';
import type { Channel } from '../domain/channels.js';
import type { Journal } from './journal.js';
import { rhythmMoved } from './rhythm.js';

// Every write here that adds, removes or re-dates a conversation moves its person's last contact
// and due day: it says so (rhythmMoved, src/store/rhythm.ts), and they are stored again before
// the commit.

export interface ConversationRow {
  id: number;
  contact_id: number;
  contact_name: string;
  happened_on: string;
  via: Channel | null;
  note: string | null;
  complaint: number;
  resolved_on: string | null;
  resolution_note: string | null;
  created_at: string;
}

export function toConversation(r: ConversationRow): Conversation {
  return {
    id: r.id,
    contactId: r.contact_id,
    contactName: r.contact_name,
    happenedOn: r.happened_on,
    via: r.via,
    note: r.note,
    complaint: r.complaint === 1,
    resolvedOn: r.resolved_on,
    resolutionNote: r.resolution_note,
    createdAt: r.created_at,
  };
}

const SELECT = `SELECT v.*, c.name AS contact_name FROM conversations v JOIN contacts c ON c.id = v.contact_id`;

export function insertConversation(j: Journal, c: NewConversation, at: string): number {
  const result = j
    .stmt('INSERT INTO conversations (contact_id, happened_on, via, note, complaint, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(c.contactId, c.happenedOn, c.via, c.note, c.complaint ? 1 : 0, at);
  rhythmMoved(j, [c.contactId], 'recount');
  return Number(result.lastInsertRowid);
}

export function getConversation(j: Journal, id: number): Conversation | undefined {
  const row = j.stmt<[number], ConversationRow>(`${SELECT} WHERE v.id = ?`).get(id);
  return row && toConversation(row);
}

export interface ConversationFilter {
  contactId?: number;
  since?: string;
  limit?: number;
}

/** Newest first. */
export function listConversations(j: Journal, filter: ConversationFilter = {}): Conversation[] {
  const rows = j
    .stmt<[number | null, number | null, string | null, string | null, number], ConversationRow>(
      `${SELECT} WHERE (? IS NULL OR v.contact_id = ?) AND (? IS NULL OR v.happened_on >= ?)
       ORDER BY v.happened_on DESC, v.id DESC LIMIT ?`,
    )
    .all(filter.contactId ?? null, filter.contactId ?? null, filter.since ?? null, filter.since ?? null, filter.limit ?? -1);
  return rows.map(toConversation);
}

export function resolveComplaint(j: Journal, id: number, resolvedOn: string, note: string | null): void {
  j.stmt('UPDATE conversations SET resolved_on = ?, resolution_note = ? WHERE id = ?').run(resolvedOn, note, id);
}

/** What `rel conversation edit` may change; undefined leaves a field as it is. */
export interface ConversationChanges {
  contactId?: number;
  happenedOn?: string;
  via?: Channel | null;
  note?: string | null;
  complaint?: boolean;
}

/**
 * Changes a conversation. A new day or a new person moves the rhythm of the person it was with
 * and of the one it is with now. Turning the complaint flag off drops its resolution too; turning
 * it on opens it.
 */
export function updateConversation(j: Journal, before: Conversation, changes: ConversationChanges): void {
  const after = {
    contactId: changes.contactId ?? before.contactId,
    happenedOn: changes.happenedOn ?? before.happenedOn,
    via: changes.via === undefined ? before.via : changes.via,
    note: changes.note === undefined ? before.note : changes.note,
    complaint: changes.complaint ?? before.complaint,
  };
  const resolvedOn = after.complaint && before.complaint ? before.resolvedOn : null;
  const resolutionNote = after.complaint && before.complaint ? before.resolutionNote : null;
  j.stmt('UPDATE conversations SET contact_id = ?, happened_on = ?, via = ?, note = ?, complaint = ?, resolved_on = ?, resolution_note = ? WHERE id = ?').run(
    after.contactId,
    after.happenedOn,
    after.via,
    after.note,
    after.complaint ? 1 : 0,
    resolvedOn,
    resolutionNote,
    before.id,
  );
  if (after.contactId !== before.contactId || after.happenedOn !== before.happenedOn) rhythmMoved(j, [...new Set([before.contactId, after.contactId])], 'recount');
}

export function deleteConversation(j: Journal, c: Conversation): void {
  j.stmt('DELETE FROM conversations WHERE id = ?').run(c.id);
  rhythmMoved(j, [c.contactId], 'recount');
}
