// Journal.othersMark: what a check made before a write compares under the write lock. It must stay
// the same through this connection's own writes (write() opens the undo history's change before
// any work) and change with any commit of another connection.
import { describe, expect, it } from 'vitest';
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { newJournal } from '../harness/tempFiles.js';

describe('Journal.othersMark', () => {
  it('stays through this connection own writes, and moves when another commits', () => {
    const path = newJournal();
    const j = new Journal(openJournal(path), path);
    const other = new Journal(openJournal(path), path);
    const before = j.othersMark();
    const insert = "INSERT INTO contacts (name, name_key, created_on, created_at, updated_at) VALUES (?, ?, '2026-11-23', '', '')";
    const insideOwnWrite = j.write(() => {
      j.stmt(insert).run('Ann Lee', 'ann lee');
      return j.othersMark();
    });
    expect([insideOwnWrite, j.othersMark()]).toEqual([before, before]);
    other.write(() => void other.stmt(insert).run('Bob Ray', 'bob ray'));
    const afterOther = j.othersMark();
    expect(afterOther).not.toBe(before);
    expect(j.write(() => j.othersMark())).toBe(afterOther);
    other.close();
    j.close();
  });
});
