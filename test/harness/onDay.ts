// A command run on a chosen day against a test journal: for stories that take days (a backup a
// day, a purge, a restore), where each step is its own day.
import { expect } from 'vitest';
import { runRel } from './inProcess.js';
import type { TestJournal } from './journal.js';
import type { RunResult } from './spawned.js';

export function relOn(j: TestJournal, day: string, args: string[]): Promise<RunResult> {
  return runRel(args, { journalPath: j.db, now: day });
}

/** The command's stdout, once it has exited 0 (its stderr in the failure otherwise). */
export async function okOn(j: TestJournal, day: string, args: string[]): Promise<string> {
  const r = await relOn(j, day, args);
  expect(r.code, `rel ${args.join(' ')} on ${day}: ${r.stderr}`).toBe(0);
  return r.stdout;
}
