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
const probes = { effects: 'dispatchEffects', notifications: 'renderNotification', schedule: 'offboardingSchedule', allowances: 'grant', request: 'createRequest', lifecycle: 'advanceAccount', review: 'reviewAccounts', oversight: 'reconcileRoster', machine: 'toMermaid', errors: 'describe' };
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
for (const [sub, fn] of Object.entries({ effects: 'parseEffect', notifications: 'renderNotification', schedule: 'offboardingSchedule', allowances: 'grant', request: 'createRequest', lifecycle: 'advanceAccount', review: 'reviewAccounts', oversight: 'reconcileRoster', machine: 'toMermaid', policy: 'definePolicy' })) {
  if (typeof require('seseq-correo/' + sub)[fn] !== 'function') throw new Error('cjs subpath ' + sub);
}
console.log('cjs subpaths ok');
`,
);
// An adopter's TypeScript file, type-checked against the installed tarball with no cast:
// both machines with the machine tools, log.event.type narrowed, the effect union switched over,
// under strict + exactOptionalPropertyTypes, with moduleResolution bundler and node16.
writeFileSync(
  join(dir, 'adopter.mts'),
  `import { type Effect, effectKey, type Failure, toMarkdownTable, toMermaid, violationsOf } from 'seseq-correo';
import { dispatchEffects, parseEffect } from 'seseq-correo/effects';
import {
  ACCOUNT_MACHINE,
  type AccountLogEntry,
  accountEventSchema,
  accountStateSchema,
  createAccount,
  replayAccount,
} from 'seseq-correo/lifecycle';
import { type AnyMachineTable, defineMachine } from 'seseq-correo/machine';
import { renderNotification } from 'seseq-correo/notifications';
import {
  REQUEST_MACHINE,
  type RequestLogEntry,
  createRequest,
  requestEventSchema,
  requestStateSchema,
} from 'seseq-correo/request';

const diagrams: string[] = [toMermaid(REQUEST_MACHINE), toMermaid(ACCOUNT_MACHINE), toMarkdownTable(ACCOUNT_MACHINE, 'es-MX')];
const tables: readonly AnyMachineTable[] = [REQUEST_MACHINE, ACCOUNT_MACHINE];
const machines = [
  defineMachine(REQUEST_MACHINE, { state: requestStateSchema, event: requestEventSchema }),
  defineMachine(ACCOUNT_MACHINE, { state: accountStateSchema, event: accountEventSchema }),
];

function describeRequestEntry(entry: RequestLogEntry): string {
  switch (entry.event.type) {
    case 'CREATE':
      return entry.event.form.folio;
    case 'APPROVE':
      return String(entry.event.seatsInUse);
    default:
      return entry.event.type;
  }
}

function describeAccountEntry(entry: AccountLogEntry): string {
  if (entry.event.type === 'OFFBOARD') return entry.event.bajaOn;
  if (entry.event.type === 'OPEN') return entry.event.account.username;
  return entry.event.type;
}

function assertNever(x: never): never {
  throw new Error(String(x));
}

function run(effect: Effect): string {
  switch (effect.type) {
    case 'NOTIFY': {
      const text = renderNotification(effect, 'en');
      return text.isOk() ? text.value.subject : effect.template;
    }
    case 'CREATE_MAILBOX':
      return effect.email + ' ' + effect.machine;
    case 'BACKUP_MAILBOX':
    case 'DELETE_MAILBOX':
    case 'RETIRE_USERNAME':
    case 'MOVE_MAILBOX':
    case 'RESET_PASSWORD':
    case 'SET_CAPACITY':
    case 'ISSUE_RESGUARDO':
    case 'ARCHIVE_RESGUARDO':
    case 'SCHEDULE_EXPIRY':
    case 'SUSPEND_NETWORK_ACCESS':
    case 'RESTORE_NETWORK_ACCESS':
    case 'DISABLE_MAILBOX':
    case 'ENABLE_MAILBOX':
      return effect.username;
    case 'GRANT_SEAT':
    case 'RELEASE_SEAT':
    case 'GRANT_INTERNET_EXIT':
    case 'RELEASE_INTERNET_EXIT':
    case 'UPDATE_ACCOUNT_LISTING':
    case 'RECORD_SEAT_EXCEPTION':
      return effect.department;
    default:
      return assertNever(effect);
  }
}

const created = createRequest({}, '2026-11-30T09:00:00-06:00', { role: 'direct-boss', id: 'jefe-17' });
const failure: Failure | null = created.isErr() ? created.error : null;
const problems = failure === null ? [] : violationsOf(failure);
if (created.isOk()) {
  describeRequestEntry(created.value.log);
  created.value.effects.map(run);
  created.value.effects.map(effectKey);
}
const opened = createAccount({ id: 'A-1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' }, { role: 'mail-officer', id: 'mov-2' });
if (opened.isOk()) {
  describeAccountEntry(opened.value.log);
  replayAccount([opened.value.log]);
}
const loaded = parseEffect(JSON.parse('{}'));
if (loaded.isOk()) {
  dispatchEffects([loaded.value], {
    NOTIFY: (e) => e.template, RECORD_SEAT_EXCEPTION: (e) => e.folio, GRANT_SEAT: (e) => e.department,
    CREATE_MAILBOX: (e) => e.email, BACKUP_MAILBOX: (e) => e.deliverTo, MOVE_MAILBOX: (e) => e.toDepartment,
    RESET_PASSWORD: (e) => e.reason, GRANT_INTERNET_EXIT: (e) => e.department, SET_CAPACITY: (e) => String(e.capacityMb),
    ISSUE_RESGUARDO: (e) => e.via, ARCHIVE_RESGUARDO: (e) => e.folio, SCHEDULE_EXPIRY: (e) => e.on,
    DELETE_MAILBOX: (e) => e.username, RETIRE_USERNAME: (e) => e.username, RELEASE_SEAT: (e) => e.department,
    RELEASE_INTERNET_EXIT: (e) => e.department, UPDATE_ACCOUNT_LISTING: (e) => e.change,
    SUSPEND_NETWORK_ACCESS: (e) => e.username, RESTORE_NETWORK_ACCESS: (e) => e.username,
    DISABLE_MAILBOX: (e) => e.username, ENABLE_MAILBOX: (e) => e.username,
  });
}
export { diagrams, machines, problems, tables };
`,
);
const tsc = join(root, 'node_modules/typescript/bin/tsc');
for (const resolution of ['bundler', 'node16']) {
  const config = join(dir, `tsconfig.${resolution}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noEmit: true,
        skipLibCheck: true,
        target: 'ES2022',
        lib: ['ES2022'],
        types: [],
        module: resolution === 'bundler' ? 'ESNext' : 'Node16',
        moduleResolution: resolution === 'bundler' ? 'Bundler' : 'Node16',
      },
      files: ['adopter.mts'],
    }),
  );
  run(process.execPath, [tsc, '-p', config], dir);
  console.log(
    `types ok: adopter.mts under strict + exactOptionalPropertyTypes, moduleResolution ${resolution}`,
  );
}
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
