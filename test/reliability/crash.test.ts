// SPEC §8: a `rel import` of 100,000 contacts killed with SIGKILL at random moments, ten times.
// After each kill the journal passes PRAGMA integrity_check and holds all of that import or none
// of it: the import is one transaction, and SQLite's WAL recovers from the kill.
// The trials are what takes the time (each runs an import until its kill); the import is not run
// to the end beforehand to time it: its dry run (the reading and planning half) gives the count it
// adds and the scale of the kills' moments.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeContactsCsv } from '../bench/contacts-csv.mjs';
import { BIN } from '../harness/paths.js';
import { childEnv, spawnRel } from '../harness/spawned.js';
import { tempDir } from '../harness/tempFiles.js';

const ROWS = 100_000;
const TRIALS = 10;
let dir: string;
let csv: string;
let db: string;

type Kill = { afterMs: number } | { walBytes: number };

/** Runs rel; `kill` sends SIGKILL after a time, or once the -wal file (the write in progress) has grown past a size. */
function rel(args: string[], kill?: Kill): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: childEnv({ db }), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const walSize = () => (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);
    const timer =
      kill === undefined
        ? undefined
        : 'afterMs' in kill
          ? setTimeout(() => child.kill('SIGKILL'), kill.afterMs)
          : setInterval(() => walSize() > kill.walBytes && child.kill('SIGKILL'), 10);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(timer);
      resolve({ code, signal, stderr });
    });
  });
}

function inspect(): { integrity: string; contacts: number } {
  const handle = new Database(db);
  try {
    return {
      integrity: handle.pragma('integrity_check', { simple: true }) as string,
      contacts: (handle.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n,
    };
  } finally {
    handle.close();
  }
}

beforeAll(async () => {
  dir = tempDir('rel-crash-');
  csv = join(dir, 'contacts.csv');
  db = join(dir, 'journal.db');
  writeContactsCsv(csv, { rows: ROWS });
  const first = await rel(['add', 'Jane Doe', '--note', 'before the imports']);
  expect(first.code).toBe(0);
}, 120_000);

describe('SIGKILL during a 100,000-row import', () => {
  it(`leaves an intact journal with all or none of the import, ${TRIALS} times out of ${TRIALS}`, async () => {
    // What the import adds, and how long its reading and planning take here (the dry run does
    // that half and writes nothing); the writing takes about as long again, so a whole import is
    // taken as twice the dry run. A kill that lands after the commit still counts (all of it).
    const started = performance.now();
    const dry = await spawnRel(['import', '--dry-run', csv], { db, timeoutMs: 120_000 });
    expect(dry.code, dry.stderr).toBe(0);
    const importMs = 2 * (performance.now() - started);
    const added = { n: Number(/would add (\d+)/.exec(dry.stdout)?.[1]) };
    expect(added.n).toBeGreaterThan(ROWS / 2);

    const outcomes: string[] = [];
    let clean = 0;
    let midWrite = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const before = inspect().contacts;
      // Half the kills at a random moment of the whole run (reading, parsing or writing), half
      // once the transaction's writes have begun to spill into the -wal file.
      const kill: Kill = trial % 2 === 0 ? { afterMs: Math.round(importMs * (0.1 + 0.8 * Math.random())) } : { walBytes: Math.round(1e6 + 15e6 * Math.random()) };
      const killAt = 'afterMs' in kill ? `${kill.afterMs} ms` : `wal > ${kill.walBytes} bytes`;
      const run = await rel(['import', csv], kill);
      // Uncommitted pages spill into the -wal file: a large one means the kill hit the write itself.
      const walBytes = existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0;
      const after = inspect();
      const whole = after.contacts === before + added.n;
      const none = after.contacts === before;
      outcomes.push(`${killAt}: ${run.signal ?? `exit ${run.code}`}, ${none ? 'none' : whole ? 'all' : 'PARTIAL'}, integrity ${after.integrity}, wal ${walBytes} bytes`);
      if (walBytes > 1_000_000) midWrite++;
      if (after.integrity === 'ok' && (whole || none)) clean++;
      // A completed import makes the next one match everyone: start the next trial from scratch.
      if (whole) {
        rmSync(db, { force: true });
        rmSync(`${db}-wal`, { force: true });
        rmSync(`${db}-shm`, { force: true });
        expect((await rel(['add', 'Jane Doe', '--note', 'before the imports'])).code).toBe(0);
      }
    }
    console.log(`crash safety: ${clean}/${TRIALS} kill trials clean, ${midWrite} killed while writing (import of ${ROWS} rows taken as ${Math.round(importMs)} ms here)\n  ${outcomes.join('\n  ')}`);
    expect(clean).toBe(TRIALS);
    expect(midWrite).toBeGreaterThan(0); // some kills landed in the middle of the transaction's writes
  }, 600_000); // ten imports of 100,000 rows: about 100 s on a quiet machine, several minutes on a busy one
});
