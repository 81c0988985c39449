// `npm run mutation` (src/names) or `MUTATE=schedule npm run mutation`: mutation testing of
// one module against its own tests. Not part of CI (tens of minutes on two cores).
const module = process.env.MUTATE ?? 'names';

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [`src/${module}/**/*.ts`, `!src/${module}/index.ts`, `!src/${module}/types.ts`],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${module}.json` },
  tempDirName: '.stryker-tmp',
  timeoutMS: 20000,
};
