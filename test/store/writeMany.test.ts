// Journal.writeMany (an import, a restore): a write like any other, one undoable change, whose
// statements keep their rollback copies in memory; the connection is left as it was, even when
// the work fails.
import { describe, expect, it } from 'vitest';
import { insertContact } from '../../src/store/contacts.js';
import type { Journal } from '../../src/store/journal.js';
import { openStoreJournal } from '../harness/storeJournal.js';

const MEMORY = 2;
const tempStore = (j: Journal): number => j.db.pragma('temp_store', { simple: true }) as number;

describe('Journal.writeMany', () => {
  it('keeps statement journals in memory during the work only, and is one change of the undo history', () => {
    const j = openStoreJournal();
    const before = tempStore(j);
    expect(before).not.toBe(MEMORY);
    let during: number | undefined;
    j.writeMany(() => {
      during = tempStore(j);
      insertContact(j, { name: 'Jane Doe' }, '2026-11-23', '2026-11-23T10:00:00.000Z');
      insertContact(j, { name: 'Tom Doe' }, '2026-11-23', '2026-11-23T10:00:00.000Z');
    }, 'import two');
    expect(during).toBe(MEMORY);
    expect(tempStore(j)).toBe(before);
    expect(j.db.prepare("SELECT description FROM undo_changes ORDER BY id DESC LIMIT 1").pluck().get()).toBe('import two');
    j.close();
  });

  it('after work that fails, has written nothing and leaves the connection as it was', () => {
    const j = openStoreJournal();
    const before = tempStore(j);
    expect(() =>
      j.writeMany(() => {
        insertContact(j, { name: 'Jane Doe' }, '2026-11-23', '2026-11-23T10:00:00.000Z');
        throw new Error('the file ends early');
      }),
    ).toThrow('the file ends early');
    expect(tempStore(j)).toBe(before);
    expect(j.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
    j.close();
  });
});
