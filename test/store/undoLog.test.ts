// The schema under rel undo and "ids never reused": the ids migration (*_ids_never_reused.sql) rebuilt the tables whose ids
// users see with AUTOINCREMENT and put back everything else exactly; the undo log migration (*_undo_log.sql) gave every
// table of the journal the undo triggers, and a table added later must have them too.
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/domain/names.js';
import { openJournal } from '../../src/store/open.js';
import { buildJournal, migrationFiles } from '../fixtures/make-journal-v1.mjs';
import { cleanupTempDirs, tempDir } from '../harness/tempFiles.js';

afterAll(() => cleanupTempDirs());

type Entry = { type: string; name: string; sql: string | null };
const schemaOf = (db: Database.Database): Entry[] =>
  db.prepare<[], Entry>("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'undo%' ORDER BY type, name").all();

const ID_TABLES = ['contacts', 'conversations', 'details', 'reminders'];

describe('migration *_ids_never_reused: ids never reused', () => {
  it('keeps every index, partial index, view and trigger as it was, and makes the id tables AUTOINCREMENT from their max id', () => {
    const beforeIds = migrationFiles().findIndex((f) => f.endsWith('_ids_never_reused.sql')); // the version just before it
    const path = buildJournal(join(tempDir(), 'rel.db'), beforeIds, { nameKey: normalizeName });
    const v5 = new Database(path);
    const before = schemaOf(v5);
    const maxIds = Object.fromEntries(ID_TABLES.map((t) => [t, (v5.prepare(`SELECT max(id) AS m FROM ${t}`).get() as { m: number }).m]));
    v5.close();

    // Only as far as that migration: later ones may change the schema again (0009 remade the search index's view and triggers).
    const throughIds = tempDir();
    for (const file of migrationFiles().slice(0, beforeIds + 1)) copyFileSync(file, join(throughIds, basename(file)));
    const db = openJournal(path, { migrationsDir: throughIds });
    const after = schemaOf(db);
    const notTables = (entries: Entry[]) => entries.filter((e) => e.type !== 'table');
    expect(notTables(after)).toEqual(notTables(before));
    for (const t of ID_TABLES) {
      expect(after.find((e) => e.name === t)?.sql).toMatch(/\bid\s+INTEGER PRIMARY KEY AUTOINCREMENT,/);
      expect(db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').pluck().get(t)).toBe(maxIds[t]);
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});

describe('migration *_undo_log: the undo log', () => {
  it('every table of the journal has the three undo triggers (a table added later needs them)', () => {
    const db = openJournal(join(tempDir(), 'rel.db'));
    // Not the derived ones (the search index, the index of names, counts_*, open_complaint_people): triggers keep them from the tables that are logged.
    // Nor the letters the search index folds (0040): the migration writes them, rel never does.
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'undo_%' AND name NOT LIKE 'search_index%' AND name NOT LIKE 'name_trigrams%' AND name NOT LIKE 'counts_%' AND name NOT IN ('open_complaint_people', 'search_fold_letters')")
      .all()
      .map((t) => t.name);
    const triggers = new Set(db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'trigger'").all().map((t) => t.name));
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const t of tables) for (const op of ['insert', 'update', 'delete']) expect(triggers.has(`undo_${t}_${op}`), `undo_${t}_${op}`).toBe(true);
    db.close();
  });

  it('each table\'s delete trigger puts back every column (a column added later needs the triggers made again)', () => {
    const db = openJournal(join(tempDir(), 'rel.db'));
    const triggers = db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'undo_%_delete'").all();
    expect(triggers.length).toBeGreaterThanOrEqual(10);
    for (const { name, sql } of triggers) {
      const table = name.slice('undo_'.length, -'_delete'.length);
      const columns = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`).all().map((c) => c.name);
      for (const column of columns) expect(sql, `${name} puts back ${column}`).toContain(`quote(old.${column})`);
    }
    db.close();
  });

  it('logs nothing for a write outside rel (no change open)', () => {
    const db = openJournal(join(tempDir(), 'rel.db'));
    db.prepare("INSERT INTO settings (key, value) VALUES ('days', '21')").run();
    expect(db.prepare('SELECT count(*) FROM undo_log').pluck().get()).toBe(0);
    db.close();
  });
});
