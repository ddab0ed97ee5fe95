// counts_statuses and counts_complaints (migration 0027) hold rel stats' groups of people by the facts
// their status follows from, and its complaints by their two days, kept by triggers as contacts
// and conversations change: whatever rel writes, they are the counts of the rows themselves.
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

const NOW = '2026-11-20';

interface Counts {
  kept: string[];
  counted: string[];
}

/** Each table's rows as kept, and as the rows count them, one line a group. */
function counts(path: string): { rhythm: Counts; complaints: Counts } {
  const db = new Database(path, { readonly: true });
  try {
    const lines = (sql: string) => db.prepare<[], unknown[]>(sql).raw().all().map((row) => row.join(' '));
    return {
      rhythm: {
        kept: lines('SELECT archived, talked, due_day, paused_until, people, with_rhythm FROM counts_statuses ORDER BY 1, 2, 3, 4'),
        counted: lines(
          "SELECT archived, last_contact_on IS NOT NULL, coalesce(due_day, ''), coalesce(paused_until, ''), count(*), count(cadence_days) FROM contacts GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
        ),
      },
      complaints: {
        kept: lines('SELECT happened_on, resolved_on, complaints FROM counts_complaints ORDER BY 1, 2'),
        counted: lines("SELECT happened_on, coalesce(resolved_on, ''), count(*) FROM conversations WHERE complaint = 1 GROUP BY 1, 2 ORDER BY 1, 2"),
      },
    };
  } finally {
    db.close();
  }
}

async function step(j: TestJournal, args: string[], input?: string): Promise<ReturnType<typeof counts>> {
  await j.ok(args, { input });
  const now = counts(j.db);
  expect(now.rhythm.kept, `statuses after rel ${args.join(' ')}`).toEqual(now.rhythm.counted);
  expect(now.complaints.kept, `complaints after rel ${args.join(' ')}`).toEqual(now.complaints.counted);
  return now;
}

describe('counts_statuses and counts_complaints', () => {
  it('are the counts of the rows after every kind of write, undo, merge, purge, import and restore included', async () => {
    const j = makeJournal({ now: NOW });
    await step(j, ['contact', 'add', 'Jane Doe']);
    await step(j, ['contact', 'add', 'Tom Lee', '--every', '2w']);
    await step(j, ['add', 'jane', '--note', 'lunch', '--on', '2026-11-02']);
    await step(j, ['add', 'tom', '--note', 'late delivery', '--complaint', '--on', '2026-11-10']);
    await step(j, ['add', 'jane', 'tom', '--note', 'wrong invoice', '--complaint']);
    const [shared, delivery] = (await j.json<Array<{ id: number }>>(['log', '--json'])).map((c) => String(c.id)); // newest first
    await step(j, ['resolve', shared!, '--note', 'refunded']);
    await step(j, ['conversation', 'edit', shared!, '--on', '2026-11-09']);
    await step(j, ['conversation', 'edit', delivery!, '--no-complaint']);
    await step(j, ['undo']);
    await step(j, ['pause', 'jane', '--until', '2026-12-24']);
    await step(j, ['edit', 'jane', '--every', '30d']);
    await step(j, ['tag', 'vip', '--every', '1w']);
    await step(j, ['edit', 'tom', '--tag', 'vip']);
    await step(j, ['config', 'set', 'cadence', '60d']);
    await step(j, ['archive', 'tom']);
    await step(j, ['unarchive', 'tom']);
    await step(j, ['undo']);
    await step(j, ['contact', 'add', 'Sue Park']);
    await step(j, ['add', 'sue', '--note', 'broken vase', '--complaint', '--on', '2026-11-12']);
    await step(j, ['merge', 'jane', 'sue', '--yes']);
    await step(j, ['undo']);
    await step(j, ['rm', 'tom', '--yes']);
    await step(j, ['undo']);
    await step(j, ['rm', 'sue', '--purge', '--yes']);
    // an import adds its people in bulk: counted once the change ends, with the rhythm it stored
    const csv = join(tempDir(), 'people.csv');
    writeFileSync(csv, 'name,email,tags\nAmy Ross,amy@example.com,vip\nBen Hale,ben@example.com,\nCleo Dunn,,\n');
    await step(j, ['import', csv]);
    await step(j, ['add', 'amy', '--note', 'first call']);
    await step(j, ['undo']);
    await step(j, ['undo']);
    await step(j, ['import', csv]);
    const backup = join(tempDir(), 'all.json');
    writeFileSync(backup, await j.ok(['export', 'all']));
    const fresh = makeJournal({ now: NOW });
    const restored = await step(fresh, ['import', backup]);
    expect(restored).toEqual(counts(j.db));
    const emptied = await step(fresh, ['undo']);
    expect(emptied.rhythm.kept).toEqual([]);
    expect(emptied.complaints.kept).toEqual([]);
  });

  it('are made by the migration from the rows a journal already holds', async () => {
    const latest = migrationFiles().length;
    const db = buildJournal(join(tempDir(), 'rel.db'), latest - 1, { nameKey: normalizeName, phoneKey }) as string;
    const r = await runRel(['list'], { journalPath: db });
    expect(r.code, r.stderr).toBe(0);
    const { rhythm, complaints } = counts(db);
    expect(rhythm.kept.length, 'the seeds hold people to count').toBeGreaterThan(0);
    expect(rhythm.kept).toEqual(rhythm.counted);
    expect(complaints.kept).toEqual(complaints.counted);
  });
});
