// SPEC §8: a `rel import` of 100,000 contacts killed with SIGKILL at random moments, ten times.
// After each kill the journal passes PRAGMA integrity_check and holds all of that import or none
// of it: the import is one transaction, and SQLite's WAL recovers from the kill.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeContactsCsv } from '../bench/contacts-csv.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const ROWS = 100_000;
const TRIALS = 10;
let dir: string;
let csv: string;
let db: string;

type Kill = { afterMs: number } | { walBytes: number };

/** Runs rel; `kill` sends SIGKILL after a time, or once the -wal file (the write in progress) has grown past a size. */
function rel(args: string[], kill?: Kill): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [join(ROOT, 'bin', 'rel'), ...args], {
      env: { ...process.env, REL_DB: db, NO_COLOR: '1', REL_NOW: '2026-11-23T10:00:00' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
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
  dir = mkdtempSync(join(tmpdir(), 'rel-crash-'));
  csv = join(dir, 'contacts.csv');
  db = join(dir, 'journal.db');
  writeContactsCsv(csv, { rows: ROWS });
  const first = await rel(['add', 'Jane Doe', '--note', 'before the imports']);
  expect(first.code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SIGKILL during a 100,000-row import', () => {
  it(`leaves an intact journal with all or none of the import, ${TRIALS} times out of ${TRIALS}`, async () => {
    // How long a whole import takes here, so that kills land inside it.
    const probe = join(dir, 'probe.db');
    const started = performance.now();
    const full = await new Promise<number | null>((resolve) => {
      const child = spawn('node', [join(ROOT, 'bin', 'rel'), 'import', csv], { env: { ...process.env, REL_DB: probe }, stdio: 'ignore' });
      child.on('close', resolve);
    });
    expect(full).toBe(0);
    const importMs = performance.now() - started;
    const added = new Database(probe).prepare('SELECT count(*) AS n FROM contacts').get() as { n: number };

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
    console.log(`crash safety: ${clean}/${TRIALS} kill trials clean, ${midWrite} killed while writing (import of ${ROWS} rows takes ${Math.round(importMs)} ms here)\n  ${outcomes.join('\n  ')}`);
    expect(clean).toBe(TRIALS);
    expect(midWrite).toBeGreaterThan(0); // some kills landed in the middle of the transaction's writes
  }, 300_000);
});
