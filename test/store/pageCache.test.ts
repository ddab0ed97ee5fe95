// The page cache of a run (READING_CACHE in src/store/open.ts): 256 KB while a command only
// reads, so that a read of thousands of pages reuses the memory of the ones it drops; the
// 16 MB of better-sqlite3 from a run's first write on, so that a bulk write keeps its changed pages.
import { describe, expect, it } from 'vitest';
import { insertContact } from '../../src/store/contacts.js';
import type { Journal } from '../../src/store/journal.js';
import { READING_CACHE } from '../../src/store/open.js';
import { openStoreJournal } from '../harness/storeJournal.js';

const AT = '2026-11-23T10:00:00.000Z';
const cacheSize = (j: Journal): number => j.db.pragma('cache_size', { simple: true }) as number;

describe('the page cache', () => {
  it('is 256 KB while a run reads', () => {
    const j = openStoreJournal();
    expect(READING_CACHE).toBe(-256);
    expect(cacheSize(j)).toBe(READING_CACHE);
    expect(j.db.pragma('mmap_size', { simple: true })).toBe(0);
    j.close();
  });

  it('widens for a write, and stays wide for the rest of the run', () => {
    const j = openStoreJournal();
    let during: number | undefined;
    j.write(() => {
      during = cacheSize(j);
      insertContact(j, { name: 'Jane Doe' }, '2026-11-23', AT);
    });
    expect(during).toBe(-16000);
    expect(cacheSize(j)).toBe(-16000);
    j.close();
  });

  it('widens for a write outside the undo history too', () => {
    const j = openStoreJournal();
    j.writeUnlogged(() => insertContact(j, { name: 'Jane Doe' }, '2026-11-23', AT));
    expect(cacheSize(j)).toBe(-16000);
    j.close();
  });
});
