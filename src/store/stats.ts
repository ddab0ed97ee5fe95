// The rows behind rel stats, read with a fixed handful of set-based queries (never one per contact),
// from the counts triggers keep (migrations 0019, 0025, 0026, 0027), else from indexes (0004, 0017):
// a large journal holds 100,000 contacts and a million conversations, and stats shows a screen of
// counts.
import type { Channel } from '../domain/channels.js';
import { dayNumber, fromDayNumber, type Day } from '../domain/calendar.js';
import { statusBounds, type RhythmFacts } from '../domain/rhythm.js';
import type { ComplaintDays, CountedComplaints, StatusGroup } from '../domain/stats.js';
import type { Journal } from './journal.js';
import { hasConversationsAfter, rhythmFactsOf } from './rhythm.js';

export interface StatsRows {
  /** How many contacts the journal holds, archived included. */
  everyone: number;
  /** Everyone whose stored rhythm is that of the day, in groups alike in what their status follows from. */
  statusGroups: StatusGroup[];
  /** Everyone talked to after the day (REL_NOW in the past), with the facts of the day for the domain. */
  talkedLater: RhythmFacts[];
  perDay: Array<{ day: Day; count: number }>;
  channels: Array<{ via: Channel | null; count: number }>;
  complaints: CountedComplaints;
  /** Open complaints that only archived people were in: rel today leaves them out. */
  openArchivedComplaints: number;
  /** The top referrers, most referrals first, each with everyone they referred (one row per pair); referrerArchived 0 or 1. */
  referrals: Array<{ referrerId: number; referrerName: string; referrerArchived: number; id: number; name: string }>;
}

// [due_day, paused_until, people, people with a rhythm (cadence_days: the day counted from is a
// calendar day, which countStatuses asks too)].
type GroupRow = [dueDay: number | null, pausedUntil: Day | null, people: number, withRhythm: number];

// The stored rhythm (src/store/rhythm.ts) is that of the day for everyone whose last conversation
// is on or before it: then their groups are counted already (countedStatusFacts). With
// conversations after the day (REL_NOW in the past), the people talked to after it are kept out
// by `@asOf` and their facts worked out for the day, and the rest grouped from 0004's and 0017's
// indexes: the active from contacts_rhythm, those never talked to and the archived from theirs.
const ON_THE_DAY = 'AND (c.last_contact_on IS NULL OR c.last_contact_on <= @asOf)';
const GROUPED = 'SELECT c.due_day, c.paused_until, count(*), count(c.cadence_days) FROM contacts c';
const BY_FACTS = 'GROUP BY c.due_day, c.paused_until';
const ACTIVE = `${GROUPED} WHERE c.archived = 0 ${ON_THE_DAY} ${BY_FACTS}`;
const NEVER_TALKED = `${GROUPED} WHERE c.archived = 0 AND c.last_contact_on IS NULL ${BY_FACTS}`;
const ARCHIVED = (talked: boolean) => `${GROUPED} WHERE c.archived = 1 AND c.last_contact_on IS ${talked ? 'NOT ' : ''}NULL ${ON_THE_DAY} ${BY_FACTS}`;

/** Everyone, and the status facts of those whose stored rhythm is that of `asOf` in groups; the facts of the rest. */
function statusFacts(j: Journal, asOf: Day, late: boolean): Pick<StatsRows, 'everyone' | 'statusGroups' | 'talkedLater'> {
  if (!late) return countedStatusFacts(j, asOf);
  const rows = (sql: string): GroupRow[] => j.rawStmt<unknown[], GroupRow>(sql).all({ asOf });
  let everyone = 0;
  const statusGroups: StatusGroup[] = [];
  const neverTalked = new Map(j.rawStmt<[], GroupRow>(NEVER_TALKED).all().map(([dueDay, pausedUntil, , withRhythm]) => [`${dueDay} ${pausedUntil}`, withRhythm]));
  for (const [dueDay, pausedUntil, people, withRhythm] of rows(ACTIVE)) {
    const never = neverTalked.get(`${dueDay} ${pausedUntil}`) ?? 0;
    everyone += people;
    addGroup(statusGroups, false, true, dueDay, pausedUntil, withRhythm - never);
    addGroup(statusGroups, false, false, dueDay, pausedUntil, never);
  }
  for (const talked of [true, false]) {
    for (const [dueDay, pausedUntil, people, withRhythm] of rows(ARCHIVED(talked))) {
      everyone += people;
      addGroup(statusGroups, true, talked, dueDay, pausedUntil, withRhythm);
    }
  }
  const laterIds = j.rawStmt<[Day], [number]>('SELECT id FROM contacts WHERE last_contact_on > ?').all(asOf).map(([id]) => id);
  everyone += laterIds.length;
  return { everyone, statusGroups, talkedLater: laterIds.length === 0 ? [] : [...rhythmFactsOf(j, laterIds, asOf).values()] };
}

function addGroup(groups: StatusGroup[], archived: boolean, talked: boolean, dueDay: number | null, pausedUntil: Day | null, people: number): void {
  if (people > 0) groups.push({ archived, pausedUntil, dueOn: dueDay === null ? null : fromDayNumber(dueDay), talked, people });
}

// [archived, talked, due_day, paused_until, people, with_rhythm], '' for none in the keys.
type CountedGroup = [archived: number, talked: number, dueDay: number | '', pausedUntil: Day | '', people: number, withRhythm: number];

// The counted groups (some 4,000 on a large journal, one per due day and pause) summed by where
// their days fall against the day's status bounds (statusBounds): at most 32 kinds, each shown
// by its first days, which have its status. ('' sorts after every day number, and before every day.)
const COUNTED_KINDS = `SELECT archived, talked, min(due_day), min(paused_until), sum(people), sum(with_rhythm) FROM counts_statuses
  GROUP BY archived, talked,
    CASE WHEN due_day = '' THEN 0 WHEN due_day < @dueFrom THEN 1 WHEN due_day <= @dueSoonTo THEN 2 ELSE 3 END,
    paused_until > @pausedAfter`;

/** The status facts of everyone, from the counts triggers keep (migration 0027): no contact row nor index entry is read. */
function countedStatusFacts(j: Journal, today: Day): Pick<StatsRows, 'everyone' | 'statusGroups' | 'talkedLater'> {
  const bounds = statusBounds(today);
  let everyone = 0;
  const statusGroups: StatusGroup[] = [];
  const kinds = j
    .rawStmt<[{ dueFrom: number; dueSoonTo: number; pausedAfter: Day }], CountedGroup>(COUNTED_KINDS)
    .all({ dueFrom: dayNumber(bounds.dueFrom), dueSoonTo: dayNumber(bounds.dueSoonTo), pausedAfter: bounds.pausedAfter });
  for (const [archived, talked, dueDay, pausedUntil, people, withRhythm] of kinds) {
    everyone += people;
    addGroup(statusGroups, archived === 1, talked === 1, dueDay === '' ? null : dueDay, pausedUntil === '' ? null : pausedUntil, withRhythm);
  }
  return { everyone, statusGroups, talkedLater: [] };
}

/** The rows as the journal stood at the end of `today` (`rel stats` under REL_NOW, say). */
export function loadStats(j: Journal, today: Day, range: { from: Day; to: Day }, topReferrers: number): StatsRows {
  const late = hasConversationsAfter(j, today);
  return {
    ...statusFacts(j, today, late),
    // kept by triggers as conversations change (migration 0025)
    perDay: j
      .stmt<[Day, Day], { day: Day; count: number }>('SELECT happened_on AS day, conversations AS count FROM counts_days WHERE happened_on BETWEEN ? AND ?')
      .all(range.from, range.to),
    // kept by triggers as conversations change (migration 0019)
    channels: j
      .stmt<[], { via: Channel | null; count: number }>(
        "SELECT nullif(via_key, '') AS via, conversations AS count FROM counts_channels WHERE conversations > 0 ORDER BY count DESC, via IS NULL, via",
      )
      .all(),
    // kept by triggers as complaints change (migration 0027)
    complaints: countedComplaints(j),
    // kept by triggers as complaints and their people change (migration 0022): a few rows, the open ones
    openArchivedComplaints: j.stmt<[], number>(OPEN_ARCHIVED_COMPLAINTS).pluck().get() ?? 0,
    referrals: j.stmt<{ top: number }, StatsRows['referrals'][number]>(TOP_REFERRALS).all({ top: topReferrers }),
  };
}

// The open complaints whose every person is archived: those of the archived people (the index of
// their ids, contacts_archived, migration 0017, then each one's open complaints), kept when none of
// their people is active. Read from the open complaints' side, each of their people was looked up
// in that index: 6,600 on a large journal, 2 ms, where the archived are 2,000.
const OPEN_ARCHIVED_COMPLAINTS = `SELECT count(*) FROM (
    SELECT DISTINCT o.conversation_id AS id
    FROM contacts a INDEXED BY contacts_archived CROSS JOIN open_complaint_people o INDEXED BY open_complaint_people_contact ON o.contact_id = a.id
    WHERE a.archived = 1) k
  WHERE NOT EXISTS (SELECT 1 FROM open_complaint_people p WHERE p.conversation_id = k.id
    AND NOT EXISTS (SELECT 1 FROM contacts c INDEXED BY contacts_archived WHERE c.id = p.contact_id AND c.archived = 1))`;

// As one JSON text: some 1,100 days on a large journal, and the complaints out of order (none
// unless the journal was edited by hand) by their two days.
const COUNTED_COMPLAINTS = `SELECT json_object(
  'days', (SELECT json_group_array(json_array(day, open, made, resolved)) FROM counts_complaints),
  'others', (SELECT json_group_array(json_array(happened_on, resolved_on, complaints)) FROM counts_complaints_odd))`;

function countedComplaints(j: Journal): CountedComplaints {
  const counted = JSON.parse(j.rawStmt<[], [string]>(COUNTED_COMPLAINTS).get()![0]) as {
    days: Array<[day: Day, open: number, made: number, resolved: number]>;
    others: Array<[happenedOn: Day, resolvedOn: Day, complaints: number]>;
  };
  return {
    days: counted.days.map(([day, open, made, resolved]) => ({ day, open, made, resolved })),
    others: counted.others.map(([happenedOn, resolvedOn, complaints]): ComplaintDays => ({ happenedOn, resolvedOn, complaints })),
  };
}

// The referrers with the most referrals (ties by name), from the counts triggers keep (migration
// 0026), most first; only those that can make the top (as many referrals as the one at its last
// place, or more) are looked up. A referrer id that names no contact is passed over, as before.
const TOP_REFERRALS = `WITH cutoff AS (
    SELECT k.referrals FROM counts_referrals k INDEXED BY counts_referrals_most
    WHERE EXISTS (SELECT 1 FROM contacts r WHERE r.id = k.referrer_id)
    ORDER BY k.referrals DESC LIMIT 1 OFFSET @top - 1
  ), top AS (
    SELECT r.id, r.name, r.name_key, r.archived, k.referrals AS total
    FROM counts_referrals k INDEXED BY counts_referrals_most JOIN contacts r ON r.id = k.referrer_id
    WHERE k.referrals >= coalesce((SELECT referrals FROM cutoff), 0)
    ORDER BY k.referrals DESC, r.name_key, r.id LIMIT @top
  )
  SELECT top.id AS referrerId, top.name AS referrerName, top.archived AS referrerArchived, c.id, c.name
  FROM top JOIN contacts c ON c.referred_by = top.id
  ORDER BY top.total DESC, top.name_key, top.id, c.name_key, c.id`;
