import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ROOT_MODULES } from '../scripts/gen-index.js';
import type {
  AccountEvent,
  AccountState,
  Actor,
  Effect,
  LogEntry,
  PersonName,
  PersonNameInput,
  Policy,
  RequestEvent,
  RequestState,
  Taken,
  UsernameAssignment,
  UsernameCandidate,
  UsernameRule,
  Violation,
} from '../src/index.js';
import * as root from '../src/index.js';
import { ROOT, sourceFiles } from './repo/sources.js';

const MODULES = {
  policy: () => import('../src/policy/index.js'),
  errors: () => import('../src/errors/index.js'),
  names: () => import('../src/names/index.js'),
  machine: () => import('../src/machine/index.js'),
  schedule: () => import('../src/schedule/index.js'),
  allowances: () => import('../src/allowances/index.js'),
  request: () => import('../src/request/index.js'),
  lifecycle: () => import('../src/lifecycle/index.js'),
  review: () => import('../src/review/index.js'),
  oversight: () => import('../src/oversight/index.js'),
  effects: () => import('../src/effects/index.js'),
  notifications: () => import('../src/notifications/index.js'),
};

describe('the public surface (SPEC §10)', () => {
  it('re-exports every export of every module from the root', async () => {
    for (const [name, load] of Object.entries(MODULES)) {
      const mod = await load();
      for (const key of Object.keys(mod)) {
        expect(Object.hasOwn(root, key), `${name}.${key} in the root`).toBe(true);
        expect((root as Record<string, unknown>)[key], `${name}.${key} is the same binding`).toBe(
          (mod as Record<string, unknown>)[key],
        );
      }
    }
  });

  it('has no default export anywhere', async () => {
    expect(Object.hasOwn(root, 'default')).toBe(false);
    for (const load of Object.values(MODULES)) expect(Object.hasOwn(await load(), 'default')).toBe(false);
  });

  it('keeps the names SPEC §10 fixes', () => {
    for (const name of [
      'SESEQ_POLICY',
      'definePolicy',
      'describe',
      'parsePersonName',
      'parseFullName',
      'usernameCandidates',
      'generateUsername',
      'assignUsernames',
      'checkUsernameConformance',
      'createRequest',
      'transitionRequest',
      'replayRequest',
      'openAccount',
      'transitionAccount',
      'advanceAccount',
      'replayAccount',
      'nextDeadline',
      'toMermaid',
      'offboardingSchedule',
      'cancellationSchedule',
      'inactivityStatus',
      'isBossNoticeLate',
      'nextInactivityReview',
      'nextContingencyDrill',
      'toPlainDate',
      'reviewAccounts',
      'mailboxUsage',
      'acceptsIncoming',
    ]) {
      expect(typeof (root as Record<string, unknown>)[name], name).not.toBe('undefined');
    }
  });

  it('types the SPEC §10 signatures (checked by the typecheck)', () => {
    expectTypeOf(root.definePolicy).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(root.definePolicy).returns.toEqualTypeOf<Result<Policy, Violation[]>>();
    expectTypeOf(root.parsePersonName).returns.toEqualTypeOf<Result<PersonName, Violation>>();
    expectTypeOf(root.usernameCandidates).returns.toEqualTypeOf<UsernameCandidate[]>();
    expectTypeOf(root.generateUsername).parameter(0).toEqualTypeOf<PersonNameInput | string>();
    expectTypeOf(root.generateUsername).parameter(1).toEqualTypeOf<Taken>();
    expectTypeOf(root.generateUsername).returns.toEqualTypeOf<Result<UsernameAssignment, Violation>>();
    expectTypeOf(root.assignUsernames).returns.toEqualTypeOf<Result<UsernameAssignment, Violation>[]>();
    expectTypeOf<UsernameRule>().toEqualTypeOf<
      | 'primary'
      | 'common-first-name'
      | 'two-given-one-surname'
      | 'one-given-one-surname'
      | 'collision'
      | 'numbered'
    >();
    expectTypeOf(root.createRequest).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(root.transitionRequest).parameter(0).toEqualTypeOf<RequestState>();
    expectTypeOf(root.transitionRequest).parameter(1).toEqualTypeOf<RequestEvent>();
    expectTypeOf(root.replayRequest).returns.toEqualTypeOf<Result<RequestState, Violation>>();
    expectTypeOf(root.openAccount).returns.toEqualTypeOf<Result<AccountState, Violation[]>>();
    expectTypeOf(root.transitionAccount).parameter(0).toEqualTypeOf<AccountState>();
    expectTypeOf<AccountEvent>().toMatchTypeOf<{ at: string; actor: Actor; type: string }>();
    expectTypeOf(root.nextDeadline).returns.toEqualTypeOf<string | null>();
    expectTypeOf(root.toMermaid).toBeCallableWith(root.REQUEST_MACHINE);
    expectTypeOf(root.toMarkdownTable).toBeCallableWith(root.ACCOUNT_MACHINE, 'es-MX');
    expectTypeOf<LogEntry>().toHaveProperty('clauses');
    expectTypeOf<Effect>().toHaveProperty('subject');
    expectTypeOf<Effect>().toHaveProperty('version');
    expectTypeOf<Effect>().toHaveProperty('index');
    expectTypeOf<Extract<Effect, { type: 'RETIRE_USERNAME' }>>().toHaveProperty('username');
  });
});

describe('seseq-correo/testing stays apart (fast-check is an optional peer dependency)', () => {
  it('is a subpath export with types for import and require, and never part of the root', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['./testing']).toEqual({
      import: { types: './dist/testing/index.d.ts', default: './dist/testing/index.js' },
      require: { types: './dist/testing/index.d.cts', default: './dist/testing/index.cjs' },
    });
    expect(pkg.peerDependencies['fast-check']).toBeDefined();
    expect(pkg.peerDependenciesMeta['fast-check']).toEqual({ optional: true });
    expect(pkg.devDependencies['fast-check']).toBeDefined();
    expect(pkg.dependencies['fast-check']).toBeUndefined();
    expect(ROOT_MODULES as readonly string[]).not.toContain('testing');
    const testing = await import('../src/testing/index.js');
    for (const key of Object.keys(testing)) expect(Object.hasOwn(root, key), key).toBe(false);
  });

  it('is the only place under src/ that imports fast-check or src/testing', () => {
    const offenders = sourceFiles()
      .filter((f) => !f.path.startsWith('src/testing/'))
      .filter((f) => /from 'fast-check'|from '@fast-check|\/testing\/|'\.\/testing/.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
