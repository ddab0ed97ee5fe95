// counts_referrals (migration 0026) holds how many people each referrer referred, kept by triggers
// as contacts change: whatever rel writes, it is the count of the contacts themselves, and rel
// stats ranks its top referrers by it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/domain/names.js';
import { phoneKey } from '../../src/domain/phoneNumbers.js';
import { buildJournal, migrationFiles } from '../fixtures/make-journal-v1.mjs';
import { runRel } from '../harness/inProcess.js';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { tempDir } from '../harness/tempFiles.js';

type Counts = Record<string, number>;

/** The counts as kept, and as the contacts count them. */
function counts(path: string): { kept: Counts; counted: Counts } {
  const db = new Database(path, { readonly: true });
  try {
    const rows = (sql: string) => Object.fromEntries(db.prepare<[], [string, number]>(sql).raw().all());
    return {
      kept: rows('SELECT referrer_id, referrals FROM counts_referrals ORDER BY referrer_id'),
      counted: rows('SELECT referred_by, count(*) FROM contacts WHERE referred_by IS NOT NULL GROUP BY 1 ORDER BY 1'),
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

describe('counts_referrals', () => {
  it('is the count of each referrer after every kind of write, undo, merge, purge and import included', async () => {
    const j = makeJournal();
    await step(j, ['contact', 'add', 'Jane Doe']);
    await step(j, ['contact', 'add', 'Tom Lee', '--referred-by', 'jane']);
    await step(j, ['contact', 'add', 'Bob Ray', '--referred-by', 'jane']);
    expect(await step(j, ['contact', 'add', 'Ann Kay', '--referred-by', 'tom'])).toEqual({ 1: 2, 2: 1 });
    await step(j, ['edit', 'ann', '--referred-by', 'jane']);
    await step(j, ['edit', 'bob', '--referred-by', '']);
    expect(await step(j, ['undo'])).toEqual({ 1: 3 });
    // The referrer goes: the people they referred keep no referrer (ON DELETE SET NULL).
    expect(await step(j, ['rm', 'jane', '--yes'])).toEqual({});
    expect(await step(j, ['undo'])).toEqual({ 1: 3 });
    await step(j, ['contact', 'add', 'Sue Park', '--referred-by', 'tom']);
    await step(j, ['merge', 'sue', 'ann', '--yes']);
    await step(j, ['undo']);
    await step(j, ['rm', 'bob', '--purge', '--yes']);
    const backup = join(tempDir(), 'all.json');
    writeFileSync(backup, await j.ok(['export', 'all']));
    const fresh = makeJournal();
    expect(await step(fresh, ['import', backup])).toEqual(counts(j.db).kept);
    expect(await step(fresh, ['undo'])).toEqual({});
  });

  it('is made by the migration from the referrals a journal already holds', async () => {
    const latest = migrationFiles().length;
    const db = buildJournal(join(tempDir(), 'rel.db'), latest - 1, { nameKey: normalizeName, phoneKey }) as string;
    const before = new Database(db, { readonly: true });
    const referred = before.prepare('SELECT count(*) FROM contacts WHERE referred_by IS NOT NULL').pluck().get() as number;
    before.close();
    expect(referred, 'the seeds hold referrals to count').toBeGreaterThan(0);
    const r = await runRel(['list'], { journalPath: db });
    expect(r.code, r.stderr).toBe(0);
    const { kept, counted } = counts(db);
    expect(kept).toEqual(counted);
  });

  it('ranks the top referrers of rel stats, most referrals first, ties by name', async () => {
    const j = makeJournal();
    for (const name of ['Zoe Adams', 'Amy Brown', 'Carl Cole']) await j.ok(['contact', 'add', name]);
    for (const [name, by] of [['P1', 'zoe'], ['P2', 'zoe'], ['P3', 'amy'], ['P4', 'amy'], ['P5', 'carl']]) await j.ok(['contact', 'add', `${name} Person`, '--referred-by', by!]);
    const stats = await j.json<{ topReferrers: Array<{ person: { name: string }; referredCount: number }> }>(['stats', '--json']);
    expect(stats.topReferrers.map((r) => [r.person.name, r.referredCount])).toEqual([
      ['Amy Brown', 2],
      ['Zoe Adams', 2],
      ['Carl Cole', 1],
    ]);
  });
});
