// Running one process in a pseudo-terminal (node-pty, a devDependency, loaded only when a case
// needs it): for `rel today --review`, whose first screen is the measure. Wall time runs from spawn
// to the moment `until` appears on the screen (escapes removed), after which the process is left
// with the key `leave` as a user leaves it (so that it exits as after any use, its code cache
// written), or else killed; without `until`, to its exit. Peak memory is the process's VmHWM read
// when `until` appears (or polled until the exit), so no wrapper process stands between the
// terminal and the command.
import { readVmHWM } from './measure.mjs';

const RUN_TIMEOUT_MS = 60_000;

/** Removes CSI, OSC and the other escape sequences a terminal program writes. */
export function stripAnsi(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[()][0-9A-Za-z]|\u001b[=>78DEHMc]/g, '');
}

let pty;

/**
 * Runs argv in an 80×40 terminal. Resolves to { ms, code, signal, stdoutBytes, stderr, rssKB } like
 * measure.mjs's runOnce: code 0 when `until` was seen (or the process exited 0), otherwise the exit
 * code, or 124 on a timeout, with the screen's last line as stderr. stdoutBytes: what the screen got.
 */
export async function runInTerminal(argv, { env, cwd, until, leave, rss = false }) {
  pty ??= (await import('node-pty')).default;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = pty.spawn(argv[0], argv.slice(1), { name: 'xterm-256color', cols: 80, rows: 40, cwd, env: { ...env, TERM: 'xterm-256color' } });
    let screen = '';
    let bytes = 0;
    let peak = 0;
    let seenMs = null; // when `until` appeared
    let timedOut = false;
    const poll = rss ? setInterval(() => (peak = Math.max(peak, readVmHWM(child.pid))), 5) : null;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, RUN_TIMEOUT_MS);
    child.onData((data) => {
      if (seenMs !== null) return;
      bytes += Buffer.byteLength(data);
      screen += data;
      if (until === undefined || !stripAnsi(screen).includes(until)) return;
      seenMs = performance.now() - started;
      if (rss) peak = Math.max(peak, readVmHWM(child.pid));
      if (leave === undefined) child.kill('SIGKILL');
      else child.write(leave);
    });
    // Resolved once the process is gone, so that it never overlaps the next measurement.
    child.onExit(({ exitCode, signal }) => {
      const ms = seenMs ?? performance.now() - started;
      if (poll) clearInterval(poll);
      clearTimeout(timer);
      const base = { ms, signal: null, stdoutBytes: bytes, rssKB: rss ? peak || null : null, stderr: '' };
      if (seenMs !== null || (until === undefined && exitCode === 0 && !timedOut)) resolve({ ...base, code: 0 });
      else if (timedOut) resolve({ ...base, code: 124, stderr: `no "${until}" within ${RUN_TIMEOUT_MS / 1000} s: ${lastLine(screen)}` });
      else resolve({ ...base, code: exitCode || 1, signal: signal || null, stderr: lastLine(screen) });
    });
  });
}

const lastLine = (screen) => stripAnsi(screen).split(/\r?\n/).map((l) => l.trim()).filter(Boolean).at(-1) ?? '(nothing on the screen)';
