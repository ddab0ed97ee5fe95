// Temporary directories, removed after the test file that made them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(cleanupTempDirs);

export function tempDir(prefix = 'rel-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A path for a journal that does not exist yet, in a fresh directory. */
export function newJournal(): string {
  return join(tempDir(), 'rel.db');
}

/** A fresh directory, and a journal path in a subdirectory rel has to create. */
export function newJournalPath(): { dir: string; db: string } {
  const dir = tempDir();
  return { dir, db: join(dir, 'journal', 'rel.db') };
}
