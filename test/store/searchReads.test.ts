// How rel search reads the index (src/store/search.ts): through the memory map, unless the query
// matches at least 3% of the index's records, counted against FTS5's own count of them (the first
// varint of its averages record). The journal holds more than 16,384 records, so that count takes
// three bytes of varint, as on any large journal. The people of an AND or a NOT between words of
// thousands of people each, read as sets met in memory past 2,000 (peopleOf).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { parseSearch } from '../../src/domain/searchQuery.js';
import { matchesManyRecords, searchJournal } from '../../src/store/search.js';

const AT = '2026-11-23T10:00:00.000Z';
const PEOPLE = 17_000;
/** The people with a detail about tulips: more than an AND or a NOT reads a word among (2,000). */
const TULIPS = 3000;
let dir: string;
let j: Journal;
let withWord: number;

/** The smallest number of records that is at least 3% of the index once they are added to `records`. */
function atThreePercent(records: number): number {
  let k = 1;
  while (k < Math.ceil((records + k) * 0.03)) k++;
  return k;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rel-search-reads-'));
  const path = join(dir, 'rel.db');
  j = new Journal(openJournal(path), path);
  expect(matchesManyRecords(j, '"dozen"')).toBe(false); // an empty index
  const db = j.db;
  db.transaction(() => {
    const contact = db.prepare("INSERT INTO contacts (name, name_key, created_on, created_at, updated_at) VALUES (?, ?, '2026-11-01', ?, ?)");
    for (let i = 1; i <= PEOPLE; i++) contact.run(`Person ${i}`, `person ${i}`, AT, AT);
    const tulips = db.prepare("INSERT INTO details (contact_id, text, created_at) VALUES (?, 'weekly tulips', ?)");
    for (let i = 1; i <= TULIPS; i++) tulips.run(i, AT);
    const records = db.prepare('SELECT count(*) FROM search_index_docsize').pluck().get() as number;
    withWord = atThreePercent(records);
    // Every detail says "dozen"; all but the last say "fewer" too: one record short of 3%.
    const detail = db.prepare("INSERT INTO details (contact_id, text, created_at) VALUES (?, ?, ?)");
    for (let i = 1; i <= withWord; i++) detail.run(i, i < withWord ? 'a dozen fewer roses' : 'a dozen roses', AT);
  })();
}, 60_000);

afterAll(() => {
  j.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('how rel search reads the index', () => {
  it('counts the records as FTS5 does', () => {
    const records = j.db.prepare('SELECT count(*) FROM search_index_docsize').pluck().get() as number;
    expect(records).toBeGreaterThan(16_384);
    expect(withWord).toBe(Math.ceil(records * 0.03));
  });

  it('reads through the page cache from 3% of the records on, and through the map below', () => {
    expect(matchesManyRecords(j, '"dozen"')).toBe(true);
    expect(matchesManyRecords(j, '"fewer"')).toBe(false);
    expect(matchesManyRecords(j, '"roses"')).toBe(true);
    expect(matchesManyRecords(j, '"person"')).toBe(true);
    expect(matchesManyRecords(j, '"17000"')).toBe(false);
  });

  it('rel search maps the file for a rare word, and not for a common one', () => {
    const mapped = (): number => j.db.pragma('mmap_size', { simple: true }) as number;
    expect(searchJournal(j, parseSearch('dozen'), 5)).toHaveLength(5);
    expect(mapped()).toBe(0);
    expect(searchJournal(j, parseSearch('17000'), 5)).toHaveLength(1);
    expect(mapped()).toBeGreaterThan(0);
    expect(searchJournal(j, parseSearch('roses'), 5)).toHaveLength(5);
    expect(mapped()).toBe(0);
  });

  it('finds the people of AND and NOT between words of thousands of people each', () => {
    const people = (query: string): number[] => [...new Set(searchJournal(j, parseSearch(query), 20_000).map((hit) => hit.contactId))].sort((a, b) => a - b);
    const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    expect(people('person tulips')).toEqual(range(1, TULIPS));
    expect(people('tulips person')).toEqual(range(1, TULIPS));
    expect(people('person NOT tulips')).toEqual(range(TULIPS + 1, PEOPLE));
    expect(people('tulips NOT person')).toEqual([]);
    expect(people('person tulips dozen')).toEqual(range(1, withWord));
  });
});
