// What every failure must look like (SPEC §6): the exit code, one `rel: ` line on stderr, no stack,
// nothing on stdout, and a journal left as it was.
import { expect } from 'vitest';
import type { RunOptions, TestJournal } from './journal.js';
import type { RunResult } from './spawned.js';

/** Asserts the shape of a failure and returns its `rel: ` line. */
export function expectFailure(result: RunResult, code: 1 | 2): string {
  expect(result.code, `stderr: ${result.stderr}`).toBe(code);
  const lines = result.stderr.split('\n').filter((line, i, all) => !(line === '' && i === all.length - 1));
  expect(lines, 'exactly one line on stderr').toHaveLength(1);
  const [line = ''] = lines;
  expect(line.startsWith('rel: ')).toBe(true);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/unexpected error/);
  expect(result.stdout).toBe('');
  return line;
}

/** Runs a command that must fail and asserts it changed nothing in the journal. */
export async function expectRefused(journal: TestJournal, args: string[], code: 1 | 2, options: RunOptions = {}): Promise<string> {
  const before = journal.dump();
  const line = expectFailure(await journal.rel(args, options), code);
  expect(journal.dump()).toBe(before);
  return line;
}

/** The ways a result breaks SPEC §6 (empty when it keeps to it): one `rel: ` line on failure, no stack, exit 0/1/2. */
export function contractBreaches(result: RunResult): string[] {
  const breaches: string[] = [];
  const both = `${result.stdout}\n${result.stderr}`;
  if (result.signal) breaches.push(`killed by ${result.signal}`);
  else if (![0, 1, 2].includes(result.code ?? -1)) breaches.push(`exit code ${result.code}`);
  if (/^\s+at /m.test(both) || /TypeError|RangeError|ReferenceError|SyntaxError/.test(both) || both.includes('node:internal')) breaches.push('a stack trace or a raw JavaScript error');
  if (result.stderr.includes('unexpected error')) breaches.push('an unexpected error');
  // A command line without its command (`rel contact`) is the one failure of more lines: its help, on stderr, exit 2.
  const help = result.code === 2 && result.stderr.startsWith('Usage: rel ');
  if (result.code !== 0 && !help) {
    const lines = result.stderr.split('\n').filter((l) => l !== '');
    if (lines.length !== 1 || !lines[0]!.startsWith('rel: ')) breaches.push(`stderr is not one "rel: " line: ${JSON.stringify(result.stderr)}`);
  }
  return breaches;
}
