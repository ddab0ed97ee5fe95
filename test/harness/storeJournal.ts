// A journal opened straight through the store, for tests of the store itself: a new one in a
// temporary directory (removed after the test file), or the one at `path`.
import { Journal } from '../../src/store/journal.js';
import { openJournal } from '../../src/store/open.js';
import { newJournal } from './tempFiles.js';

export function openStoreJournal(path: string = newJournal()): Journal {
  return new Journal(openJournal(path), path);
}
