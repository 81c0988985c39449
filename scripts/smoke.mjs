// Packs the tarball, installs it into a scratch folder and uses it from both `import` and
// `require`, through the root and a subpath: what a consumer gets, not what the repo has.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, '.smoke');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();

const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], root));
const tarball = join(dir, packed[0].filename);
writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'smoke', private: true }));
run('npm', ['install', '--no-audit', '--no-fund', '--silent', tarball], dir);

writeFileSync(
  join(dir, 'esm.mjs'),
  `import { generateUsername, describe, SESEQ_POLICY } from 'seseq-correo';
import { generateUsername as fromNames } from 'seseq-correo/names';
import { definePolicy } from 'seseq-correo/policy';
const a = generateUsername('Alejandro Hernández Núñez', new Set());
const b = fromNames({ givenNames: 'María Soledad', paternalSurname: 'Ramírez', maternalSurname: 'Trejo' }, () => false);
if (a._unsafeUnwrap().username !== 'ALEJANDROHN') throw new Error('esm root');
if (b._unsafeUnwrap().username !== 'SOLEDADRT') throw new Error('esm subpath');
if (!definePolicy({ internetExitsPerDepartment: 3 }).isOk()) throw new Error('esm policy');
if (SESEQ_POLICY.domain !== 'seseqro.gob.mx' || typeof describe !== 'function') throw new Error('esm exports');
console.log('esm ok', a._unsafeUnwrap().email);
const probes = { schedule: 'offboardingSchedule', allowances: 'grant', request: 'createRequest', lifecycle: 'advanceAccount', review: 'reviewAccounts', oversight: 'reconcileRoster', machine: 'toMermaid', errors: 'describe' };
for (const [sub, fn] of Object.entries(probes)) {
  const mod = await import('seseq-correo/' + sub);
  if (typeof mod[fn] !== 'function') throw new Error('esm subpath ' + sub);
}
const grace = (await import('seseq-correo/schedule')).offboardingSchedule('2026-12-20')._unsafeUnwrap();
if (grace.cancelOn !== '2027-01-05') throw new Error('esm schedule');
console.log('esm subpaths ok', Object.keys(probes).join(', '));
`,
);
writeFileSync(
  join(dir, 'cjs.cjs'),
  `const { generateUsername } = require('seseq-correo');
const names = require('seseq-correo/names');
const { describe } = require('seseq-correo/errors');
const a = generateUsername('Patricia Alvarado', new Set());
if (a._unsafeUnwrap().username !== 'PATRICIAAL') throw new Error('cjs root');
const bad = names.generateUsername('Ma. Soledad Ramírez Trejo', new Set());
if (!bad.isErr() || bad.error.code !== 'ABBREVIATED_NAME') throw new Error('cjs subpath');
console.log('cjs ok', describe(bad.error));
for (const [sub, fn] of Object.entries({ schedule: 'offboardingSchedule', allowances: 'grant', request: 'createRequest', lifecycle: 'advanceAccount', review: 'reviewAccounts', oversight: 'reconcileRoster', machine: 'toMermaid', policy: 'definePolicy' })) {
  if (typeof require('seseq-correo/' + sub)[fn] !== 'function') throw new Error('cjs subpath ' + sub);
}
console.log('cjs subpaths ok');
`,
);
process.stdout.write(run('node', ['esm.mjs'], dir));
process.stdout.write(run('node', ['cjs.cjs'], dir));
const cliOut = run(join(dir, 'node_modules/.bin/seseq-correo'), ['usuario', 'José Carlos Pérez Juárez'], dir);
if (!cliOut.startsWith('CARLOSPJ\t')) throw new Error(`cli: ${cliOut}`);
process.stdout.write(`cli ok ${cliOut}`);
// seseq-correo/testing, with fast-check installed next to the package as its optional peer.
run('npm', ['install', '--no-audit', '--no-fund', '--silent', 'fast-check@^4.10.0'], dir);
writeFileSync(
  join(dir, 'testing.mjs'),
  `import { checkAdapterConformance, memoryExecutor } from 'seseq-correo/testing';
const { checkBackupBeforeDelete } = await import('seseq-correo/testing');
const { mexicanNameArb } = (await import('node:module')).createRequire(import.meta.url)('seseq-correo/testing');
const report = await checkAdapterConformance(() => memoryExecutor(), { numRuns: 5, seed: 1 });
if (!report.passed || checkBackupBeforeDelete([{ type: 'DELETE_MAILBOX', username: 'A' }]).length !== 1) throw new Error('testing');
if (typeof mexicanNameArb !== 'function') throw new Error('testing from require');
console.log('testing ok (import and require, fast-check as a peer)');
`,
);
process.stdout.write(run('node', ['testing.mjs'], dir));
rmSync(dir, { recursive: true, force: true });
console.log('smoke: the packed tarball works from import and require (root and subpaths)');
