// `npm run breakers`: applies each breaker of scripts/breakers.ts in turn to a temporary copy
// of the repository, runs the tests whose names cite the breaker's clause (one vitest process
// for the whole run, re-run per breaker), and fails unless every breaker is caught and every
// implemented clause has one. Writes the result to docs/breakers.json (read by
// docs/traceability.md). `--only <clause>` runs the breakers of one clause; `--no-baseline`
// skips the first run without any breaker (which must pass).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createVitest } from 'vitest/node';
import { BREAKERS, breakerId, missingBreakers } from './breakers.js';
import { testFilesCiting, testNamePattern, testNames } from './traceability.js';

const ROOT = process.cwd();
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const baseline = !args.includes('--no-baseline');

const missing = missingBreakers();
if (missing.length > 0) {
  console.error(`Implemented clauses with no breaker: ${missing.join(', ')}`);
  process.exit(1);
}

// A copy of the repository: the real src/ is never edited.
const tmp = mkdtempSync(join(tmpdir(), 'seseq-breakers-'));
for (const entry of ['src', 'test', 'scripts', 'examples', 'docs', 'bench']) {
  if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(tmp, entry), { recursive: true });
}
for (const file of [
  'package.json',
  'tsconfig.json',
  'vitest.config.ts',
  'README.md',
  'CHANGELOG.md',
  'biome.json',
  'tsup.config.ts',
  '.size-limit.json',
]) {
  if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(tmp, file));
}
symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
process.env.FC_SEED ??= '20261129';

const started = performance.now();
// `bail: 1`: a breaker is caught by its first failing test; the rest of that run is skipped.
// Failures are counted as the tests of the current run report them, never read back from
// the state vitest keeps between runs.
let failures = 0;
const vitest = await createVitest('test', {
  root: tmp,
  watch: false,
  reporters: [
    {
      onTestCaseResult(testCase) {
        if (testCase.result().state === 'failed') failures++;
      },
      onTestModuleEnd(testModule) {
        failures += testModule.errors().length;
      },
    },
  ],
  silent: true,
  bail: 1,
  // Each run imports the edited src/ afresh: a worker that kept its modules between runs
  // (vitest.config.ts's isolate: false) could test a breaker already undone, or miss one.
  isolate: true,
});
const cleanUp = () => rmSync(tmp, { recursive: true, force: true });
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});
// test/once/ runs against dist/ after the build (npm run test:once); the breakers edit src/, so
// only the suite that reads src/ can catch them.
const names = testNames(tmp).filter((t) => !t.f.replaceAll('\\', '/').includes('test/once/'));

async function run(files: readonly string[], pattern: RegExp): Promise<{ failed: number; errors: number }> {
  vitest.setGlobalTestNamePattern(pattern);
  failures = 0;
  const result = await vitest.runTestFiles(files.map((f) => resolve(tmp, f)));
  return { failed: failures, errors: result.unhandledErrors.length };
}

const chosen = BREAKERS.filter((b) => only === undefined || b.clause === only);
let exitCode = 0;
try {
  if (baseline) {
    const clauses = [...new Set(chosen.map((b) => b.clause))];
    const files = [...new Set(clauses.flatMap((c) => testFilesCiting(c, names)))];
    const pattern = new RegExp(clauses.map((c) => testNamePattern(c, names).source).join('|'));
    const base = await run(files, pattern);
    if (base.failed + base.errors > 0) {
      console.error(`Baseline: ${base.failed} tests fail without any breaker; fix them first.`);
      process.exit(1);
    }
    console.log(
      `baseline: ${files.length} files pass (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  const results: { id: string; clause: string; caught: boolean }[] = [];
  for (const b of chosen) {
    const path = join(tmp, b.file);
    const original = readFileSync(path, 'utf8');
    const at = original.indexOf(b.search);
    if (at < 0 || original.indexOf(b.search, at + 1) >= 0) {
      console.error(`✗ ${b.clause} ${b.file}: the search text is not there exactly once`);
      results.push({ id: breakerId(b), clause: b.clause, caught: false });
      continue;
    }
    const files = testFilesCiting(b.clause, names);
    writeFileSync(path, original.slice(0, at) + b.replace + original.slice(at + b.search.length));
    vitest.invalidateFile(path);
    let outcome = { failed: 0, errors: 0 };
    try {
      outcome = files.length > 0 ? await run(files, testNamePattern(b.clause, names)) : outcome;
    } finally {
      writeFileSync(path, original);
      vitest.invalidateFile(path);
    }
    const caught = outcome.failed + outcome.errors > 0;
    results.push({ id: breakerId(b), clause: b.clause, caught });
    console.log(
      `${caught ? '✓ caught' : '✗ MISSED'} ${b.clause.padEnd(10)} ${b.note} (${outcome.failed} failed, ${files.length} files)`,
    );
  }
  const seconds = Math.round((performance.now() - started) / 1000);
  const caught = results.filter((r) => r.caught).length;
  console.log(`\n${caught} of ${results.length} breakers caught in ${seconds} s`);
  if (only === undefined) {
    writeFileSync(join(ROOT, 'docs/breakers.json'), `${JSON.stringify({ seconds, results }, null, 2)}\n`);
  }
  if (caught < results.length) exitCode = 1;
} finally {
  await vitest.close();
  cleanUp();
}
process.exit(exitCode);
