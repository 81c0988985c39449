// `npm run mutation` (src/names) or `MUTATE=schedule npm run mutation`: mutation testing of
// one module against its tests (test/<module>/**, or the glob in MUTATE_TESTS). Incremental:
// reports/mutation/<module>.incremental.json remembers the verdicts, so a re-run tests only
// the mutants whose code or tests changed. Not part of CI (minutes to tens of minutes on two
// cores); the scores are in docs/performance.md.
const module = process.env.MUTATE ?? 'names';

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [`src/${module}/**/*.ts`, `!src/${module}/index.ts`, `!src/${module}/types.ts`],
  coverageAnalysis: 'perTest',
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  incremental: true,
  incrementalFile: `reports/mutation/${module}.incremental.json`,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${module}.json` },
  tempDirName: '.stryker-tmp',
  timeoutMS: 20000,
};
