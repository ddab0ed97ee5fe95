// rel backup: a whole, private copy, taken safely while other rels write, never over a file
// without --force.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupJournal } from '../../src/store/backup.js';
import { contractBreaches } from '../harness/failures.js';
import { countRows, dump, sha256 } from '../harness/journalDump.js';
import { spawnRel as rel } from '../harness/spawned.js';
import { cleanupTempDirs, newJournalPath, tempDir } from '../harness/tempFiles.js';

async function journalWithPeople(): Promise<{ dir: string; db: string }> {
  const journal = newJournalPath();
  for (const args of [
    ['contact', 'add', 'Jane Doe', '--email', 'jane@example.com', '--birthday', '03-14', '--tag', 'vip'],
    ['add', 'Jane Doe', '--via', 'call', '--note', 'Loved the tulips', '--remember', 'husband Tom golfs', '--follow-up', 'in 1 week: send the catalog'],
    ['add', 'Bob Lee', '--note', 'Order arrived damaged', '--complaint'],
  ]) {
    const r = await rel(args, { db: journal.db });
    expect(r.code, r.stderr).toBe(0);
  }
  return journal;
}

describe('rel backup', () => {
  afterAll(cleanupTempDirs);

  it('writes a private copy beside the journal, named with the time, and prints its path and size', async () => {
    const { db } = await journalWithPeople();
    const expected = `${db}.backup-2026-11-23T10-00-00`;

    const r = await rel(['backup'], { db });

    expect(contractBreaches(r)).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^backed up ${db} to ${expected} \\(\\d+(\\.\\d)? KiB\\)\\n$`));
    expect(statSync(expected).mode & 0o777).toBe(0o600);
    expect(dump(expected)).toEqual(dump(db));
  });

  it('names a second backup of the same second with -2, beside the journal or in a directory given', async () => {
    const { dir, db } = await journalWithPeople();
    const first = `${db}.backup-2026-11-23T10-00-00`;
    expect((await rel(['backup'], { db })).code).toBe(0);
    const again = await rel(['backup'], { db });
    expect([again.code, again.stdout]).toEqual([0, expect.stringContaining(`to ${first}-2 (`)]);
    expect(dump(`${first}-2`)).toEqual(dump(first));
    const into = join(dir, 'copies');
    mkdirSync(into);
    for (const name of ['rel.db.backup-2026-11-23T10-00-00', 'rel.db.backup-2026-11-23T10-00-00-2']) {
      const r = await rel(['backup', into], { db });
      expect([r.code, r.stdout]).toEqual([0, expect.stringContaining(`to ${join(into, name)} (`)]);
    }
  });

  it('refuses to overwrite an existing file unless --force, and leaves it as it was', async () => {
    const { dir, db } = await journalWithPeople();
    const target = join(dir, 'copy.db');
    writeFileSync(target, 'precious');
    const precious = sha256(target);

    const refused = await rel(['backup', target], { db });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`rel: ${target} already exists; give another FILE, or --force to replace it\n`);
    expect(contractBreaches(refused)).toEqual([]);
    expect(sha256(target)).toBe(precious);
    expect(readdirSync(dir).sort()).toEqual(['copy.db', 'journal']);

    const forced = await rel(['backup', target, '--force'], { db });
    expect(forced.code).toBe(0);
    expect(dump(target)).toEqual(dump(db));
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('puts the copy inside a directory given as FILE', async () => {
    const { db } = await journalWithPeople();
    const into = tempDir();

    const r = await rel(['backup', into], { db });

    expect(r.code).toBe(0);
    expect(readdirSync(into)).toEqual(['rel.db.backup-2026-11-23T10-00-00']);
  });

  it('makes a directory given with a slash at its end, private, and puts the copy in it, rather than a file of its name', async () => {
    const { db } = await journalWithPeople();
    const into = join(tempDir(), 'backups', 'rel');

    const r = await rel(['backup', `${into}/`], { db });

    expect(r.code).toBe(0);
    expect(statSync(into).isDirectory()).toBe(true);
    expect(statSync(into).mode & 0o777).toBe(0o700);
    expect(readdirSync(into)).toEqual(['rel.db.backup-2026-11-23T10-00-00']);
  });

  it('fails in one line, creating nothing, when there is no journal or the directory is missing', async () => {
    const { dir, db } = newJournalPath();
    const none = await rel(['backup'], { db });
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(`rel: no journal at ${db}; check --db or REL_DB\n`);
    expect(existsSync(dirname(db))).toBe(false);

    const { db: real } = await journalWithPeople();
    const missing = await rel(['backup', join(dir, 'no', 'such', 'dir', 'x.db')], { db: real });
    expect(missing.code).toBe(1);
    expect(contractBreaches(missing)).toEqual([]);
    expect(missing.stderr).toMatch(/does not exist\n$/);
  });

  it('refuses to write over the journal itself', async () => {
    const { db } = await journalWithPeople();
    const before = dump(db);
    for (const target of [db, `${db}-wal`]) {
      const r = await rel(['backup', target, '--force'], { db });
      expect(r.code).toBe(2);
      expect(contractBreaches(r)).toEqual([]);
    }
    expect(dump(db)).toEqual(before);
  });

  it('takes a consistent copy while 20 rel add write to the journal', async () => {
    const { dir, db } = await journalWithPeople();
    // Enough pages that the copy takes several steps, so writers land in the middle of it.
    const handle = new Database(db);
    const insert = handle.prepare("INSERT INTO conversations (contact_id, happened_on, via, note, created_at) VALUES (1, '2026-01-01', 'call', ?, '2026-01-01T00:00:00Z')");
    handle.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run(`conversation ${i} `.padEnd(200, '.'));
    })();
    handle.close();
    const before = countRows(db, 'conversations');

    const writers = Array.from({ length: 20 }, (_, i) => rel(['add', 'Jane Doe', '--note', `during backup ${i}`], { db, timeoutMs: 60_000 }));
    const copy = rel(['backup', join(dir, 'during.db')], { db, timeoutMs: 60_000 });
    const [backup, ...adds] = await Promise.all([copy, ...writers]);

    expect(backup.code, backup.stderr).toBe(0);
    for (const r of adds) expect(r.code, r.stderr).toBe(0);
    const copied = new Database(join(dir, 'during.db'), { readonly: true });
    expect(copied.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copied.pragma('foreign_key_check')).toEqual([]);
    const inCopy = (copied.prepare('SELECT count(*) AS n FROM conversations').get() as { n: number }).n;
    copied.close();
    expect(inCopy).toBeGreaterThanOrEqual(before);
    expect(inCopy).toBeLessThanOrEqual(before + 20);
    expect(countRows(db, 'conversations')).toBe(before + 20);
  });
});

describe('backupJournal (in process, whatever the umask)', () => {
  let previous: number;
  beforeAll(() => {
    previous = process.umask(0o022);
  });
  afterAll(() => {
    process.umask(previous);
    cleanupTempDirs();
  });

  it('creates the copy 0600 even under a permissive umask', async () => {
    const { db } = await journalWithPeople();
    const target = join(tempDir(), 'copy.db');
    mkdirSync(dirname(target), { recursive: true });

    const size = await backupJournal(db, target, { replace: false });

    expect(size).toBe(statSync(target).size);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dirname(target))).toEqual(['copy.db']);
  });
});
