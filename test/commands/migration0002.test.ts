// A journal made by schema 0001 (before search existed) is upgraded by the first rel that opens
// it: backed up beside itself, migrated to 0002, and everything it held is searchable.
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJournal, type TestJournal } from '../harness/journal.js';
import type { RunResult } from '../harness/spawned.js';
import { REPO } from '../harness/paths.js';

const AT = '2026-01-01T10:00:00.000Z';

function makeVersion1Journal(path: string): void {
  const db = new Database(path);
  try {
    db.exec(readFileSync(join(REPO, 'migrations', '0001_init.sql'), 'utf8'));
    db.pragma('user_version = 1');
    const contact = db.prepare("INSERT INTO contacts (id, name, name_key, company, met, created_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '2026-01-01', ?, ?)");
    contact.run(1, 'Jane Doe', 'jane doe', 'Doe Flowers', null, AT, AT);
    contact.run(2, 'Maria Núñez', 'maria nunez', null, 'at the spring fair', AT, AT);
    db.prepare("INSERT INTO contact_aliases (contact_id, alias, alias_key) VALUES (2, 'Mari', 'mari')").run();
    db.prepare("INSERT INTO conversations (contact_id, happened_on, via, note, complaint, resolved_on, resolution_note, created_at) VALUES (1, '2026-11-02', 'call', 'loved the tulips', 1, '2026-11-04', 'sent a new vase', ?)").run(AT);
    db.prepare("INSERT INTO details (contact_id, text, date, created_at) VALUES (1, 'husband loves golf', NULL, ?), (2, 'baby due', '2027-03', ?)").run(AT, AT);
    db.prepare("INSERT INTO reminders (contact_id, text, due_on, created_at) VALUES (2, 'send the spring catalog', '2026-11-30', ?)").run(AT);
  } finally {
    db.close();
  }
}

const LATEST = readdirSync(join(REPO, 'migrations')).filter((f) => /^\d{4}_.*\.sql$/.test(f)).length;

describe('upgrading a version 1 journal through 0002', () => {
  let j: TestJournal;
  let first: RunResult;
  beforeAll(async () => {
    j = makeJournal();
    makeVersion1Journal(j.db);
    first = await j.rel(['search', 'golf']);
  });

  it('migrates on the first search, saying where the backup is', async () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('Jane Doe #1\n  detail  husband loves [golf] [detail 1]\n');
    const backups = readdirSync(j.dir).filter((f) => f.startsWith('rel.db.v1-backup-'));
    expect(backups).toHaveLength(1);
    expect(first.stderr).toBe(`rel: backed up the journal to ${join(j.dir, backups[0] as string)} before upgrading it\n`);
  });

  it('leaves the backup at version 1 and the journal at the latest version', async () => {
    const backup = readdirSync(j.dir).find((f) => f.startsWith('rel.db.v1-backup-')) as string;
    const old = new Database(join(j.dir, backup), { readonly: true });
    const upgraded = new Database(j.db, { readonly: true });
    try {
      expect(old.pragma('user_version', { simple: true })).toBe(1);
      expect(upgraded.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(upgraded.prepare('SELECT count(*) AS n FROM search_index').get()).toEqual({ n: 6 });
    } finally {
      old.close();
      upgraded.close();
    }
  });

  it('makes every existing row searchable', async () => {
    expect(await j.ok(['search', 'nunez'])).toContain('Maria Núñez #2');
    expect(await j.ok(['search', 'mari'])).toContain('[Mari]');
    expect(await j.ok(['search', '"spring fair"'])).toContain('at the [spring fair]');
    expect(await j.ok(['search', 'doe', 'flowers'])).toContain('Jane [Doe] · [Doe] [Flowers]');
    expect(await j.ok(['search', 'tulips'])).toContain('call, complaint  2026-11-02  loved the [tulips] · sent a new vase [conversation 1]');
    expect(await j.ok(['search', 'vase'])).toContain('[vase]');
    expect(await j.ok(['search', 'baby'])).toMatch(/detail +March 2027 +\[baby\] due \[detail 2\]/);
    expect(await j.ok(['search', 'catalog'])).toContain('reminder  2026-11-30  send the spring [catalog] [reminder 1]');
  });

  it('keeps the index in step on later writes, and does not back up again', async () => {
    await j.ok(['remember', 'maria', 'collects orchids']);
    expect(await j.ok(['search', 'orchids'])).toContain('Maria Núñez #2');
    expect(readdirSync(j.dir).filter((f) => f.includes('-backup-'))).toHaveLength(1);
  });
});
