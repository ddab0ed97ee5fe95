// What is erased stays erased (SPEC §5): a restore from a backup older than a purge erases that
// person again and keeps the purge, and a person deleted with a plain rel rm, whom the undo history
// still holds, can be purged later. The tests write words found nowhere else and read the raw
// files (the journal, its -wal and -shm) for them, as erasure.test.ts does.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFailure } from '../harness/failures.js';
import { okOn, relOn } from '../harness/onDay.js';
import { makeJournal, type TestJournal } from '../harness/journal.js';

const SECRET = 'xylophonicwombat';

/** Whether `word` occurs in the file `db` or its -wal and -shm, in any case. */
function inFiles(db: string, word: string): boolean {
  const bytes = Buffer.concat(['', '-wal', '-shm'].filter((s) => existsSync(db + s)).map((s) => readFileSync(db + s)));
  return bytes.toString('latin1').toLowerCase().includes(word.toLowerCase());
}

const backupsOf = (j: TestJournal): string[] => readdirSync(join(dirname(j.db), 'backups')).sort();

function purgesIn(db: string): unknown[] {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare('SELECT purged_at, contact_id FROM purges ORDER BY id').raw().all();
  } finally {
    d.close();
  }
}

/** Paula written on the 10th, Bob on the 11th, then Paula purged on the 11th. */
async function purgedAfterBackups(): Promise<TestJournal> {
  const j = makeJournal();
  await okOn(j, '2027-01-10', ['add', 'Paula Quist', '--note', `secret ${SECRET}`, '--remember', `likes ${SECRET}s`]);
  await okOn(j, '2027-01-11', ['add', 'Bob Lee', '--note', 'hello']);
  await okOn(j, '2027-01-11', ['rm', 'paula', '--purge', '--yes']);
  expect(inFiles(j.db, SECRET)).toBe(false);
  return j;
}

describe('rel restore of a backup older than a purge', () => {
  it('erases the person again, keeps the purge for rel doctor, and says so', async () => {
    const j = await purgedAfterBackups();
    const backup = join(dirname(j.db), 'backups', 'rel.db.2027-01-11'); // the end of the 10th: Paula, not Bob
    expect(inFiles(backup, SECRET)).toBe(true);
    const r = await relOn(j, '2027-01-12', ['restore', '2027-01-10', '--yes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^restored .* from rel\.db\.2027-01-11 \(0 contacts, 0 conversations\); the journal as it was is kept as /);
    expect(r.stderr).toBe('erased again: 1 person purged on 2027-01-11, whom rel.db.2027-01-11 still held (rel rm --purge is not taken back by a restore)\n');
    expect(inFiles(j.db, SECRET)).toBe(false);
    expect(expectFailure(await relOn(j, '2027-01-12', ['show', 'paula']), 1)).toBe('rel: no contact matches "paula"; see rel list');
    expect(purgesIn(j.db)).toEqual([['2027-01-11T12:00:00.000Z', 1]]);
    const doctor = await relOn(j, '2027-01-12', ['doctor']);
    expect(doctor.stdout).toMatch(/^problem +erasure +\d+ backups? beside the journal (is|are) older than the last purge \(2027-01-11 12:00 UTC\).*rel\.db\.2027-01-10, rel\.db\.2027-01-11/m);
    // Nothing of hers is left anywhere rel made: the copy kept before the restore was of the journal after the purge.
    const before = backupsOf(j).find((f) => f.endsWith('.before-restore'))!;
    expect(inFiles(join(dirname(j.db), 'backups', before), SECRET)).toBe(false);
    expect(readdirSync(dirname(j.db)).filter((f) => f !== 'backups' && !f.startsWith('rel.db'))).toEqual([]);
    expect(readdirSync(dirname(j.db)).filter((f) => f.includes('erasing'))).toEqual([]);
    // The rest of the backup came back, and the journal is whole.
    await okOn(j, '2027-01-12', ['add', 'Cleo Ames', '--note', 'after the restore']);
    expect(doctor.stdout).toMatch(/^ok +integrity +ok$/m);
  });

  it('erases them from the undo history too, and keeps everyone else the backup held', async () => {
    const j = makeJournal();
    await okOn(j, '2027-01-10', ['add', 'Bob Lee', '--note', 'hello']);
    await okOn(j, '2027-01-10', ['add', 'Paula Quist', '--note', `secret ${SECRET}`]);
    await okOn(j, '2027-01-10', ['rm', 'paula', '--yes']); // in the backup, only the undo history holds her
    await okOn(j, '2027-01-11', ['rm', 'paula', '--purge', '--yes']);
    const r = await relOn(j, '2027-01-12', ['restore', '2027-01-10', '--yes']);
    expect(r.code).toBe(0); // the end of the 10th, from the copy taken before the purge on the 11th
    expect(r.stderr).toContain('erased again: 1 person purged on 2027-01-11');
    expect(inFiles(j.db, SECRET)).toBe(false);
    expect((await okOn(j, '2027-01-12', ['list'])).trim().split('\n')).toHaveLength(1);
    expect(await okOn(j, '2027-01-12', ['list'])).toContain('Bob Lee');
    expect(expectFailure(await relOn(j, '2027-01-12', ['undo']), 1)).toMatch(/nothing to undo/); // her change went, and every older one
  });

  it('is not needed for the copy kept before the restore, which holds the purge: taking the restore back says nothing more', async () => {
    const j = await purgedAfterBackups();
    const restored = await okOn(j, '2027-01-12', ['restore', '2027-01-10', '--yes']);
    const back = /rel restore (\S+) takes this back/.exec(restored)![1]!;
    const r = await relOn(j, '2027-01-12', ['restore', back, '--yes']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(await okOn(j, '2027-01-12', ['list'])).toContain('Bob Lee');
    expect(purgesIn(j.db)).toEqual([['2027-01-11T12:00:00.000Z', 1]]);
    expect(inFiles(j.db, SECRET)).toBe(false);
  });

  it('is refused when a purge made by an older rel kept no id, and nothing changes', async () => {
    const j = await purgedAfterBackups();
    const older = new Database(j.db);
    older.prepare('UPDATE purges SET contact_id = NULL').run(); // as every purge before migration 0036
    older.close();
    const before = j.dump();
    const line = expectFailure(await relOn(j, '2027-01-12', ['restore', '2027-01-10', '--yes']), 1);
    const file = join(dirname(j.db), 'backups', 'rel.db.2027-01-11');
    expect(line).toBe(
      `rel: rel.db.2027-01-11 is older than the rel rm --purge of 2027-01-11, which an older rel made without keeping whom it erased, so the restore would bring them back: nothing was changed; choose a backup taken after 2027-01-11 (rel restore lists them), or erase them in a copy first: cp ${file} NEW.db; rel --db NEW.db rm NAME --purge --yes; rel restore NEW.db`,
    );
    expect(j.dump()).toBe(before);
    expect(backupsOf(j).filter((f) => f.endsWith('.before-restore'))).toEqual([]);
  });
});

describe('rel rm --purge of someone deleted already', () => {
  async function ritaDeleted(): Promise<TestJournal> {
    const j = makeJournal();
    await j.ok(['add', 'Rita Gone', '--note', 'secret quokkaplatypus', '--remember', 'quokkaplatypus fan']);
    await j.ok(['add', 'Bob Lee', '--note', 'hi']);
    expect(await j.ok(['rm', 'rita', '--yes'])).toBe('deleted Rita Gone (#1) and everything about them\n');
    expect(inFiles(j.db, 'quokkaplatypus')).toBe(true); // the undo history holds her for rel undo
    return j;
  }

  it('finds them in the undo history by name and erases every trace there', async () => {
    const j = await ritaDeleted();
    expect(await j.ok(['rm', 'rita', '--purge', '--yes'])).toBe(
      'erased Rita Gone (#1) for good: they had been deleted already, and every trace of them in the undo history went\n' +
        'the undo history held their data: the 3 changes up to the last one that involved them went with it (rel undo cannot take them back)\n' +
        'this cannot be undone; backups made before still hold them (rel doctor lists those beside the journal)\n',
    );
    expect(inFiles(j.db, 'quokkaplatypus')).toBe(false);
    expect(inFiles(j.db, 'Rita Gone')).toBe(false);
    expect(await j.ok(['list'])).toContain('Bob Lee');
    expect(purgesIn(j.db)).toHaveLength(1);
    expect(expectFailure(await j.rel(['rm', 'rita', '--purge', '--yes']), 1)).toBe('rel: no contact matches "rita"; see rel list');
  });

  it('by #id too, needs --yes off a terminal, and says they were deleted', async () => {
    const j = await ritaDeleted();
    const before = j.dump();
    expect(expectFailure(await j.rel(['rm', '#1', '--purge']), 2)).toBe(
      'rel: --purge erases Rita Gone (#1), deleted already, for good: every trace of them in the undo history goes, and rel undo cannot bring them back; add --yes to confirm',
    );
    expect(j.dump()).toBe(before);
    expect(await j.ok(['rm', '#1', '--purge', '--yes'])).toContain('erased Rita Gone (#1) for good: they had been deleted already');
    expect(inFiles(j.db, 'quokkaplatypus')).toBe(false);
  });

  it('refuses a name that several deleted people answer to, as an ambiguous name', async () => {
    const j = await ritaDeleted();
    await j.ok(['add', 'Rita Moss', '--note', 'another']);
    await j.ok(['rm', 'rita', '--yes']);
    const before = j.dump();
    expect(expectFailure(await j.rel(['rm', 'rita', '--purge', '--yes']), 1)).toBe('rel: "rita" matches 2 people: Rita Gone (#1), Rita Moss (#3); use the #id or more of the name');
    expect(j.dump()).toBe(before);
    await j.ok(['rm', 'rita gone', '--purge', '--yes']);
    expect(inFiles(j.db, 'quokkaplatypus')).toBe(false);
  });

  it('finds the person a merge folded into another, by #id (their name lives on as an alias of the one kept)', async () => {
    const j = makeJournal();
    await j.ok(['add', 'Tom Baker', '--note', 'hello']);
    await j.ok(['edit', 'Tom Baker', '--company', 'Acme']);
    await j.ok(['contact', 'add', 'Tommy Bakerr', '--company', 'Quokkaplatypus Ltd']);
    expect(await j.ok(['merge', 'Tom Baker', '#2', '--yes'])).toContain('dropped Quokkaplatypus Ltd');
    expect(inFiles(j.db, 'Quokkaplatypus')).toBe(true); // for rel undo
    expect(await j.ok(['rm', '#2', '--purge', '--yes'])).toContain('erased Tommy Bakerr (#2) for good: they had been deleted already');
    expect(inFiles(j.db, 'Quokkaplatypus')).toBe(false);
    expect(await j.ok(['show', '#1'])).toContain('company: Acme');
  });
});
