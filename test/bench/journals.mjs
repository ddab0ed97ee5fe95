// The benchmark's inputs, cached under test/bench/out/ (git-ignored) so re-runs start at once.
// A file's name carries its size and a digest of the migrations and of the generator's own source:
// a new migration or a generator change regenerates it instead of letting rel migrate (and back
// up) a 200 MB journal inside a timed run. Stale files of the same kind are removed.
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATOR_VERSION, generateJournal } from './generate.mjs';
import { writeContactsCsv } from './contacts-csv.mjs';

export const OUT_DIR = fileURLToPath(new URL('./out/', import.meta.url));
const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
const GENERATOR_FILES = ['generate.mjs', 'people.mjs', 'vocabulary.mjs', 'random.mjs', 'contacts-csv.mjs', 'relations.mjs'];

/** What the generated data depends on: the schema and the generator itself. */
function inputsDigest() {
  const hash = createHash('sha256');
  for (const f of readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.sql')).sort()) {
    hash.update(`${f}\n`).update(readFileSync(join(MIGRATIONS_DIR, f)));
  }
  for (const f of GENERATOR_FILES) hash.update(`${f}\n`).update(readFileSync(new URL(`./${f}`, import.meta.url)));
  return hash.digest('hex').slice(0, 10);
}

function removeStale(prefix, keep) {
  for (const f of readdirSync(OUT_DIR)) {
    if (f.startsWith(prefix) && !f.startsWith(keep)) rmSync(join(OUT_DIR, f), { force: true });
  }
}

/** Builds `name` in OUT_DIR with `make(tmpPath)` unless it is already there; returns its path. */
function cached(prefix, name, make, log) {
  mkdirSync(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, name);
  if (existsSync(path)) return path;
  removeStale(prefix, name);
  const tmp = join(OUT_DIR, `.tmp-${process.pid}-${name}`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(tmp + suffix, { force: true });
  const started = performance.now();
  make(tmp);
  renameSync(tmp, path);
  log(`generated ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return path;
}

/** The cached journal of a size (S, M, L), generated on first use. */
export function cachedJournal(size, log = () => {}) {
  const prefix = `journal-${size}-`;
  return cached(prefix, `${prefix}g${GENERATOR_VERSION}-${inputsDigest()}.db`, (tmp) => generateJournal(tmp, size), log);
}

/** The cached contacts CSV for the import benchmark. */
export function cachedContactsCsv(rows = 100_000, log = () => {}) {
  const prefix = `contacts-${rows}-`;
  return cached(prefix, `${prefix}g${GENERATOR_VERSION}-${inputsDigest()}.csv`, (tmp) => writeContactsCsv(tmp, { rows }), log);
}

/**
 * A private copy of a cached journal, so nothing a command does can change the cache. Written to
 * the disk before it is returned: the copies of M and L (some 1.6 GB) were otherwise written back
 * while the first cases were timed, and those cases paid for it.
 */
export function workingCopy(path, dir, name) {
  const copy = join(dir, name);
  copyFileSync(path, copy);
  const fd = openSync(copy, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return copy;
}
