// A limited `rel today` learns about everyone's dated details from index ranges alone
// (src/store/todayReach.ts): on a large journal, reading every dated detail cost more than the rest
// of the list. Each query it prepares that reads details must be bounded by the day: no scan of
// details, and no range of an index open at one end. It takes the drifting worst first from an
// index in that order (src/store/todayStreams.ts), never sorting everyone drifting.
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/domain/duration.js';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { getSetting, tagCadences } from '../../src/store/settings.js';
import { rankTodayTop } from '../../src/store/today.js';
import { reachOf } from '../../src/store/todayReach.js';
import { newJournal } from '../harness/tempFiles.js';

const DAY = '2026-11-23';

/** The statements `rankTodayTop` prepares that match `reads`, and the steps of each one's plan. */
function plansOfToday(reads: RegExp): Array<[string, string[]]> {
  const path = newJournal();
  const j = new Journal(openJournal(path), path);
  const seen = new Set<string>();
  const prepare = j.db.prepare.bind(j.db);
  j.db.prepare = ((sql: string) => (seen.add(sql), prepare(sql))) as typeof j.db.prepare;
  const options = { today: DAY, windowDays: 14, defaultCadence: parseDuration(getSetting(j, 'cadence'), 'cadence'), tagCadences: tagCadences(j) };
  rankTodayTop(j, options, 10);
  const params = { ...reachOf(DAY, 14), ids: '[]', days: 90, limit: 16, offset: 0 };
  const plans = [...seen]
    .filter((sql) => reads.test(sql))
    .map((sql): [string, string[]] => [sql, (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>).map((row) => row.detail)]);
  j.close();
  return plans;
}

describe("rel today's survey of dated details", () => {
  it('reads details only through ranges bounded at both ends, or by the person', () => {
    const plans = plansOfToday(/\bFROM details\b/);
    expect(plans.length).toBeGreaterThan(0);
    const steps = plans.flatMap(([, plan]) => plan).filter((step) => /\b(details|t)\b/.test(step) && /^(SCAN|SEARCH)/.test(step));
    expect(steps.filter((step) => step.startsWith('SCAN'))).toEqual([]);
    // "(date>?)" alone would read every dated detail from the day on; each range has both ends, or an equality
    expect(steps.filter((step) => /\(([^)]*>\?)\)$/.test(step) && !/<\?|=\?/.test(step))).toEqual([]);
    expect(steps.some((step) => step.includes('details_yearly_day'))).toBe(true);
  });
});

describe("rel today's stream of the drifting", () => {
  it('walks an index by length of cadence, in the order it takes people, with nothing sorted', () => {
    const plans = plansOfToday(/\bcontacts_drift\b/);
    expect(plans).toHaveLength(2); // the lengths of cadence, and one length's page
    const steps = plans.flatMap(([, plan]) => plan);
    expect(steps.filter((step) => step.includes('TEMP B-TREE'))).toEqual([]);
    const searches = steps.filter((step) => /^(SCAN|SEARCH) t\b/.test(step));
    expect(searches.length).toBeGreaterThan(0);
    expect(searches.every((step) => step.startsWith('SEARCH t USING COVERING INDEX contacts_drift'))).toBe(true);
  });
});
