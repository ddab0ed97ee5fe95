// counts_channels (migration 0019) holds how many conversations each channel has, kept by triggers
// as conversations change: whatever rel writes, it is the count of the conversations themselves,
// and rel stats reads it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { tempDir } from '../harness/tempFiles.js';

type Counts = Record<string, number>;

function counts(path: string): { kept: Counts; counted: Counts } {
  const db = new Database(path, { readonly: true });
  try {
    const rows = (sql: string) => Object.fromEntries(db.prepare<[], [string, number]>(sql).raw().all());
    return {
      kept: rows('SELECT via_key, conversations FROM counts_channels ORDER BY via_key'),
      counted: rows("SELECT coalesce(via, ''), count(*) FROM conversations GROUP BY 1 ORDER BY 1"),
    };
  } finally {
    db.close();
  }
}

async function step(j: TestJournal, args: string[]): Promise<Counts> {
  await j.ok(args);
  const { kept, counted } = counts(j.db);
  expect(kept, `after rel ${args.join(' ')}`).toEqual(counted);
  return kept;
}

describe('counts_channels', () => {
  it('is the count of each channel after every kind of write, undo and restore included', async () => {
    const j = makeJournal();
    await step(j, ['add', 'Jane Doe', '--via', 'call', '--note', 'catalog']);
    await step(j, ['add', 'Jane Doe', '--via', 'call', '--note', 'again']);
    await step(j, ['add', 'Tom Lee', 'Jane Doe', '--via', 'meal', '--note', 'lunch together']);
    expect(await step(j, ['add', 'Bob Ray', '--note', 'no channel said'])).toEqual({ '': 1, call: 2, meal: 1 });
    await step(j, ['conversation', 'edit', '1', '--via', 'visit']);
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
