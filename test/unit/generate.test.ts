// The benchmark's journal generator must give the same journal on every run (SPEC §7), with
// roughly the mix of data it promises. Runs on size XS (100 contacts, 1,000 conversations): the
// same code as the bench's sizes, small enough to write four times on a loaded machine. With 100
// people the mix is checked within wider bounds than the rates in people.mjs would give for 1,000.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateJournal } from '../bench/generate.mjs';

const dir = mkdtempSync(join(tmpdir(), 'rel-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A digest of every row of every table, independent of the order SQLite returns them in. */
function digest(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const hash = createHash('sha256');
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    for (const { name } of tables) {
      const rows = db.prepare(`SELECT * FROM "${name}"`).raw().all().map((row) => JSON.stringify(row));
      hash.update(`${name}\n${rows.sort().join('\n')}\n`);
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

function count(path: string, sql: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('generateJournal', () => {
  const first = join(dir, 'first.db');
  const second = join(dir, 'second.db');

  it('writes the same journal twice, and another one for another seed', () => {
    generateJournal(first, 'XS');
    generateJournal(second, 'XS');
    expect(digest(second)).toBe(digest(first));
    const other = join(dir, 'other.db');
    generateJournal(other, 'XS', { seed: 7 });
    expect(digest(other)).not.toBe(digest(first));
  });

  it('produces roughly the requested counts', () => {
    const n = (sql: string) => count(first, sql);
    expect(n('SELECT count(*) FROM contacts')).toBe(100);
    expect(n('SELECT count(*) FROM conversations')).toBe(1_000);
    expect(n('SELECT count(*) FROM details')).toBeGreaterThan(120); // ~1.5 a person
    expect(n('SELECT count(*) FROM details')).toBeLessThan(180);
    expect(n('SELECT count(*) FROM reminders')).toBeGreaterThan(35); // ~0.5 a person
    expect(n('SELECT count(*) FROM reminders')).toBeLessThan(65);
    expect(n('SELECT count(*) FROM contacts WHERE birthday IS NOT NULL')).toBeGreaterThan(45); // 60%
    expect(n("SELECT count(*) FROM contacts WHERE birthday LIKE '--%'")).toBeGreaterThan(8); // a third of those
    expect(n('SELECT count(*) FROM contacts WHERE referred_by IS NOT NULL')).toBeGreaterThan(8); // 20%
    expect(n('SELECT count(*) FROM conversations WHERE complaint = 1')).toBeGreaterThan(5); // 2%
    expect(n('SELECT count(*) FROM tags')).toBeGreaterThan(0);
    expect(n("SELECT count(*) FROM conversations WHERE happened_on > '2026-11-23' OR happened_on < '2023-11-01'")).toBe(0);
    // Everyone each conversation was with: its own person first, and others at about one in twelve.
    expect(n('SELECT count(*) FROM conversation_people WHERE position = 0')).toBe(1_000);
    expect(n('SELECT count(*) FROM conversations v JOIN conversation_people p ON p.conversation_id = v.id AND p.position = 0 AND p.contact_id = v.contact_id AND p.happened_on = v.happened_on')).toBe(1_000);
    const shared = n('SELECT count(DISTINCT conversation_id) FROM conversation_people WHERE position > 0');
    expect(shared).toBeGreaterThan(50);
    expect(shared).toBeLessThan(130);
    expect(n("SELECT count(DISTINCT contact_id) FROM relations WHERE kind = 'spouse'")).toBeGreaterThan(5); // ~15%
    expect(n("SELECT count(DISTINCT contact_id) FROM relations WHERE kind = 'spouse'")).toBeLessThan(30);
    expect(n("SELECT count(*) FROM relations WHERE kind = 'parent'")).toBeGreaterThan(5); // ~12% have children
    expect(n('SELECT count(*) FROM relations WHERE other_id IS NOT NULL')).toBeGreaterThan(0); // some between contacts
    expect(n('SELECT count(*) FROM relations WHERE other_id = contact_id')).toBe(0);
  });

  it('keeps name_key normalized and the foreign keys whole', () => {
    expect(count(first, "SELECT count(*) FROM contacts WHERE name_key <> lower(name) AND name GLOB '*[^ -~]*'")).toBeGreaterThan(0);
    expect(count(first, "SELECT count(*) FROM contacts WHERE name_key GLOB '*[A-Z]*'")).toBe(0);
    expect(count(first, 'SELECT count(*) FROM pragma_foreign_key_check')).toBe(0);
  });
});
