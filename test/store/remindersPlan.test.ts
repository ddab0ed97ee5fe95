// `rel reminders` lists the first follow-ups from an index (migration 0023, src/store/reminders.ts)
// and counts the rest from the counts triggers keep (0028): on a large journal, listing sorted a
// whole day's follow-ups, hundreds of rows read in full, and counting read every open follow-up's
// index entry and every archived person's. Each plan must read only what it lists.
import { describe, expect, it } from 'vitest';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { countReminders, eachReminder } from '../../src/store/reminders.js';
import { newJournal } from '../harness/tempFiles.js';

/** The steps of the plans of the statements that listing the first `limit` open follow-ups prepares, and of those that counting them prepares. */
function plansOfReminders(limit: number): [list: string[], count: string[]] {
  const path = newJournal();
  const j = new Journal(openJournal(path), path);
  let seen = new Set<string>();
  const prepare = j.db.prepare.bind(j.db);
  j.db.prepare = ((sql: string) => (seen.add(sql), prepare(sql))) as typeof j.db.prepare;
  const stepsOf = (statements: Set<string>): string[] =>
    [...statements].flatMap((sql) => (prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail));
  expect([...eachReminder(j, { limit })]).toEqual([]);
  const list = stepsOf(seen);
  seen = new Set();
  countReminders(j);
  const count = stepsOf(seen);
  j.close();
  return [list, count];
}

describe("rel reminders' first page", () => {
  it('lists from the index in its own order and counts from the one row of counts', () => {
    const [list, count] = plansOfReminders(20);
    expect(list).toContain('SCAN r USING INDEX reminders_open_due_then');
    expect(list.filter((step) => step.includes('TEMP B-TREE'))).toEqual([]);
    // no follow-up nor person read to count, not even an index entry
    expect(count).toEqual(['SCAN counts_follow_ups']);
  });
});
