import { defineConfig } from 'vitest/config';

// `npm run mutation`: Stryker mutates one module (src/names unless MUTATE names another) and
// runs that module's tests against each mutant, with fewer fast-check runs so that it fits a
// 2-core machine. Not part of CI.
const module = process.env.MUTATE ?? 'names';

export default defineConfig({
  test: {
    include: (process.env.MUTATE_TESTS ?? `test/${module}/**/*.test.ts`).split(','),
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    isolate: false,
    env: { FC_NUM_RUNS: '25', FC_RUNS_SCALE: process.env.FC_RUNS_SCALE ?? '0.2', FC_SEED: '20261129' },
  },
});
