// Migration 0032: the phone keys stored before it kept an extension's digits and a country code's,
// so a person was not found by their own number; the upgrade computes them again, and search finds
// the number too.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/domain/names.js';
import { phoneKey } from '../../src/domain/phoneNumbers.js';
import { buildJournal } from '../fixtures/make-journal-v1.mjs';
import { runRel } from '../harness/inProcess.js';
import { tempDir } from '../harness/tempFiles.js';

/** phoneKey as it was before 0032: the last nine digits of everything, an extension's included. */
const keyBefore = (phone: string): string => {
  const digits = phone.replace(/\D/g, '');
  return digits === '' ? phone.trim().toLowerCase() : digits.slice(-9);
};

describe('migration 0032: phone keys without extensions or country codes', () => {
  it('keys a phone with an extension by its number, so the person is found by it and a second person with it is refused', async () => {
    const dir = join(tempDir(), 'journal');
    mkdirSync(dir, { mode: 0o700 });
    const db = buildJournal(join(dir, 'rel.db'), 31, { nameKey: normalizeName, phoneKey: keyBefore });
    const raw = new Database(db);
    raw.prepare("INSERT INTO contact_phones (contact_id, phone, position, phone_key) VALUES (1, '+1-418-656-9254 ext. 102', 9, ?)").run(keyBefore('+1-418-656-9254 ext. 102'));
    raw.prepare("INSERT INTO contact_phones (contact_id, phone, position, phone_key) VALUES (1, '+45 20 12 34 56', 10, ?)").run(keyBefore('+45 20 12 34 56'));
    const name = raw.prepare('SELECT name FROM contacts WHERE id = 1').pluck().get() as string;
    raw.close();
    expect(keyBefore('+1-418-656-9254 ext. 102')).not.toBe(phoneKey('+1 418 656 9254'));

    const shown = await runRel(['show', '+1 418 656 9254', '--json'], { journalPath: db, now: '2026-11-23' });
    expect(shown.code, shown.stderr).toBe(0);
    expect((JSON.parse(shown.stdout) as { person: { name: string } }).person.name).toBe(name);
    const after = new Database(db, { readonly: true });
    expect(after.prepare("SELECT phone_key FROM contact_phones WHERE phone LIKE '%ext. 102'").pluck().get()).toBe(phoneKey('418-656-9254'));
    after.close();
    // A number written with its country code is found by its national form.
    const danish = await runRel(['show', '20 12 34 56', '--json'], { journalPath: db, now: '2026-11-23' });
    expect((JSON.parse(danish.stdout) as { person: { name: string } }).person.name).toBe(name);
    const found = await runRel(['search', '4186569254', '--json'], { journalPath: db, now: '2026-11-23' });
    expect(found.stdout).toContain(name);
    const again = await runRel(['contact', 'add', 'Someone Else', '--phone', '418-656-9254'], { journalPath: db, now: '2026-11-23' });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/same phone/);
  });
});
