// SPEC §5: the journal and its backups are readable only by their owner, in a directory of mode
// 0700; input is data, never SQL; nothing of the journal is written outside its directory.
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractBreaches } from '../harness/failures.js';
import { countRows, dump } from '../harness/journalDump.js';
import { spawnRel as rel } from '../harness/spawned.js';
import { cleanupTempDirs, tempDir } from '../harness/tempFiles.js';

const mode = (path: string) => statSync(path).mode & 0o777;
const TABLES = ['contact_aliases', 'contact_emails', 'contact_phones', 'contact_tags', 'contacts', 'conversations', 'details', 'reminders', 'settings', 'tags'];

describe('a private journal', () => {
  afterAll(cleanupTempDirs);

  it('creates the journal 0600 and every directory it makes 0700, and the copies 0600', async () => {
    const root = tempDir();
    const db = join(root, 'a', 'b', 'rel.db');

    expect((await rel(['add', 'Jane Doe', '--note', 'hello'], { db })).code).toBe(0);
    expect((await rel(['backup'], { db })).code).toBe(0);
    expect((await rel(['backup', join(root, 'elsewhere.db')], { db })).code).toBe(0);

    expect(mode(db)).toBe(0o600);
    expect(mode(join(root, 'a', 'b'))).toBe(0o700);
    expect(mode(join(root, 'a'))).toBe(0o700);
    expect(mode(`${db}.backup-2026-11-23T10-00-00`)).toBe(0o600);
    expect(mode(join(root, 'elsewhere.db'))).toBe(0o600);
  });

  it('has the -wal and -shm files beside the journal 0600 while it is in use (SQLite gives them the journal\'s mode)', async () => {
    const dir = join(tempDir(), 'journal');
    const db = join(dir, 'rel.db');
    expect((await rel(['add', 'Jane Doe', '--note', 'hello'], { db })).code).toBe(0);
    // Hold a reader open so that SQLite keeps the -wal and -shm files while rel writes.
    const reader = new Database(db, { readonly: true });
    reader.prepare('SELECT count(*) FROM contacts').get();
    try {
      expect((await rel(['add', 'Jane Doe', '--note', 'again'], { db })).code).toBe(0);
      for (const file of [`${db}-wal`, `${db}-shm`]) expect(mode(file), file).toBe(0o600);
    } finally {
      reader.close();
    }
  });
});

describe('input is data, never SQL', () => {
  afterAll(cleanupTempDirs);

  it("stores and shows Robert'); DROP TABLE contacts;-- as a name, and every table is still there", async () => {
    const db = join(tempDir(), 'journal', 'rel.db');
    const bobby = "Robert'); DROP TABLE contacts;--";
    const note = "x'); DELETE FROM conversations; --";

    for (const args of [
      ['contact', 'add', 'Jane Doe'],
      ['add', bobby, '--note', note, '--remember', "'; UPDATE contacts SET name = 'pwned'; --", '--tag', 'x;drop'],
      ['remind', bobby, "1; DROP TABLE reminders", '--on', 'tomorrow'],
    ]) {
      const r = await rel(args, { db });
      expect(contractBreaches(r)).toEqual([]);
      if (args.includes('--tag')) {
        expect(r.code).toBe(2); // the tag is refused (not a tag: no ';'), before anything is written
        expect((await rel(args.slice(0, -2), { db })).code).toBe(0);
      } else {
        expect(r.code, r.stderr).toBe(0);
      }
    }

    const show = await rel(['show', bobby], { db });
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout.split('\n')[0]).toBe(`${bobby} #2`);
    expect(show.stdout).toContain(note);
    expect(show.stdout).toContain("'; UPDATE contacts SET name = 'pwned'; --");
    expect(show.stdout).toContain('1; DROP TABLE reminders');

    const list = await rel(['list', '--json'], { db });
    expect((JSON.parse(list.stdout) as Array<{ name: string }>).map((c) => c.name).sort()).toEqual(['Jane Doe', bobby].sort());

    expect(Object.keys(dump(db).tables).sort()).toEqual(expect.arrayContaining(TABLES));
    expect(countRows(db, 'contacts')).toBe(2);
    expect(countRows(db, 'conversations')).toBe(1);
    expect(countRows(db, 'reminders')).toBe(1);
  });

  it('treats % and _ in a name as letters, not as LIKE wildcards', async () => {
    const db = join(tempDir(), 'journal', 'rel.db');
    for (const name of ['Jane Doe', 'Bob Lee']) expect((await rel(['contact', 'add', name], { db })).code).toBe(0);

    for (const query of ['%', '_', 'J%e', 'B_b']) {
      const r = await rel(['show', query], { db });
      expect(r.code, `${query}: ${r.stdout}`).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^rel: no contact matches "${query.replace(/[%_]/g, '\\$&')}"`));
    }
  });
});

describe('nothing of the journal is written outside its directory', () => {
  afterAll(cleanupTempDirs);

  it('leaves HOME, TMPDIR and the working directory empty, and only the journal, -wal, -shm and backups beside it', async () => {
    const home = tempDir();
    const tmp = tempDir();
    const cwd = tempDir();
    const xdg = join(home, 'xdg');
    mkdirSync(xdg);
    const db = join(tempDir(), 'journal', 'rel.db');
    const env = { HOME: home, TMPDIR: tmp, XDG_DATA_HOME: xdg, XDG_CONFIG_HOME: xdg, XDG_CACHE_HOME: xdg, XDG_STATE_HOME: xdg };

    for (const args of [
      ['contact', 'add', 'Jane Doe', '--email', 'jane@example.com', '--birthday', '03-14', '--every', '2w', '--tag', 'vip'],
      ['add', 'Jane Doe', '--via', 'call', '--note', 'catalog', '--remember', 'husband Tom golfs', '--follow-up', 'in 1 week: send it'],
      ['add', 'Bob Lee', '--note', 'order arrived damaged', '--complaint'],
      ['remember', 'Bob Lee', 'wedding anniversary', '--on', '06-12', '--yearly'],
      ['remind', 'Bob Lee', 'call back', '--on', 'friday', '--every', '1m'],
      ['tag', 'vip', '--every', '14d'],
      ['config', 'set', 'days', '21'],
      ['today', '--all'],
      ['today', '--json'],
      ['show', 'jane'],
      ['list', '--json'],
      ['log'],
      ['reminders', '--all'],
      ['done', '1'],
      ['resolve', '2', '--note', 'replaced it'],
      ['edit', 'Bob Lee', '--company', 'Lee & Sons'],
      ['backup'],
      ['doctor'],
      ['rm', 'Bob Lee', '--yes'],
      ['show', 'nobody at all'],
    ]) {
      const r = await rel(args, { db, cwd, env });
      expect(contractBreaches(r), `${args.join(' ')}: ${r.stderr}`).toEqual([]);
    }

    expect(readdirSync(tmp)).toEqual([]);
    expect(readdirSync(cwd)).toEqual([]);
    expect(readdirSync(home)).toEqual(['xdg']);
    expect(readdirSync(xdg)).toEqual([]);
    const beside = readdirSync(dirname(db));
    expect(beside).toContain('rel.db');
    for (const file of beside) expect(file).toMatch(/^(rel\.db(-wal|-shm|\.backup-[\dT-]+|\.v\d+-backup-[\dTZ-]+)?|backups)$/);
    // The daily backups: private, in a private directory, and nothing else there.
    expect(mode(join(dirname(db), 'backups'))).toBe(0o700);
    const daily = readdirSync(join(dirname(db), 'backups'));
    expect(daily).toEqual(['rel.db.2026-11-23']);
    for (const file of daily) expect(mode(join(dirname(db), 'backups', file))).toBe(0o600);
  });
});
