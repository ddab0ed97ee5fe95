// A damaged journal is never read as if it were whole (SPEC §5, README "When the journal is
// damaged"): pages of a generated journal are overwritten with garbage, as a failing disk or a bad
// sync would, in several places, and every read command runs on it. Each either gives the same
// answer as on the whole journal (it read none of the damaged pages) or ends in one line that
// names the damage and the fix, exit 1; none exits 0 with a different answer and no warning.
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateJournal } from '../bench/generate.mjs';
import { contractBreaches } from '../harness/failures.js';
import { runRel } from '../harness/inProcess.js';
import type { RunResult } from '../harness/spawned.js';
import { cleanupTempDirs, tempDir } from '../harness/tempFiles.js';

const PAGE = 4096;
const DAY = '2026-11-23';

let dir: string;
let whole: string;
let reads: string[][];
const answers = new Map<string, RunResult>();

/** A seeded LCG, so each scenario damages the same pages on every run. */
function pagesToDamage(seed: number, count: number, pageCount: number): number[] {
  let state = seed >>> 0;
  const pages = new Set<number>();
  while (pages.size < count) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    pages.add(2 + (state % (pageCount - 1))); // page 1 (the header and schema) has its own test below
  }
  return [...pages];
}

/** Random bytes, or zeros (what a sync that lost a write often leaves) for a seed of 0. */
function garbage(seed: number): Buffer {
  const bytes = Buffer.alloc(PAGE);
  if (seed === 0) return bytes;
  let state = seed >>> 0;
  for (let i = 0; i < PAGE; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

function damagedCopy(name: string, pages: number[], seed: number | 'zeros'): string {
  const copy = join(dir, `${name}.db`);
  copyFileSync(whole, copy);
  const fd = openSync(copy, 'r+');
  try {
    for (const page of pages) writeSync(fd, garbage(seed === 'zeros' ? 0 : seed + page), 0, PAGE, (page - 1) * PAGE);
  } finally {
    closeSync(fd);
  }
  return copy;
}

const rel = (db: string, args: string[]) => runRel(['--db', db, ...args], { now: DAY });

/** The problems with `r`, a read on a damaged journal, given `healthy`, the same read on the whole one. */
function silentDamage(args: string[], r: RunResult, healthy: RunResult): string[] {
  const what = `rel ${args.join(' ')}`;
  const breaches = contractBreaches(r).map((b) => `${what}: ${b}`);
  if (r.code === 0) {
    const warned = /damaged/.test(r.stderr);
    if (!warned && r.stdout !== healthy.stdout) breaches.push(`${what}: exit 0 with another answer than the whole journal's, and no warning`);
  } else {
    if (r.code !== 1) breaches.push(`${what}: exit ${r.code}`);
    if (!/^rel: .*damaged.*rel doctor.*rel restore/.test(r.stderr)) breaches.push(`${what}: the line does not name the damage and the fix: ${r.stderr.trim()}`);
  }
  return breaches;
}

describe('a damaged journal', () => {
  beforeAll(async () => {
    dir = tempDir();
    whole = join(dir, 'whole.db');
    generateJournal(whole, 'XS');
    const db = new Database(whole, { readonly: true });
    const person = db.prepare<[], { name: string }>('SELECT c.name FROM contacts c JOIN conversations v ON v.contact_id = c.id GROUP BY c.id ORDER BY count(*) DESC LIMIT 1').get()!.name;
    const word = db.prepare<[], { note: string }>("SELECT note FROM conversations WHERE note <> '' LIMIT 1").get()!.note.split(/\s+/)[0]!;
    db.close();
    reads = [
      ['today'], ['today', '--all', '--json'], ['list'], ['list', '--json'], ['list', '--overdue'], ['show', person], ['show', person, '--json', '--tree'],
      ['log'], ['log', '--json', '--limit', '1000'], ['search', word], ['stats'], ['reminders'], ['reminders', '--all'], ['duplicates'], ['tag'], ['config'],
      ['undo', '--list'], ['export', 'contacts'], ['export', 'conversations'], ['export', 'details'], ['export', 'reminders'], ['export', 'relations'],
      ['export', 'dates', '--format', 'ics'], ['export', 'all'],
    ];
    for (const args of reads) {
      const r = await rel(whole, args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      answers.set(args.join('\0'), r);
    }
  }, 120_000);
  afterAll(cleanupTempDirs);

  for (const [seed, kind] of [[1, 'garbage'], [2, 'garbage'], [3, 'garbage'], [4, 'garbage'], [5, 'zeros'], [6, 'zeros']] as const) {
    it(`never answers wrongly without saying so: four pages overwritten with ${kind} (seed ${seed})`, async () => {
      const pages = pagesToDamage(seed, 4, statSync(whole).size / PAGE);
      const db = damagedCopy(`seed-${seed}`, pages, kind === 'zeros' ? 'zeros' : seed);
      const breaches: string[] = [];
      let failed = 0;
      for (const args of reads) {
        const r = await rel(db, args);
        if (r.code !== 0) failed += 1;
        breaches.push(...silentDamage(args, r, answers.get(args.join('\0'))!));
      }
      expect(breaches, `pages ${pages.join(', ')}`).toEqual([]);
      expect(failed, `pages ${pages.join(', ')}: some command must have met the damage`).toBeGreaterThan(0);
    });
  }

  it('says a journal whose first page is garbage is not a journal, and how to get it back', async () => {
    const db = damagedCopy('header', [1], 9);
    for (const args of [['today'], ['list'], ['show', '#1']]) {
      const r = await rel(db, args);
      expect(r.code).toBe(1);
      expect(contractBreaches(r)).toEqual([]);
      expect(r.stderr).toMatch(/^rel: .* is not a rel journal .*rel doctor, then rel restore\n$/);
    }
  });
});
