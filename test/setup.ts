import fc from 'fast-check';

// CI runs with a fixed seed so a failure reproduces; fast-check prints the seed and the
// counterexample path whenever a property fails.
const seed =
  process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : process.env.CI ? 20261129 : undefined;
fc.configureGlobal({
  ...(seed !== undefined ? { seed } : {}),
  numRuns: Number(process.env.FC_NUM_RUNS ?? 100),
});
