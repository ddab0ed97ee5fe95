// A private file no other rel holds: backups, copies before a restore, the copy a restore erases in.
import { closeSync, openSync } from 'node:fs';

/**
 * Creates an empty 0600 file at the first of `nameOf(1)`, `nameOf(2)`… that does not exist yet
 * (rels started together may choose the same name) and returns its path; by default `base`, then
 * `base-2`, `base-3`. Gives up after 100.
 */
export function createFreshFile(base: string, nameOf: (n: number) => string = (n) => (n === 1 ? base : `${base}-${n}`)): string {
  for (let n = 1; ; n++) {
    const candidate = nameOf(n);
    try {
      closeSync(openSync(candidate, 'wx', 0o600)); // VACUUM INTO and SQLite's backup accept an empty file, and keep its mode
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 100) throw error;
    }
  }
}
