// `rel reminders` lists the first follow-ups and counts the rest from indexes (migration 0023,
// src/store/reminders.ts): on a large journal, listing sorted a whole day's follow-ups, hundreds
// of rows read in full, and counting read every follow-up of every archived person to see whether
// it was done. Each plan must read only what it lists.
import { describe, expect, it } from 'vitest';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { countReminders, eachReminder } from '../../src/store/reminders.js';
import { newJournal } from '../harness/tempFiles.js';

/** The steps of the plan of each statement that listing the first `limit` open follow-ups and counting them prepares. */
function plansOfReminders(limit: number): string[][] {
  const path = newJournal();
  const j = new Journal(openJournal(path), path);
  const seen = new Set<string>();
  const prepare = j.db.prepare.bind(j.db);
  j.db.prepare = ((sql: string) => (seen.add(sql), prepare(sql))) as typeof j.db.prepare;
  expect([...eachReminder(j, { limit })]).toEqual([]);
  countReminders(j);
  const plans = [...seen]
    .filter((sql) => /\bFROM reminders\b/.test(sql))
    .map((sql) => (prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail));
  j.close();
  return plans;
}

describe("rel reminders' first page", () => {
  it('lists from the index in its own order and counts from indexes alone', () => {
    const [list, count] = plansOfReminders(20);
    expect(list).toContain('SCAN r USING INDEX reminders_open_due');
    expect(list!.filter((step) => step.includes('TEMP B-TREE'))).toEqual([]);
    // the open ones from an index; the archived people's open ones each an entry of an index, never a row
    expect(count!.filter((step) => /\br\b/.test(step))).toEqual(['SCAN r USING COVERING INDEX reminders_open', 'SEARCH r USING INDEX reminders_open_contact (contact_id=?)']);
  });
});
