// A small harness for the export and import tests: runs the built bin/rel against a journal in a
// temporary directory, with the clock pinned and no colour, stdin a pipe the test fills.
import { dump } from './helpers.js';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'rel');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const NOW = '2026-11-23T10:00:00';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rel-io-'));
}

/** A path for a journal that does not exist yet. */
export function newJournal(): string {
  return join(tempDir(), 'journal.db');
}

export interface RunOptions {
  db: string;
  /** What stdin receives; it is closed after. */
  input?: string | Buffer;
  env?: Record<string, string>;
}

export function rel(args: string[], options: RunOptions): Promise<RunResult> {
  return runCommand(process.execPath, [BIN, ...args], options);
}

/** A shell pipeline, e.g. `"$REL" export contacts | head -1`, with $REL the rel command. */
export function shell(script: string, options: RunOptions): Promise<RunResult> {
  return runCommand('bash', ['-c', `set -o pipefail; ${script}`], { ...options, env: { ...options.env, REL: `${process.execPath} ${BIN}` } });
}

function runCommand(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, REL_DB: options.db, NO_COLOR: '1', REL_NOW: NOW, ...options.env };
  delete env.REL_DEBUG;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined); // rel may exit before reading all of stdin
    child.stdin.end(options.input ?? '');
  });
}

/** Runs rel and fails the test with its stderr unless it exits 0. */
export async function relOk(args: string[], options: RunOptions): Promise<string> {
  const result = await rel(args, options);
  if (result.code !== 0) throw new Error(`rel ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result.stdout;
}

/** Every row of every table, read directly (not through rel), to tell whether anything changed. */
export const dumpJournal = dump;

export interface ShownContact {
  id: number;
  name: string;
  emails: string[];
  phones: string[];
  company: string | null;
  role: string | null;
  birthday: string | null;
  customerSince: string | null;
  cadence: string | null;
  referredBy: { id: number; name: string } | null;
  aliases: string[];
  tags: string[];
  archived: boolean;
  details: Array<{ text: string; date: string | null }>;
}

/** The person of `rel show --json` with the details of their card. */
export async function show(name: string, db: string): Promise<ShownContact> {
  const card = JSON.parse(await relOk(['show', name, '--json'], { db })) as { person: Omit<ShownContact, 'details'>; details: ShownContact['details'] };
  return { ...card.person, details: card.details };
}

export async function listAll(db: string): Promise<Array<{ id: number; name: string }>> {
  const active = JSON.parse(await relOk(['list', '--json'], { db })) as Array<{ id: number; name: string }>;
  const archived = JSON.parse(await relOk(['list', '--archived', '--json'], { db })) as Array<{ id: number; name: string }>;
  return [...active, ...archived].sort((a, b) => a.id - b.id);
}
