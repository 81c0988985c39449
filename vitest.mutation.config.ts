import { defineConfig } from 'vitest/config';

// `npm run mutation`: Stryker mutates src/names and runs the names tests against each mutant
// (fewer fast-check runs, so the run fits a 2-core machine). Not part of CI.
export default defineConfig({
  test: {
    include: ['test/names/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    env: { FC_NUM_RUNS: '25', FC_SEED: '20261129' },
  },
});
