// The checker's side of a large journal's daily copy (src/backupCheck.ts, a process of its own that
// the first write of a day starts, src/store/dailyBackups.ts): the copy made from a read snapshot
// while that write goes in, and the check that makes a copy the day's backup or flags the journal.
import { renameSync } from 'node:fs';
import { flagDamaged } from './backupFiles.js';
import { checkCopy, madeNow, pruneBackups, quickCheck, removeCopy, type UncheckedCopy } from './dailyBackups.js';
import { copyAtSnapshot } from './journalCopy.js';
import { connect, type Db } from './open.js';

/**
 * The checker's side of a copy made apart (startCopying): takes a read snapshot of the journal,
 * says so (`ready`), copies what the snapshot holds, whatever the run that started it writes
 * meanwhile, lets it go, and checks the copy (finishUncheckedCopy). Returns what the check said.
 * Until it is ready the copy is the starting run's; after, a copy that fails is removed, so that
 * the next write of the day makes one again.
 */
export async function copyFromSnapshot(unchecked: UncheckedCopy, ready: () => void): Promise<string> {
  let owned = false;
  try {
    await copyAtSnapshot(unchecked.journal, unchecked.copy, () => {
      owned = true;
      ready();
    });
    madeNow(unchecked.copy);
  } catch (error) {
    if (owned) removeCopy(unchecked.copy);
    throw error;
  }
  return finishUncheckedCopy(unchecked);
}

/**
 * The check of a copy made for later (src/backupCheck.ts): a whole copy becomes the day's backup
 * and the oldest are pruned; a damaged one is thrown away, and the journal checked: if it is
 * damaged, it is flagged as it would have been before the write; if it is whole, the next write
 * of the day makes a new copy. Returns what quick_check said of the copy.
 */
export function finishUncheckedCopy(unchecked: UncheckedCopy): string {
  try {
    const verdict = checkCopy(unchecked.copy);
    if (verdict === 'ok') {
      renameSync(unchecked.copy, unchecked.target);
      pruneBackups(unchecked.journal, unchecked.keep);
    } else {
      const journalVerdict = checkJournal(unchecked.journal);
      if (journalVerdict !== 'ok') flagDamaged(unchecked.journal, unchecked.today, journalVerdict);
    }
    return verdict;
  } finally {
    removeCopy(unchecked.copy);
  }
}

/** What quick_check says of the journal itself, opened on its own and only to read. */
function checkJournal(journal: string): string {
  let db: Db | undefined;
  try {
    db = connect(journal, { fileMustExist: true, readonly: true });
    return quickCheck(db);
  } catch (error) {
    return (error as Error).message;
  } finally {
    db?.close();
  }
}
