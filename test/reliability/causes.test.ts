// Messages that match the cause (SPEC §6): a read-only directory or file, a directory that cannot
// be made, a full disk, a journal locked past the busy timeout, a path that is a directory, a file
// that is not a journal: each its own one line with its own fix, from every command and from rel
// doctor. The tests run as root, whom chmod does not stop: the binary then runs under setpriv
// without the capabilities that let root past file modes, so a read-only directory fails for it
// as for anyone (EACCES); a full disk is a small tmpfs mounted in a mount namespace of its own.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { permissionFix } from '../../src/store/journalAccess.js';
import { contractBreaches, expectFailure } from '../harness/failures.js';
import { runRel } from '../harness/inProcess.js';
import { sha256 } from '../harness/journalDump.js';
import { shell, spawnRel, type RunResult } from '../harness/spawned.js';
import { cleanupTempDirs, newJournalPath, tempDir } from '../harness/tempFiles.js';

const isRoot = process.getuid?.() === 0;
/** Root without CAP_DAC_OVERRIDE and friends: file modes apply to it as to its owner. */
const AS_OWNER = isRoot ? 'setpriv --inh-caps=-all --bounding-set=-dac_override,-dac_read_search,-fowner -- ' : '';

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The binary, as the journal's owner without root's privileges. */
function relAsOwner(db: string, args: string[]): Promise<RunResult> {
  return shell(`${AS_OWNER}"$REL" ${args.map(quote).join(' ')}`, { db });
}

async function journalWithZoe(): Promise<string> {
  const { db } = newJournalPath();
  for (const args of [['add', 'Zoë Martin', '--note', 'Loved the tulips'], ['add', 'Bob Lee', '--note', 'Order arrived']]) {
    const r = await runRel(args, { journalPath: db });
    expect(r.code, r.stderr).toBe(0);
  }
  return db;
}

const doctorLines = (r: RunResult) => r.stdout.split('\n').filter((l) => l.startsWith('problem'));

describe('messages that match the cause', () => {
  afterAll(cleanupTempDirs);

  it('a read-only directory: chmod u+w DIR, from every command and from rel doctor, never "restore a backup"', async () => {
    const db = await journalWithZoe();
    const dir = dirname(db);
    const conversations = sha256(db);
    chmodSync(dir, 0o500);
    try {
      const expected = `rel: the journal's directory ${dir} is read-only for you (rel writes the journal's -wal and -shm files and its backups there); run chmod u+w ${dir}`;
      for (const args of [['add', 'zoe', '--note', 'again'], ['today'], ['list']]) {
        const r = await relAsOwner(db, args);
        expect(expectFailure(r, 1), args.join(' ')).toBe(expected);
      }
      const doctor = await relAsOwner(db, ['doctor']);
      expect(doctor.code).toBe(1);
      expect(contractBreaches(doctor)).toEqual([]);
      expect(doctor.stdout).toMatch(new RegExp(`^problem +access +the journal's directory .* is read-only for you.* — fix: run chmod u\\+w ${dir}$`, 'm'));
      expect(doctor.stdout).not.toMatch(/restore/);
    } finally {
      chmodSync(dir, 0o700);
    }
    expect(sha256(db)).toBe(conversations);
    expect((await relAsOwner(db, ['doctor'])).code).toBe(0);
  });

  /** The refusal of a write to the read-only journal `db`, naming whichever of its -wal and -shm are there (read-only as it). */
  const readOnly = (db: string): string => {
    const sides = [`${db}-wal`, `${db}-shm`].filter((f) => existsSync(f) && (statSync(f).mode & 0o200) === 0);
    if (sides.length === 0) return `rel: the journal ${db} is read-only for you; run chmod u+w ${db}`;
    return `rel: the journal ${db} and its ${sides.map((f) => f.slice(f.lastIndexOf('-'))).join(' and ')} are read-only for you; run chmod u+w ${[db, ...sides].join(' ')}`;
  };

  it('a read-only journal: reads and rel backup work, a write says chmod u+w FILE before anything else ("→ Zoë Martin" never comes first)', async () => {
    const db = await journalWithZoe();
    chmodSync(db, 0o400);
    try {
      const add = await relAsOwner(db, ['add', 'zoe', '--note', 'again']);
      expect(expectFailure(add, 1)).toBe(readOnly(db));
      const today = await relAsOwner(db, ['today']);
      expect(today.code, today.stderr).toBe(0);
      const copy = join(tempDir(), 'copy.db');
      const backup = await relAsOwner(db, ['backup', copy]);
      expect(backup.code, backup.stderr).toBe(0);
      expect(statSync(copy).size).toBeGreaterThan(0);
      const doctor = await relAsOwner(db, ['doctor']);
      expect(doctor.code).toBe(1);
      const fix = readOnly(db).replace(/^rel: /, '').split('; ');
      expect(doctorLines(doctor)).toContain(`problem  access        ${fix[0]}; the journal itself may be fine — fix: ${fix[1]}`);
      expect(doctor.stdout).toMatch(/^ok +integrity/m);
      expect(doctor.stdout).not.toMatch(/restore/);
      // The reads left a -wal and a -shm as read-only as the journal: the fix names all three, and is the whole fix.
      expect(readOnly(db)).toMatch(/and its -wal and -shm are read-only for you; run chmod u\+w \S+ \S+-wal \S+-shm$/);
      expect(expectFailure(await relAsOwner(db, ['add', 'zoe', '--note', 'again']), 1)).toBe(readOnly(db));
      for (const file of [db, `${db}-wal`, `${db}-shm`]) chmodSync(file, 0o600);
      expect((await relAsOwner(db, ['add', 'zoe', '--note', 'again'])).code).toBe(0);
    } finally {
      chmodSync(db, 0o600);
      for (const file of [`${db}-wal`, `${db}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
    }
  });

  it('a directory that cannot be made: names the directory in the way, creates nothing', async () => {
    const parent = tempDir();
    chmodSync(parent, 0o500);
    const db = join(parent, 'journal', 'rel.db');
    try {
      const r = await relAsOwner(db, ['add', 'Zoë Martin', '--note', 'hello']);
      expect(expectFailure(r, 1)).toBe(`rel: cannot create the journal's directory ${dirname(db)}: the directory ${parent} is read-only for you; run chmod u+w ${parent}, or choose another place with --db or REL_DB`);
      expect(readdirSync(parent)).toEqual([]);
    } finally {
      chmodSync(parent, 0o700);
    }
  });

  it('a directory that cannot be entered: says so, not "read-only", with chmod u+wx, from every command and from rel doctor', async () => {
    const db = await journalWithZoe();
    const dir = dirname(db);
    const before = sha256(db);
    chmodSync(dir, 0o600);
    try {
      for (const args of [['add', 'zoe', '--note', 'again'], ['today']]) {
        const r = await relAsOwner(db, args);
        expect(expectFailure(r, 1), args.join(' ')).toBe(`rel: the journal's directory ${dir} cannot be entered by you (no search permission); run chmod u+wx ${dir}`);
      }
      const doctor = await relAsOwner(db, ['doctor']);
      expect(doctor.code).toBe(1);
      expect(doctor.stdout).toMatch(new RegExp(`^problem +journal +the journal's directory ${dir} cannot be entered by you \\(no search permission\\) — fix: run chmod u\\+wx ${dir}$`, 'm'));
      expect(doctor.stdout).not.toMatch(/restore/);
      // A journal further down: whether its directory is there cannot be seen.
      const below = join(dir, 'sub', 'rel.db');
      const r = await relAsOwner(below, ['add', 'Zoë Martin', '--note', 'hello']);
      expect(expectFailure(r, 1)).toBe(`rel: cannot reach the journal's directory ${dirname(below)}: the directory ${dir} cannot be entered by you (no search permission); run chmod u+wx ${dir}, or choose another place with --db or REL_DB`);
    } finally {
      chmodSync(dir, 0o700);
    }
    expect(sha256(db)).toBe(before);
  });

  it('a directory or file of another user: names the owner to ask, since chmod would be refused', () => {
    expect(permissionFix('/srv/shared', 'w', 1000, 1000)).toBe('run chmod u+w /srv/shared');
    expect(permissionFix('/srv/shared', 'wx', 0, 1000)).toBe('it belongs to another user (uid 0): ask them for access, or choose another place with --db or REL_DB');
  });

  it('a full disk: says so, writes nothing, keeps the backups, at the first write of a day and later', async () => {
    const mountPoint = tempDir();
    const db = join(mountPoint, 'journal', 'rel.db');
    const rel = (day: string, args: string) => `REL_NOW=${day} "$REL" ${args} 2>&1; echo "exit $?"`;
    // A private mount namespace (and user namespace when not root): the tmpfs is gone when the script ends.
    const script = [
      `mount -t tmpfs -o size=1m tmpfs ${quote(mountPoint)} || exit 9`,
      rel('2026-11-22', '--db "$DB" add Zoe --note one'),
      rel('2026-11-22', '--db "$DB" add Zoe --note two'),
      `dd if=/dev/zero of=${quote(join(mountPoint, 'filler'))} bs=4k 2>/dev/null; echo filled`,
      rel('2026-11-22', '--db "$DB" add Zoe --note "later the same day"'),
      rel('2026-11-23', '--db "$DB" add Zoe --note "the first write of the next day"'),
      `ls ${quote(join(mountPoint, 'journal', 'backups'))}`,
      `rm ${quote(join(mountPoint, 'filler'))}`,
      `echo "conversations $("$REL" --db "$DB" export conversations --format ndjson | wc -l)"`,
    ].join('\n');
    const r = await shell(`${isRoot ? 'unshare -m' : 'unshare -Urm'} bash -c ${quote(script)}`, { env: { DB: db } });
    const full = `rel: the disk holding ${db} is full (nothing was written); free some space, then run the command again`;
    expect(r.stdout.split('\n')).toEqual([
      'created Zoe (#1)',
      'logged conversation with Zoe on 2026-11-22 (#1)',
      'exit 0',
      'logged conversation with Zoe on 2026-11-22 (#2)',
      'exit 0',
      'filled',
      full,
      'exit 1',
      full,
      'exit 1',
      'rel.db.2026-11-22',
      'conversations 2',
      '',
    ]);
  });

  it('a journal locked past the busy timeout: says who may hold it, writes nothing', { timeout: 60_000 }, async () => {
    const db = await journalWithZoe();
    await runRel(['add', 'zoe', '--note', 'today is backed up already'], { journalPath: db });
    const holder = new Database(db);
    holder.exec('BEGIN IMMEDIATE');
    let r: RunResult;
    try {
      // "bob" is Bob Lee by part of his name: whom it found is said only once written, so the refusal stays one line.
      r = await spawnRel(['add', 'bob', '--note', 'waiting'], { db, timeoutMs: 45_000 });
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(expectFailure(r, 1)).toBe(`rel: the journal ${db} is locked: another program has held it for more than 15 s (another rel still running, sqlite3 or a sync tool with it open); close that program, then run the command again`);
    const after = new Database(db, { readonly: true });
    expect((after.prepare('SELECT count(*) AS n FROM conversations').get() as { n: number }).n).toBe(3);
    after.close();
  });

  it('a file where the journal\'s directory goes is said to be a file, by the command and by rel doctor, not a directory to chmod', async () => {
    const file = join(tempDir(), 'rel');
    writeFileSync(file, 'notes');
    const db = join(file, 'rel.db');
    const line = `rel: ${file} is a file, not a directory: the journal ${db} cannot be in it; choose another place with --db or REL_DB`;
    expect(expectFailure(await runRel(['list'], { journalPath: db }), 1)).toBe(line);
    expect(expectFailure(await runRel(['add', 'Zoë', '--note', 'hi'], { journalPath: db }), 1)).toBe(line);
    expect((await runRel(['doctor'], { journalPath: db })).stdout).toMatch(/^problem +journal +.* is a file, not a directory: the journal .* cannot be in it — fix: choose another place/);
  });

  it('a link to nowhere on the way to the journal is named, with what to create, by the command and by rel doctor', async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'nowhere'), join(dir, 'link'));
    const db = join(dir, 'link', 'rel.db');
    const line = `cannot create the journal's directory ${join(dir, 'link')}: ${join(dir, 'link')} is a link to ${join(dir, 'nowhere')}, which does not exist`;
    expect(expectFailure(await runRel(['add', 'Zoë', '--note', 'hi'], { journalPath: db }), 1)).toBe(`rel: ${line}; create ${join(dir, 'nowhere')} (mkdir -p), or choose another place with --db or REL_DB`);
    expect((await runRel(['doctor'], { journalPath: db })).stdout).toContain(`problem  journal       ${line}`);
  });

  it('a pipe is never made private nor written as a journal (a device, as --db /dev/null, is refused the same way)', async () => {
    const fifo = join(tempDir(), 'pipe');
    execFileSync('mkfifo', ['-m', '644', fifo]);
    for (const args of [['list'], ['add', 'Zoë', '--note', 'hi']]) {
      const r = await runRel(args, { journalPath: fifo });
      expect(expectFailure(r, 1)).toBe(`rel: ${fifo} is not a file (a device, a pipe or a socket), so it cannot be a journal; give --db a file, e.g. --db ~/rel.db`);
    }
    expect(statSync(fifo).mode & 0o777).toBe(0o644);
    expect((await runRel(['doctor'], { journalPath: fifo })).stdout).toMatch(/^problem +journal +.*pipe is not a file \(a device, a pipe or a socket\)/);
  });

  it('a path that ends with a slash names a directory, there or not: refused, no file made of its name', async () => {
    const missing = join(tempDir(), 'journals');
    const flag = await runRel(['--db', `${missing}/`, 'list'], { journalPath: join(tempDir(), 'unused.db') });
    expect(expectFailure(flag, 2)).toBe(`rel: --db ${missing}/ ends with a slash: a directory, not a journal file; give the file in it, e.g. --db ${join(missing, 'rel.db')}`);
    const variable = await runRel(['list'], { journalPath: `${missing}/` });
    expect(expectFailure(variable, 1)).toBe(`rel: REL_DB=${missing}/ ends with a slash: a directory, not a journal file; give the file in it, e.g. REL_DB=${join(missing, 'rel.db')}`);
    expect(existsSync(missing)).toBe(false);
  });

  it('a path that is a directory, a file that is not a journal, another program\'s database: each its own line, nothing touched', async () => {
    const dir = tempDir();
    for (const args of [['today'], ['add', 'Zoë', '--note', 'hi']]) {
      const r = await runRel(args, { journalPath: dir });
      expect(expectFailure(r, 1)).toBe(`rel: ${dir} is a directory, not a journal file; give the file, e.g. --db ${join(dir, 'rel.db')}`);
    }
    const doctor = await runRel(['doctor'], { journalPath: dir });
    expect(doctor.stdout).toBe(`problem  journal       ${dir} is a directory, not a journal file — fix: give the file, e.g. --db ${join(dir, 'rel.db')}\n`);

    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'call Zoë on monday\n');
    const text = await runRel(['list'], { journalPath: notes });
    expect(expectFailure(text, 1)).toBe(`rel: ${notes} is not a rel journal (it is not an SQLite database); check --db and REL_DB; if it was your journal, its first page is damaged: run rel doctor, then rel restore`);
    expect((await runRel(['doctor'], { journalPath: notes })).stdout).toMatch(/^problem +journal +.*notes\.txt is not a rel journal \(it is not an SQLite database\) — fix: check --db and REL_DB/m);

    const other = join(dir, 'places.sqlite');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES (\'https://example.com\')');
    foreign.close();
    const before = sha256(other);
    const r = await runRel(['add', 'Zoë', '--note', 'hi'], { journalPath: other });
    expect(expectFailure(r, 1)).toBe(`rel: ${other} is an SQLite database of another program (tables moz_places), not a rel journal; rel left it untouched: check --db and REL_DB`);
    expect(sha256(other)).toBe(before);
  });

  it('makes a journal of an empty file private (0600)', async () => {
    const dir = tempDir();
    const db = join(dir, 'rel.db');
    writeFileSync(db, '', { mode: 0o644 });
    chmodSync(db, 0o644);
    const r = await spawnRel(['add', 'Zoë Martin', '--note', 'hello'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(db).mode & 0o777).toBe(0o600);
  });
});
