// How dist/ is loaded (src/codeCache.ts) is invisible: a run with the code cache, without one,
// with a stale or garbled one, or with a changed file prints the same, and every file of dist/ is
// loaded once. Each test runs its own copy of bin/ and dist/ (node_modules and migrations linked),
// so that it owns the cache it looks at.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CachePack, cacheKeyOf, packFileOf } from '../../src/codeCache.js';
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

function run(root: string, db: string, args: string[], nodeArgs: string[] = []): string {
  const result = spawnSync(process.execPath, [...nodeArgs, join(root, 'bin', 'rel'), ...args], { encoding: 'utf8', env: childEnv({ db }) });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** A copy of rel with a new journal, and what a first run of `args` printed (which wrote the pack). */
function afterFirstRun(args: string[]): { root: string; db: string; before: string } {
  const root = copyOfRel();
  const db = newJournal();
  return { root, db, before: run(root, db, args) };
}

const packOf = (root: string): string => packFileOf(join(root, 'dist'));
const mainKey = (root: string): string => cacheKeyOf(join(root, 'dist', 'main.js')) as string;

describe('the code cache', () => {
  it('is written by the first run, read by the next, and changes nothing they print', () => {
    const root = copyOfRel();
    const db = newJournal();
    run(root, db, ['add', 'Jane Doe', '--via', 'call', '--note', 'catalog']);
    const first = run(root, db, ['show', 'jane']);
    expect(CachePack.open(packOf(root)).get('main.js', mainKey(root))).toBeInstanceOf(Buffer);
    const written = statSync(packOf(root)).mtimeMs;
    expect(run(root, db, ['show', 'jane'])).toBe(first);
    // Accepted as it was: nothing rewritten.
    expect(statSync(packOf(root)).mtimeMs).toBe(written);
  });

  it('a run of another kind adds the functions it ran to the caches it used, once', () => {
    const root = copyOfRel();
    const db = newJournal();
    run(root, db, ['add', 'Jane Doe', '--via', 'call', '--note', 'catalog']);
    expect(CachePack.open(packOf(root)).usesOf('main.js')).toEqual(['add']);
    const shown = run(root, db, ['show', 'jane']);
    expect(CachePack.open(packOf(root)).usesOf('main.js')).toEqual(['add', 'show']);
    const written = statSync(packOf(root)).mtimeMs;
    expect(run(root, db, ['show', 'jane'])).toBe(shown);
    run(root, db, ['add', 'Jane Doe', '--via', 'call', '--note', 'again']);
    expect(statSync(packOf(root)).mtimeMs).toBe(written);
  });

  it('a garbled pack is read as none, the files compiled as usual and the pack written again', () => {
    const { root, db, before } = afterFirstRun(['today']);
    writeFileSync(packOf(root), Buffer.alloc(4096, 7));
    expect(run(root, db, ['today'])).toBe(before);
    expect(CachePack.open(packOf(root)).get('main.js', mainKey(root))).toBeInstanceOf(Buffer);
  });

  it('an entry V8 refuses is compiled as usual and written again', () => {
    const { root, db, before } = afterFirstRun(['today']);
    const pack = readFileSync(packOf(root));
    const headerEnd = 8 + pack.readUInt32LE(4);
    pack.fill(7, headerEnd); // every entry's bytes garbled, the header intact
    writeFileSync(packOf(root), pack);
    expect(run(root, db, ['today'])).toBe(before);
    const entry = CachePack.open(packOf(root)).get('main.js', mainKey(root));
    expect(entry?.equals(Buffer.alloc(entry.length, 7))).toBe(false);
  });

  it('a changed file is never given the cache of its former self', () => {
    const { root, db, before } = afterFirstRun(['--version']);
    const main = join(root, 'dist', 'main.js');
    const oldKey = mainKey(root);
    writeFileSync(main, `${readFileSync(main, 'utf8')}// changed\n`);
    utimesSync(main, new Date(), new Date(Date.now() + 5_000));
    expect(mainKey(root)).not.toBe(oldKey);
    expect(CachePack.open(packOf(root)).get('main.js', mainKey(root))).toBeUndefined();
    expect(run(root, db, ['--version'])).toBe(before);
    expect(CachePack.open(packOf(root)).get('main.js', mainKey(root))).toBeInstanceOf(Buffer);
  });

  it('a read-only install runs without writing a cache', () => {
    const { db, before } = afterFirstRun(['today']);
    const readOnly = copyOfRel();
    // A directory where .cache should be is a place no pack can be written.
    cpSync(join(REPO, 'package.json'), join(readOnly, 'dist', '.cache'));
    expect(run(readOnly, db, ['today'])).toBe(before);
    expect(existsSync(packOf(readOnly))).toBe(false);
  });

  it('loads each file of dist/ once, under its own path, as Node would', () => {
    const root = copyOfRel();
    const db = newJournal();
    const probe = join(tempDir('rel-probe-'), 'probe.cjs');
    writeFileSync(
      probe,
      `process.on('exit', () => { const dist = ${JSON.stringify(join(root, 'dist'))}; const keys = Object.keys(require.cache).filter((k) => k.startsWith(dist));` +
        ` process.stderr.write(JSON.stringify(keys.map((k) => [k, require('node:path').resolve(k), require.cache[k].loaded])) + '\\n'); });\n`,
    );
    for (let round = 0; round < 2; round++) {
      const result = spawnSync(process.execPath, ['--require', probe, join(root, 'bin', 'rel'), 'add', 'Jane Doe', '--note', 'hi'], { encoding: 'utf8', env: childEnv({ db }) });
      expect(result.status, result.stderr).toBe(0);
      const loaded = JSON.parse(result.stderr.trim().split('\n').at(-1) as string) as [string, string, boolean][];
      expect(loaded.length).toBeGreaterThan(5);
      for (const [key, resolved, done] of loaded) {
        expect(key).toBe(resolved);
        expect(done).toBe(true);
      }
    }
  });
});
