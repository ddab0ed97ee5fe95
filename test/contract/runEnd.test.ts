// A run ends as soon as its command is done (src/main.ts), yet never before what it wrote is out.
// When stdout is a pipe Node has made non-blocking (it does so for its own stream of a pipe) and
// the reader is away, rel's writes queue on Node's stream once the pipe is full (src/stdout.ts),
// and the run must wait for them to drain.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO } from '../harness/paths.js';
import { childEnv, spawnRel } from '../harness/spawned.js';
import { newJournal, tempDir } from '../harness/tempFiles.js';

/** Sets up process.stdout before rel runs: for a pipe, Node makes fd 1 non-blocking. */
const NON_BLOCKING_STDOUT = join(tempDir(), 'stdout-stream.cjs');
writeFileSync(NON_BLOCKING_STDOUT, 'process.stdout;\n');

/** `rel ARGS` with a non-blocking stdout that nobody reads for `awayMs`, then read to the end. */
function readLate(args: string[], db: string, awayMs: number): Promise<{ code: number | null; stdout: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', NON_BLOCKING_STDOUT, BIN, ...args], { cwd: REPO, env: childEnv({ db }), stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk)).pause();
    setTimeout(() => child.stdout.resume(), awayMs);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks) }));
  });
}

describe('the end of a run', () => {
  it('waits for a listing that filled its pipe to be read whole', async () => {
    const db = newJournal();
    const csv = join(tempDir(), 'people.csv');
    const rows = Array.from({ length: 3000 }, (_, i) => `Person${i} Tester,p${i}@example.com,likes tennis and long walks by the sea`);
    writeFileSync(csv, ['Name,Email,Notes', ...rows, ''].join('\n'));
    expect((await spawnRel(['import', csv], { db })).code).toBe(0);

    const promptly = await spawnRel(['list', '--json'], { db });
    expect(promptly.code).toBe(0);
    expect(Buffer.byteLength(promptly.stdout)).toBeGreaterThan(1_000_000); // more than a pipe and a socket hold

    const late = await readLate(['list', '--json'], db, 300);
    expect(late.code).toBe(0);
    expect(late.stdout.length).toBe(Buffer.byteLength(promptly.stdout));
    expect(late.stdout.toString('utf8')).toBe(promptly.stdout);
  }, 30_000);

  it('keeps the exit code of a run that ends at once', async () => {
    const db = newJournal();
    expect((await spawnRel(['show', 'nobody'], { db })).code).toBe(1);
    expect((await spawnRel(['today', '--limit', 'x'], { db })).code).toBe(2);
    expect((await spawnRel(['today'], { db })).code).toBe(0);
  });
});
