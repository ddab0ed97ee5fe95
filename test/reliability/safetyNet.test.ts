// The daily safety net (SPEC §5): before the first write of each day a verified, private copy of
// the journal in backups/ beside it, none for reads, the last `backups` days kept; rel restore
// brings one back after keeping the journal as it was; a damaged journal is never copied over the
// good backups, and later commands say it is damaged until rel doctor finds it whole. A large
// journal's copy is checked after the command, by a process of its own.
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupChecker } from '../../src/backupChecker.js';
import { copyFromSnapshot, finishUncheckedCopy } from '../../src/store/backupChecks.js';
import { CHECK_BEFORE_UP_TO, type LaterCheck, type UncheckedCopy } from '../../src/store/dailyBackups.js';
import { generateJournal } from '../bench/generate.mjs';
import { damageTable } from '../harness/damage.js';
import { contractBreaches, expectFailure } from '../harness/failures.js';
import { runRel } from '../harness/inProcess.js';
import { sha256 } from '../harness/journalDump.js';
import { spawnRel, type RunResult } from '../harness/spawned.js';
import { cleanupTempDirs, newJournalPath, tempDir } from '../harness/tempFiles.js';

/** rel on `db`, on `day` (REL_NOW as a date: noon that day). */
async function relOn(db: string, day: string, args: string[], laterCheck?: LaterCheck): Promise<RunResult> {
  return runRel(args, { journalPath: db, now: day, laterCheck });
}

async function okOn(db: string, day: string, args: string[], laterCheck?: LaterCheck): Promise<RunResult> {
  const r = await relOn(db, day, args, laterCheck);
  expect(r.code, `rel ${args.join(' ')} on ${day}: ${r.stderr}`).toBe(0);
  return r;
}

const backupsOf = (db: string): string[] => (existsSync(join(db, '..', 'backups')) ? readdirSync(join(db, '..', 'backups')).sort() : []);

function rowsIn(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A journal generated as the bench does, at `size`, alone in a private directory. */
function generatedJournal(size: 'XS' | 'S'): string {
  const { db } = newJournalPath();
  mkdirSync(dirname(db), { mode: 0o700 });
  generateJournal(db, size);
  return db;
}

describe('the daily safety net', () => {
  afterAll(cleanupTempDirs);

  it('copies the journal before the first write of each day, privately, never for reads, and keeps the last days', async () => {
    const { db } = newJournalPath();
    await okOn(db, '2026-11-16', ['add', 'Jane Doe', '--note', 'first']);
    expect(backupsOf(db)).toEqual(['rel.db.2026-11-16']);
    const first = join(db, '..', 'backups', 'rel.db.2026-11-16');
    expect(rowsIn(first, 'conversations'), 'taken before the write: the new journal, empty').toBe(0);
    await okOn(db, '2026-11-16', ['add', 'Bob Lee', '--note', 'second']);
    expect(rowsIn(first, 'conversations'), "the day's copy is still the one from before its first write").toBe(0);
    expect(statSync(first).mode & 0o777).toBe(0o600);
    expect(statSync(join(db, '..', 'backups')).mode & 0o777).toBe(0o700);
    const before = sha256(first);
    await okOn(db, '2026-11-16', ['add', 'Jane', '--note', 'third']);
    expect(sha256(first), 'one copy a day: the later writes leave it alone').toBe(before);

    for (const args of [['today'], ['list'], ['show', 'jane'], ['log'], ['search', 'first'], ['stats'], ['export', 'all'], ['doctor'], ['restore']]) await okOn(db, '2026-11-17', args);
    expect(backupsOf(db), 'reads take no copy').toEqual(['rel.db.2026-11-16']);

    await okOn(db, '2026-11-17', ['config', 'set', 'backups', '3']);
    for (const day of ['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21']) await okOn(db, day, ['add', 'Jane', '--note', `on ${day}`]);
    expect(backupsOf(db)).toEqual(['rel.db.2026-11-19', 'rel.db.2026-11-20', 'rel.db.2026-11-21']);
    expect(rowsIn(join(db, '..', 'backups', 'rel.db.2026-11-21'), 'conversations')).toBe(6);
  });

  it('copies what another program left in the WAL too, and what the file alone holds when the WAL is empty', async () => {
    const { db } = newJournalPath();
    await okOn(db, '2026-11-16', ['add', 'Jane Doe', '--note', 'first']);
    // Another program writes and keeps the journal open: its change waits in the WAL, not in the file.
    const other = new Database(db);
    try {
      other.pragma('wal_autocheckpoint = 0');
      other.prepare("INSERT INTO settings (key, value) VALUES ('limit', '7')").run();
      expect(statSync(`${db}-wal`).size).toBeGreaterThan(0);
      await okOn(db, '2026-11-17', ['add', 'Bob Lee', '--note', 'second']);
    } finally {
      other.close();
    }
    const copy = join(db, '..', 'backups', 'rel.db.2026-11-17');
    expect(rowsIn(copy, 'settings'), 'the change in the WAL is in the copy').toBe(1);
    expect(rowsIn(copy, 'conversations')).toBe(1);
    // Nothing open now: the WAL is empty at the next day's first write, and the copy is the file's.
    await okOn(db, '2026-11-18', ['add', 'Bob Lee', '--note', 'third']);
    const next = join(db, '..', 'backups', 'rel.db.2026-11-18');
    expect([rowsIn(next, 'settings'), rowsIn(next, 'conversations')]).toEqual([1, 2]);
    expect(statSync(next).mode & 0o777).toBe(0o600);
  });

  it('looks for the WAL beside the file a link to the journal leads to, where SQLite keeps it', async () => {
    const { db: real } = newJournalPath();
    await okOn(real, '2026-11-16', ['add', 'Jane Doe', '--note', 'first']);
    const linked = join(tempDir(), 'rel.db');
    symlinkSync(real, linked);
    const other = new Database(real);
    try {
      other.pragma('wal_autocheckpoint = 0');
      other.prepare("INSERT INTO settings (key, value) VALUES ('limit', '7')").run();
      await okOn(linked, '2026-11-17', ['add', 'Bob Lee', '--note', 'second']);
    } finally {
      other.close();
    }
    expect(rowsIn(join(dirname(linked), 'backups', 'rel.db.2026-11-17'), 'settings')).toBe(1);
  });

  it('restore brings back the journal as it stood at the end of yesterday, and that restore can be taken back', async () => {
    const { db } = newJournalPath();
    await okOn(db, '2026-11-20', ['add', 'Jane Doe', '--note', 'Monday']);
    await okOn(db, '2026-11-21', ['add', 'Jane', '--note', 'Tuesday']);
    await okOn(db, '2026-11-22', ['add', 'Bob Lee', '--note', 'Wednesday, the one to take back']);

    const listed = await okOn(db, '2026-11-22', ['restore']);
    expect(listed.stdout).toMatch(/^2026-11-21 +taken 2026-11-22 +\d+ KiB +1 contact, 2 conversations$/m);
    expect(listed.stdout).toMatch(/^2026-11-20 +taken 2026-11-21 +\d+ KiB +1 contact, 1 conversation$/m);

    // The day in the first column is what rel restore takes.
    expect(listed.stdout).toContain('(rel restore DAY brings back the journal as it stood at the end of DAY, the first column)');
    const restored = await okOn(db, '2026-11-22', ['restore', '2026-11-21', '--yes']);
    expect(restored.stdout).toMatch(/^restored .* from rel\.db\.2026-11-22 \(1 contact, 2 conversations\); the journal as it was is kept as .*rel\.db\.2026-11-22T12-00-00\.before-restore \(rel restore (rel\.db\.2026-11-22T12-00-00\.before-restore) takes this back\)\n$/);
    const log = await okOn(db, '2026-11-22', ['log']);
    expect(log.stdout).toContain('Tuesday');
    expect(log.stdout).not.toContain('Wednesday');

    const back = /rel restore (\S+) takes this back/.exec(restored.stdout)![1]!;
    await okOn(db, '2026-11-22', ['restore', back, '--yes']);
    expect((await okOn(db, '2026-11-22', ['log'])).stdout).toContain('Wednesday, the one to take back');
    expect((await okOn(db, '2026-11-22', ['doctor'])).stdout).toMatch(/^ok +integrity/m);

    const none = expectFailure(await relOn(db, '2026-11-22', ['restore', '2026-11-18']), 1);
    expect(none).toMatch(/no backup holds .* as it stood at the end of 2026-11-18: the daily backups hold the ends of 2026-11-19, 2026-11-20, 2026-11-21/);
    // The journal began on the 20th: at the end of the 19th it held nothing, and its first day's copy says so.
    expect(listed.stdout).toMatch(/^2026-11-19 +taken 2026-11-20 +\d+ KiB +0 contacts, 0 conversations$/m);
    await okOn(db, '2026-11-22', ['restore', '2026-11-19', '--yes']);
    expect((await okOn(db, '2026-11-22', ['list'])).stdout).not.toContain('Jane');
  });

  it('refuses to restore a damaged backup, and changes nothing', async () => {
    const { db } = newJournalPath();
    await okOn(db, '2026-11-20', ['add', 'Jane Doe', '--note', 'one']);
    await okOn(db, '2026-11-21', ['add', 'Jane', '--note', 'two']);
    const backup = join(db, '..', 'backups', 'rel.db.2026-11-21');
    damageTable(backup, 'conversations');
    const journal = sha256(db);

    const line = expectFailure(await relOn(db, '2026-11-22', ['restore', 'rel.db.2026-11-21', '--yes']), 1);

    expect(line).toMatch(/^rel: .*rel\.db\.2026-11-21 is damaged \(quick_check: .*\): nothing was changed; choose another backup/);
    expect(sha256(db)).toBe(journal);
    expect(backupsOf(db)).toEqual(['rel.db.2026-11-20', 'rel.db.2026-11-21']);
  });

  it('rel backup FILE of a damaged journal keeps no copy and says so, instead of a backup rel restore would refuse', async () => {
    const db = generatedJournal('XS');
    damageTable(db, 'details');
    const target = join(dirname(db), 'copy.db');
    const refused = await relOn(db, '2026-11-23', ['backup', target]);
    expect(expectFailure(refused, 1)).toMatch(new RegExp(`^rel: the journal .* is damaged \\(quick_check: .*\\): no copy was kept at ${target}; run rel doctor for what to do$`));
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dirname(db)).filter((f) => f.startsWith('copy.db'))).toEqual([]);
  });

  it('never copies a damaged journal over the good backups: the write is refused and said, reads warn until rel doctor finds it whole', async () => {
    const db = generatedJournal('XS');
    await okOn(db, '2026-11-22', ['add', '#1', '--note', 'a good day']);
    expect(backupsOf(db)).toEqual(['rel.db.2026-11-22']);
    const good = sha256(join(db, '..', 'backups', 'rel.db.2026-11-22'));
    damageTable(db, 'details');

    const refused = await relOn(db, '2026-11-23', ['add', 'Someone New', '--new', '--note', 'a bad day']);

    const line = expectFailure(refused, 1);
    expect(line).toMatch(/^rel: the journal .* is damaged \(quick_check: .*\): nothing was written, and the good backups in .*backups were kept \(newest 2026-11-22\); run rel doctor/);
    expect(backupsOf(db)).toEqual(['rel.db.2026-11-22', 'rel.db.damaged']);
    expect(sha256(join(db, '..', 'backups', 'rel.db.2026-11-22'))).toBe(good);
    expect(rowsIn(db, 'contacts')).toBe(100);

    const list = await relOn(db, '2026-11-23', ['list']);
    expect(list.code).toBe(0);
    expect(list.stderr).toMatch(/^rel: warning: the journal .* was found damaged on 2026-11-23 \(.*\); its answers may be wrong: run rel doctor, then rel restore\n$/);
    const doctor = await relOn(db, '2026-11-23', ['doctor']);
    expect(doctor.code).toBe(1);
    expect(contractBreaches(doctor)).toEqual([]);
    expect(doctor.stdout).toMatch(/^problem +integrity/m);
    expect(doctor.stdout).toMatch(/^problem +backups .*on 2026-11-23 the daily check found the journal damaged/m);
    expect((await relOn(db, '2026-11-23', ['today'])).stderr, 'still damaged: still said').toMatch(/warning: .* damaged/);

    await okOn(db, '2026-11-23', ['restore', 'rel.db.2026-11-22', '--yes']);
    expect((await okOn(db, '2026-11-23', ['list'])).stderr).toBe('');
    await okOn(db, '2026-11-23', ['add', 'Someone New', '--new', '--note', 'a better day']);
    expect(backupsOf(db)).toContain('rel.db.2026-11-23');
  });

  describe('a journal large enough that its check would keep the first write waiting', () => {
    /** Every journal counts as large; the checks it would start are kept, for the test to run. */
    function laterChecks(): LaterCheck & { started: UncheckedCopy[] } {
      const started: UncheckedCopy[] = [];
      const start = (copy: UncheckedCopy): Promise<void> => {
        started.push(copy);
        return Promise.resolve();
      };
      return { beyond: 0, started, start };
    }

    it('is copied before the first write and checked after it: a whole copy becomes the day\'s backup, and one copy is made a day', async () => {
      const { db } = newJournalPath();
      const later = laterChecks();
      await okOn(db, '2026-11-16', ['add', 'Jane Doe', '--note', 'first']);
      await okOn(db, '2026-11-17', ['add', 'Jane', '--note', 'second'], later);
      expect(backupsOf(db)).toEqual(['rel.db.2026-11-16', 'rel.db.2026-11-17.unchecked']);
      expect(later.started.map((c) => [c.copy, c.target, c.today, c.keep])).toEqual([[join(db, '..', 'backups', 'rel.db.2026-11-17.unchecked'), join(db, '..', 'backups', 'rel.db.2026-11-17'), '2026-11-17', 7]]);
      const copy = later.started[0]!;
      expect(statSync(copy.copy).mode & 0o777).toBe(0o600);
      expect(rowsIn(copy.copy, 'conversations'), 'taken before the write').toBe(1);

      await okOn(db, '2026-11-17', ['add', 'Bob Lee', '--note', 'third'], later);
      expect(later.started, 'the day\'s copy is under way: no other').toHaveLength(1);
      expect(rowsIn(copy.copy, 'conversations')).toBe(1);

      expect(finishUncheckedCopy(copy)).toBe('ok');
      expect(backupsOf(db)).toEqual(['rel.db.2026-11-16', 'rel.db.2026-11-17']);
      expect(statSync(copy.target).mode & 0o777).toBe(0o600);
      expect(existsSync(`${copy.target}-wal`), 'a copy that stands alone').toBe(false);
      expect(rowsIn(copy.target, 'conversations')).toBe(1);
      expect((await okOn(db, '2026-11-17', ['restore'])).stdout).toMatch(/^2026-11-16 +taken 2026-11-17 +\d+ KiB +1 contact, 1 conversation$/m);

      await okOn(db, '2026-11-17', ['config', 'set', 'backups', '1'], later);
      await okOn(db, '2026-11-18', ['add', 'Jane', '--note', 'fourth'], later);
      finishUncheckedCopy(later.started[1]!);
      expect(backupsOf(db), 'the oldest pruned by the check').toEqual(['rel.db.2026-11-18']);
    });

    it('copies again when a copy was left unchecked long ago, its check stopped with the machine', async () => {
      const { db } = newJournalPath();
      const later = laterChecks();
      await okOn(db, '2026-11-17', ['add', 'Jane Doe', '--note', 'first'], later);
      const left = later.started[0]!.copy;
      const longAgo = new Date(Date.now() - 11 * 60 * 1000);
      utimesSync(left, longAgo, longAgo);
      await okOn(db, '2026-11-17', ['add', 'Jane', '--note', 'second'], later);
      expect(later.started).toHaveLength(2);
      expect(rowsIn(left, 'conversations'), 'made again, with the first write in it').toBe(1);
      expect(finishUncheckedCopy(later.started[1]!)).toBe('ok');
      expect(backupsOf(db)).toEqual(['rel.db.2026-11-17']);
    });

    it('throws a copy damaged on its way away and copies again at the next write, the journal being whole', async () => {
      const db = generatedJournal('XS');
      const later = laterChecks();
      await okOn(db, '2026-11-17', ['add', '#1', '--note', 'first'], later);
      damageTable(later.started[0]!.copy, 'details');

      expect(finishUncheckedCopy(later.started[0]!)).not.toBe('ok');

      expect(backupsOf(db), 'no backup, no flag').toEqual([]);
      expect((await okOn(db, '2026-11-17', ['list'])).stderr).toBe('');
      await okOn(db, '2026-11-17', ['add', '#1', '--note', 'second'], later);
      expect(finishUncheckedCopy(later.started[1]!)).toBe('ok');
      expect(backupsOf(db)).toEqual(['rel.db.2026-11-17']);
    });

    it('flags a damaged journal once its copy is checked: later commands say so, and the next write is refused', async () => {
      const db = generatedJournal('XS');
      await okOn(db, '2026-11-22', ['add', '#1', '--note', 'a good day']);
      const good = sha256(join(db, '..', 'backups', 'rel.db.2026-11-22'));
      damageTable(db, 'details');
      const later = laterChecks();

      await okOn(db, '2026-11-23', ['add', 'Someone New', '--new', '--note', 'written before the check'], later);
      expect(finishUncheckedCopy(later.started[0]!)).not.toBe('ok');

      expect(backupsOf(db)).toEqual(['rel.db.2026-11-22', 'rel.db.damaged']);
      expect(sha256(join(db, '..', 'backups', 'rel.db.2026-11-22'))).toBe(good);
      expect((await relOn(db, '2026-11-23', ['list'], later)).stderr).toMatch(/^rel: warning: the journal .* was found damaged on 2026-11-23 \(.*\); its answers may be wrong: run rel doctor, then rel restore\n$/);
      const refused = await relOn(db, '2026-11-23', ['add', 'Another One', '--new', '--note', 'a bad day'], later);
      expect(refused.code).toBe(1);
      const [warning, line] = refused.stderr.trimEnd().split('\n');
      expect(warning, 'the flag, said at the start of every run').toMatch(/^rel: warning: the journal .* was found damaged on 2026-11-23/);
      expect(line).toMatch(/^rel: the journal .* is damaged \(quick_check: .*\): nothing was written, and the good backups in .*backups were kept \(newest 2026-11-22\); run rel doctor/);
      expect(later.started, 'a flagged journal is checked before the write').toHaveLength(1);
      expect(rowsIn(db, 'contacts')).toBe(101);
    });

    interface AskedToCopy {
      copy: UncheckedCopy;
      bytes: number;
      mode: number;
      /** Whether another rel could have written meanwhile. */
      writable: boolean;
    }

    /** Every journal counts as very large: the copy is left to the checker, which says it `holds` a snapshot, or not. */
    function apartChecks(holds: boolean): LaterCheck & { started: UncheckedCopy[]; askedToCopy: AskedToCopy[] } {
      const askedToCopy: AskedToCopy[] = [];
      const startCopying = (copy: UncheckedCopy): Promise<boolean> => {
        const { size, mode } = statSync(copy.copy);
        askedToCopy.push({ copy, bytes: size, mode: mode & 0o777, writable: canWrite(copy.journal) });
        return Promise.resolve(holds);
      };
      return { ...laterChecks(), copyBeyond: 0, startCopying, askedToCopy };
    }

    it('leaves a very large journal\'s copy to the checker once it holds a snapshot, and copies it here when it does not', async () => {
      const { db } = newJournalPath();
      await okOn(db, '2026-11-16', ['add', 'Jane Doe', '--note', 'first']);
      const apart = apartChecks(true);
      await okOn(db, '2026-11-17', ['add', 'Jane', '--note', 'second'], apart);
      const unchecked = join(db, '..', 'backups', 'rel.db.2026-11-17.unchecked');
      expect(apart.askedToCopy.map((a) => [a.copy.copy, a.bytes, a.mode]), 'claimed, empty and private, for the checker to fill').toEqual([[unchecked, 0, 0o600]]);
      expect(apart.askedToCopy[0]!.writable, 'no other rel writes until the checker holds its snapshot').toBe(false);
      expect(canWrite(db), 'and after it, they do').toBe(true);
      expect(apart.started, 'nothing copied here to check').toEqual([]);
      expect(statSync(unchecked).size).toBe(0);
      await okOn(db, '2026-11-17', ['add', 'Jane', '--note', 'third'], apart);
      expect(apart.askedToCopy, 'the day\'s copy is under way: no other').toHaveLength(1);

      const { db: other } = newJournalPath();
      await okOn(other, '2026-11-16', ['add', 'Jane Doe', '--note', 'first']);
      const here = apartChecks(false);
      await okOn(other, '2026-11-17', ['add', 'Jane', '--note', 'second'], here);
      expect(here.askedToCopy).toHaveLength(1);
      expect(here.started.map((c) => c.copy), 'the checker holds no snapshot: copied here, then checked').toEqual([join(other, '..', 'backups', 'rel.db.2026-11-17.unchecked')]);
      expect(rowsIn(here.started[0]!.copy, 'conversations'), 'taken before the write').toBe(1);
    });

    it('copies here from a snapshot taken under the write lock when the checker holds none: a write that waited for the lock stays out of the copy', async () => {
      const { db } = newJournalPath();
      await okOn(db, '2026-11-16', ['add', 'Jane Doe', '--note', 'first']);
      const writer = new Database(db, { timeout: 0 });
      writer.pragma('wal_autocheckpoint = 0'); // a commit waits in the WAL: the journal's file alone is not the journal
      writer.prepare("UPDATE contacts SET company = 'before the day' WHERE id = 1").run();
      const here = apartChecks(false);
      const writes: string[] = [];
      // Another rel that saw the claim and writes as soon as the lock is free: the next turn of the
      // event loop, before any copy that waits for one.
      const startCopying = here.startCopying!;
      here.startCopying = (copy) => {
        setImmediate(() => {
          writer.prepare("UPDATE contacts SET company = 'written once the lock was free' WHERE id = 1").run();
          writes.push('done');
        });
        return startCopying(copy);
      };

      await okOn(db, '2026-11-17', ['add', 'Jane', '--note', 'second'], here);
      writer.close();

      expect(writes, 'the other write went in').toEqual(['done']);
      const copy = here.started[0]!.copy;
      expect(here.started.map((c) => c.copy)).toEqual([join(db, '..', 'backups', 'rel.db.2026-11-17.unchecked')]);
      expect(companyIn(copy), 'the journal as it stood when the copy was claimed').toBe('before the day');
      expect(rowsIn(copy, 'conversations'), 'taken before the write').toBe(1);
      expect(statSync(copy).mode & 0o777).toBe(0o600);
      expect(companyIn(db)).toBe('written once the lock was free');
    });

    it('is copied by the checker as the journal stood at its snapshot, whatever is written after it, with or without commits waiting in the WAL', async () => {
      for (const waiting of [false, true]) {
        const { db } = newJournalPath();
        await okOn(db, '2026-11-16', ['add', 'Jane Doe', '--note', 'first']);
        const writer = new Database(db);
        writer.pragma('wal_autocheckpoint = 0'); // with `waiting`, its commit stays in the WAL: the copy is read through the snapshot
        if (waiting) writer.prepare("UPDATE contacts SET company = 'before the snapshot' WHERE id = 1").run();
        const copy = claimedCopy(db, '2026-11-17');

        const verdict = await copyFromSnapshot(copy, () => void writer.prepare("UPDATE contacts SET company = 'after the snapshot' WHERE id = 1").run());
        writer.close();

        expect(verdict).toBe('ok');
        expect(backupsOf(db)).toEqual(['rel.db.2026-11-16', 'rel.db.2026-11-17']);
        expect(statSync(copy.target).mode & 0o777).toBe(0o600);
        expect(existsSync(`${copy.target}-wal`), 'a copy that stands alone').toBe(false);
        expect(companyIn(copy.target), `waiting: ${waiting}`).toBe(waiting ? 'before the snapshot' : null);
        expect(companyIn(db)).toBe('after the snapshot');
      }
    });

    it('leaves the copy to the run that claimed it when the checker cannot take its snapshot', async () => {
      const { db } = newJournalPath();
      await okOn(db, '2026-11-16', ['add', 'Jane Doe', '--note', 'first']);
      const copy = { ...claimedCopy(db, '2026-11-17'), journal: join(db, '..', 'no-such.db') };
      const ready = (): void => {
        throw new Error('said ready without a snapshot');
      };
      await expect(copyFromSnapshot(copy, ready)).rejects.toThrow();
      expect(existsSync(copy.copy), 'the run copies into it itself').toBe(true);
    });

    it('is copied by that process, from a snapshot it holds before the run writes', async () => {
      const { db } = newJournalPath();
      await okOn(db, '2026-11-16', ['add', 'Jane Doe', '--note', 'first']);
      const copy = claimedCopy(db, '2026-11-17');
      const checker = backupChecker(resolve('dist/backupCheck.js'));

      expect(await checker.startCopying!(copy), 'it says it holds its snapshot').toBe(true);
      const writer = new Database(db);
      writer.prepare("UPDATE contacts SET company = 'after the snapshot' WHERE id = 1").run();
      writer.close();

      await waitFor(() => existsSync(copy.target) && !existsSync(copy.copy), 60_000);
      expect(companyIn(copy.target), 'taken before the write').toBe(null);
      expect(companyIn(db)).toBe('after the snapshot');
      expect(statSync(copy.target).mode & 0o777).toBe(0o600);
    });

    it('is checked by a process of its own after rel has answered', async () => {
      const db = generatedJournal('S');
      grow(db, CHECK_BEFORE_UP_TO);

      const added = await spawnRel(['add', '#1', '--note', 'the first write of the day'], { db, env: { REL_NOW: '2026-11-23' } });

      expect(added.code, added.stderr).toBe(0);
      const backup = join(db, '..', 'backups', 'rel.db.2026-11-23');
      await waitFor(() => existsSync(backup) && !existsSync(`${backup}.unchecked`), 60_000);
      expect(statSync(backup).mode & 0o777).toBe(0o600);
      expect(rowsIn(backup, 'conversations'), 'taken before the write').toBe(rowsIn(db, 'conversations') - 1);
      expect(readdirSync(join(db, '..', 'backups'))).toEqual(['rel.db.2026-11-23']);
    });
  });
});

/** Makes the journal larger than `bytes`, with notes rel keeps as they are (trailing spaces). */
function grow(file: string, bytes: number): void {
  const db = new Database(file);
  try {
    while (statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0) <= bytes) {
      db.exec("UPDATE conversations SET note = note || printf('%.200c', ' ')");
    }
  } finally {
    db.close();
  }
}

/** Today's copy claimed (created empty and private) as a run does before it asks the checker to fill it. */
function claimedCopy(db: string, today: string): UncheckedCopy {
  const dir = join(db, '..', 'backups');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const target = join(dir, `rel.db.${today}`);
  closeSync(openSync(`${target}.unchecked`, 'wx', 0o600));
  return { journal: db, copy: `${target}.unchecked`, target, today, keep: 7 };
}

/** Whether a connection of its own could take the journal's write lock at once. */
function canWrite(file: string): boolean {
  const db = new Database(file, { timeout: 0 });
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw error;
  } finally {
    db.close();
  }
}

function companyIn(file: string): string | null {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT company FROM contacts WHERE id = 1').get() as { company: string | null }).company;
  } finally {
    db.close();
  }
}

/** Resolves once `done()` is true; fails after `ms`. */
async function waitFor(done: () => boolean, ms: number): Promise<void> {
  for (const start = Date.now(); !done(); ) {
    if (Date.now() - start > ms) throw new Error(`not done after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
