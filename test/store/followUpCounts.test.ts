// counts_follow_ups (migration 0028) holds how many follow-ups are open, and how many of them are
// archived people's, kept by triggers as follow-ups and people change: whatever rel writes, they
// are the counts of the rows themselves, and rel reminders says how many more there are from them.
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

/** [open, archived people's open] as kept, and as the follow-ups count them. */
function counts(path: string): { kept: number[]; counted: number[] } {
  const db = new Database(path, { readonly: true });
  try {
    return {
      kept: db.prepare<[], number[]>('SELECT open, archived_open FROM counts_follow_ups').raw().get() ?? [],
      counted: [
        db.prepare<[], number>('SELECT count(*) FROM reminders WHERE done_on IS NULL').pluck().get()!,
        db.prepare<[], number>('SELECT count(*) FROM contacts c JOIN reminders r ON r.contact_id = c.id WHERE c.archived = 1 AND r.done_on IS NULL').pluck().get()!,
      ],
    };
  } finally {
    db.close();
  }
}

async function step(j: TestJournal, args: string[]): Promise<number[]> {
  await j.ok(args);
  const { kept, counted } = counts(j.db);
  expect(kept, `after rel ${args.join(' ')}`).toEqual(counted);
  return kept;
}

/** The id of the follow-up with this text. */
const idOf = async (j: TestJournal, text: string): Promise<string> =>
  String((await j.json<Array<{ id: number; text: string }>>(['reminders', '--all', '--json'])).find((r) => r.text === text)?.id);

describe('counts_follow_ups', () => {
  it('are the counts of the follow-ups after every kind of write, undo, merge, purge and restore included', async () => {
    const j = makeJournal({ now: NOW });
    await step(j, ['contact', 'add', 'Jane Doe']);
    await step(j, ['contact', 'add', 'Tom Lee']);
    await step(j, ['remind', 'jane', 'send the catalog', '--on', '2026-11-25']);
    await step(j, ['remind', 'jane', 'call about the wedding', '--on', '2026-12-01']);
    await step(j, ['remind', 'tom', 'monthly check-in', '--on', '2026-11-22', '--every', '1m']);
    await step(j, ['add', 'tom', '--note', 'lunch', '--follow-up', 'in 1 week: send photos']);
    const checkIn = await idOf(j, 'monthly check-in');
    await step(j, ['done', await idOf(j, 'send the catalog')]);
    await step(j, ['done', checkIn]); // recurring: it moves on and stays open
    await step(j, ['snooze', checkIn, '--until', '2027-01-05']);
    await step(j, ['undo']);
    expect(await step(j, ['archive', 'jane'])).toEqual([3, 1]);
    await step(j, ['undo']);
    await step(j, ['archive', 'jane']);
    await step(j, ['remind', 'jane', 'ask about the move', '--on', '2026-12-10']);
    await step(j, ['unarchive', 'jane']);
    await step(j, ['archive', 'jane']);
    // an archived person goes, their follow-ups after them; the undo puts all back
    expect(await step(j, ['rm', 'jane', '--yes'])).toEqual([2, 0]);
    expect(await step(j, ['undo'])).toEqual([4, 2]);
    await step(j, ['merge', 'tom', 'jane', '--yes']);
    await step(j, ['undo']);
    await step(j, ['rm', 'tom', '--purge', '--yes']);
    const backup = join(tempDir(), 'all.json');
    writeFileSync(backup, await j.ok(['export', 'all']));
    const fresh = makeJournal({ now: NOW });
    expect(await step(fresh, ['import', backup])).toEqual(counts(j.db).kept);
    expect(await step(fresh, ['undo'])).toEqual([0, 0]);
  });

  it('count the follow-ups of an archived person written before the person, as a write with deferred keys may', async () => {
    const j = makeJournal({ now: NOW });
    await j.ok(['contact', 'add', 'Jane Doe']);
    const db = new Database(j.db);
    try {
      db.pragma('foreign_keys = ON');
      db.transaction(() => {
        db.pragma('defer_foreign_keys = ON');
        db.prepare("INSERT INTO reminders (contact_id, text, due_on, created_at) VALUES (99, 'call back', '2026-12-01', '2026-11-20T00:00:00Z')").run();
        db.prepare("INSERT INTO contacts (id, name, name_key, archived, created_on, created_at, updated_at) VALUES (99, 'Ann Kay', 'ann kay', 1, '2026-11-20', '', '')").run();
      })();
    } finally {
      db.close();
    }
    const { kept, counted } = counts(j.db);
    expect(counted).toEqual([1, 1]);
    expect(kept).toEqual(counted);
  });

  it('give rel reminders its count of the follow-ups it leaves out', async () => {
    const j = makeJournal({ now: NOW });
    await j.ok(['contact', 'add', 'Jane Doe']);
    await j.ok(['contact', 'add', 'Tom Lee']);
    for (let day = 1; day <= 25; day++) await j.ok(['remind', day % 2 ? 'jane' : 'tom', `task ${day}`, '--on', `2026-12-${String(day).padStart(2, '0')}`]);
    await j.ok(['archive', 'tom']); // his 12 leave the list
    const r = await j.rel(['reminders', '--limit', '5']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/… and 8 more: rel reminders --limit 13/);
  });

  it('are made by the migration from the follow-ups a journal already holds', async () => {
    const latest = migrationFiles().length;
    const db = buildJournal(join(tempDir(), 'rel.db'), latest - 1, { nameKey: normalizeName, phoneKey }) as string;
    const r = await runRel(['list'], { journalPath: db });
    expect(r.code, r.stderr).toBe(0);
    const { kept, counted } = counts(db);
    expect(counted[0], 'the seeds hold open follow-ups').toBeGreaterThan(0);
    expect(kept).toEqual(counted);
  });
});
