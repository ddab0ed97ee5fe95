// Migration 0037: a follow-up written before it, made from a conversation's note, is linked to that
// conversation when the journal says so without a doubt (open, written in the same instant as
// exactly one conversation with its person whose note is its text), so rel conversation edit
// --note corrects it too. Any other is left unlinked, and so unchanged by a later edit.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/domain/names.js';
import { phoneKey } from '../../src/domain/phoneNumbers.js';
import { buildJournal } from '../fixtures/make-journal-v1.mjs';
import { runRel } from '../harness/inProcess.js';
import { tempDir } from '../harness/tempFiles.js';

const AT = '2026-11-20T09:00:00.000Z';

/** A journal at schema 36 with Zoe's conversations and follow-ups; the ids of what the test edits and reads. */
function journalBefore(): { db: string; talk: number; twin: number; reminders: Record<string, number> } {
  const dir = join(tempDir(), 'journal');
  mkdirSync(dir, { mode: 0o700 });
  const db = buildJournal(join(dir, 'rel.db'), 36, { nameKey: normalizeName, phoneKey });
  const raw = new Database(db);
  const person = Number(
    raw.prepare("INSERT INTO contacts (name, name_key, created_on, created_at, updated_at) VALUES ('Zoe Park', 'zoe park', '2026-11-20', ?, ?)").run(AT, AT).lastInsertRowid,
  );
  const conversation = (note: string) => {
    const id = Number(raw.prepare("INSERT INTO conversations (contact_id, happened_on, note, created_at) VALUES (?, '2026-11-20', ?, ?)").run(person, note, AT).lastInsertRowid);
    raw.prepare("INSERT INTO conversation_people (conversation_id, contact_id, position, happened_on) VALUES (?, ?, 0, '2026-11-20')").run(id, person);
    return id;
  };
  const talk = conversation('Wants a qoute');
  const twin = conversation('Same words twice'); // two conversations of one instant with this note: which one is not known
  conversation('Same words twice');
  const reminder = (text: string, createdAt: string, doneOn: string | null = null) =>
    Number(raw.prepare("INSERT INTO reminders (contact_id, text, due_on, done_on, created_at) VALUES (?, ?, '2026-11-30', ?, ?)").run(person, text, doneOn, createdAt).lastInsertRowid);
  const reminders = {
    made: reminder('Wants a qoute', AT),
    done: reminder('Wants a qoute', AT, '2026-11-21'),
    later: reminder('Wants a qoute', '2026-11-20T09:05:00.000Z'),
    twin: reminder('Same words twice', AT),
  };
  raw.close();
  return { db, talk, twin, reminders };
}

describe('migration 0037: follow-ups made from a note before it', () => {
  it('links the one made from the note without a doubt, and no other', async () => {
    const { db, talk, twin, reminders } = journalBefore();
    const run = (args: string[]) => runRel(args, { journalPath: db, now: '2026-11-23' });
    const edited = await run(['conversation', 'edit', String(talk), '--note', 'Wants a quote']);
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stdout).toBe(`updated conversation #${talk} with Zoe Park on 2026-11-20 (note); reminder #${reminders.made}, made from it, now says: Wants a quote\n`);
    expect((await run(['conversation', 'edit', String(twin), '--note', 'Other words'])).stdout).toBe(`updated conversation #${twin} with Zoe Park on 2026-11-20 (note)\n`);
    const handle = new Database(db, { readonly: true });
    try {
      const rows = handle.prepare('SELECT id, text, conversation_id AS conversationId FROM reminders WHERE id IN (?, ?, ?, ?) ORDER BY id');
      expect(rows.all(reminders.made, reminders.done, reminders.later, reminders.twin)).toEqual([
        { id: reminders.made, text: 'Wants a quote', conversationId: talk },
        { id: reminders.done, text: 'Wants a qoute', conversationId: null },
        { id: reminders.later, text: 'Wants a qoute', conversationId: null },
        { id: reminders.twin, text: 'Same words twice', conversationId: null },
      ]);
    } finally {
      handle.close();
    }
  });
});
