// open_complaint_people (migration 0022) holds everyone each open complaint was with, kept by
// triggers as conversations change: whatever rel writes, it is what the conversations themselves
// say, and rel today and rel show read it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import { tempDir } from '../harness/tempFiles.js';

/** [conversation id, contact id] pairs, as kept and as the conversations say. */
function pairs(path: string): { kept: number[][]; held: number[][] } {
  const db = new Database(path, { readonly: true });
  try {
    const rows = (sql: string) => db.prepare<[], number[]>(sql).raw().all();
    return {
      kept: rows('SELECT conversation_id, contact_id FROM open_complaint_people ORDER BY 1, 2'),
      held: rows(`SELECT p.conversation_id, p.contact_id FROM conversations t JOIN conversation_people p ON p.conversation_id = t.id
                  WHERE t.complaint = 1 AND t.resolved_on IS NULL ORDER BY 1, 2`),
    };
  } finally {
    db.close();
  }
}

async function step(j: TestJournal, args: string[]): Promise<number[][]> {
  await j.ok(args);
  const { kept, held } = pairs(j.db);
  expect(kept, `after rel ${args.join(' ')}`).toEqual(held);
  return kept;
}

describe('open_complaint_people', () => {
  it('is everyone each open complaint was with after every kind of write, undo and restore included', async () => {
    const j = makeJournal();
    await step(j, ['add', 'Jane Doe', 'Tom Lee', '--complaint', '--note', 'the order came late']); // #1, Jane 1, Tom 2
    await step(j, ['add', 'Bob Ray', '--note', 'no complaint']); // #2
    expect(await step(j, ['add', 'Bob Ray', 'Jane Doe', '--complaint', '--note', 'wrong size'])).toEqual([[1, 1], [1, 2], [3, 3], [3, 1]].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    await step(j, ['conversation', 'edit', '1', '--without', 'Tom Lee']);
    await step(j, ['conversation', 'edit', '1', '--with', 'Bob Ray']);
    await step(j, ['conversation', 'edit', '2', '--complaint']);
    await step(j, ['resolve', '3', '--note', 'exchanged']);
    expect(await step(j, ['conversation', 'edit', '1', '--no-complaint'])).toEqual([[2, 3]]);
    await step(j, ['undo']);
    await step(j, ['undo']); // the resolve: #3 is open again
    await step(j, ['conversation', 'rm', '3']);
    expect(await step(j, ['undo'])).toEqual([[1, 1], [1, 3], [2, 3], [3, 1], [3, 3]]);
    await step(j, ['merge', 'bob', 'jane', '--yes']);
    const backup = join(tempDir(), 'all.json');
    writeFileSync(backup, await j.ok(['export', 'all']));
    await step(j, ['rm', 'tom', '--purge', '--yes']);
    await step(j, ['undo']); // the merge
    await step(j, ['rm', 'jane', '--yes']);
    await step(j, ['undo']);
    const fresh = makeJournal();
    await step(fresh, ['import', backup]);
    expect(pairs(fresh.db).kept.length).toBeGreaterThan(0);
    await step(fresh, ['undo']);
    expect(pairs(fresh.db).kept).toEqual([]);
  });

  it('gives rel show and rel today every open complaint a person was part of, first or not', async () => {
    const j = makeJournal({ now: '2026-11-23' });
    await j.ok(['add', 'Jane Doe', 'Tom Lee', '--complaint', '--note', 'the order came late', '--on', '2026-11-20']);
    const card = await j.json<{ openComplaints: Array<{ id: number }> }>(['show', 'tom', '--json']);
    expect(card.openComplaints.map((v) => v.id)).toEqual([1]);
    const today = await j.json<Array<{ person: { name: string }; reasons: Array<{ tier: string }> }>>(['today', '--json']);
    expect(today.map((row) => [row.person.name, row.reasons.map((r) => r.tier)])).toEqual([
      ['Jane Doe', ['complaint']],
      ['Tom Lee', ['complaint']],
    ]);
  });
});
