// counts_statuses and counts_complaints (migration 0027) hold rel stats' groups of people by the facts
// their status follows from, and its complaints by their two days, kept by triggers as contacts
// and conversations change: whatever rel writes, they are the counts of the rows themselves.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/domain/names.js';
import { countComplaints, summarizeComplaints, type ComplaintDays } from '../../src/domain/stats.js';
import { phoneKey } from '../../src/domain/phoneNumbers.js';
import { buildJournal, migrationFiles } from '../fixtures/make-journal-v1.mjs';
import { runRel } from '../harness/inProcess.js';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { tempDir } from '../harness/tempFiles.js';

const NOW = '2026-11-20';

/** Every complaint by its two days, one by one. */
function complaintsOf(path: string): ComplaintDays[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare<[], ComplaintDays>('SELECT happened_on AS happenedOn, resolved_on AS resolvedOn, 1 AS complaints FROM conversations WHERE complaint = 1').all();
  } finally {
    db.close();
  }
}

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
      // each complaint by day as the domain counts it (countComplaints), from the conversations
      complaints: {
        kept: [
          ...lines('SELECT day, open, made, resolved FROM counts_complaints ORDER BY day'),
          ...lines("SELECT happened_on, resolved_on, complaints, 'out of order' FROM counts_complaints_odd ORDER BY 1, 2"),
        ],
        counted: countedLines(
          db.prepare<[], ComplaintDays>('SELECT happened_on AS happenedOn, resolved_on AS resolvedOn, count(*) AS complaints FROM conversations WHERE complaint = 1 GROUP BY 1, 2').all(),
        ),
      },
    };
  } finally {
    db.close();
  }
}

function countedLines(complaints: ComplaintDays[]): string[] {
  const { days, others } = countComplaints(complaints);
  return [
    ...[...days].sort((a, b) => (a.day < b.day ? -1 : 1)).map((d) => [d.day, d.open, d.made, d.resolved].join(' ')),
    ...[...others].sort((a, b) => (`${a.happenedOn} ${a.resolvedOn}` < `${b.happenedOn} ${b.resolvedOn}` ? -1 : 1)).map((c) => [c.happenedOn, c.resolvedOn, c.complaints, 'out of order'].join(' ')),
  ];
}

async function step(j: TestJournal, args: string[], now?: string): Promise<ReturnType<typeof counts>> {
  await j.ok(args, { now });
  const after = counts(j.db);
  expect(after.rhythm.kept, `statuses after rel ${args.join(' ')}`).toEqual(after.rhythm.counted);
  expect(after.complaints.kept, `complaints after rel ${args.join(' ')}`).toEqual(after.complaints.counted);
  return after;
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
    // resolved, then moved to a later day: out of order, its days to resolve none
    await step(j, ['resolve', delivery!], '2026-11-12');
    await step(j, ['conversation', 'edit', delivery!, '--on', '2026-11-15']);
    const stats = await j.json<{ complaints: unknown }>(['stats', '--json']);
    expect(stats.complaints).toEqual(summarizeComplaints(complaintsOf(j.db)));
    await step(j, ['conversation', 'edit', delivery!, '--on', '2026-11-10']);
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
    expect((await fresh.json<{ complaints: unknown }>(['stats', '--json'])).complaints).toEqual(summarizeComplaints(complaintsOf(j.db)));
    const emptied = await step(fresh, ['undo']);
    expect(emptied.rhythm.kept).toEqual([]);
    expect(emptied.complaints.kept).toEqual([]);
  });

  it('are counted again after a write that moves the rhythm of many people, and its undo', async () => {
    const j = makeJournal({ now: NOW });
    const csv = join(tempDir(), 'many.csv');
    const rows = Array.from({ length: 600 }, (_, i) => `Person ${i},${i % 3 === 0 ? 'vip' : ''}`);
    writeFileSync(csv, `name,tags\n${rows.join('\n')}\n`);
    await step(j, ['import', csv]);
    await step(j, ['add', 'Person 7', '--note', 'lunch', '--on', '2026-11-02']);
    await step(j, ['pause', 'Person 8', '--until', '2026-12-24']);
    // 600 people's due day moves: the triggers are held and everyone counted again
    const moved = await step(j, ['config', 'set', 'cadence', '30d']);
    await step(j, ['tag', 'vip', '--every', '1w']);
    await step(j, ['undo']);
    expect(await step(j, ['undo'])).not.toEqual(moved);
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
