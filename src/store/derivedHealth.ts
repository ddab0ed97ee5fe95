// The checks behind rel doctor of the tables that triggers keep from the conversations, for the
// commands that read them instead of the conversations: counts_channels (rel stats, migration 0019)
// and open_complaint_people (rel today and rel show, 0022). Each is worked out again from the
// conversations and compared; a journal edited with those triggers dropped, or a table written by
// hand, can hold something else, and the command would then tell another story than rel log.
import { ok, problem, type Check } from './checks.js';
import { shellQuote } from './journalAccess.js';
import type { Db } from './open.js';

export function tableExists(db: Db, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

// The count of each channel's conversations, kept by triggers for rel stats (migration 0019),
// worked out again from the conversations.
const CHANNEL_COUNTS = "SELECT coalesce(via, ''), count(*) FROM conversations GROUP BY coalesce(via, '')";

/**
 * The counts rel stats shows for each channel against the conversations the journal holds. The
 * triggers keep them in step; a journal edited with those triggers dropped, or a table written by
 * hand, can hold others, and stats would then tell another story than rel log.
 */
export function checkChannelCounts(db: Db, path: string): Check {
  if (!tableExists(db, 'counts_channels')) return ok('channels', 'no counts kept in this version of the journal');
  const kept = new Map(db.prepare<[], [string, number]>('SELECT via_key, conversations FROM counts_channels').raw().all());
  const held = new Map(db.prepare<[], [string, number]>(CHANNEL_COUNTS).raw().all());
  const total = [...held.values()].reduce((sum, n) => sum + n, 0);
  const differ = [...new Set([...kept.keys(), ...held.keys()])].filter((k) => kept.get(k) !== held.get(k)).sort();
  if (differ.length === 0) return ok('channels', `the counts rel stats shows match the ${total} conversation${total === 1 ? '' : 's'}`);
  const shown = differ.map((k) => `${k === '' ? 'no channel' : k} ${kept.get(k) ?? 0} counted, ${held.get(k) ?? 0} held`);
  const recount = `DELETE FROM counts_channels; INSERT INTO counts_channels (via_key, conversations) ${CHANNEL_COUNTS};`;
  return problem('channels', `rel stats counts other numbers than the conversations hold: ${shown.join('; ')}`, `count them again: sqlite3 ${shellQuote(path)} ${shellQuote(recount)}`);
}

// Everyone each open complaint was with, worked out again from the conversations.
const OPEN_COMPLAINT_PEOPLE =
  'SELECT p.conversation_id, p.contact_id FROM conversations t JOIN conversation_people p ON p.conversation_id = t.id WHERE t.complaint = 1 AND t.resolved_on IS NULL';

/** The open complaints rel today and rel show read for each person, against the conversations. */
export function checkOpenComplaintPeople(db: Db, path: string): Check {
  if (!tableExists(db, 'open_complaint_people')) return ok('complaints', 'no list of open complaints kept in this version of the journal');
  const key = ([conversation, contact]: [number, number]) => `${conversation} ${contact}`;
  const kept = new Set(db.prepare<[], [number, number]>('SELECT conversation_id, contact_id FROM open_complaint_people').raw().all().map(key));
  const held = new Set(db.prepare<[], [number, number]>(OPEN_COMPLAINT_PEOPLE).raw().all().map(key));
  const extra = [...kept].filter((k) => !held.has(k)).length;
  const missing = [...held].filter((k) => !kept.has(k)).length;
  const complaints = db.prepare<[], number>('SELECT count(*) FROM conversations WHERE complaint = 1 AND resolved_on IS NULL').pluck().get() ?? 0;
  if (extra === 0 && missing === 0) {
    return ok('complaints', complaints === 0 ? 'no open complaints' : `everyone the ${complaints} open complaint${complaints === 1 ? ' was' : 's were'} with is listed for rel today and rel show`);
  }
  const shown = [missing > 0 ? `${missing} person-complaint pair${missing === 1 ? '' : 's'} missing` : '', extra > 0 ? `${extra} that the conversations do not hold` : ''].filter(Boolean).join(', ');
  const refill = `DELETE FROM open_complaint_people; INSERT INTO open_complaint_people (conversation_id, contact_id) ${OPEN_COMPLAINT_PEOPLE};`;
  return problem('complaints', `rel today and rel show read other open complaints than the conversations hold: ${shown}`, `list them again: sqlite3 ${shellQuote(path)} ${shellQuote(refill)}`);
}
