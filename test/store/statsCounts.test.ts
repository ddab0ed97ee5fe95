// rel stats counts the keep-in-touch statuses in groups (src/store/stats.ts: kept by triggers, or
// from indexes for a day before some conversation), not person by person: on every day of a span
// around a journal of edge cases, its counts must be exactly the domain's, worked out for each
// person from their facts as the journal stood that day (rhythmFactsOf, then countStatuses), and
// it must take the fast path whenever it can.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type Day } from '../../src/domain/calendar.js';
import { chartRange, countStatuses } from '../../src/domain/stats.js';
import { addTags, insertContact } from '../../src/store/contacts.js';
import { insertConversation } from '../../src/store/conversations.js';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { rhythmFactsOf, rhythmSettings } from '../../src/store/rhythm.js';
import { setTagCadence } from '../../src/store/settings.js';
import { loadStats } from '../../src/store/stats.js';
import { runRel } from '../harness/inProcess.js';
import { newJournal } from '../harness/tempFiles.js';

const AT = '2026-01-01T00:00:00.000Z';
const LAST_TALK = '2026-12-10';

interface Someone {
  name: string;
  createdOn: Day;
  cadence?: string;
  tags?: string[];
  pausedUntil?: Day;
  archived?: boolean;
  imported?: boolean;
  talks?: Day[];
}

const PEOPLE: Someone[] = [
  { name: 'Due Soon', createdOn: '2026-01-05', cadence: '30d', talks: ['2026-11-01'] }, // due 2026-12-01
  { name: 'Due Today', createdOn: '2026-01-05', talks: ['2026-08-25'] }, // 90 days: due 2026-11-23
  { name: 'Never Drifting', createdOn: '2026-10-01', cadence: '2w' },
  { name: 'Never New', createdOn: '2026-11-20' },
  { name: 'Paused Briefly', createdOn: '2026-01-05', pausedUntil: '2026-11-30', talks: ['2026-03-01'] },
  { name: 'Paused Never', createdOn: '2026-09-01', cadence: '1w', pausedUntil: '2026-12-24' },
  { name: 'Archived Paused', createdOn: '2026-01-05', pausedUntil: '2027-01-10', archived: true, talks: ['2026-05-05'] },
  { name: 'Archived Never', createdOn: '2026-02-01', archived: true },
  { name: 'Archived Talked', createdOn: '2026-01-05', archived: true, talks: ['2026-11-10'] },
  { name: 'Imported Waiting', createdOn: '2026-06-01', imported: true },
  { name: 'Imported Own', createdOn: '2026-06-01', imported: true, cadence: '1w' },
  { name: 'Talked Later Too', createdOn: '2026-01-05', cadence: '30d', talks: ['2026-10-01', '2026-12-10'] },
  { name: 'Talked Only Later', createdOn: '2026-09-15', talks: ['2026-12-05'] },
  { name: 'Tagged', createdOn: '2026-01-05', tags: ['vip'], talks: ['2026-11-18'] },
  // hand-edited journals: a day that is no calendar day gives no rhythm, counted nowhere
  { name: 'Bad Day', createdOn: '2026-02-30' },
  { name: 'Bad Day Archived', createdOn: '2026-02-30', archived: true },
];

/** The counts as the domain gives them for each person, read in full (what rel stats did before 0017). */
function byTheDomain(j: Journal, day: Day) {
  const people = [...rhythmFactsOf(j, 'everyone', day).values()];
  const counts = countStatuses(people, rhythmSettings(j), day);
  return { active: people.length - counts.archived, ...counts };
}

describe('rel stats counts statuses as the domain does', () => {
  let path: string;
  let j: Journal;
  beforeAll(() => {
    path = newJournal();
    j = new Journal(openJournal(path), path);
    j.write(() => setTagCadence(j, 'vip', '1w'));
    const ids = PEOPLE.map((p) =>
      j.write(() => {
        const id = insertContact(j, { name: p.name, cadence: p.cadence ?? null, pausedUntil: p.pausedUntil ?? null, archived: p.archived, imported: p.imported }, p.createdOn, AT);
        addTags(j, id, p.tags ?? []);
        return id;
      }),
    );
    PEOPLE.forEach((p, i) => {
      for (const on of p.talks ?? []) j.write(() => insertConversation(j, { people: [ids[i]!], happenedOn: on, via: null, note: null, complaint: false }, AT));
    });
    // a shared conversation after the days asked about: both people's rhythm must be read as of the day
    j.write(() => insertConversation(j, { people: [ids[0]!, ids[3]!], happenedOn: '2026-12-08', via: 'meal', note: null, complaint: false }, AT));
  });
  afterAll(() => j.close());

  it('on every day from three months before the last conversation to two months after', async () => {
    for (let day: Day = '2026-09-01'; day <= '2027-02-10'; day = addDays(day, 1)) {
      const result = await runRel(['stats', '--json'], { journalPath: path, now: day });
      expect(result.code, result.stderr).toBe(0);
      expect((JSON.parse(result.stdout) as { contacts: unknown }).contacts, `stats on ${day}`).toEqual(byTheDomain(j, day));
    }
  }, 60_000);

  it('reads nobody in full once no conversation is dated after the day', () => {
    const rows = loadStats(j, LAST_TALK, chartRange(LAST_TALK), 5);
    expect(rows.talkedLater).toEqual([]);
    expect(rows.everyone).toBe(PEOPLE.length);
    expect(rows.statusGroups.reduce((n, g) => n + g.people, 0)).toBe(PEOPLE.length - 2); // the bad days have no rhythm
  });

  it('reads in full only the people talked to after the day', () => {
    const day = '2026-12-07';
    const rows = loadStats(j, day, chartRange(day), 5);
    // Talked Later Too, and Due Soon and Never New (the shared conversation), with their last conversation as of the day
    expect(rows.talkedLater.map((p) => p.lastContactOn).sort()).toEqual(['2026-10-01', '2026-11-01', null]);
    expect(rows.everyone).toBe(PEOPLE.length);
  });

  it('answers from the counts on the fast path: no contact nor conversation is scanned, not even in an index', () => {
    const seen = new Set<string>();
    const k = new Journal(openJournal(path), path);
    const prepare = k.db.prepare.bind(k.db);
    k.db.prepare = ((sql: string) => (seen.add(sql), prepare(sql))) as typeof k.db.prepare;
    loadStats(k, LAST_TALK, chartRange(LAST_TALK), 5);
    const plans = [...seen].flatMap((sql) => {
      const params = sql.includes('@') ? [{ top: 5, asOf: LAST_TALK, dueFrom: 0, dueSoonTo: 0, pausedAfter: LAST_TALK }] : Array.from(sql.match(/\?/g) ?? [], () => LAST_TALK);
      return (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
    });
    k.close();
    expect(plans.filter((step) => /^SCAN (contacts|conversations|c)\b/.test(step))).toEqual([]);
    // only the top referrers' rows are read: by id, or through the index of who referred them; an
    // open complaint's people are told archived by the index of the archived people's ids alone
    expect(plans.filter((step) => /^SEARCH (contacts|conversations|c|r)\b/.test(step) && !/COVERING INDEX|PRIMARY KEY|contacts_referred_by|INDEX contacts_archived \(id=\?/.test(step))).toEqual([]);
  });
});
