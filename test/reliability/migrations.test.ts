// SPEC §5, §8: every migration upgrades a journal made by the previous schema with its data intact,
// after writing a backup beside it; a journal from a newer rel is refused and never modified.
// Written over migrations/ as it is: when 0002, 0003… land, the loop below covers them too
// (their seeds, test/fixtures/seeds/NNNN.sql, fill the tables they add).
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/domain/names.js';
import { phoneKey } from '../../src/domain/phoneNumbers.js';
import { openJournal } from '../../src/store/open.js';
import { buildJournal, migrationFiles } from '../fixtures/make-journal-v1.mjs';
import { contractBreaches } from '../harness/failures.js';
import { dump, sha256, shapeOfFile, type Shape } from '../harness/journalDump.js';
import { FIXTURES } from '../harness/paths.js';
import { spawnRel as rel } from '../harness/spawned.js';
import { actualIndex, actualNameIndex, expectedIndex, expectedNameIndex } from '../harness/searchIndex.js';
import { cleanupTempDirs, tempDir } from '../harness/tempFiles.js';

const latest = migrationFiles().length;
const upgradeFrom = Array.from({ length: latest - 1 }, (_, i) => i + 1);
let upgradesIntact = 0;

/** A journal directory as rel makes it (0700), with the journal at `version`. */
function journalAt(version: number): string {
  const dir = join(tempDir(), 'journal');
  mkdirSync(dir, { mode: 0o700 });
  return buildJournal(join(dir, 'rel.db'), version, { nameKey: normalizeName, phoneKey }) as string;
}

function backupsBeside(db: string): string[] {
  return readdirSync(dirname(db))
    .filter((f) => f.startsWith(`${basename(db)}.v`) && f.includes('-backup-'))
    .map((f) => join(dirname(db), f));
}

/**
 * What a journal holds for comparing across an upgrade: every table and column it had, except the
 * search index (search_index and FTS5's search_index_* tables), which a migration that changes
 * the index rebuilds with what it holds changed (0009, 0014); the upgraded index is checked
 * against the tables instead (test/harness/searchIndex.ts).
 */
function shapeToKeep(db: string): Shape {
  return Object.fromEntries(Object.entries(shapeOfFile(db)).filter(([table]) => !table.startsWith('search_index')));
}

/** The upgraded journal's search index holds what its tables hold. */
function expectIndexInStep(db: string): void {
  const handle = new Database(db, { readonly: true });
  try {
    expect(actualIndex(handle)).toEqual(expectedIndex(handle));
    expect(actualNameIndex(handle)).toEqual(expectedNameIndex(handle));
  } finally {
    handle.close();
  }
}

/**
 * Rows as an upgrade leaves them: every name's and alias's key is the domain's folding of it, as
 * the migrations that change the folding compute them again (0006, 0033).
 */
function withNameKeys(tables: Record<string, string[]>): Record<string, string[]> {
  const rekeyed = (rows: string[], key: string, from: string) =>
    rows
      .map((row) => {
        const values = JSON.parse(row) as Record<string, unknown>;
        if (key in values) values[key] = normalizeName(values[from] as string);
        return JSON.stringify(values);
      })
      .sort();
  return {
    ...tables,
    ...(tables.contacts && { contacts: rekeyed(tables.contacts, 'name_key', 'name') }),
    ...(tables.contact_aliases && { contact_aliases: rekeyed(tables.contact_aliases, 'alias_key', 'alias') }),
  };
}

/** Runs rel list on a journal at `version`: upgraded, every row intact, the backup beside it equal to what was there. */
async function expectUpgrade(db: string, version: number): Promise<void> {
  const shape = shapeToKeep(db);
  const before = dump(db);
  const kept = dump(db, shape);
  expect(before.userVersion).toBe(version);

  const r = await rel(['list', '--json'], { db });

  expect(contractBreaches(r)).toEqual([]);
  expect(r.code, r.stderr).toBe(0);
  const after = dump(db, shape);
  expect(after.userVersion).toBe(latest);
  expect(after.tables).toEqual(withNameKeys(kept.tables));
  const names = (JSON.parse(r.stdout) as Array<{ name: string }>).map((c) => c.name);
  expect(names.length).toBeGreaterThan(0);
  expectIndexInStep(db);

  const backups = backupsBeside(db);
  expect(backups.length).toBe(1);
  expect(r.stderr).toBe(`rel: backed up the journal to ${backups[0]} before upgrading it\n`);
  expect(basename(backups[0]!)).toMatch(new RegExp(`^rel\\.db\\.v${version}-backup-`));
  expect(statSync(backups[0]!).mode & 0o777).toBe(0o600);
  expect(dump(backups[0]!)).toEqual(before);
}

describe(`migrations (${latest} in migrations/)`, () => {
  afterAll(() => {
    const line = `every migration upgrading with data intact: ${upgradesIntact} of ${upgradeFrom.length} upgrades`;
    console.log(latest === 1 ? `${line} (only 0001 exists, so nothing to upgrade yet; a test migration exercises the upgrade below)` : `${line} (from each version 1..${latest - 1} to ${latest})`);
    expect(upgradesIntact).toBe(upgradeFrom.length);
    cleanupTempDirs();
  });

  it('test/fixtures/journal-v1.db holds what make-journal-v1.mjs makes: schema 0001 and data in every table', () => {
    const copy = join(tempDir(), 'journal-v1.db');
    copyFileSync(join(FIXTURES, 'journal-v1.db'), copy);
    const fixture = dump(copy);
    expect(fixture.userVersion).toBe(1);
    expect(fixture).toEqual(dump(journalAt(1)));
    for (const [table, rows] of Object.entries(fixture.tables)) expect(rows.length, `rows in ${table}`).toBeGreaterThan(0);
  });

  it(`the checked-in v1 journal opens with every row intact${latest > 1 ? ', upgraded after a backup' : ' (no upgrade needed, so no backup)'}`, async () => {
    const dir = join(tempDir(), 'journal');
    mkdirSync(dir, { mode: 0o700 });
    const db = join(dir, 'rel.db');
    copyFileSync(join(FIXTURES, 'journal-v1.db'), db);
    if (latest > 1) return expectUpgrade(db, 1);

    const before = dump(db);
    const r = await rel(['show', 'jane', '--json'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).person).toMatchObject({ name: 'Jane Doe', company: 'Doe Flowers', aliases: ['Janie'] });
    expect(dump(db)).toEqual(before);
    expect(backupsBeside(db)).toEqual([]);
  });

  for (const version of upgradeFrom) {
    it(`a journal at version ${version} upgrades to ${latest} with every row intact and a backup beside it`, async () => {
      await expectUpgrade(journalAt(version), version);
      upgradesIntact += 1;
    });
  }

  if (latest > 1) {
    it(`20 rels started at once on a journal at version ${latest - 1} all succeed, and every backup equals the original`, async () => {
      const db = journalAt(latest - 1);
      const before = dump(db);

      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => rel(['add', 'Jane Doe', '--note', `after the upgrade ${i}`], { db, timeoutMs: 60_000 })));

      for (const r of results) {
        expect(contractBreaches(r)).toEqual([]);
        expect(r.code, r.stderr).toBe(0);
      }
      expect(dump(db).userVersion).toBe(latest);
      const backups = backupsBeside(db);
      expect(backups.length).toBeGreaterThanOrEqual(1); // each rel that saw the old version made one
      for (const backup of backups) expect(dump(backup)).toEqual(before);
    });
  }

  for (const mode of ['WAL', 'DELETE']) {
    it(`refuses a journal from a newer rel (user_version 99, ${mode} mode) in one line and leaves its bytes unchanged`, async () => {
      const db = journalAt(latest);
      const handle = new Database(db);
      handle.pragma(`journal_mode = ${mode}`);
      handle.pragma('user_version = 99');
      handle.close();
      const filesBefore = readdirSync(dirname(db)).sort();
      const hash = sha256(db);

      for (const args of [['list'], ['add', 'Jane Doe', '--note', 'this must not be written'], ['today']]) {
        const r = await rel(args, { db });
        expect(r.code).toBe(1);
        expect(contractBreaches(r)).toEqual([]);
        expect(r.stderr).toBe(`rel: the journal ${db} has schema version 99, newer than this rel knows (${latest}); upgrade rel to open it (the journal was left untouched)\n`);
      }

      expect(sha256(db)).toBe(hash);
      expect(readdirSync(dirname(db)).sort()).toEqual(filesBefore);
      expect(existsSync(`${db}-wal`)).toBe(false);
    });
  }
});

// The same machinery with one more migration than the code ships, driven in process through
// openJournal: this exercises the backup and the transaction even while only 0001 exists.
describe('openJournal applying a next migration', () => {
  let previousUmask: number;
  beforeAll(() => {
    previousUmask = process.umask(0o022); // a permissive umask: the backup must be 0600 anyway
  });
  afterAll(() => {
    process.umask(previousUmask);
    cleanupTempDirs();
  });

  function migrationsWithNext(sql: string): string {
    const dir = tempDir();
    for (const file of migrationFiles()) copyFileSync(file, join(dir, basename(file)));
    writeFileSync(join(dir, `${String(latest + 1).padStart(4, '0')}_next.sql`), sql);
    return dir;
  }

  it('writes a 0600 backup equal to the journal, then upgrades it with every row intact', () => {
    const db = journalAt(latest);
    const shape = shapeOfFile(db);
    const before = dump(db);
    const migrationsDir = migrationsWithNext('-- a test migration\nALTER TABLE contacts ADD COLUMN synthetic_next_column TEXT;\nCREATE TABLE synthetic_next_things (id INTEGER PRIMARY KEY, contact_id INTEGER REFERENCES contacts(id));');
    const backups: string[] = [];

    openJournal(db, { migrationsDir, onBackup: (path) => backups.push(path) }).close();

    expect(backups).toEqual(backupsBeside(db));
    expect(backups.length).toBe(1);
    expect(statSync(backups[0]!).mode & 0o777).toBe(0o600);
    expect(dump(backups[0]!)).toEqual(before);
    const after = dump(db);
    expect(after.userVersion).toBe(latest + 1);
    expect(dump(db, shape).tables).toEqual(before.tables);
    expect(after.tables.synthetic_next_things).toEqual([]);
    expect(after.tables.contacts!.every((row) => (JSON.parse(row) as { synthetic_next_column: unknown }).synthetic_next_column === null)).toBe(true);
  });

  it('rolls back a migration that fails, leaving the journal as it was, with a one-line error', () => {
    const db = journalAt(latest);
    const before = dump(db);
    const migrationsDir = migrationsWithNext('-- a broken migration\nALTER TABLE contacts ADD COLUMN synthetic_next_column TEXT;\nALTER TABLE no_such_table ADD COLUMN x TEXT;');

    expect(() => openJournal(db, { migrationsDir })).toThrow(new RegExp(`^migration ${String(latest + 1).padStart(4, '0')}_next failed: no such table: no_such_table; the journal was left as it was`));

    expect(dump(db)).toEqual(before);
  });
});
