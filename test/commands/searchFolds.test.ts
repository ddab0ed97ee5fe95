// rel search folds every Latin letter as names do (issue 11, SPEC §3): `rel search lukasz` finds
// Łukasz Wróbel in every kind of record, and the snippet shows the user's own letters, marked.
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/domain/names.js';
import { buildJournal, migrationFiles } from '../fixtures/make-journal-v1.mjs';
import { makeJournal, type TestJournal } from '../harness/journal.js';

describe('rel search folds every letter', () => {
  let j: TestJournal;
  beforeAll(async () => {
    j = makeJournal();
    await j.ok(['contact', 'add', 'Łukasz Wróbel', '--company', 'Øresund Blomster', '--alias', 'Łukas']);
    await j.ok(['add', 'lukasz', '--via', 'meeting', '--note', 'Met him at the flower market on the Straße by the station', '--complaint']);
    await j.ok(['resolve', '1', '--note', 'sent a new vase from Kraków']);
    await j.ok(['contact', 'add', 'Søren Ørsted', '--role', 'Þjónn']);
    await j.ok(['remember', 'soren', 'daughter Ðóra plays golf']);
    await j.ok(['remind', 'soren', 'send the Æble catalog to Işıl', '--on', '2026-11-30']);
    await j.ok(['add', 'Jane Doe', '--note', 'Long talk about the spring catalog, the tulips, the wedding in June, her husband Tom and finally about Søren who sent her']);
  });

  it('finds Łukasz by lukasz and by łukasz, in his name, with his own letters marked', async () => {
    const plain = await j.ok(['search', 'lukasz']);
    expect(plain).toMatch(/^Łukasz Wróbel #1\n {2}contact +\[Łukasz\] Wróbel · Łukas · Øresund Blomster$/m);
    expect(await j.ok(['search', 'łukasz'])).toBe(plain);
    expect(await j.ok(['search', 'ŁUKASZ'])).toBe(plain);
    expect(await j.ok(['search', 'luk*'])).toContain('[Łukasz] Wróbel · [Łukas] · Øresund Blomster');
  });

  it('finds Søren by soren, and a phrase across folded and accented words', async () => {
    expect(await j.ok(['search', 'soren'])).toMatch(/^Søren Ørsted #2\n {2}contact +\[Søren\] Ørsted · Þjónn$/m);
    expect(await j.ok(['search', '"lukasz wrobel"'])).toContain('[Łukasz Wróbel]');
    expect(await j.ok(['search', 'wróbel'])).toContain('Łukasz [Wróbel]');
  });

  it('finds the letters in every kind of record: alias, company, role, note, resolution, detail, follow-up', async () => {
    expect(await j.ok(['search', 'lukas'])).toContain('Łukasz Wróbel · [Łukas] · Øresund Blomster');
    expect(await j.ok(['search', 'oresund'])).toContain('Łukasz Wróbel · Łukas · [Øresund] Blomster');
    expect(await j.ok(['search', 'thjonn'])).toContain('Søren Ørsted · [Þjónn]');
    expect(await j.ok(['search', 'strasse'])).toMatch(/^ {2}meeting, complaint +2026-11-23 +Met him at the flower market on the \[Straße\] by the station… \[conversation 1\]$/m);
    expect(await j.ok(['search', 'krakow'])).toContain('[Kraków] [conversation 1]');
    expect(await j.ok(['search', 'dora'])).toMatch(/^ {2}detail +daughter \[Ðóra\] plays golf \[detail 1\]$/m);
    expect(await j.ok(['search', 'aeble', 'isil'])).toMatch(/^ {2}reminder +2026-11-30 +send the \[Æble\] catalog to \[Işıl\] \[reminder 1\]$/m);
  });

  it('shows the stretch of a long note around the match in the note’s own letters', async () => {
    const found = await j.ok(['search', 'soren', 'tom']);
    expect(found).toContain('Jane Doe #3\n');
    expect(found).toMatch(/^ {2}conversation +2026-11-23 +…in June, her husband \[Tom\] and finally about \[Søren\] who sent her \[conversation 2\]$/m);
  });

  it('gives the same snippet in JSON, marked with brackets', async () => {
    const [result] = await j.json(['search', 'strasse', '--json']);
    expect(result.matches[0].snippet).toBe('Met him at the flower market on the [Straße] by the station…');
  });

  it('still finds what the tokenizer folded before, and nothing more', async () => {
    expect(await j.ok(['search', 'krakow'])).toContain('Łukasz Wróbel #1');
    expect((await j.rel(['search', 'lukaszz'])).stdout).toBe('');
  });
});

describe('a journal made before the search folded every letter', () => {
  it('is found by the plain letters once rel has upgraded it', async () => {
    const j = makeJournal();
    const before = migrationFiles().findIndex((f) => f.endsWith('_search_folds_every_letter.sql'));
    buildJournal(j.db, before, { nameKey: normalizeName });
    const db = new Database(j.db);
    db.prepare("INSERT INTO contacts (name, name_key, created_on, created_at, updated_at) VALUES ('Łukasz Wróbel', 'lukasz wrobel', '2026-11-01', 'x', 'x')").run();
    db.prepare("INSERT INTO details (contact_id, text, created_at) VALUES (6, 'lives on the Hauptstraße', 'x')").run();
    db.close();

    const result = await j.rel(['search', 'lukasz']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^rel: backed up the journal to .+ before upgrading it\n$/);
    expect(result.stdout).toBe('Łukasz Wróbel #6\n  contact  [Łukasz] Wróbel\n');
    expect(await j.ok(['search', 'hauptstrasse'])).toBe('Łukasz Wróbel #6\n  detail  lives on the [Hauptstraße] [detail 6]\n');
    // What the seeds held is found as before.
    expect(await j.ok(['search', 'nunez'])).toContain('María José [Núñez]');
  });
});

