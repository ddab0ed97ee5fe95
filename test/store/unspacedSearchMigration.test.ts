// Migration 0034: a journal indexed before search spaced out the scripts written without spaces
// finds part of their text once rel has upgraded it. Only the rows with such characters are written
// again: every other row of the index stays as it was, however many there are.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/domain/names.js';
import { phoneKey } from '../../src/domain/phoneNumbers.js';
import { buildJournal } from '../fixtures/make-journal-v1.mjs';
import { runRel } from '../harness/inProcess.js';
import { actualIndex, expectedIndex } from '../harness/searchIndex.js';
import { tempDir } from '../harness/tempFiles.js';

type IndexRow = { rowid: number; body: string; folded: string | null };

/** A row that migration 0035, which runs after 0034, writes again: a seed's detail with an apostrophe. */
const APOSTROPHE = /['‘’ʼ]/u;

const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]/u;

/** A journal at schema 33 (the seeds, and a person, a note and a detail in Japanese). */
function journalBefore(): string {
  const dir = join(tempDir(), 'journal');
  mkdirSync(dir, { mode: 0o700 });
  const db = buildJournal(join(dir, 'rel.db'), 33, { nameKey: normalizeName, phoneKey });
  const raw = new Database(db);
  const person = raw
    .prepare("INSERT INTO contacts (name, name_key, company, created_on, created_at, updated_at) VALUES ('山田花子', '山田花子', '大阪銀行', '2026-11-01', 'x', 'x')")
    .run().lastInsertRowid;
  const talk = raw.prepare("INSERT INTO conversations (contact_id, happened_on, via, note, created_at) VALUES (?, '2026-11-20', 'meal', '京都で昼食、お茶が好き', 'x')").run(person).lastInsertRowid;
  raw.prepare("INSERT INTO conversation_people (conversation_id, contact_id, position, happened_on) VALUES (?, ?, 0, '2026-11-20')").run(talk, person);
  raw.prepare("INSERT INTO details (contact_id, text, created_at) VALUES (?, 'plays golf with Łukasz', 'x')").run(person);
  raw.close();
  return db;
}

function indexRows(db: string): IndexRow[] {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare('SELECT rowid, body, folded FROM search_index ORDER BY rowid').all() as IndexRow[];
  } finally {
    handle.close();
  }
}

describe('migration 0034: part of a text in a script without spaces', () => {
  it('finds part of a run in an upgraded journal, and writes again only the rows with such characters', async () => {
    const db = journalBefore();
    const before = indexRows(db);
    // A mark on every row without such characters, left by no rule of the index: a row written again loses it.
    const marked = before.filter((row) => !UNSPACED.test(row.body) && !APOSTROPHE.test(row.body));
    expect(marked.length).toBeGreaterThan(20);
    const raw = new Database(db);
    const mark = raw.prepare('UPDATE search_index SET folded = ? WHERE rowid = ?');
    for (const row of marked) mark.run(`${row.folded ?? row.body} (unchanged)`, row.rowid);
    raw.close();

    const found = await runRel(['search', '花子'], { journalPath: db, now: '2026-11-23' });
    expect(found.code, found.stderr).toBe(0);
    expect(found.stderr).toMatch(/^rel: backed up the journal to .+ before upgrading it\n$/);
    expect(found.stdout).toBe('山田花子 #6\n  contact  山田[花子] · 大阪銀行\n');
    expect((await runRel(['search', 'お茶'], { journalPath: db, now: '2026-11-23' })).stdout).toMatch(/^ {2}meal {2}2026-11-20 {2}京都で昼食、\[お茶\]が好き \[conversation \d+\]$/m);
    expect((await runRel(['search', '小龍'], { journalPath: db, now: '2026-11-23' })).stdout).toBe('李小龍 #5\n  contact  李[小龍] · Bruce\n');

    const after = indexRows(db);
    expect(after.map((row) => row.rowid)).toEqual(before.map((row) => row.rowid));
    expect(marked.every((row) => after.find((a) => a.rowid === row.rowid)?.folded?.endsWith(' (unchanged)'))).toBe(true);
    expect(after.filter((row) => UNSPACED.test(row.body)).map((row) => row.folded)).toEqual(['李 小 龍 · Bruce', '山 田 花 子 · 大 阪 銀 行', '京 都 で 昼 食 、 お 茶 が 好 き']);

    // Without the marks, the index holds what the tables hold.
    const handle = new Database(db);
    const unmark = handle.prepare('UPDATE search_index SET folded = ? WHERE rowid = ?');
    for (const row of marked) unmark.run(row.folded, row.rowid);
    expect(actualIndex(handle)).toEqual(expectedIndex(handle));
    handle.close();
  });

  it('finds Latin text as before', async () => {
    const db = journalBefore();
    const found = await runRel(['search', 'lukasz', 'golf'], { journalPath: db, now: '2026-11-23' });
    expect(found.code, found.stderr).toBe(0);
    expect(found.stdout).toBe('山田花子 #6\n  detail  plays [golf] with [Łukasz] [detail 6]\n');
  });
});
