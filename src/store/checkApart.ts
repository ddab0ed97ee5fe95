// PRAGMA quick_check of a backup in a thread of its own, for rel restore: the check reads every
// page and takes all of one core (5.5 s for the 500 MB of a large journal here), and the restore
// has the journal to keep and check meanwhile (backupRestore.ts), which needs the same again. The
// thread opens the backup with better-sqlite3 itself (the addon by path, as open.ts loads it): the
// built CLI bundles rel's modules, so a thread cannot load them by file.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { verdictOf } from './dailyBackups.js';
import { NATIVE_BINDING } from './open.js';

const BETTER_SQLITE3 = createRequire(import.meta.filename).resolve('better-sqlite3');

/** Run as CommonJS in the thread: the rows of quick_check(3), or why the file could not be opened. */
const CHECK = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.library);
let answer;
try {
  const db = new Database(workerData.file, { fileMustExist: true, nativeBinding: workerData.binding });
  try {
    answer = { rows: db.pragma('quick_check(3)').map((r) => r.quick_check) };
  } finally {
    db.close();
  }
} catch (error) {
  answer = { error: String(error && error.message) };
}
parentPort.postMessage(answer);
`;

/** A quick_check under way: `verdict` is 'ok', its findings, or an Error when the file cannot be opened; `stop` ends it unread. */
export interface CheckApart {
  verdict: Promise<string | Error>;
  stop(): Promise<void>;
}

/** Starts quick_check of `file` (opened read-write, as unrestorable opens it, so that SQLite's -wal and -shm go on close). */
export function quickCheckApart(file: string): CheckApart {
  const worker = new Worker(CHECK, { eval: true, workerData: { file, library: BETTER_SQLITE3, binding: NATIVE_BINDING } });
  const verdict = new Promise<string | Error>((resolve, reject) => {
    worker.once('message', (answer: { rows?: string[]; error?: string }) => resolve(answer.rows ? verdictOf(answer.rows) : new Error(answer.error)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the check of ${file} stopped (exit code ${code})`)));
  });
  verdict.catch(() => undefined); // not awaited when the restore stops first: no unhandled rejection then
  return { verdict, stop: async () => void (await worker.terminate()) };
}
