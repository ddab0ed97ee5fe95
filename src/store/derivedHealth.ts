// The checks behind rel doctor of the tables that triggers keep from the conversations and the
// contacts, for the commands that read them instead: counts_channels, counts_days,
// counts_referrals, counts_statuses and counts_complaints (rel stats, migrations 0019, 0025, 0026 and
// 0027), counts_follow_ups (rel reminders, 0028), open_complaint_people (rel today, rel show, rel stats,
// 0022) and name_trigrams (naming a person by a part of their name, 0029). Each is worked out
// again from the rows and compared; a journal edited with those triggers dropped, or a table
// written by hand, can hold something else, and the command would then tell another story than
// rel log or rel show.
import { fromDayNumber } from '../domain/calendar.js';
import { ok, problem, type Check, type CheckName } from './checks.js';
import { pathWord } from '../shellWords.js';
import type { Db } from './open.js';
import { BY_GROUP, GROUPED } from './statusCounts.js';

export function tableExists(db: Db, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

/** A table of counts that triggers keep from the conversations or the contacts, and how rel doctor words it. */
interface CountTable {
  check: CheckName;
  table: string;
  /** The columns of a row's key. */
  keys: string[];
  /** The columns of its counts (the total is the first's), and what each counts (a conversation, a referral). */
  columns: string[];
  counts: string;
  /** The counts worked out again from the rows: the keys' values, then the counts'. */
  recount: string;
  /** What the command shows from them, for the line that says they match. */
  shows: string;
  /** What the command would tell if they did not. */
  tells: string;
  keyName: (key: Value[]) => string;
  /** A row's counts as a problem's line shows them; the first count alone unless told. */
  countsName?: (counts: number[]) => string;
}

type Value = string | number;

// Each channel's conversations (rel stats' channels, migration 0019) and each day's (its chart, 0025).
const CHANNELS: CountTable = {
  check: 'channels',
  table: 'counts_channels',
  keys: ['via_key'],
  columns: ['conversations'],
  counts: 'conversation',
  recount: "SELECT coalesce(via, ''), count(*) FROM conversations GROUP BY coalesce(via, '')",
  shows: 'the counts rel stats shows',
  tells: 'rel stats counts other numbers than the conversations hold',
  keyName: ([via]) => (via === '' ? 'no channel' : String(via)),
};
const DAYS: CountTable = {
  check: 'days',
  table: 'counts_days',
  keys: ['happened_on'],
  columns: ['conversations'],
  counts: 'conversation',
  recount: 'SELECT happened_on, count(*) FROM conversations GROUP BY happened_on',
  shows: 'the days rel stats charts',
  tells: 'rel stats charts other numbers than the conversations hold',
  keyName: ([day]) => String(day),
};
// How many people each referrer referred (the top referrers of rel stats, 0026).
const REFERRALS: CountTable = {
  check: 'referrers',
  table: 'counts_referrals',
  keys: ['referrer_id'],
  columns: ['referrals'],
  counts: 'referral',
  recount: 'SELECT referred_by, count(*) FROM contacts WHERE referred_by IS NOT NULL GROUP BY referred_by',
  shows: 'the top referrers rel stats shows',
  tells: 'rel stats ranks referrers by other numbers than the contacts hold',
  keyName: ([id]) => `#${id}`,
};
// Everyone by the facts their status follows from (rel stats' statuses, 0027).
const STATUSES: CountTable = {
  check: 'statuses',
  table: 'counts_statuses',
  keys: ['archived', 'talked', 'due_day', 'paused_until'],
  columns: ['people', 'with_rhythm'],
  counts: 'contact',
  recount: `${GROUPED} ${BY_GROUP}`,
  shows: 'the statuses rel stats shows',
  tells: 'rel stats counts other statuses than the contacts hold',
  keyName: ([archived, talked, dueDay, pausedUntil]) =>
    [archived === 1 ? 'archived' : 'active', talked === 1 ? 'talked to' : 'never talked to', dueDay === '' ? 'no due day' : `due ${fromDayNumber(Number(dueDay))}`, pausedUntil === '' ? '' : `paused until ${pausedUntil}`]
      .filter(Boolean)
      .join(', '),
  countsName: ([people, withRhythm]) => `${people} (${withRhythm} with a rhythm)`,
};
// Complaints by day, and those out of order by their two days (rel stats' complaints, 0027).
// Resolved on or after the day made, both calendar days (migration 0027; the domain's resolvedInOrder).
const IN_ORDER = 'resolved_on >= happened_on AND date(happened_on) IS happened_on AND date(resolved_on) IS resolved_on';
const COMPLAINT_DAYS: CountTable = {
  check: 'turnaround',
  table: 'counts_complaints',
  keys: ['day'],
  columns: ['open', 'made', 'resolved'],
  counts: 'complaint',
  recount:
    `SELECT day, sum(open), sum(made), sum(resolved) FROM (SELECT happened_on AS day, resolved_on IS NULL AS open, resolved_on IS NOT NULL AND ${IN_ORDER} AS made, 0 AS resolved FROM conversations WHERE complaint = 1` +
    ` UNION ALL SELECT resolved_on, 0, 0, 1 FROM conversations WHERE complaint = 1 AND ${IN_ORDER}) GROUP BY day HAVING sum(open) + sum(made) + sum(resolved) > 0`,
  shows: 'the complaints rel stats counts',
  tells: 'rel stats counts other complaints than the conversations hold',
  keyName: ([day]) => String(day),
  countsName: ([open, made, resolved]) => `${open} open, ${made} made and ${resolved} resolved`,
};
const ODD_COMPLAINTS: CountTable = {
  check: 'turnaround',
  table: 'counts_complaints_odd',
  keys: ['happened_on', 'resolved_on'],
  columns: ['complaints'],
  counts: 'complaint',
  recount: `SELECT happened_on, resolved_on, count(*) FROM conversations WHERE complaint = 1 AND resolved_on IS NOT NULL AND NOT (${IN_ORDER}) GROUP BY 1, 2`,
  shows: 'the complaints rel stats counts',
  tells: 'rel stats counts other complaints than the conversations hold',
  keyName: ([made, resolved]) => `made ${made}, resolved ${resolved}`,
};
// The open follow-ups, and the archived people's among them (rel reminders' count of the rest, 0028).
const FOLLOW_UPS: CountTable = {
  check: 'follow-ups',
  table: 'counts_follow_ups',
  keys: ['one'],
  columns: ['open', 'archived_open'],
  counts: 'open follow-up',
  recount:
    'SELECT 1, (SELECT count(*) FROM reminders WHERE done_on IS NULL), ' +
    '(SELECT count(*) FROM contacts c JOIN reminders r ON r.contact_id = c.id WHERE c.archived = 1 AND r.done_on IS NULL)',
  shows: 'the open follow-ups rel reminders counts',
  tells: 'rel reminders counts other follow-ups than the journal holds',
  keyName: () => 'follow-ups',
  countsName: ([open, archived]) => `${open} open (${archived} of archived people)`,
};
/** Keys listed in a problem's line at most; the rest are counted. */
const KEYS_SHOWN = 5;

/**
 * The counts a table holds against the conversations the journal holds. The triggers keep them in
 * step; a journal edited with those triggers dropped, or a table written by hand, can hold
 * others, and stats would then tell another story than rel log.
 */
function checkCountTable(db: Db, path: string, t: CountTable): Check {
  if (!tableExists(db, t.table)) return ok(t.check, 'no counts kept in this version of the journal');
  const byKey = (rows: Value[][]): Map<string, number[]> => new Map(rows.map((row) => [JSON.stringify(row.slice(0, t.keys.length)), row.slice(t.keys.length) as number[]]));
  const kept = byKey(db.prepare<[], Value[]>(`SELECT ${[...t.keys, ...t.columns].join(', ')} FROM ${t.table}`).raw().all());
  const held = byKey(db.prepare<[], Value[]>(t.recount).raw().all());
  let total = 0;
  held.forEach((counts) => (total += counts[0]!));
  const same = (a: number[] | undefined, b: number[] | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);
  const differ = [...new Set([...kept.keys(), ...held.keys()])].filter((k) => !same(kept.get(k), held.get(k))).sort();
  if (differ.length === 0) return ok(t.check, `${t.shows} match the ${total} ${t.counts}${total === 1 ? '' : 's'}`);
  const none = t.columns.map(() => 0);
  const countsName = t.countsName ?? (([n]: number[]) => String(n));
  const shown = differ
    .slice(0, KEYS_SHOWN)
    .map((k) => `${t.keyName(JSON.parse(k) as Value[])} ${countsName(kept.get(k) ?? none)} counted, ${countsName(held.get(k) ?? none)} held`);
  if (differ.length > KEYS_SHOWN) shown.push(`and ${differ.length - KEYS_SHOWN} more`);
  const recount = `DELETE FROM ${t.table}; INSERT INTO ${t.table} (${[...t.keys, ...t.columns].join(', ')}) ${t.recount};`;
  return problem(t.check, `${t.tells}: ${shown.join('; ')}`, `count them again: sqlite3 ${pathWord(path)} ${pathWord(recount)}`);
}

/** The counts rel stats shows for each channel, against the conversations. */
export const checkChannelCounts = (db: Db, path: string): Check => checkCountTable(db, path, CHANNELS);

/** The conversations rel stats charts for each day, against the conversations. */
export const checkDayCounts = (db: Db, path: string): Check => checkCountTable(db, path, DAYS);

/** The referrals rel stats ranks its top referrers by, against the contacts. */
export const checkReferralCounts = (db: Db, path: string): Check => checkCountTable(db, path, REFERRALS);

/** The groups rel stats counts its statuses from, against the contacts. */
export const checkStatusCounts = (db: Db, path: string): Check => checkCountTable(db, path, STATUSES);

/** The open follow-ups rel reminders counts, against the follow-ups. */
export const checkFollowUpCounts = (db: Db, path: string): Check => checkCountTable(db, path, FOLLOW_UPS);

/** The complaints rel stats counts by their days, against the conversations. */
export function checkComplaintCounts(db: Db, path: string): Check {
  for (const t of [COMPLAINT_DAYS, ODD_COMPLAINTS]) {
    const check = checkCountTable(db, path, t);
    if (!check.ok || !tableExists(db, t.table)) return check;
  }
  const n = db.prepare<[], number>('SELECT count(*) FROM conversations WHERE complaint = 1').pluck().get() ?? 0;
  return ok('turnaround', `${COMPLAINT_DAYS.shows} match the ${n} complaint${n === 1 ? '' : 's'}`);
}

/** How the rows a table keeps (`kept`) and the rows worked out again (`held`) differ: how many of each the other lacks, and how many are held. */
function rowsApart(db: Db, kept: string, held: string): { extra: number; missing: number; held: number } {
  const rows = (sql: string) => new Set(db.prepare<[], unknown[]>(sql).raw().all().map((row) => JSON.stringify(row)));
  const [keptRows, heldRows] = [rows(kept), rows(held)];
  const extra = [...keptRows].filter((k) => !heldRows.has(k)).length;
  const missing = [...heldRows].filter((k) => !keptRows.has(k)).length;
  return { extra, missing, held: heldRows.size };
}

// Everyone each open complaint was with, worked out again from the conversations.
const OPEN_COMPLAINT_PEOPLE =
  'SELECT p.conversation_id, p.contact_id FROM conversations t JOIN conversation_people p ON p.conversation_id = t.id WHERE t.complaint = 1 AND t.resolved_on IS NULL';

/** The open complaints rel today and rel show read for each person, against the conversations. */
export function checkOpenComplaintPeople(db: Db, path: string): Check {
  if (!tableExists(db, 'open_complaint_people')) return ok('complaints', 'no list of open complaints kept in this version of the journal');
  const { extra, missing } = rowsApart(db, 'SELECT conversation_id, contact_id FROM open_complaint_people', OPEN_COMPLAINT_PEOPLE);
  const complaints = db.prepare<[], number>('SELECT count(*) FROM conversations WHERE complaint = 1 AND resolved_on IS NULL').pluck().get() ?? 0;
  if (extra === 0 && missing === 0) {
    return ok('complaints', complaints === 0 ? 'no open complaints' : `everyone the ${complaints} open complaint${complaints === 1 ? ' was' : 's were'} with is listed for rel today, rel show and rel stats`);
  }
  const shown = [missing > 0 ? `${missing} person-complaint pair${missing === 1 ? '' : 's'} missing` : '', extra > 0 ? `${extra} that the conversations do not hold` : ''].filter(Boolean).join(', ');
  const refill = `DELETE FROM open_complaint_people; INSERT INTO open_complaint_people (conversation_id, contact_id) ${OPEN_COMPLAINT_PEOPLE};`;
  return problem('complaints', `rel today, rel show and rel stats read other open complaints than the conversations hold: ${shown}`, `list them again: sqlite3 ${pathWord(path)} ${pathWord(refill)}`);
}

const NAMES_AGAIN = 'DELETE FROM name_trigrams; INSERT INTO name_trigrams (rowid, name_key) SELECT id, name_key FROM contacts ORDER BY id;';

/** The index of names a part of a name is found through, against the contacts' names. */
export function checkNameTrigrams(db: Db, path: string): Check {
  if (!tableExists(db, 'name_trigrams')) return ok('names', 'no index of names kept in this version of the journal');
  const { extra, missing, held } = rowsApart(db, 'SELECT rowid, name_key FROM name_trigrams', 'SELECT id, name_key FROM contacts');
  if (extra === 0 && missing === 0) {
    return ok('names', held === 0 ? 'no names yet' : held === 1 ? 'the 1 name is found by a part of it' : `the ${held} names are all found by a part of them`);
  }
  const shown = [missing > 0 ? `${missing} name${missing === 1 ? '' : 's'} missing` : '', extra > 0 ? `${extra} that the contacts do not have` : ''].filter(Boolean).join(', ');
  // An index FTS5 has deleted from in secure-delete mode is read by SQLite 3.42 and later (README: erasure).
  return problem('names', `a part of a name finds other people than the contacts hold: ${shown}`, `index them again with sqlite3 3.42 or later: sqlite3 ${pathWord(path)} ${pathWord(NAMES_AGAIN)}`);
}
