// `rel today` with a limit reads only the people who can make the list (rankTodayTop in
// src/store/today.ts); with --all, only those who can have a reason (loadWhoMayHaveReasons). On
// generated journals, and on one where many people tie, both must agree, row for row and in total,
// at every limit, with everyone read in full and ranked, which no shortcut takes part in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/domain/duration.js';
import { rankContacts } from '../../src/domain/ranking.js';
import { storedCount } from '../../src/domain/settings.js';
import { todayRowJson } from '../../src/formats/json.js';
import { addTags, insertContact } from '../../src/store/contacts.js';
import { insertConversation } from '../../src/store/conversations.js';
import { insertDetail } from '../../src/store/details.js';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { insertReminder, snooze } from '../../src/store/reminders.js';
import { getSetting, setTagCadence, tagCadences } from '../../src/store/settings.js';
import { loadEveryone, loadWhoMayHaveReasons } from '../../src/store/today.js';
import { generateJournal } from '../bench/generate.mjs';
import { runRel } from '../harness/inProcess.js';

const LIMITS = [1, 3, 10, 25, 60];
let dir: string;

interface TodayList {
  total: number;
  rows: unknown[];
}

interface TodayRowJson {
  talkedToday: boolean;
  reasons: Array<{ tier: string }>;
}

/** --all's rows past the list: talked to today, and neither a follow-up due nor a complaint open. */
const setAside = (row: TodayRowJson): boolean => row.talkedToday && !row.reasons.some((r) => r.tier === 'follow-up' || r.tier === 'complaint');

/** `rel --db DB today ...args`, in-process: the clock is --as-of's business here. */
async function run(db: string, args: string[]): Promise<string> {
  const result = await runRel(['--db', db, 'today', ...args]);
  if (result.code !== 0) throw new Error(`rel today exited ${result.code}: ${result.stderr}`);
  return result.stdout;
}

/** The rows (--json, a top-level array) and the total: the rows plus the human list's "… and N more". */
async function today(db: string, ...args: string[]): Promise<TodayList> {
  const json = await run(db, ['--json', ...args]);
  const text = args.includes('--all') ? '' : await run(db, args);
  const rows = JSON.parse(json) as unknown[];
  const more = /… and ([\d,]+) more/.exec(text);
  return { rows, total: rows.length + (more ? Number(more[1]!.replaceAll(',', '')) : 0) };
}

/**
 * Everyone read in full and ranked, as --all's JSON rows: the reference. With `batch`, the people
 * who may have a reason instead, read that many at a time (--all reads 2,000 at a time, more than
 * these journals have).
 */
function everyoneRanked(db: string, day: string, extra: string[], batch?: number): unknown[] {
  const j = new Journal(openJournal(db), db);
  try {
    const days = extra.includes('--days') ? Number(extra[extra.indexOf('--days') + 1]) : storedCount('days', getSetting(j, 'days'));
    const options = { today: day, windowDays: days, defaultCadence: parseDuration(getSetting(j, 'cadence'), 'cadence'), tagCadences: tagCadences(j) };
    const inputs = batch === undefined ? loadEveryone(j, day, Infinity) : loadWhoMayHaveReasons(j, options, batch)!;
    const rows = rankContacts(inputs, options, true);
    return rows.map((row) => JSON.parse(JSON.stringify(todayRowJson({ person: { id: row.contactId, name: row.name }, score: row.score, reasons: row.reasons, talkedToday: row.talkedToday }))) as unknown);
  } finally {
    j.close();
  }
}

/** The list at every limit (and with --days when given), and --all, against everyone ranked. */
async function expectAgreement(db: string, day: string, extra: string[] = [], minimum = 20): Promise<void> {
  const everyone = everyoneRanked(db, day, extra);
  const [all, ...limited] = await Promise.all([
    today(db, '--as-of', day, ...extra, '--all'),
    ...LIMITS.map((limit) => today(db, '--as-of', day, ...extra, '--limit', String(limit))),
  ]);
  expect(all.rows).toEqual(everyone);
  const listed = (all.rows as TodayRowJson[]).filter((row) => !setAside(row));
  expect(all.rows.slice(0, listed.length)).toEqual(listed); // the set-aside come last
  expect(listed.length).toBeGreaterThan(minimum);
  LIMITS.forEach((limit, i) => {
    expect(limited[i]?.total, `total at --limit ${limit}`).toBe(listed.length);
    expect(limited[i]?.rows, `rows at --limit ${limit}`).toEqual(listed.slice(0, limit));
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rel-fast-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Around the reference day (2026-11-23, the last conversation: earlier days rank everyone), a
// month start, across the year end, around 29 February in a common and in a leap year, and the
// end of a month that month-only details end with.
const DAYS = ['2026-11-01', '2026-11-23', '2026-12-28', '2027-01-01', '2027-02-27', '2027-02-28', '2027-03-31', '2028-02-28'];

describe.each([
  { seed: 20261123, size: { contacts: 400, conversations: 3000 } },
  { seed: 7, size: { contacts: 1500, conversations: 12000 } },
])('rel today, limited versus --all, generated journal (seed $seed)', ({ seed, size }) => {
  let db: string;
  beforeAll(() => {
    db = join(dir, `generated-${seed}.db`);
    generateJournal(db, size, { seed });
  });

  for (const day of DAYS) it(`agrees on ${day}`, () => expectAgreement(db, day));
  it('agrees with a window of 0 and of 60 days', async () => {
    await expectAgreement(db, '2026-11-23', ['--days', '0']);
    await expectAgreement(db, '2026-12-28', ['--days', '60']);
  });
  it('reads the people of --all in batches, each person once', () => {
    // The reference day has people talked to with a follow-up due: in both of --all's lists of ids.
    for (const day of ['2026-11-23', '2026-12-28']) expect(everyoneRanked(db, day, [], 7)).toEqual(everyoneRanked(db, day, []));
  });
  it('reads everyone a range of ids at a time, each active person once, as one range would', () => {
    const j = new Journal(openJournal(db), db);
    try {
      const whole = [...loadEveryone(j, '2026-11-01', Infinity)];
      expect(whole.length).toBeGreaterThan(size.contacts / 2);
      expect(whole.some((input) => input.reminders.length > 0 && input.details.length > 0 && input.tags.length > 0)).toBe(true);
      expect([...loadEveryone(j, '2026-11-01', 7)]).toEqual(whole);
    } finally {
      j.close();
    }
  });
});

/**
 * People whose reasons weigh exactly the same, so that names decide the order (ignoring case
 * and accents, then exactly, then by id): the same overdue follow-up, the same drift, the same
 * birthday tomorrow, the same complaint; some with one more reason; archived, paused and
 * snoozed ones among them. And sixty people with ten reasons each, the extras' cap: each scores
 * exactly the bound of the next one unread, and they are read in the reverse of name order, so
 * stopping on a tie instead of going on would keep the wrong ones.
 */
function tiedJournal(path: string): void {
  const j = new Journal(openJournal(path), path);
  const at = '2026-11-01T09:00:00.000Z';
  const names = ['anna', 'Anna', 'Ánna', 'ANNA', 'Bob', 'bob', 'Zoë', 'Zoe', 'Émile', 'Emile', 'Lee 2', 'Lee 10', 'Lee 1'];
  const nameOf = (i: number) => `${names[i % names.length]}${i < names.length ? '' : ` ${Math.floor(i / names.length)}`}`;
  j.write(() => {
    setTagCadence(j, 'weekly', '1w');
    for (let i = 0; i < 260; i++) {
      const group = i % 4;
      const id = insertContact(j, { name: nameOf(i), archived: i % 37 === 0, pausedUntil: i % 41 === 0 ? '2027-06-01' : null, birthday: group === 2 ? '1980-11-24' : null }, '2026-01-01', at);
      // Everyone talked on the same day: the drifting ones drift alike.
      insertConversation(j, { people: [id], happenedOn: group === 1 ? '2026-09-01' : '2026-11-20', via: 'call', note: null, complaint: group === 3 }, at);
      if (group === 1) addTags(j, id, ['weekly']);
      if (group === 0) {
        const reminder = insertReminder(j, { contactId: id, text: 'send the catalog', dueOn: '2026-11-20', every: null }, at);
        if (i % 29 === 0) snooze(j, reminder, '2026-11-30');
      }
      if (i % 5 === 0) insertDetail(j, { contactId: id, text: 'wedding', date: '2026-11-30', yearly: false }, at);
    }
    for (let n = 60; n >= 1; n--) {
      const id = insertContact(j, { name: `Capped ${n}` }, '2026-11-01', at);
      insertReminder(j, { contactId: id, text: 'call back', dueOn: '2026-11-16', every: null }, at);
      for (let k = 0; k < 9; k++) insertReminder(j, { contactId: id, text: `step ${k}`, dueOn: new Date(Date.UTC(2026, 10, 24 + k)).toISOString().slice(0, 10), every: null }, at);
    }
  });
  j.close();
}


/**
 * Only drifting people, on cadences of many lengths (a week, two, a month of 28 to 31 days, the
 * default 90 days, a person's own 10 days), talked to on days spread over a year: the list is
 * theirs, worst first, taken from each length's people a page at a time (todayStreams.ts), more
 * than a page from the longest lengths.
 */
function driftingJournal(path: string): void {
  const j = new Journal(openJournal(path), path);
  const at = '2026-11-01T09:00:00.000Z';
  j.write(() => {
    setTagCadence(j, 'weekly', '1w');
    setTagCadence(j, 'fortnightly', '2w');
    setTagCadence(j, 'monthly', '1m');
    for (let i = 0; i < 400; i++) {
      const id = insertContact(j, { name: `Drifter ${i}`, cadence: i % 23 === 0 ? '10d' : null, archived: i % 37 === 0, pausedUntil: i % 41 === 0 ? '2027-06-01' : null }, '2025-06-01', at);
      const tag = ['weekly', 'fortnightly', 'monthly', null][i % 4];
      if (tag) addTags(j, id, [tag]);
      const happenedOn = new Date(Date.UTC(2025, 10, 1) + ((i * 7919) % 380) * 86_400_000).toISOString().slice(0, 10);
      insertConversation(j, { people: [id], happenedOn, via: 'call', note: null, complaint: false }, at);
    }
  });
  j.close();
}

/**
 * People talked to on the day (2026-11-23) whom a complaint or an overdue follow-up keeps on the
 * list, with other reasons beside (a birthday and a follow-up tomorrow, a customer anniversary, a
 * date coming up): shown, but not counted in their score, which the survey's counts of reasons
 * (talked-to people's exceptions only) must still bound. Beside them, people not talked to with
 * the same complaint or follow-up, or with a birthday and a follow-up tomorrow (one more reason
 * than each talked-to person is counted with, so read first), and people talked to with nothing
 * that keeps them.
 */
function talkedJournal(path: string): void {
  const j = new Journal(openJournal(path), path);
  const at = '2026-11-01T09:00:00.000Z';
  j.write(() => {
    for (let i = 0; i < 180; i++) {
      const group = i % 6;
      const talked = group === 0 || group === 1 || group === 4;
      const fields = { birthday: [0, 4, 5].includes(group) ? '1980-11-24' : group === 2 ? '1975-11-28' : null, customerSince: group === 1 ? '2023-11-23' : null };
      const id = insertContact(j, { name: `Client ${i % 7} ${i}`, archived: i % 37 === 0, ...fields }, '2026-01-01', at);
      insertConversation(j, { people: [id], happenedOn: talked ? '2026-11-23' : '2026-11-01', via: 'call', note: 'the claim', complaint: group === 0 || group === 2 }, at);
      if ([0, 4, 5].includes(group)) insertReminder(j, { contactId: id, text: 'call about the claim', dueOn: '2026-11-24', every: null }, at);
      if (group === 1 || group === 3) insertReminder(j, { contactId: id, text: 'send the quote', dueOn: '2026-11-20', every: null }, at);
      if (group === 1) insertDetail(j, { contactId: id, text: 'moving house', date: '2026-11-30', yearly: false }, at);
    }
  });
  j.close();
}

describe.each([
  { journal: 'talked to today, kept for a complaint or a follow-up due', write: talkedJournal, days: ['2026-11-23', '2026-11-24'], minimum: 50 },
  { journal: 'many people tied', write: tiedJournal, days: ['2026-11-23', '2026-12-01', '2026-12-20'], minimum: 10 },
  { journal: 'drifting on cadences of many lengths', write: driftingJournal, days: ['2026-11-23', '2027-01-31', '2027-03-01'], minimum: 100 },
])('rel today, limited versus --all, $journal', ({ journal, write, days, minimum }) => {
  let db: string;
  beforeAll(() => {
    db = join(dir, `${journal.replace(/\W+/g, '-')}.db`);
    write(db);
  });

  for (const day of days) it(`agrees on ${day}`, () => expectAgreement(db, day, [], minimum));
});
