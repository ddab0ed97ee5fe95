import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Most command tests run in-process (test/harness/inProcess.ts); the contract and reliability
// tests spawn bin/rel (bundled by `npm test`'s pretest step). Those workers mostly wait on child
// processes, so run at least two files at once even on a 2-core machine (vitest's default there is one).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
