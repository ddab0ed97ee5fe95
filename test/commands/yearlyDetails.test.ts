// A yearly detail given with its year counts the years, in rel today and on the card (issue 12):
// `rel remember NAME "wedding" --on 2015-06-14 --yearly` used to drop the year.
import { describe, expect, it } from 'vitest';
import { journalFrom, type TestJournal } from '../harness/journal.js';

const withWedding = journalFrom(
  async (j) => {
    await j.ok(['add', 'Tom Berg', '--note', 'coffee']);
    expect(await j.ok(['remember', 'tom', 'wedding', '--on', '2015-06-14', '--yearly'])).toBe('remembered about Tom Berg: wedding (14 June, every year since 2015) [detail 1]\n');
    await j.ok(['remember', 'tom', 'name day', '--on', '06-13', '--yearly']);
  },
  { now: '2026-06-01' },
);

/** Tom's reasons in rel today, by the list (its fast path) and by --all (everyone ranked). */
async function reasons(j: TestJournal, day: string): Promise<string[][]> {
  const rows = async (...flags: string[]) => ((await j.json(['today', '--json', ...flags], { now: day })) as Array<{ reasons: Array<{ text: string }> }>)[0]?.reasons.map((r) => r.text) ?? [];
  return [await rows(), await rows('--all')];
}

describe('a yearly detail with its year', () => {
  it('counts the years in rel today, the list and --all alike', async () => {
    const j = await withWedding();
    expect(await reasons(j, '2026-06-11')).toEqual([
      ['name day in 2 days', '11 years since the wedding in 3 days'],
      ['name day in 2 days', '11 years since the wedding in 3 days'],
    ]);
    expect(await reasons(j, '2026-06-14')).toEqual([['11 years since the wedding today'], ['11 years since the wedding today']]);
    const [row] = await j.json(['today', '--json'], { now: '2026-06-13' });
    expect(row.reasons.find((r: { detailId: number }) => r.detailId === 1)).toMatchObject({ tier: 'date-tomorrow', source: 'detail', date: '2026-06-14', years: 11, text: '11 years since the wedding tomorrow' });
    expect(await j.ok(['today'], { now: '2026-06-11' })).toContain('  • 11 years since the wedding in 3 days\n');
  });

  it('counts them on the card, coming up and remembered', async () => {
    const j = await withWedding();
    const card = await j.ok(['show', 'tom'], { now: '2026-06-11' });
    expect(card).toContain('Coming up\n  2026-06-13: name day in 2 days\n  2026-06-14: 11 years since the wedding in 3 days\n');
    expect(card).toContain('  wedding — 14 June, every year since 2015 [detail 1]\n  name day — 13 June, every year [detail 2]\n');
    expect((await j.json(['show', 'tom', '--json'], { now: '2026-06-11' })).details[0]).toMatchObject({ date: '2015-06-14', yearly: true });
  });

  it('is not counted before its first day, nor on it', async () => {
    const j = await withWedding();
    await j.ok(['remember', 'tom', 'shop opened', '--on', '2026-06-20', '--yearly'], { now: '2026-06-01' });
    expect(await j.ok(['show', 'tom'], { now: '2026-06-11' })).toContain('  2026-06-20: shop opened in 9 days\n');
  });
});
