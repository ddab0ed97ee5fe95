// counts_channels (migration 0019) and counts_days (0025) hold how many conversations each channel
// and each day has, kept by triggers as conversations change: whatever rel writes, they are the
// counts of the conversations themselves, and rel stats reads them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { tempDir } from '../harness/tempFiles.js';

type Counts = Record<string, number>;

/** Each table's counts as kept, and as the conversations count them. */
function counts(path: string): { kept: Counts; counted: Counts; days: { kept: Counts; counted: Counts } } {
  const db = new Database(path, { readonly: true });
  try {
    const rows = (sql: string) => Object.fromEntries(db.prepare<[], [string, number]>(sql).raw().all());
    return {
      kept: rows('SELECT via_key, conversations FROM counts_channels ORDER BY via_key'),
      counted: rows("SELECT coalesce(via, ''), count(*) FROM conversations GROUP BY 1 ORDER BY 1"),
      days: {
        kept: rows('SELECT happened_on, conversations FROM counts_days ORDER BY happened_on'),
        counted: rows('SELECT happened_on, count(*) FROM conversations GROUP BY 1 ORDER BY 1'),
      },
    };
  } finally {
    db.close();
  }
}

async function step(j: TestJournal, args: string[]): Promise<Counts> {
  await j.ok(args);
  const { kept, counted, days } = counts(j.db);
  expect(kept, `channels after rel ${args.join(' ')}`).toEqual(counted);
  expect(days.kept, `days after rel ${args.join(' ')}`).toEqual(days.counted);
  return kept;
}

describe('counts_channels and counts_days', () => {
  it('are the counts of each channel and each day after every kind of write, undo and restore included', async () => {
    const j = makeJournal();
    await step(j, ['add', 'Jane Doe', '--via', 'call', '--note', 'catalog', '--on', '2026-11-02']);
    await step(j, ['add', 'Jane Doe', '--via', 'call', '--note', 'again']);
    await step(j, ['add', 'Tom Lee', 'Jane Doe', '--via', 'meal', '--note', 'lunch together', '--on', '2026-11-02']);
    expect(await step(j, ['add', 'Bob Ray', '--note', 'no channel said', '--on', '2026-11-20'])).toEqual({ '': 1, call: 2, meal: 1 });
    expect(counts(j.db).days.kept).toMatchObject({ '2026-11-02': 2, '2026-11-20': 1 });
    await step(j, ['conversation', 'edit', '1', '--via', 'visit']);
    await step(j, ['conversation', 'edit', '4', '--on', '2026-11-02']);
    expect(counts(j.db).days.kept).toMatchObject({ '2026-11-02': 3 });
    expect(counts(j.db).days.kept).not.toHaveProperty('2026-11-20');
    await step(j, ['conversation', 'rm', '3']);
    expect(await step(j, ['undo'])).toEqual({ '': 1, call: 1, meal: 1, visit: 1 });
    await step(j, ['merge', 'tom', 'jane', '--yes']);
    const backup = join(tempDir(), 'all.json');
    writeFileSync(backup, await j.ok(['export', 'all']));
    await step(j, ['rm', 'bob', '--purge', '--yes']);
    await step(j, ['undo']); // the merge
    const fresh = makeJournal();
    await step(fresh, ['import', backup]);
    expect(counts(fresh.db).kept).toEqual({ '': 1, call: 1, meal: 1, visit: 1 });
    await step(fresh, ['undo']);
    expect(counts(fresh.db).kept).toEqual({});
    expect(counts(fresh.db).days.kept).toEqual({});
  });

  it('is what rel stats shows per channel', async () => {
    const j = makeJournal();
    for (const via of ['call', 'call', 'email', 'visit']) await j.ok(['add', 'Jane Doe', '--via', via, '--note', via]);
    const stats = await j.json<{ channels: Array<{ via: string | null; conversations: number }> }>(['stats', '--json']);
    expect(stats.channels).toEqual([
      { via: 'call', conversations: 2 },
      { via: 'email', conversations: 1 },
      { via: 'visit', conversations: 1 },
    ]);
  });
});
