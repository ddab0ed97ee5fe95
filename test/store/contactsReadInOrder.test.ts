// Listings that read every person read the contacts table in the order it is stored: walked through
// an index (of names, or contacts_drift of migration 0030, which SQLite picks for archived = 0),
// each row is a jump to another page, twice as slow on a large journal (BENCHMARKS.md). rel list
// reads it whole and sorts (src/store/exportRows.ts), a day before the latest conversation reads it
// a range of ids at a time (src/store/today.ts).
import { describe, expect, it } from 'vitest';
import { listedContacts, listedPeople } from '../../src/store/exportRows.js';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { loadEveryone } from '../../src/store/today.js';
import { newJournal } from '../harness/tempFiles.js';

/** The steps that read the contacts table (aliased c) in the plans of what `work` prepares. */
function contactSteps(work: (j: Journal) => void): string[] {
  const path = newJournal();
  const j = new Journal(openJournal(path), path);
  const seen = new Set<string>();
  const prepare = j.db.prepare.bind(j.db);
  j.db.prepare = ((sql: string) => (seen.add(sql), prepare(sql))) as typeof j.db.prepare;
  j.db.prepare("INSERT INTO contacts (name, name_key, created_on, created_at, updated_at) VALUES ('Ann Lee', 'ann lee', '2026-11-23', '', '')").run();
  work(j);
  const params = { tag: null, asOf: '2026-11-23', from: 1, to: 5000, ids: '[]' };
  const steps = [...seen]
    .filter((sql) => /\bFROM contacts c\b/.test(sql))
    .flatMap((sql) => (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>).map((row) => row.detail))
    .filter((step) => /^(SCAN|SEARCH) c\b/.test(step));
  j.close();
  return steps;
}

describe('reading every person', () => {
  it('rel list, in each order and with its lists, scans the table and sorts', () => {
    for (const order of ['name', 'last', 'next'] as const) {
      for (const lists of ['all', 'tags'] as const) {
        const steps = contactSteps((j) => {
          Array.from(listedPeople(j, { archived: 'exclude', order }));
          Array.from(listedContacts(j, { archived: 'exclude', order, lists }));
        });
        expect(steps.length).toBeGreaterThan(0);
        expect(steps.every((step) => step === 'SCAN c'), steps.join('; ')).toBe(true);
      }
    }
  });

  it('a day before the latest conversation reads a range of ids at a time', () => {
    const steps = contactSteps((j) => void Array.from(loadEveryone(j, '2026-11-23')));
    expect(steps).toEqual(['SEARCH c USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)']);
  });
});
