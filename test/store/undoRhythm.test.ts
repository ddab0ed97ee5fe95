// rel undo of the writes that move many due days (issue 16, migration 0018): the undo log keeps the
// facts of contacts only, each change names whose rhythm it moved, and rel undo works their rhythm
// out again once the facts are back. Every row of contacts comes back exactly as it was.
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateJournal } from '../bench/generate.mjs';
import { runRel } from '../harness/inProcess.js';
import { tempDir } from '../harness/tempFiles.js';

const source = join(tempDir(), 'many.db');
beforeAll(() => generateJournal(source, { contacts: 600, conversations: 3000 }), 60_000);

function copyOfSource(): string {
  const path = join(tempDir(), 'rel.db');
  copyFileSync(source, path);
  return path;
}

function query<T>(path: string, sql: string): T[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare<[], T>(sql).all();
  } finally {
    db.close();
  }
}

const contacts = (path: string) => query<Record<string, unknown>>(path, 'SELECT * FROM contacts ORDER BY id');
/** What the newest change logged, by table and operation. */
const logged = (path: string) =>
  query<{ tbl: string; op: string; n: number }>(path, 'SELECT tbl, op, count(*) AS n FROM undo_log WHERE change_id = (SELECT max(id) FROM undo_changes) GROUP BY tbl, op ORDER BY tbl, op');
const moved = (before: Array<Record<string, unknown>>, after: Array<Record<string, unknown>>) => after.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before[i])).length;

async function rel(path: string, args: string[]): Promise<string> {
  const result = await runRel(args, { journalPath: path });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

const someone = (path: string, where: string) => query<{ name: string }>(path, `SELECT name FROM contacts c WHERE ${where} ORDER BY id LIMIT 1`)[0]!.name;

describe('rel undo of a write that moves due days gives back every row of contacts', () => {
  it('config set cadence: one setting logged, hundreds of due days moved, all of them back', async () => {
    const path = copyOfSource();
    const before = contacts(path);
    await rel(path, ['config', 'set', 'cadence', '60d']);
    expect(moved(before, contacts(path))).toBeGreaterThan(100);
    expect(logged(path)).toEqual([{ tbl: 'settings', op: 'insert', n: 1 }]);
    expect(await rel(path, ['undo'])).toBe('undid: set cadence to 60d\n');
    expect(contacts(path)).toEqual(before);
  });

  it("a tag's cadence, a person's own, a conversation (their last contact counted again), a tag taken off", async () => {
    const path = copyOfSource();
    const vip = someone(path, "EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND t.tag = 'vip') AND c.cadence IS NULL");
    const other = someone(path, 'c.last_contact_on IS NOT NULL AND c.cadence IS NULL AND NOT EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id)');
    const writes = [
      ['tag', 'vip', '--every', '14d'],
      ['edit', other, '--every', '2w'],
      ['add', other, '--note', 'caught up', '--on', '2026-11-23'],
      ['edit', vip, '--untag', 'vip'],
    ];
    const states = [contacts(path)];
    for (const args of writes) {
      await rel(path, args);
      const now = contacts(path);
      expect(moved(states.at(-1)!, now), args.join(' ')).toBeGreaterThan(0);
      states.push(now);
    }
    // Only facts logged: no update of contacts for the tag's cadence (its rhythm moved for everyone tagged).
    expect(query(path, "SELECT count(*) AS n FROM undo_log WHERE change_id = (SELECT min(id) FROM undo_changes) AND tbl = 'contacts'")).toEqual([{ n: 0 }]);
    for (let i = writes.length - 1; i >= 0; i--) {
      await rel(path, ['undo']);
      expect(contacts(path), `undo of ${writes[i]!.join(' ')}`).toEqual(states[i]);
    }
  });

  it('rel rm --purge takes the person off the lists of whose rhythm newer changes moved', async () => {
    const path = copyOfSource();
    const { id, name } = query<{ id: number; name: string }>(path, "SELECT c.id, c.name FROM contacts c JOIN contact_tags t ON t.contact_id = c.id AND t.tag = 'vip' ORDER BY c.id LIMIT 1")[0]!;
    await rel(path, ['tag', 'vip', '--every', '14d']);
    const lists = () => query<{ rhythm: string }>(path, 'SELECT rhythm FROM undo_changes').map((r) => JSON.parse(r.rhythm) as { stored: number[] });
    expect(lists()[0]!.stored).toContain(id);
    await rel(path, ['rm', name, '--purge', '--yes']);
    expect(lists().length).toBe(1); // the tag's change never touched their rows: it stays undoable
    expect(lists()[0]!.stored).not.toContain(id);
    expect(lists()[0]!.stored.length).toBeGreaterThan(0);
  });
});
