// The code cache (src/codeCache.ts) is invisible: a run with a cache, without one, with a stale or
// garbled one, or with a changed file prints the same. Each test runs its own copy of bin/ and
// dist/ (node_modules and migrations linked), so that it owns the cache it looks at.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFileOf } from '../../src/codeCache.js';
import { childEnv } from '../harness/spawned.js';
import { REPO } from '../harness/paths.js';
import { newJournal, tempDir } from '../harness/tempFiles.js';

/** A copy of the built CLI of its own. */
function copyOfRel(): string {
  const root = tempDir('rel-codecache-');
  for (const dir of ['bin', 'dist']) cpSync(join(REPO, dir), join(root, dir), { recursive: true, filter: (source) => !source.includes('.cache') });
  for (const link of ['node_modules', 'migrations', 'package.json']) symlinkSync(join(REPO, link), join(root, link));
  return root;
}

function run(root: string, db: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'rel'), ...args], { encoding: 'utf8', env: childEnv({ db }) });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

const cacheFiles = (root: string): string[] => readdirSync(join(root, 'dist', '.cache')).sort();

describe('the code cache', () => {
  it('is written by the first run, read by the next, and changes nothing they print', () => {
    const root = copyOfRel();
    const db = newJournal();
    run(root, db, 'add', 'Jane Doe', '--via', 'call', '--note', 'catalog');
    const first = run(root, db, 'show', 'jane');
    const files = cacheFiles(root);
    expect(files.some((f) => f.startsWith('main.js.'))).toBe(true);
    const written = files.map((f) => statSync(join(root, 'dist', '.cache', f)).mtimeMs);
    expect(run(root, db, 'show', 'jane')).toBe(first);
    // Accepted as it was: nothing rewritten.
    expect(cacheFiles(root).map((f) => statSync(join(root, 'dist', '.cache', f)).mtimeMs)).toEqual(written);
  });

  it('a garbled cache is refused by V8, the files compiled as usual and the cache written again', () => {
    const root = copyOfRel();
    const db = newJournal();
    const before = run(root, db, 'today');
    for (const file of cacheFiles(root)) writeFileSync(join(root, 'dist', '.cache', file), Buffer.alloc(2048, 7));
    expect(run(root, db, 'today')).toBe(before);
    for (const file of cacheFiles(root)) expect(readFileSync(join(root, 'dist', '.cache', file)).equals(Buffer.alloc(2048, 7)), file).toBe(false);
  });

  it('a changed file is never given the cache of its former self', () => {
    const root = copyOfRel();
    const main = join(root, 'dist', 'main.js');
    const before = cacheFileOf(join(root, 'dist'), main);
    writeFileSync(main, `${readFileSync(main, 'utf8')}// changed\n`);
    utimesSync(main, new Date(), new Date(Date.now() + 5_000));
    const after = cacheFileOf(join(root, 'dist'), main);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
  });
});
