// Standard output and error without Node's stream objects where none is needed. Node builds process.stdout
// on first use, and for a pipe that means loading its network stack: a few milliseconds on every
// start of a command that prints a screenful into `| less` or a benchmark's pipe. Off a terminal,
// rel writes with write(2) instead, as Node itself does (synchronously) for pipes and files on
// Linux; on a terminal, and for anything that needs a real stream, process.stdout is still there.
import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Output } from './context.js';

/**
 * Whether `fd` is a terminal. Only a character device can be one, so for a pipe or a file this
 * costs one fstat and spares loading the tty module (and net, which it loads: some 10 ms). So
 * does /dev/null, the character device a scheduled `rel backup > /dev/null` writes to.
 */
export function isTerminal(fd: number): boolean {
  try {
    const device = fstatSync(fd);
    if (!device.isCharacterDevice() || device.rdev === nullDevice()) return false;
  } catch {
    return false;
  }
  return (createRequire(import.meta.filename)('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** The device number of /dev/null; NaN where there is none (no device is NaN). */
function nullDevice(): number {
  try {
    return statSync('/dev/null').rdev;
  } catch {
    return NaN;
  }
}

/**
 * Stdout (fd 1) or stderr (fd 2) written directly. `stream()` gives process.stdout or
 * process.stderr (set up once, by the caller) for writers that need a stream, and takes over when
 * the pipe turns out to be non-blocking and full.
 */
export function directOutput(fd: 1 | 2, stream: () => NodeJS.WriteStream, closed: () => void): Output {
  let fallback: NodeJS.WriteStream | undefined;
  return {
    write(text: string | Uint8Array) {
      if (fallback) return fallback.write(text);
      const bytes = typeof text === 'string' ? Buffer.from(text) : text;
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          closed(); // stdout's reader gone ends the run; stderr's, the text is dropped
          return true;
        }
        if (code !== 'EAGAIN') throw error;
        fallback = stream();
        return fallback.write(bytes.subarray(written));
      }
      return true;
    },
    get stream() {
      return (fallback ??= stream());
    },
  };
}
