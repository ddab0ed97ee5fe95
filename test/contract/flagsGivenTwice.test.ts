// A flag that takes one value, given twice (SPEC §6: a command line that is wrong exits 2 and
// changes nothing): commander keeps the last without a word, so rel refuses it, for every command
// and the global options alike. A repeatable flag takes each value.
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../harness/failures.js';
import { journalFrom } from '../harness/journal.js';

const withJane = journalFrom(async (j) => {
  await j.ok(['add', 'Jane Doe', '--note', 'spring order', '--on', '2026-11-01']);
});

describe('a flag of one value given twice', () => {
  it('a text (--note) is refused, with the one --note that joins them', async () => {
    const j = await withJane();
    expect(await expectRefused(j, ['add', 'jane', '--note', 'Family lunch', '--note', 'kids'], 2)).toBe(
      'rel: --note given twice ("Family lunch" and "kids"): give one --note; join them in one --note "Family lunch; kids"',
    );
    expect(await expectRefused(j, ['conversation', 'edit', '1', '--note=a', '--note=b'], 2)).toMatch(/^rel: --note given twice \("a" and "b"\)/);
  });

  it('a date (--on) and a choice (--via) are refused', async () => {
    const j = await withJane();
    expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--on', 'monday', '--on', 'friday'], 2)).toBe('rel: --on given twice ("monday" and "friday"): give one --on');
    expect(await expectRefused(j, ['add', 'jane', '--note', 'x', '--via', 'call', '--via', 'lunch'], 2)).toBe('rel: --via given twice ("call" and "lunch"): give one --via');
  });

  it('a number of another command (rel today --limit) and a global option (--db) are refused', async () => {
    const j = await withJane();
    expect(await expectRefused(j, ['today', '--limit', '3', '--limit', '5'], 2)).toBe('rel: --limit given twice ("3" and "5"): give one --limit');
    expect(await expectRefused(j, ['--db', j.db, '--db', `${j.db}.other`, 'list'], 2)).toMatch(/^rel: --db given twice \(/);
  });

  it('a filter of one value keeps its own words; a repeatable flag and a flag of no value given twice are fine', async () => {
    const j = await withJane();
    expect(await expectRefused(j, ['list', '--tag', 'a', '--tag', 'b'], 2)).toBe('rel: --tag "a" and --tag "b": give one --tag; rel list lists the people of one tag at a time');
    expect(await j.ok(['add', 'jane', '--note', 'x', '--remember', 'a', '--remember', 'b', '--tag', 'vip', '--tag', 'gold', '--complaint', '--complaint'])).toBe(
      'logged complaint with Jane Doe on 2026-11-23 (#2); remembered 2\n',
    );
  });
});
