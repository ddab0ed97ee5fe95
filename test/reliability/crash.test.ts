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

function rel(args: string[], killAfterMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [join(ROOT, 'bin', 'rel'), ...args], {
      env: { ...process.env, REL_DB: db, NO_COLOR: '1', REL_NOW: '2026-11-23T10:00:00' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
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
      const killAt = Math.round(importMs * (0.1 + 0.6 * Math.random()));
      const run = await rel(['import', csv], killAt);
      // Uncommitted pages spill into the -wal file: a large one means the kill hit the write itself.
      const walBytes = existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0;
      const after = inspect();
      const whole = after.contacts === before + added.n;
      const none = after.contacts === before;
      outcomes.push(`${killAt} ms: ${run.signal ?? `exit ${run.code}`}, ${none ? 'none' : whole ? 'all' : 'PARTIAL'}, integrity ${after.integrity}, wal ${walBytes} bytes`);
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
