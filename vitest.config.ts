import { defineConfig } from 'vitest/config';

// End-to-end tests spawn bin/rel (built by `npm test`'s pretest step); each gets its own journal.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
