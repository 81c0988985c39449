import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { findApprovalAnomalies, reconcileRoster } from '../../src/oversight/index.js';
import {
  isRosterAccount,
  isRosterRow,
  rosterAccountSchema,
  rosterRowSchema,
} from '../../src/oversight/schema.js';
import { FULL_PATH, requestLog } from './_log.js';

const NAMES = [
  'María Soledad Ramírez Trejo',
  'Perla Adriana Hernández Leal',
  'José Carlos Pérez Juárez',
  'Juana Inés Pérez',
];
const DEPARTMENTS = ['Compras', 'Informática', 'Recursos Humanos'];
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();

const account = fc.record(
  {
    username: fc.constantFrom('PERLAHL', 'SOLEDADRT', 'CARLOSPJ'),
    department: fc.constantFrom(...DEPARTMENTS),
    employeeId: fc.option(fc.constantFrom('1', '2', '3', '4'), { nil: undefined }),
    name: fc.option(fc.constantFrom(...NAMES), { nil: undefined }),
    status: fc.constantFrom('active', 'onLeave', 'transferPending', 'gracePeriod', 'cancelled'),
    holder: fc.constantFrom('staff', 'external'),
  },
  { requiredKeys: ['username', 'department'] },
);
const row = fc.record({
  employeeId: fc.option(fc.constantFrom('1', '2', '3', '5'), { nil: null }),
  name: fc.constantFrom(...NAMES),
  department: fc.constantFrom(...DEPARTMENTS),
  contractEndsOn: fc.option(fc.constantFrom('2027-01-31', '2027-03-01', '2027-06-30'), { nil: null }),
});

describe('oversight properties (5.4.10, 5.4.13)', () => {
  test.prop([fc.array(account, { maxLength: 12 }), fc.array(row, { maxLength: 12 })])(
    'at most one finding per account, in the accounts order, never for a cancelled one (5.4.10)',
    (accounts, roster) => {
      const r = reconcileRoster(accounts, roster, '2027-03-01')._unsafeUnwrap();
      const indexes = r.findings.map((f) => f.accountIndex);
      expect(indexes).toEqual([...new Set(indexes)].sort((a, b) => a - b));
      for (const i of indexes) expect(accounts[i]?.status).not.toBe('cancelled');
      expect(
        r.matched + r.findings.filter((f) => f.roster.length === 0 || f.kind === 'probableMatch').length,
      ).toBeLessThanOrEqual(accounts.length);
    },
  );

  test.prop([fc.array(account, { maxLength: 12 }), fc.array(row, { maxLength: 12 })])(
    'the roster written in capitals without accents gives the same report (5.4.10, 5.4.3)',
    (accounts, roster) => {
      const shouted = roster.map((r) => ({ ...r, name: fold(r.name), department: fold(r.department) }));
      const a = reconcileRoster(accounts, roster, '2027-03-01')._unsafeUnwrap();
      const b = reconcileRoster(accounts, shouted, '2027-03-01')._unsafeUnwrap();
      expect(b.findings.map((f) => [f.kind, f.accountIndex])).toEqual(
        a.findings.map((f) => [f.kind, f.accountIndex]),
      );
    },
  );

  test.prop([fc.anything(), fc.anything(), fc.anything()])('never throws on any input', (a, b, c) => {
    expect(() => reconcileRoster(a, b, c)).not.toThrow();
    expect(() => findApprovalAnomalies(a, b)).not.toThrow();
    expect(() =>
      findApprovalAnomalies(a, { asOf: '2027-01-01', ...(typeof c === 'object' ? c : {}) }),
    ).not.toThrow();
  });

  const log = requestLog(FULL_PATH);
  test.prop([
    fc.shuffledSubarray(
      log.map((_, i) => i),
      { minLength: 1 },
    ),
  ])(
    'a request log in any order is read by version: a prefix has no anomaly, a log with a hole has one (5.4.13, 8.1)',
    (picked) => {
      const entries = picked.map((i) => log[i]);
      const r = findApprovalAnomalies(entries, { asOf: '2026-12-10' })._unsafeUnwrap();
      const prefix = picked.every((i) => i < picked.length);
      if (prefix) expect(r.anomalies).toEqual([]);
      else expect(r.anomalies.length).toBeGreaterThan(0);
      for (const a of r.anomalies) for (const e of a.entries) expect(e).toBeLessThan(entries.length);
    },
  );
});

describe('the fast checks agree with the schemas (5.4.10)', () => {
  const value = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.constantFrom(
      '',
      ' ',
      '1',
      'Compras',
      '2027-01-31',
      '2027-02-30',
      'active',
      'cancelled',
      'staff',
      'nope',
      'x'.repeat(201),
    ),
    fc.integer(),
  );
  const keys = [
    'employeeId',
    'name',
    'department',
    'contractEndsOn',
    'username',
    'status',
    'holder',
    'id',
    'other',
  ];
  const object = fc.dictionary(fc.constantFrom(...keys), value);
  test.prop([fc.oneof(object, fc.anything())])(
    'isRosterRow is rosterRowSchema, isRosterAccount is rosterAccountSchema',
    (x) => {
      expect(isRosterRow(x)).toBe(rosterRowSchema.safeParse(x).success);
      expect(isRosterAccount(x)).toBe(rosterAccountSchema.safeParse(x).success);
    },
  );
});
