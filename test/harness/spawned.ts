// The real binary, for what only a process shows: exit codes, the streams, start-up, signals,
// concurrency. `node bin/rel` runs as a child with its own environment: no colour, TZ=UTC, the
// clock pinned by REL_NOW (a child does not see a test's fake timers), stdin a pipe (never a terminal).
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, NOW, REPO } from './paths.js';
import { tempDir } from './tempFiles.js';

/** Environment overrides; `undefined` removes a variable. */
export type Env = Record<string, string | undefined>;

export interface RunResult {
  /** The exit code, null when a signal ended the process. */
  code: number | null;
  /** The signal that ended a spawned process (absent in-process). */
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface SpawnOptions {
  /** The journal (REL_DB). */
  db?: string;
  env?: Env;
  /** Written to stdin, which is then closed. */
  input?: string | Buffer;
  cwd?: string;
  /** Killed with SIGKILL after this long (then `signal` says so). */
  timeoutMs?: number;
}

/** The parent's environment without anything that would change rel's behaviour, then the test's. */
export function childEnv(options: { db?: string; env?: Env } = {}): Record<string, string> {
  const env: Env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('REL_') || ['XDG_DATA_HOME', 'FORCE_COLOR', 'NODE_OPTIONS', 'NO_COLOR', 'TZ'].includes(key)) delete env[key];
  }
  const merged: Env = { ...env, NO_COLOR: '1', REL_NOW: NOW, TZ: 'UTC', ...(options.db && { REL_DB: options.db }), ...options.env };
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(merged)) if (value !== undefined) result[key] = value;
  return result;
}

/** Runs `node bin/rel ...args`; never rejects on a non-zero exit. */
export function spawnRel(args: string[], options: SpawnOptions = {}): Promise<RunResult> {
  return runChild(process.execPath, [BIN, ...args], options);
}

/** Runs a bash script with `rel` on the PATH (and in $REL) running this checkout. */
export function shell(script: string, options: SpawnOptions & { pipefail?: boolean } = {}): Promise<RunResult> {
  const bin = relOnPath();
  const env = { PATH: `${bin}:${process.env.PATH ?? ''}`, REL: join(bin, 'rel'), ...options.env };
  return runChild('bash', ['-c', options.pipefail ? `set -o pipefail; ${script}` : script], { ...options, env });
}

let binDir: string | undefined;

/** A directory holding a `rel` command that runs this checkout, for scripts that call `rel`. */
export function relOnPath(): string {
  if (binDir) return binDir;
  const dir = join(tempDir('rel-bin-'), 'bin');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'rel'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
  chmodSync(join(dir, 'rel'), 0o755);
  return (binDir = dir);
}

function runChild(command: string, args: string[], options: SpawnOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? REPO, env: childEnv(options), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin.on('error', () => undefined); // rel may exit before reading all of stdin
    child.stdin.end(options.input ?? '');
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}
