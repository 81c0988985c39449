import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dateMemo, isAccountState } from '../../src/lifecycle/_isAccountState.js';
import type { AccountState } from '../../src/lifecycle/index.js';
import { accountStateSchema } from '../../src/lifecycle/schema.js';
import { lifeArb } from '../arbitraries/account.js';

// The fast state check must accept exactly what accountStateSchema accepts (SPEC §11): a
// fixed table of edits, one field at a time, at the edges of each field's type, on reachable
// states that carry every optional part (mutation testing, issue 12).

type Obj = Record<string, unknown>;

// Built on first use, inside a test: code run while the file is collected counts, for
// Stryker's per-test coverage, as covered by every test (and runs them all for each mutant).
let sampled: AccountState[] | undefined;
function reachable(): AccountState[] {
  sampled ??= fc
    .sample(lifeArb, { seed: 20261201, numRuns: 100 })
    .flatMap((l) => [l.initial, ...l.applied.map((a) => a.after)]);
  return sampled;
}

/** A reachable state whose `key` (or `key.sub`) is present. */
function withPart(key: string, sub?: string): Obj {
  const s = reachable().find((x) => {
    const v = (x as unknown as Obj)[key];
    return v !== undefined && v !== null && (sub === undefined || (typeof v === 'object' && sub in v));
  });
  if (s === undefined) throw new Error(`no sampled state has ${key}${sub ? `.${sub}` : ''}`);
  return s as unknown as Obj;
}

const EDGE: unknown[] = [
  '__delete__',
  undefined,
  null,
  '',
  'x',
  'x'.repeat(200),
  'x'.repeat(201),
  0,
  -1,
  1,
  1.5,
  1_000_000_000,
  1_000_000_001,
  10_000_000,
  10_000_001,
  Number.NaN,
  true,
  false,
  [],
  {},
  '2026-02-28',
  '2026-02-29',
  '2028-02-29',
  '2026-13-01',
  '9999-12-31',
  '2026-03-01T10:00:00-06:00',
  '2026-03-01T10:00:00',
  'active',
  'gracePeriod',
  'cancelled',
  'staff',
  'external',
  'contractor',
  'vacation',
  'unpaid',
  'medical',
  'investigation',
  'sanction',
  'inactivity',
  'baja',
  'request',
  'expiry',
  'separation',
  'positionChange',
  'contractEnd',
  'onLeave',
  'inactivityInquiry',
  'transferPending',
  'cancellationNotice',
  'suspended',
  'PERLAHL',
  ['PERLAHL'],
  ['2026-02-28'],
  'perlahl',
  '1PERLAHL',
  'P',
  `P${'A'.repeat(63)}`,
  `P${'A'.repeat(64)}`,
  { days: 0 },
  { days: -1 },
  { days: 1.5 },
  { days: 10_000_000 },
  { days: 10_000_001 },
  { days: '1' },
  { days: 1, extra: 1 },
  { on: '2026-03-01', cause: 'request' },
  { on: '2026-03-01', cause: 'nope' },
  { on: '2026-02-30', cause: 'request' },
  { on: '2026-03-01', cause: 'request', extra: 1 },
];

const KEYS = [
  'id',
  'version',
  'status',
  'username',
  'department',
  'holder',
  'createdOn',
  'lastAccessOn',
  'expiresOn',
  'internet',
  'usableThrough',
  'cancelOn',
  'cancellation',
  'updatedAt',
  'resumedOn',
  'leave',
  'suspension',
  'inquiry',
  'transfer',
  'closing',
  'scheduledBaja',
  'extra',
];

const NESTED: Record<string, string[]> = {
  leave: ['kind', 'since', 'until'],
  suspension: ['reason', 'since', 'until', 'network', 'mailbox', 'resume'],
  inquiry: ['openedOn', 'inactiveFrom'],
  transfer: ['toDepartment', 'reportedOn', 'effectiveOn', 'lateNotice'],
  closing: ['cause', 'since', 'bajaOn', 'reason', 'lateNotice', 'previous'],
  scheduledBaja: ['on', 'reportedOn', 'reason'],
  cancellation: ['on', 'cause'],
};

const edit = (o: Obj, key: string, value: unknown): Obj => {
  const m: Obj = { ...o };
  if (value === '__delete__') delete m[key];
  else m[key] = value;
  return m;
};

/** Both checks, with and without a date memo (twice with the same memo: the second reads it). */
function expectAgreement(x: unknown, what: string): boolean {
  const schema = accountStateSchema.safeParse(x).success;
  const memo = dateMemo();
  expect([isAccountState(x), isAccountState(x, memo), isAccountState(x, memo)], what).toEqual([
    schema,
    schema,
    schema,
  ]);
  return schema;
}

describe('isAccountState: the fast check agrees with the schema, field by field (SPEC §11)', () => {
  const first = () => reachable()[0] as unknown as Obj;
  const bases = (): Obj[] => [
    first(),
    ...Object.entries(NESTED).flatMap(([k, subs]) => subs.map((sub) => withPart(k, sub))),
  ];

  it('accepts every reachable state it is given', () => {
    for (const s of bases()) expect(expectAgreement(s, 'base')).toBe(true);
  });

  it('agrees on every top-level field set to each edge value or removed', () => {
    let refused = 0;
    for (const s of [first(), withPart('closing', 'previous')])
      for (const key of KEYS)
        for (const v of EDGE) if (!expectAgreement(edit(s, key, v), `${key}=${String(v)}`)) refused++;
    expect(refused).toBeGreaterThan(500);
  });

  it('agrees on every nested field set to each edge value, removed, or joined by an unknown key', () => {
    for (const [key, subs] of Object.entries(NESTED))
      for (const sub of subs) {
        const s = withPart(key, sub);
        const inner = s[key] as Obj;
        for (const name of [sub, 'extra'])
          for (const v of EDGE)
            expectAgreement({ ...s, [key]: edit(inner, name, v) }, `${key}.${name}=${String(v)}`);
      }
  });

  it('refuses what is not an object, and an inherited unknown key as zod does', () => {
    for (const x of [null, undefined, 1, 'a', [], [first()]])
      expect(expectAgreement(x, String(x))).toBe(false);
    const s = first();
    const inherited = Object.assign(Object.create({ extra: 1 }), s);
    expectAgreement(inherited, 'inherited key');
  });

  it('remembers a date judged once within one memo, and judges it the same', () => {
    const memo = dateMemo();
    const s = first();
    expect(isAccountState({ ...s, createdOn: '2026-02-30' }, memo)).toBe(false);
    expect(memo.get('2026-02-30')).toBe(false);
    expect(isAccountState(s, memo)).toBe(true);
    expect(memo.get(s.createdOn as string)).toBe(true);
  });
});
