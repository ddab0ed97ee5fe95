// Where things are, and the one pinned clock every test run uses.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(REPO, 'bin', 'rel');
export const FIXTURES = join(REPO, 'test', 'fixtures');
export const MIGRATIONS_DIR = join(REPO, 'migrations');
/** The pinned clock of every run unless a test says otherwise: Monday 23 November 2026. */
export const NOW = '2026-11-23T10:00:00';
