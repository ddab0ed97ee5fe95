// Migration 0035: a journal indexed before search left out every text's apostrophes and narrowed
// full-width letters and digits finds them once rel has upgraded it. Only the rows with such a
// character are written again (a person's row, which left out its apostrophes already, only for a
// full-width one): every other row of the index stays as it was.
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

type IndexRow = { rowid: number; kind: string; body: string; folded: string | null };

/** What 0035 writes again: a full-width letter or digit anywhere, an apostrophe beyond a person's own row. */
const REFOLDED = (row: IndexRow) => /[０-９Ａ-Ｚａ-ｚ]/u.test(row.body) || (row.kind !== 'contact' && /['‘’ʼ]/u.test(row.body));

/** A journal at schema 34 (the seeds, and a person with notes, a detail and an email to refold). */
function journalBefore(): string {
  const dir = join(tempDir(), 'journal');
  mkdirSync(dir, { mode: 0o700 });
  const db = buildJournal(join(dir, 'rel.db'), 34, { nameKey: normalizeName, phoneKey });
  const raw = new Database(db);
  const person = raw
    .prepare("INSERT INTO contacts (name, name_key, company, created_on, created_at, updated_at) VALUES ('Pat O''Hare', 'pat ohare', 'ＡＢＣ商事', '2026-11-01', 'x', 'x')")
    .run().lastInsertRowid;
  for (const note of ["Met at O'Hare, flight delayed", 'Waited at O’Hare for hours', 'Order ＡＢＣ-１２３ shipped']) {
    const talk = raw.prepare("INSERT INTO conversations (contact_id, happened_on, via, note, created_at) VALUES (?, '2026-11-20', 'meeting', ?, 'x')").run(person, note).lastInsertRowid;
    raw.prepare("INSERT INTO conversation_people (conversation_id, contact_id, position, happened_on) VALUES (?, ?, 0, '2026-11-20')").run(talk, person);
  }
  raw.prepare("INSERT INTO details (contact_id, text, created_at) VALUES (?, 'loves l''été in Provence', 'x')").run(person);
  raw.prepare("INSERT INTO contact_emails (contact_id, email, position) VALUES (?, 'pat.o''hare@example.com', 0)").run(person);
  raw.close();
  return db;
}

function indexRows(db: string): IndexRow[] {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare('SELECT rowid, kind, body, folded FROM search_index ORDER BY rowid').all() as IndexRow[];
  } finally {
    handle.close();
  }
}

describe('migration 0035: apostrophes and full-width letters', () => {
  it('finds them in an upgraded journal, and writes again only the rows with such characters', async () => {
    const db = journalBefore();
    const before = indexRows(db);
    // A mark on every row 0035 has no reason to write again, left by no rule of the index: a row written again loses it.
    const marked = before.filter((row) => !REFOLDED(row));
    expect(marked.length).toBeGreaterThan(20);
    expect(before.filter(REFOLDED)).toHaveLength(7); // with a seed's detail, "daughter's quinceañera"
    const raw = new Database(db);
    const mark = raw.prepare('UPDATE search_index SET folded = ? WHERE rowid = ?');
    for (const row of marked) mark.run(`${row.folded ?? row.body} (unchanged)`, row.rowid);
    raw.close();

    const found = await runRel(['search', 'ohare'], { journalPath: db, now: '2026-11-23' });
    expect(found.code, found.stderr).toBe(0);
    expect(found.stderr).toMatch(/^rel: backed up the journal to .+ before upgrading it\n$/);
    expect(found.stdout).toMatch(/^ {2}meeting {2}2026-11-20 {2}Met at \[O'Hare\], flight delayed \[conversation \d+\]$/m);
    expect(found.stdout).toMatch(/^ {2}meeting {2}2026-11-20 {2}Waited at \[O’Hare\] for hours \[conversation \d+\]$/m);
    expect(found.stdout).toMatch(/^ {2}email +pat\.\[o'hare\]@example\.com$/m);
    const run = async (query: string) => (await runRel(['search', query], { journalPath: db, now: '2026-11-23' })).stdout;
    expect(await run('lete')).toMatch(/^ {2}detail +loves \[l'été\] in Provence \[detail \d+\]$/m);
    expect(await run('abc')).toMatch(/^ {2}contact +Pat O'Hare · \[ＡＢＣ\]商事$/m);
    expect(await run('123')).toMatch(/Order ＡＢＣ-\[１２３\] shipped/);

    const after = indexRows(db);
    expect(after.map((row) => row.rowid)).toEqual(before.map((row) => row.rowid));
    expect(after.filter((row) => !REFOLDED(row)).every((row) => row.folded?.endsWith(' (unchanged)'))).toBe(true);
    expect(after.filter(REFOLDED).map((row) => row.folded)).toEqual([
      'daughters quinceañera',
      'Pat OHare · ABC 商 事',
      'Met at OHare, flight delayed',
      'Waited at OHare for hours',
      'Order ABC-123 shipped',
      'loves lété in Provence',
      'pat.ohare@example.com',
    ]);

    // Without the marks, the index holds what the tables hold.
    const handle = new Database(db);
    const unmark = handle.prepare('UPDATE search_index SET folded = ? WHERE rowid = ?');
    for (const row of marked) unmark.run(row.folded, row.rowid);
    expect(actualIndex(handle)).toEqual(expectedIndex(handle));
    // The migration writes the index anew with FTS5's secure-delete off, and turns it on again (0015).
    expect(handle.prepare("SELECT v FROM search_index_config WHERE k = 'secure-delete'").pluck().get()).toBe(1);
    handle.close();
  });

  it('finds Latin text as before', async () => {
    const db = journalBefore();
    const found = await runRel(['search', 'nunez'], { journalPath: db, now: '2026-11-23' });
    expect(found.code, found.stderr).toBe(0);
    expect(found.stdout).toContain('María José [Núñez]');
  });
});
