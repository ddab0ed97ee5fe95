// `rel today` with a limit reads only the people who can make the list (store/today.ts); with
// --all it ranks everyone. On a generated journal the two must agree, row for row and in total.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateJournal } from '../bench/generate.mjs';

const REL = join(import.meta.dirname, '..', '..', 'bin', 'rel');
let dir: string;
let db: string;

interface TodayJson {
  total: number;
  rows: unknown[];
}

function today(...args: string[]): TodayJson {
  const stdout = execFileSync('node', [REL, '--db', db, 'today', '--json', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TZ: 'UTC' } });
  return JSON.parse(stdout) as TodayJson;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rel-fast-'));
  db = join(dir, 'journal.db');
  generateJournal(db, { contacts: 400, conversations: 3000 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rel today, limited versus --all', () => {
  // Around the reference day, across the year end, around 29 February and a month-only detail.
  for (const day of ['2026-11-23', '2026-12-28', '2027-02-27', '2027-03-31']) {
    it(`agrees on ${day}`, () => {
      const all = today('--as-of', day, '--all');
      expect(all.total).toBeGreaterThan(20);
      for (const limit of [1, 10, 25]) {
        const limited = today('--as-of', day, '--limit', String(limit));
        expect(limited.total).toBe(all.total);
        expect(limited.rows).toEqual(all.rows.slice(0, limit));
      }
    });
  }
});
