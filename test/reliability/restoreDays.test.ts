// rel restore DAY reads a day as every day field does (a word, a phrase, YYYY-MM-DD), and refuses
// a day whose end is the journal now: today, a later day, or a day since which nothing changed.
// The listing shows each daily backup by the first day rel restore DAY takes it for.
import { describe, expect, it } from 'vitest';
import { expectFailure } from '../harness/failures.js';
import { okOn, relOn } from '../harness/onDay.js';
import { makeJournal } from '../harness/journal.js';

describe('rel restore DAY reads the days the date parser reads', () => {
  it('refuses today, a day after it, and a day since which nothing changed, as the journal now', async () => {
    const j = makeJournal();
    await okOn(j, '2027-01-10', ['add', 'Ann Lee', '--note', 'first']);
    await okOn(j, '2027-01-11', ['add', 'Ann Lee', '--note', 'second']);
    const now = (day: string) => `rel: the journal as it stands at the end of ${day} is the journal now; give an earlier day`;
    expect(expectFailure(await relOn(j, '2027-01-12', ['restore', 'today']), 2)).toBe(now('2027-01-12'));
    expect(expectFailure(await relOn(j, '2027-01-12', ['restore', 'tomorrow']), 2)).toBe(now('2027-01-13'));
    expect(expectFailure(await relOn(j, '2027-01-12', ['restore', 'yesterday']), 2)).toBe(now('2027-01-11'));
    expect(expectFailure(await relOn(j, '2027-01-14', ['restore', '2 days ago']), 2)).toBe(now('2027-01-12'));
    // A phrase names a day a backup holds: the end of the 10th, in the copy taken on the 11th.
    expect(await okOn(j, '2027-01-14', ['restore', '4 days ago', '--yes'])).toMatch(/ from rel\.db\.2027-01-11 \(1 contact, 1 conversation\)/);
    // After that restore (on the 14th), the end of the 13th is no longer the journal now.
    expect(expectFailure(await relOn(j, '2027-01-14', ['restore', 'yesterday']), 1)).toMatch(/^rel: no backup holds .* as it stood at the end of 2027-01-13/);
  });
});

describe('rel restore lists each daily backup by the day rel restore DAY takes it for', () => {
  /** The listing's rows (first column, when taken), and its --json's endOf by name. */
  async function listed(j: ReturnType<typeof makeJournal>, day: string): Promise<{ rows: string[]; endOf: Record<string, string | null> }> {
    const rows = (await okOn(j, day, ['restore'])).split('\n').slice(1, -1).map((row) => row.split(/\s{2,}/).slice(0, 2).join('  '));
    const json = JSON.parse(await okOn(j, day, ['restore', '--json'])) as Array<{ name: string; endOf: string | null }>;
    return { rows, endOf: Object.fromEntries(json.map((b) => [b.name, b.endOf])) };
  }

  /** rel restore of each day the listing shows brings back that row's backup. */
  async function restoresEachRow(j: ReturnType<typeof makeJournal>, day: string, endOf: Record<string, string | null>): Promise<void> {
    for (const [name, end] of Object.entries(endOf)) {
      const restored = await okOn(j, day, ['restore', end!, '--yes']);
      expect(restored, `rel restore ${end}`).toContain(` from ${name} (`);
      await okOn(j, day, ['restore', restored.match(/rel restore (\S+\.before-restore) takes this back/)![1]!, '--yes']);
    }
  }

  it('after a day whose only change was a purge', async () => {
    const j = makeJournal();
    await okOn(j, '2026-12-06', ['contact', 'add', 'Ann One']);
    await okOn(j, '2026-12-06', ['contact', 'add', 'Bea Two']);
    await okOn(j, '2026-12-07', ['rm', 'ann', '--purge', '--yes']);
    await okOn(j, '2026-12-08', ['contact', 'add', 'Cy Three']);
    await okOn(j, '2026-12-09', ['contact', 'add', 'Di Four']);
    const { rows, endOf } = await listed(j, '2026-12-09');
    // The copy taken on the 8th holds the end of the 7th (the purge), not of the 6th.
    expect(rows).toEqual(['2026-12-08  taken 2026-12-09', '2026-12-07  taken 2026-12-08', '2026-12-06  taken 2026-12-07', '2026-12-05  taken 2026-12-06']);
    expect(endOf).toEqual({ 'rel.db.2026-12-09': '2026-12-08', 'rel.db.2026-12-08': '2026-12-07', 'rel.db.2026-12-07': '2026-12-06', 'rel.db.2026-12-06': '2026-12-05' });
    await restoresEachRow(j, '2026-12-09', endOf);
  });

  it('after a day whose only change was an undo', async () => {
    const j = makeJournal();
    await okOn(j, '2026-12-06', ['contact', 'add', 'Ann One']);
    await okOn(j, '2026-12-07', ['contact', 'add', 'Bea Two']);
    await okOn(j, '2026-12-08', ['undo']);
    await okOn(j, '2026-12-09', ['contact', 'add', 'Cy Three']);
    const { rows, endOf } = await listed(j, '2026-12-09');
    expect(rows).toEqual(['2026-12-08  taken 2026-12-09', '2026-12-07  taken 2026-12-08', '2026-12-06  taken 2026-12-07', '2026-12-05  taken 2026-12-06']);
    expect(endOf['rel.db.2026-12-09']).toBe('2026-12-08');
    await restoresEachRow(j, '2026-12-09', endOf);
  });

  it('the oldest copy kept, after the purge that was its last change', async () => {
    const j = makeJournal();
    await okOn(j, '2026-12-06', ['contact', 'add', 'Ann One']);
    await okOn(j, '2026-12-06', ['contact', 'add', 'Bea Two']);
    await okOn(j, '2026-12-06', ['config', 'set', 'backups', '1']);
    await okOn(j, '2026-12-07', ['rm', 'ann', '--purge', '--yes']);
    await okOn(j, '2026-12-09', ['contact', 'add', 'Cy Three']);
    // Only the copy of the 9th is kept: it holds the ends of the 7th and 8th, not of the 6th, which held Ann.
    const { rows, endOf } = await listed(j, '2026-12-10');
    expect(rows).toEqual(['2026-12-07  taken 2026-12-09']);
    await restoresEachRow(j, '2026-12-10', endOf);
    expect(expectFailure(await relOn(j, '2026-12-10', ['restore', '2026-12-06']), 1)).toMatch(/^rel: no backup holds .* as it stood at the end of 2026-12-06: the daily backups hold the ends of 2026-12-07 /);
  });
});
