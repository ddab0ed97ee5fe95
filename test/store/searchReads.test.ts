// How rel search reads the people of an AND or a NOT between words of thousands of people each:
// read as sets met in memory past 2,000 (peopleOf in src/store/search.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { parseSearch } from '../../src/domain/searchQuery.js';
import { searchJournal } from '../../src/store/search.js';

const AT = '2026-11-23T10:00:00.000Z';
const PEOPLE = 17_000;
/** The people with a detail about tulips: more than an AND or a NOT reads a word among (2,000). */
const TULIPS = 3000;
/** The people with a detail that says "dozen": the first of them. */
const DOZEN = 600;
let dir: string;
let j: Journal;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rel-search-reads-'));
  const path = join(dir, 'rel.db');
  j = new Journal(openJournal(path), path);
  const db = j.db;
  db.transaction(() => {
    const contact = db.prepare("INSERT INTO contacts (name, name_key, created_on, created_at, updated_at) VALUES (?, ?, '2026-11-01', ?, ?)");
    for (let i = 1; i <= PEOPLE; i++) contact.run(`Person ${i}`, `person ${i}`, AT, AT);
    const tulips = db.prepare("INSERT INTO details (contact_id, text, created_at) VALUES (?, 'weekly tulips', ?)");
    for (let i = 1; i <= TULIPS; i++) tulips.run(i, AT);
    const detail = db.prepare("INSERT INTO details (contact_id, text, created_at) VALUES (?, 'a dozen roses', ?)");
    for (let i = 1; i <= DOZEN; i++) detail.run(i, AT);
  })();
}, 60_000);

afterAll(() => {
  j.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('how rel search reads the index', () => {
  it('finds the people of AND and NOT between words of thousands of people each', () => {
    const people = (query: string): number[] => [...new Set(searchJournal(j, parseSearch(query), 20_000).map((hit) => hit.contactId))].sort((a, b) => a - b);
    const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    expect(people('person tulips')).toEqual(range(1, TULIPS));
    expect(people('tulips person')).toEqual(range(1, TULIPS));
    expect(people('person NOT tulips')).toEqual(range(TULIPS + 1, PEOPLE));
    expect(people('tulips NOT person')).toEqual([]);
    expect(people('person tulips dozen')).toEqual(range(1, DOZEN));
  });
});
