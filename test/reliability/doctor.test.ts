// rel doctor: one line per check, exit 1 with what to do when something is wrong, and it can look
// at a journal that rel itself would refuse or that has the wrong permissions. The journals are set
// up in-process; the checks run in-process too, except where the process itself is the point (the
// exit code of a healthy run, file modes, a damaged or foreign file read by the real binary).
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractBreaches } from '../harness/failures.js';
import { sha256 } from '../harness/journalDump.js';
import { runRel } from '../harness/inProcess.js';
import { spawnRel, type RunResult } from '../harness/spawned.js';
import { cleanupTempDirs, newJournalPath } from '../harness/tempFiles.js';

/** rel in-process on the journal `db`. */
const rel = (args: string[], { db }: { db: string }): Promise<RunResult> => runRel(args, { journalPath: db });

const CHECKS = ['journal', 'permissions', 'access', 'schema', 'integrity', 'foreign keys', 'wal', 'settings', 'referrals', 'channels', 'days', 'referrers', 'statuses', 'turnaround', 'follow-ups', 'complaints', 'names', 'name text', 'erasure', 'backups'];

async function healthyJournal(): Promise<string> {
  const { db } = newJournalPath();
  for (const args of [
    ['contact', 'add', 'Jane Doe', '--every', '2w', '--tag', 'vip'],
    ['add', 'Jane Doe', '--note', 'Loved the tulips', '--remember', 'husband Tom golfs'],
    ['tag', 'vip', '--every', '14d'],
    ['config', 'set', 'cadence', '60d'],
  ]) {
    const r = await rel(args, { db });
    expect(r.code, r.stderr).toBe(0);
  }
  return db;
}

function lineFor(r: RunResult, check: string): string {
  const line = r.stdout.split('\n').find((l) => l.replace(/^(ok|problem)\s+/, '').startsWith(check));
  expect(line, `no line for ${check} in:\n${r.stdout}`).toBeDefined();
  return line!;
}

/** Runs the sqlite3 statement a problem's fix gives (as a shell reads it: each quote inside is written '\''); rel doctor then finds nothing. */
async function applyFix(db: string, line: string): Promise<void> {
  const sql = /sqlite3 \S+ '(.*)'$/.exec(line)?.[1]?.replaceAll("'\\''", "'");
  expect(sql, line).toBeDefined();
  withDb(db, (h) => h.exec(sql!));
  expect((await rel(['doctor'], { db })).code).toBe(0);
}

function withDb(path: string, work: (db: Database.Database) => void): void {
  const db = new Database(path);
  try {
    work(db);
  } finally {
    db.close();
  }
}

describe('rel doctor', () => {
  afterAll(cleanupTempDirs);

  it('prints one ok line per check for a healthy journal and exits 0', async () => {
    const db = await healthyJournal();

    const r = await spawnRel(['doctor'], { db });

    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    // In the order they are made (each printed as it is), the details in one column.
    expect(lines.map((l) => l.slice(9).split(/\s{2,}/)[0])).toEqual(CHECKS);
    for (const line of lines) expect(line).toMatch(/^ok {7}[a-z -]{12} {2}\S/);
    for (const check of CHECKS) expect(lineFor(r, check)).toMatch(/^ok\s/);
    expect(lineFor(r, 'integrity')).toMatch(/ok$/);
    expect(lineFor(r, 'settings')).toMatch(/3 stored values parse/);
  });

  it('at a terminal, says which check it is making until its line comes, and leaves the same lines', async () => {
    const db = await healthyJournal();
    const piped = await rel(['doctor'], { db });
    const r = await runRel(['doctor'], { journalPath: db, tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('checking integrity…\r\x1b[K');
    // Each note is erased before the next line is written, the last one at the end.
    const notes = CHECKS.map((check) => `checking ${check}…\r\x1b[K`);
    expect(notes.reduce((text, note) => text.replaceAll(note, ''), r.stdout)).toBe(piped.stdout);
    expect(r.stdout.match(/checking /g)).toHaveLength(CHECKS.length - 1);
  });

  it('opens a journal with the wrong permissions, says which chmod to run, and changes nothing', async () => {
    const db = await healthyJournal();
    const dir = dirname(db);
    chmodSync(db, 0o644);
    chmodSync(dir, 0o755);

    const r = await spawnRel(['doctor'], { db });

    expect(r.code).toBe(1);
    expect(contractBreaches(r)).toEqual([]);
    expect(r.stderr).toBe(`rel: 1 problem with the journal ${db}; the fixes are above\n`);
    const line = lineFor(r, 'permissions');
    expect(line).toMatch(/^problem\s/);
    expect(line).toContain(`${db} is 0644, others can read it (should be 0600); its directory ${dir} is 0755, others can list it (should be 0700)`);
    expect(line).toContain(`chmod 600 ${db}`);
    expect(line).toContain(`chmod 700 ${dir}`);
    for (const check of CHECKS.filter((c) => c !== 'permissions')) expect(lineFor(r, check)).toMatch(/^ok\s/);
    expect(statSync(db).mode & 0o777).toBe(0o644);

    // With --json the fixes are in the JSON on stdout, and the line says so.
    const asJson = await spawnRel(['doctor', '--json'], { db });
    expect(asJson.code).toBe(1);
    expect(asJson.stderr).toBe(`rel: 1 problem with the journal ${db}; each check's fix is in the JSON on stdout\n`);
    expect((JSON.parse(asJson.stdout) as { checks: Array<{ check: string; fix?: string }> }).checks.find((c) => c.check === 'permissions')?.fix).toContain(`chmod 600 ${db}`);

    chmodSync(db, 0o600);
    chmodSync(dir, 0o700);
    expect((await spawnRel(['doctor'], { db })).code).toBe(0);
  });

  it('finds orphaned rows and gives the statement that clears them', async () => {
    const db = await healthyJournal();
    withDb(db, (h) => {
      h.pragma('foreign_keys = OFF');
      h.prepare("INSERT INTO conversations (contact_id, happened_on, note, created_at) VALUES (999, '2026-11-01', 'orphan', '2026-11-01T00:00:00Z')").run();
      h.prepare("INSERT INTO details (contact_id, text, created_at) VALUES (998, 'orphan', '2026-11-01T00:00:00Z')").run();
    });

    const r = await rel(['doctor'], { db });

    expect(r.code).toBe(1);
    const line = lineFor(r, 'foreign keys');
    expect(line).toMatch(/^problem\s+foreign keys\s+orphaned rows: 1 conversations row pointing at missing contacts; 1 details row pointing at missing contacts/);
    const sql = /sqlite3 \S+ '(.*)'$/.exec(line)?.[1];
    expect(sql).toBeDefined();
    withDb(db, (h) => h.exec(sql!));
    expect((await rel(['doctor'], { db })).code).toBe(0);
  });

  it('finds channel counts that differ from the conversations, and its fix counts them again', async () => {
    const db = await healthyJournal();
    expect((await rel(['add', 'Jane Doe', '--note', 'by phone', '--via', 'call'], { db })).code).toBe(0);
    expect(lineFor(await rel(['doctor'], { db }), 'channels')).toMatch(/^ok\s+channels\s+the counts rel stats shows match the 2 conversations$/);
    // Counts written by hand (or kept by a journal whose triggers were dropped): stats would say 5 calls and a meal.
    withDb(db, (h) => h.exec("UPDATE counts_channels SET conversations = 5 WHERE via_key = 'call'; INSERT INTO counts_channels VALUES ('meal', 1)"));

    const r = await rel(['doctor'], { db });

    expect(r.code).toBe(1);
    const line = lineFor(r, 'channels');
    expect(line).toMatch(/^problem\s+channels\s+rel stats counts other numbers than the conversations hold: call 5 counted, 1 held; meal 1 counted, 0 held — fix: count them again: sqlite3 /);
    await applyFix(db, line);
    expect(await rel(['stats', '--json'], { db })).toMatchObject({ code: 0 });
  });

  it('finds day counts that differ from the conversations, names five days at most, and its fix counts them again', async () => {
    const db = await healthyJournal();
    expect((await rel(['add', 'Jane Doe', '--note', 'by phone', '--on', '2026-11-20'], { db })).code).toBe(0);
    expect(lineFor(await rel(['doctor'], { db }), 'days')).toMatch(/^ok\s+days\s+the days rel stats charts match the 2 conversations$/);
    // Counts written by hand (or kept by a journal whose triggers were dropped): the chart would show other weeks.
    withDb(db, (h) => h.exec("UPDATE counts_days SET conversations = 4 WHERE happened_on = '2026-11-20'; INSERT INTO counts_days VALUES ('2026-01-01', 1), ('2026-01-02', 1), ('2026-01-03', 1), ('2026-01-04', 1), ('2026-01-05', 1)"));

    const r = await rel(['doctor'], { db });

    expect(r.code).toBe(1);
    const line = lineFor(r, 'days');
    expect(line).toMatch(
      /^problem\s+days\s+rel stats charts other numbers than the conversations hold: 2026-01-01 1 counted, 0 held; 2026-01-02 1 counted, 0 held; 2026-01-03 1 counted, 0 held; 2026-01-04 1 counted, 0 held; 2026-01-05 1 counted, 0 held; and 1 more — fix: count them again: sqlite3 /,
    );
    await applyFix(db, line);
  });

  it('finds referral counts that differ from the contacts, and its fix counts them again', async () => {
    const db = await healthyJournal();
    expect((await rel(['contact', 'add', 'Amy Brown', '--referred-by', 'jane'], { db })).code).toBe(0);
    expect(lineFor(await rel(['doctor'], { db }), 'referrers')).toMatch(/^ok\s+referrers\s+the top referrers rel stats shows match the 1 referral$/);
    // Counts written by hand (or kept by a journal whose triggers were dropped): stats would rank others first.
    withDb(db, (h) => h.exec('UPDATE counts_referrals SET referrals = 7; INSERT INTO counts_referrals VALUES (999, 3)'));

    const r = await rel(['doctor'], { db });

    expect(r.code).toBe(1);
    const line = lineFor(r, 'referrers');
    expect(line).toMatch(/^problem\s+referrers\s+rel stats ranks referrers by other numbers than the contacts hold: #1 7 counted, 1 held; #999 3 counted, 0 held — fix: count them again: sqlite3 /);
    await applyFix(db, line);
  });

  it('finds status counts that differ from the contacts, and its fix counts them again', async () => {
    const db = await healthyJournal();
    expect((await rel(['contact', 'add', 'Amy Brown'], { db })).code).toBe(0);
    expect(lineFor(await rel(['doctor'], { db }), 'statuses')).toMatch(/^ok\s+statuses\s+the statuses rel stats shows match the 2 contacts$/);
    // Counts written by hand (or kept by a journal whose triggers were dropped): stats would count Jane twice, and someone archived.
    withDb(db, (h) => h.exec("UPDATE counts_statuses SET people = 2 WHERE talked = 1; INSERT INTO counts_statuses VALUES (1, 0, '', '2027-01-01', 1, 0)"));

    const r = await rel(['doctor'], { db });

    expect(r.code).toBe(1);
    const line = lineFor(r, 'statuses');
    expect(line).toMatch(
      /^problem\s+statuses\s+rel stats counts other statuses than the contacts hold: active, talked to, due \d{4}-\d\d-\d\d 2 \(1 with a rhythm\) counted, 1 \(1 with a rhythm\) held; archived, never talked to, no due day, paused until 2027-01-01 1 \(0 with a rhythm\) counted, 0 \(0 with a rhythm\) held — fix: count them again: sqlite3 /,
    );
    await applyFix(db, line);
  });

  it('finds complaint counts that differ from the conversations, and its fix counts them again', async () => {
    const db = await healthyJournal();
    expect((await rel(['add', 'Jane Doe', '--note', 'the order came late', '--complaint', '--on', '2026-11-20'], { db })).code).toBe(0);
    expect(lineFor(await rel(['doctor'], { db }), 'turnaround')).toMatch(/^ok\s+turnaround\s+the complaints rel stats counts match the 1 complaint$/);
    // Counts written by hand (or kept by a journal whose triggers were dropped): stats would say it was resolved in a day.
    withDb(db, (h) => h.exec("UPDATE counts_complaints SET open = 0, made = 1; INSERT INTO counts_complaints VALUES ('2026-11-21', 0, 0, 1)"));

    const r = await rel(['doctor'], { db });

    expect(r.code).toBe(1);
    const line = lineFor(r, 'turnaround');
    expect(line).toMatch(
      /^problem\s+turnaround\s+rel stats counts other complaints than the conversations hold: 2026-11-20 0 open, 1 made and 0 resolved counted, 1 open, 0 made and 0 resolved held; 2026-11-21 0 open, 0 made and 1 resolved counted, 0 open, 0 made and 0 resolved held — fix: count them again: sqlite3 /,
    );
    await applyFix(db, line);
    // One resolved before it was made (a day moved by hand): counted by its two days.
    withDb(db, (h) => h.exec("UPDATE conversations SET resolved_on = '2026-11-19' WHERE complaint = 1"));
    expect(lineFor(await rel(['doctor'], { db }), 'turnaround')).toMatch(/match the 1 complaint$/);
    withDb(db, (h) => h.exec('DELETE FROM counts_complaints_odd'));
    const odd = lineFor(await rel(['doctor'], { db }), 'turnaround');
    expect(odd).toMatch(/^problem\s+turnaround\s+rel stats counts other complaints than the conversations hold: made 2026-11-20, resolved 2026-11-19 0 counted, 1 held — fix: /);
    await applyFix(db, odd);
    expect(lineFor(await rel(['doctor'], { db }), 'turnaround')).toMatch(/match the 1 complaint$/);
  });

  it('finds a count of open follow-ups that differs from the follow-ups, and its fix counts them again', async () => {
    const db = await healthyJournal();
    expect((await rel(['remind', 'Jane Doe', 'send the catalog', '--on', '2026-12-01'], { db })).code).toBe(0);
    expect(lineFor(await rel(['doctor'], { db }), 'follow-ups')).toMatch(/^ok\s+follow-ups\s+the open follow-ups rel reminders counts match the 1 open follow-up$/);
    // A count written by hand (or kept by a journal whose triggers were dropped): rel reminders would say more are left out.
    withDb(db, (h) => h.exec('UPDATE counts_follow_ups SET open = 5'));

    const r = await rel(['doctor'], { db });

    expect(r.code).toBe(1);
    const line = lineFor(r, 'follow-ups');
    expect(line).toMatch(
      /^problem\s+follow-ups\s+rel reminders counts other follow-ups than the journal holds: follow-ups 5 open \(0 of archived people\) counted, 1 open \(0 of archived people\) held — fix: count them again: sqlite3 /,
    );
    await applyFix(db, line);
  });

  it('finds open complaints listed otherwise than the conversations hold, and its fix lists them again', async () => {
    const db = await healthyJournal();
    expect(lineFor(await rel(['doctor'], { db }), 'complaints')).toMatch(/^ok\s+complaints\s+no open complaints$/);
    expect((await rel(['add', 'Jane Doe', 'Tom Lee', '--note', 'the order came late', '--complaint'], { db })).code).toBe(0);
    expect(lineFor(await rel(['doctor'], { db }), 'complaints')).toMatch(/^ok\s+complaints\s+everyone the 1 open complaint was with is listed for rel today, rel show and rel stats$/);
    // A list written by hand (or kept by a journal whose triggers were dropped): Tom's complaint would not show on his card.
    withDb(db, (h) => h.exec('DELETE FROM open_complaint_people WHERE contact_id = (SELECT id FROM contacts WHERE name = \'Tom Lee\'); INSERT INTO open_complaint_people VALUES (999, 1)'));

    const r = await rel(['doctor'], { db });

    expect(r.code).toBe(1);
    const line = lineFor(r, 'complaints');
    expect(line).toMatch(/^problem\s+complaints\s+rel today, rel show and rel stats read other open complaints than the conversations hold: 1 person-complaint pair missing, 1 that the conversations do not hold — fix: list them again: sqlite3 /);
    await applyFix(db, line);
    const card = (await rel(['show', 'tom', '--json'], { db })).stdout;
    expect((JSON.parse(card) as { openComplaints: unknown[] }).openComplaints).toHaveLength(1);
  });

  it('finds names indexed otherwise than the contacts hold, and its fix indexes them again', async () => {
    const empty = newJournalPath().db;
    expect((await rel(['today'], { db: empty })).code).toBe(0);
    expect(lineFor(await rel(['doctor'], { db: empty }), 'names')).toMatch(/^ok\s+names\s+no names yet$/);
    const db = await healthyJournal();
    expect(lineFor(await rel(['doctor'], { db }), 'names')).toMatch(/^ok\s+names\s+the 1 name is found by a part of it$/);
    expect((await rel(['contact', 'add', 'Jakub Kowalski'], { db })).code).toBe(0);
    expect(lineFor(await rel(['doctor'], { db }), 'names')).toMatch(/^ok\s+names\s+the 2 names are all found by a part of them$/);
    // An index written by hand (or kept by a journal whose triggers were dropped): "kowalsk" would find no one.
    withDb(db, (h) => h.exec("DELETE FROM name_trigrams WHERE name_key = 'jakub kowalski'; INSERT INTO name_trigrams (rowid, name_key) VALUES (999, 'nobody')"));
    expect((await rel(['show', 'kowalsk'], { db })).code).toBe(1);

    const r = await rel(['doctor'], { db });

    expect(r.code).toBe(1);
    const line = lineFor(r, 'names');
    expect(line).toMatch(/^problem\s+names\s+a part of a name finds other people than the contacts hold: 1 name missing, 1 that the contacts do not have — fix: index them again with sqlite3 3\.42 or later: sqlite3 /);
    await applyFix(db, line);
    expect((await rel(['show', 'kowalsk'], { db })).stdout).toContain('Jakub Kowalski');
  });

  it('finds a name no command would take (an older rel let an import keep one), and its fix renames it', async () => {
    const db = await healthyJournal();
    expect((await rel(['contact', 'add', 'Bob Stone'], { db })).code).toBe(0);
    expect(lineFor(await rel(['doctor'], { db }), 'name text')).toMatch(/^ok\s+name text\s+the 2 names are each one line and none is an id$/);
    withDb(db, (h) => h.prepare("UPDATE contacts SET name = ? WHERE name = 'Jane Doe'").run('Jane\nDoe'));
    withDb(db, (h) => h.exec("UPDATE contacts SET name = '12' WHERE name = 'Bob Stone'"));

    const r = await rel(['doctor'], { db });

    expect(r.code).toBe(1);
    expect(lineFor(r, 'name text')).toBe(
      'problem  name text     2 names no command would take: #1: a name cannot contain line breaks, tabs or other control characters; #2: it reads as an id (rel show "#12" is the person numbered 12) — fix: rename each, as: rel edit "#1" --name "NEW NAME"',
    );
    expect((await rel(['edit', '#1', '--name', 'Jane Doe'], { db })).code).toBe(0);
    expect((await rel(['edit', '#2', '--name', 'Bob Stone'], { db })).code).toBe(0);
    expect((await rel(['doctor'], { db })).code).toBe(0);
    // A record known only by its number is named by it on import: that name is no problem.
    expect((await runRel(['import', '-'], { journalPath: db, stdin: 'Name,Phone\n,5550123\n' })).stdout).toBe('added 1, updated 0, skipped 0 from stdin\n');
    expect(lineFor(await rel(['doctor'], { db }), 'name text')).toMatch(/^ok\s+name text\s+the 3 names are each one line and none is an id$/);
  });

  it('reports a journal from a newer rel without touching it', async () => {
    const db = await healthyJournal();
    withDb(db, (h) => h.pragma('user_version = 99'));
    const before = sha256(db);

    const r = await rel(['doctor'], { db });

    expect(r.code).toBe(1);
    expect(lineFor(r, 'schema')).toMatch(/^problem\s+schema\s+version 99, newer than this rel knows \(\d+\) — fix: upgrade rel/);
    expect(lineFor(r, 'integrity')).toMatch(/^ok\s/);
    expect(sha256(db)).toBe(before);
  });

  it('reports settings and cadences that do not parse, with the command that fixes each', async () => {
    const db = await healthyJournal();
    withDb(db, (h) => {
      h.prepare("UPDATE settings SET value = 'soon' WHERE key = 'cadence'").run();
      h.prepare("UPDATE tags SET cadence = 'often' WHERE tag = 'vip'").run();
    });

    const r = await rel(['doctor'], { db });

    expect(r.code).toBe(1);
    const line = lineFor(r, 'settings');
    expect(line).toContain('cadence = "soon" does not parse');
    expect(line).toContain('rel config set cadence VALUE');
    expect(line).toContain('rel tag vip --every 14d');
  });

  it('an unreadable backups setting blocks no write, the one that fixes it included, and doctor names it', async () => {
    const db = await healthyJournal();
    withDb(db, (h) => h.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('backups', 'zz')").run());
    // The next days' first writes make the daily backup, which reads the setting.
    const onDay = (args: string[], now: string) => runRel(args, { journalPath: db, now });
    expect(lineFor(await rel(['doctor'], { db }), 'settings')).toContain('backups = "zz" does not parse — fix: rel config set backups VALUE');
    expect(await onDay(['add', 'Jane Doe', '--note', 'called'], '2026-11-24')).toMatchObject({ code: 0, stderr: '' });
    expect(await onDay(['config', 'set', 'backups', '7'], '2026-11-25')).toMatchObject({ code: 0, stdout: 'backups = 7\n' });
    expect(lineFor(await rel(['doctor'], { db }), 'settings')).toMatch(/^ok\s/);
  });

  it("finds a copy made by rel backup healthy, as its help's example checks one, and leaves it as it was", async () => {
    const db = await healthyJournal();
    const copy = `${dirname(db)}/copy.db`;
    expect((await rel(['backup', copy], { db })).code).toBe(0);
    const before = sha256(copy);
    const r = await rel(['doctor'], { db: copy });
    expect(r.code, r.stdout).toBe(0);
    expect(lineFor(r, 'wal')).toMatch(/^ok\s+wal\s+journal_mode delete/);
    expect(sha256(copy)).toBe(before);
  });

  it('takes a journal that is not in WAL mode as one file, as a backup is, and reports a missing table', async () => {
    const db = await healthyJournal();
    withDb(db, (h) => {
      h.pragma('journal_mode = DELETE');
      h.exec('DROP TABLE settings');
    });

    const r = await rel(['doctor'], { db });

    expect(r.code).toBe(1);
    expect(lineFor(r, 'wal')).toMatch(/^ok\s+wal\s+journal_mode delete: one file/);
    expect(lineFor(r, 'schema')).toMatch(/^problem\s+schema\s+version \d+, but the tables differ from what the migrations make: missing table settings/);
  });

  it('reports a letter the search folds changed by another tool: search would miss the names that hold it', async () => {
    const db = await healthyJournal();
    withDb(db, (h) => h.prepare("UPDATE search_fold_letters SET plain = 'x' WHERE letter = 'ł'").run());

    const r = await rel(['doctor'], { db });

    expect(r.code).toBe(1);
    expect(lineFor(r, 'schema')).toMatch(/^problem\s+schema\s+version \d+, but the tables differ from what the migrations make: changed the rows of table search_fold_letters/);
  });

  it('reports a damaged journal in one line per check, without a stack trace', async () => {
    const db = await healthyJournal();
    // Overwrite the middle of the file: pages of tables and indexes, not the header.
    const size = statSync(db).size;
    const garbage = Buffer.alloc(8192, 0x5a);
    const fd = openSync(db, 'r+');
    writeSync(fd, garbage, 0, garbage.length, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);

    const r = await spawnRel(['doctor'], { db });

    expect(r.code).toBe(1);
    expect(contractBreaches(r)).toEqual([]);
    expect(lineFor(r, 'integrity')).toMatch(/^problem\s/);
    // A backup to bring back, and beside it the rescue, which keeps what changed since.
    expect(lineFor(r, 'integrity')).toContain(`fix: run rel restore to list the daily backups, then rel restore DAY to bring a good one back; or, to keep what changed since that backup, save what can still be read with rel --db ${db} export all --rescue > rescue.json`);
  });

  it('with no backup to bring back, says how to save what can still be read into a new journal, and that works', async () => {
    const db = await healthyJournal();
    rmSync(`${dirname(db)}/backups`, { recursive: true });
    // The root page of the index of names: the contacts themselves can still be read.
    let root = 0;
    withDb(db, (h) => (root = h.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'contacts_name_key'").pluck().get() as number));
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(8, 0xff), 0, 8, (root - 1) * 4096 + 1);
    closeSync(fd);

    const r = await spawnRel(['doctor'], { db });

    expect(r.code).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.startsWith('problem') && l.includes('no backup'));
    expect(line, r.stdout).toContain(`there is no backup to bring back (none in ${dirname(db)}/backups): save what can still be read with rel --db ${db} export all --rescue > rescue.json (it says what it could not read)`);
    expect(r.stdout).not.toContain('rel restore');
    // Followed: everyone and what was said are in the new journal.
    const saved = await spawnRel(['export', 'all', '--rescue'], { db });
    expect(saved.code, saved.stderr).toBe(0);
    const rescue = `${dirname(db)}/rescue.json`;
    writeFileSync(rescue, saved.stdout);
    const { db: fresh } = newJournalPath();
    expect((await rel(['import', rescue], { db: fresh })).code).toBe(0);
    expect((await rel(['show', 'Jane Doe'], { db: fresh })).stdout).toContain('Loved the tulips');
  });

  it('reports a file that is not a journal at all, and a journal that does not exist (without creating it)', async () => {
    const { db } = newJournalPath();

    const none = await spawnRel(['doctor'], { db });
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/^problem\s+journal\s+no journal at /);
    expect(contractBreaches(none)).toEqual([]);
    expect(existsSync(db)).toBe(false);

    const { db: junk } = newJournalPath();
    mkdirSync(dirname(junk), { mode: 0o700 });
    writeFileSync(junk, Buffer.alloc(4096, 0x42), { mode: 0o600 });
    const garbage = await spawnRel(['doctor'], { db: junk });
    expect(garbage.code).toBe(1);
    expect(contractBreaches(garbage)).toEqual([]);
    expect(lineFor(garbage, 'journal')).toMatch(/^problem\s+journal\s+.* is not a rel journal \(it is not an SQLite database\) — fix: check --db and REL_DB/);
    // No backup beside it: nothing to restore, and rel says so rather than sending the user to rel restore.
    expect(lineFor(garbage, 'journal')).toMatch(/its first page is damaged: there is no backup to bring back \(none in .*\), and rel can read nothing of it; sqlite3's \.recover is the last resort$/);
  });

  it('prints the checks as JSON with --json', async () => {
    const db = await healthyJournal();
    const r = await rel(['doctor', '--json'], { db });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { ok: boolean; checks: Array<{ check: string; ok: boolean }> };
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.check)).toEqual(CHECKS);
  });
});
