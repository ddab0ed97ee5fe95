// rel restore DAY reads a day as every day field does (a word, a phrase, YYYY-MM-DD), and refuses
// a day whose end is the journal now: today, a later day, or a day since which nothing changed.
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
    expect(await okOn(j, '2027-01-14', ['restore', '4 days ago'])).toMatch(/ from rel\.db\.2027-01-11 \(1 contact, 1 conversation\)/);
    // After that restore (on the 14th), the end of the 13th is no longer the journal now.
    expect(expectFailure(await relOn(j, '2027-01-14', ['restore', 'yesterday']), 1)).toMatch(/^rel: no backup holds .* as it stood at the end of 2027-01-13/);
  });
});
