// Running one process and measuring it: wall time from spawn to exit (stdout drained through a
// pipe, as when piped into another program), and on request its peak resident memory.
// Peak memory comes from GNU time's %M when /usr/bin/time is there, else from polling
// /proc/<pid>/status (VmHWM), which can miss the last few milliseconds of a process.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The ics export of L took 54 s on a quiet machine and over 180 s on a loaded one: a generous limit.
const RUN_TIMEOUT_MS = 600_000;
let runCounter = 0;

function detectTime() {
  const candidate = '/usr/bin/time';
  if (!existsSync(candidate)) return null;
  const probe = join(tmpdir(), `rel-bench-time-${process.pid}`);
  try {
    const r = spawnSync(candidate, ['-f', '%M', '-o', probe, process.execPath, '-e', ''], { stdio: 'ignore' });
    return r.status === 0 && /^\d+\s*$/m.test(readFileSync(probe, 'utf8')) ? candidate : null;
  } catch {
    return null;
  } finally {
    rmSync(probe, { force: true });
  }
}

export const TIME_TOOL = detectTime();
export const RSS_METHOD = TIME_TOOL ? `${TIME_TOOL} -f %M` : existsSync('/proc/self/status') ? '/proc/<pid>/status VmHWM polling' : 'unavailable';

/** A process's peak resident memory so far, in KB (0 once it is gone). */
export function readVmHWM(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs argv once. Resolves to { ms, code, signal, stdoutBytes, stderr, rssKB } (rssKB null
 * unless `rss`). Never rejects: a command that cannot start comes back with code 127.
 */
export function runOnce(argv, { env = process.env, cwd, rss = false } = {}) {
  return new Promise((resolve) => {
    let command = argv;
    let rssFile = null;
    if (rss && TIME_TOOL) {
      rssFile = join(tmpdir(), `rel-bench-rss-${process.pid}-${++runCounter}`);
      command = [TIME_TOOL, '-f', '%M', '-o', rssFile, ...argv];
    }
    const started = performance.now();
    const child = spawn(command[0], command.slice(1), { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdoutBytes = 0;
    let stderr = '';
    let peak = 0;
    let poll = null;
    if (rss && !TIME_TOOL && child.pid) {
      poll = setInterval(() => (peak = Math.max(peak, readVmHWM(child.pid))), 5);
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.stdout.on('data', (chunk) => (stdoutBytes += chunk.length));
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 65_536) stderr += chunk.toString('utf8');
    });
    let spawnError = null;
    child.on('error', (error) => (spawnError = error));
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      let rssKB = null;
      if (rssFile) {
        try {
          // GNU time writes "Command exited with non-zero status N" before the figure on failure.
          const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
          rssKB = Number(lines[lines.length - 1]) || null;
        } catch {
          rssKB = null;
        }
        rmSync(rssFile, { force: true });
      } else if (rss) {
        rssKB = peak || null;
      }
      if (spawnError) resolve({ ms, code: 127, signal: null, stdoutBytes, stderr: String(spawnError.message), rssKB });
      else resolve({ ms, code: code ?? 128, signal, stdoutBytes, stderr, rssKB });
    });
  });
}

/** The line of a failed command's stderr that says what went wrong, for the table's notes. */
export function firstLine(stderr) {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const telling = lines.find((l) => /^rel:/.test(l) || /^([A-Z]\w*)?(Error|Exception)\b/.test(l)) ?? lines[0];
  return (telling ?? '(no stderr)').slice(0, 160);
}
