// SPEC §8: 20 `rel add` processes started at once — all 20 conversations stored, none fails
// (atuin #2082: "database is locked" when several shells start at once).
import Database from 'better-sqlite3';
import { readdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractBreaches } from '../harness/failures.js';
import { countRows, dump } from '../harness/journalDump.js';
import { MIGRATIONS_DIR } from '../harness/paths.js';
import { spawnRel as rel, type RunResult } from '../harness/spawned.js';
import { cleanupTempDirs, newJournalPath } from '../harness/tempFiles.js';

const PROCESSES = 20;
const latestVersion = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}_.*\.sql$/.test(f)).length;

function startAtOnce(argsFor: (i: number) => string[], db: string): Promise<RunResult[]> {
  return Promise.all(Array.from({ length: PROCESSES }, (_, i) => rel(argsFor(i + 1), { db, timeoutMs: 60_000 })));
}

function expectAllSucceeded(results: RunResult[]): void {
  for (const r of results) {
    expect(r.stderr).not.toMatch(/locked|busy/i);
    expect(contractBreaches(r)).toEqual([]);
    expect(r.code).toBe(0);
  }
}

function notes(db: string): string[] {
  return dump(db, { conversations: ['note'] })
    .tables.conversations!.map((row) => (JSON.parse(row) as { note: string }).note)
    .sort();
}

const expectedNotes = Array.from({ length: PROCESSES }, (_, i) => `call ${i + 1}`).sort();

describe(`${PROCESSES} rel processes started at once`, () => {
  afterAll(cleanupTempDirs);

  it('all 20 rel add on an existing journal exit 0 and every conversation is stored', async () => {
    const { db } = newJournalPath();
    expect((await rel(['contact', 'add', 'Jane Doe'], { db })).code).toBe(0);

    const results = await startAtOnce((i) => ['add', 'Jane Doe', '--via', 'call', '--note', `call ${i}`], db);

    expectAllSucceeded(results);
    expect(notes(db)).toEqual(expectedNotes);
    expect(countRows(db, 'contacts')).toBe(1);
    const line = `${results.filter((r) => r.code === 0).length}/${PROCESSES} concurrent writes stored (${countRows(db, 'conversations')} conversations in the journal)`;
    console.log(line);
    expect(line).toBe('20/20 concurrent writes stored (20 conversations in the journal)');
  });

  it('all 20 succeed on a journal that does not exist yet: one creates and migrates it, the others wait', async () => {
    const { db } = newJournalPath();

    const results = await startAtOnce((i) => ['add', `Person ${String(i).padStart(2, '0')}`, '--note', `call ${i}`], db);

    expectAllSucceeded(results);
    expect(notes(db)).toEqual(expectedNotes);
    expect(countRows(db, 'contacts')).toBe(PROCESSES);
    const handle = new Database(db, { readonly: true });
    expect(handle.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(handle.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(handle.pragma('integrity_check', { simple: true })).toBe('ok');
    handle.close();
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(db)).mode & 0o777).toBe(0o700);
    console.log(`${PROCESSES}/${PROCESSES} concurrent first uses of a new journal stored`);
  });

  it('20 rel add of the same new name create that person once and log all 20 conversations to them', async () => {
    const { db } = newJournalPath();
    expect((await rel(['contact', 'add', 'Someone Else'], { db })).code).toBe(0);

    const results = await startAtOnce((i) => ['add', 'Jane Doe', '--note', `call ${i}`], db);

    expectAllSucceeded(results);
    const contacts = dump(db, { contacts: ['name'] }).tables.contacts!;
    expect(contacts).toEqual(['{"name":"Jane Doe"}', '{"name":"Someone Else"}']);
    expect(notes(db)).toEqual(expectedNotes);
    expect(results.filter((r) => r.stderr.includes('created Jane Doe')).length).toBe(1);
  });

  it('20 rel contact add of the same name: one creates the person, the other 19 are refused in one line', async () => {
    const { db } = newJournalPath();
    expect((await rel(['contact', 'add', 'Someone Else'], { db })).code).toBe(0);

    const results = await startAtOnce(() => ['contact', 'add', 'Bob Lee', '--email', 'bob@example.com'], db);

    for (const r of results) expect(contractBreaches(r)).toEqual([]);
    expect(results.filter((r) => r.code === 0).length).toBe(1);
    const refused = results.filter((r) => r.code !== 0);
    expect(refused.length).toBe(PROCESSES - 1);
    for (const r of refused) {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^rel: "Bob Lee" may be someone already in the journal: Bob Lee \(#2: same email, same name\)/);
    }
    expect(countRows(db, 'contacts')).toBe(2);
    expect(countRows(db, 'contact_emails')).toBe(1);
  });
});
