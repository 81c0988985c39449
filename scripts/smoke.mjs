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
`,
);
process.stdout.write(run('node', ['esm.mjs'], dir));
process.stdout.write(run('node', ['cjs.cjs'], dir));
rmSync(dir, { recursive: true, force: true });
console.log('smoke: the packed tarball works from import and require (root and subpaths)');
