import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// End-to-end tests spawn bin/rel (built by `npm test`'s pretest step); each gets its own journal.
// Their workers mostly wait on child processes, so run at least two files at once even on a
// 2-core machine (vitest's default there is one).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
