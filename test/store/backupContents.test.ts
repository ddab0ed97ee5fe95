// What `rel restore` lists of each backup: its contacts and conversations, read from the counts
// rel stats keeps (migrations 0025, 0027) where the backup has them, counted in an older one.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupContents } from '../../src/store/backupRestore.js';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { cleanupTempDirs, newJournal, tempDir } from '../harness/tempFiles.js';

afterAll(cleanupTempDirs);

describe('backupContents', () => {
  it('gives the stored counts of a journal of today, as many as its rows', () => {
    const path = newJournal();
    const j = new Journal(openJournal(path), path);
    const contact = j.db.prepare("INSERT INTO contacts (name, name_key, created_on, created_at, updated_at) VALUES (?, ?, '2026-11-23', '', '')");
    const ann = Number(contact.run('Ann Lee', 'ann lee').lastInsertRowid);
    contact.run('Bob Roe', 'bob roe');
    const conversation = j.db.prepare("INSERT INTO conversations (contact_id, happened_on, via, note, created_at) VALUES (?, '2026-11-20', 'call', 'x', '')");
    for (let i = 0; i < 3; i++) conversation.run(ann);
    j.close();
    expect(backupContents(path)).toMatchObject({ contacts: 2, conversations: 3 });
  });

  it('counts the rows of a backup from before those counts', () => {
    const path = join(tempDir(), 'old.db');
    const db = new Database(path);
    db.exec('CREATE TABLE contacts (id INTEGER PRIMARY KEY); CREATE TABLE conversations (id INTEGER PRIMARY KEY); INSERT INTO contacts VALUES (1), (2); INSERT INTO conversations VALUES (1)');
    db.close();
    expect(backupContents(path)).toMatchObject({ contacts: 2, conversations: 1 });
  });
});
