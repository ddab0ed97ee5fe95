// A run ends as soon as its command is done (src/main.ts), yet never before what it wrote is out.
// Into a pipe that fills while its reader is away, rel's writes queue on Node's stream (the pipe
// is non-blocking, as Node's own children's pipes are: src/stdout.ts), and the run must wait for
// them to drain; so must an error's line and exit code.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO } from '../harness/paths.js';
import { childEnv, spawnRel } from '../harness/spawned.js';
import { newJournal, tempDir } from '../harness/tempFiles.js';

/** `rel ARGS` whose stdout nobody reads for `awayMs`, then read to the end. */
function readLate(args: string[], db: string, awayMs: number): Promise<{ code: number | null; stdout: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: childEnv({ db }), stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.pause();
    setTimeout(() => child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk)).resume(), awayMs);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks) }));
  });
}

describe('the end of a run', () => {
  it('waits for an export that filled its pipe to be read whole', async () => {
    const db = newJournal();
    const csv = join(tempDir(), 'people.csv');
    const rows = Array.from({ length: 3000 }, (_, i) => `Person${i} Tester,p${i}@example.com,likes tennis and long walks by the sea`);
    writeFileSync(csv, ['Name,Email,Notes', ...rows, ''].join('\n'));
    expect((await spawnRel(['import', csv], { db })).code).toBe(0);

    const promptly = await spawnRel(['export', 'contacts'], { db });
    expect(promptly.code).toBe(0);
    expect(Buffer.byteLength(promptly.stdout)).toBeGreaterThan(2 * 65_536); // more than a pipe holds (64 KB on Linux)

    const late = await readLate(['export', 'contacts'], db, 300);
    expect(late.code).toBe(0);
    expect(late.stdout.toString('utf8')).toBe(promptly.stdout);
  }, 30_000);

  it('keeps the exit code of a run that ends at once', async () => {
    const db = newJournal();
    expect((await spawnRel(['show', 'nobody'], { db })).code).toBe(1);
    expect((await spawnRel(['today', '--limit', 'x'], { db })).code).toBe(2);
    expect((await spawnRel(['today'], { db })).code).toBe(0);
  });
});
