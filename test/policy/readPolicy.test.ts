import { describe, expect, it } from 'vitest';
import { EMPTY_LEDGER, exitCap, grant, seatCap } from '../../src/allowances/index.js';
import { openAccount } from '../../src/lifecycle/index.js';
import { generateUsername, toEmail, usernameCandidates } from '../../src/names/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { type Policy, SESEQ_POLICY } from '../../src/policy/policy.js';
import { readPolicy } from '../../src/policy/readPolicy.js';
import { createRequest, transitionRequest } from '../../src/request/index.js';
import { mailboxUsage, reviewAccounts } from '../../src/review/index.js';
import { offboardingSchedule, toPlainDate } from '../../src/schedule/index.js';

const issues = (input: unknown): string[] =>
  (readPolicy(input)._unsafeUnwrapErr().details?.issues as string[] | undefined) ?? [];

describe('readPolicy: the one policy gate (SPEC §2)', () => {
  it('reads nothing as SESEQ_POLICY, and SESEQ_POLICY and a definePolicy result as themselves', () => {
    expect(readPolicy(undefined)._unsafeUnwrap()).toBe(SESEQ_POLICY);
    expect(readPolicy(SESEQ_POLICY)._unsafeUnwrap()).toBe(SESEQ_POLICY);
    const p = definePolicy({ domain: 'salud.qro.gob.mx' })._unsafeUnwrap();
    expect(readPolicy(p)._unsafeUnwrap()).toBe(p);
  });

  it('refuses any other object, a whole valid hand-made one too: definePolicy validates it (SPEC §2)', () => {
    const hand = { ...SESEQ_POLICY, internetExitsPerDepartment: 3 };
    expect(readPolicy(hand)._unsafeUnwrapErr()).toMatchObject({ code: 'INVALID_POLICY', clause: null });
    expect(issues(hand)[0]).toMatch(/not a policy from definePolicy/);
    // Spreading a definePolicy result drops its mark; definePolicy reads it again.
    const spread = { ...definePolicy({})._unsafeUnwrap() };
    expect(readPolicy(spread).isErr()).toBe(true);
    expect(readPolicy(definePolicy(spread)._unsafeUnwrap()).isOk()).toBe(true);
    // Frozen is not enough, nor is a copied mark on an object that is not frozen.
    expect(readPolicy(Object.freeze({ ...SESEQ_POLICY })).isErr()).toBe(true);
    expect(issues(null)).toEqual(['(root): expected a policy object']);
    expect(readPolicy([]).isErr()).toBe(true);
    expect(readPolicy({}).isErr()).toBe(true);
  });

  it('definePolicy refuses a zone in which no day can be computed, and a domain that is not a DNS name (3.0)', () => {
    for (const timeZone of ['Mars/Olympus', '', 'x'.repeat(65), 'America/Mexico_City\n', 7]) {
      expect(definePolicy({ timeZone })._unsafeUnwrapErr()[0]?.details?.path).toBe('timeZone');
    }
    expect(definePolicy({ timeZone: 'Europe/Madrid' }).isOk()).toBe(true);
    for (const domain of ['seseqro.gob.mx\n', 'a@b.mx', 'SESEQRO.GOB.MX', 'x y.mx', 'mx', '-a.mx']) {
      expect(definePolicy({ domain })._unsafeUnwrapErr()[0]?.details?.path, JSON.stringify(domain)).toBe(
        'domain',
      );
    }
    expect(
      definePolicy({ reservedUsernames: new Array(200_000).fill('ADMIN') })._unsafeUnwrapErr()[0]?.code,
    ).toBe('INVALID_POLICY');
  });

  it('refuses an object it cannot read (a throwing getter, a Proxy) and lists too big to read', () => {
    const getter = Object.defineProperty({ ...SESEQ_POLICY }, 'domain', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(readPolicy(getter)._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
    const proxy = new Proxy(
      { ...SESEQ_POLICY },
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(readPolicy(proxy)._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
  });
});

describe('every module reads its policy through readPolicy: a bad one is refused, never leaks (SPEC §2)', () => {
  const partial = { domain: 'x.mx' } as unknown as Policy;
  const zoneless = { ...SESEQ_POLICY, timeZone: 'Nowhere/Else' } as Policy;
  const at = '2026-11-30T09:15:00-06:00';

  it('names: no perlahl@undefined, no address on a bad domain (3.0, 5.4.3)', () => {
    expect(generateUsername('Perla Adriana Hernández Leal', new Set(), partial)._unsafeUnwrapErr().code).toBe(
      'INVALID_POLICY',
    );
    expect(toEmail('PERLAHL', partial)).toBe('');
    expect(toEmail('PERLAHL', { ...SESEQ_POLICY, domain: 'a.mx\nBcc: x' })).toBe('');
    expect(
      usernameCandidates({ givenNames: ['PERLA'], paternalSurname: 'H', maternalSurname: 'L' }, partial),
    ).toEqual([]);
  });

  it('lifecycle and schedule: no createdOn from a bogus zone (SPEC §1)', () => {
    const input = { id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-06-01' };
    expect(openAccount(input, zoneless)._unsafeUnwrapErr()[0]?.code).toBe('INVALID_POLICY');
    expect(toPlainDate(at, zoneless)._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
    expect(offboardingSchedule('2026-12-20', partial)._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
    expect(reviewAccounts([], '2026-12-01', partial)._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_POLICY',
    });
  });

  it('request: createRequest and transitionRequest refuse a partial policy (8.1)', () => {
    expect(createRequest({}, at, { role: 'direct-boss', id: 'b' }, partial)._unsafeUnwrapErr()[0]?.code).toBe(
      'INVALID_POLICY',
    );
    expect(transitionRequest({} as never, {} as never, [] as never)._unsafeUnwrapErr().code).toBe(
      'INVALID_POLICY',
    );
  });

  it('allowances: a bad policy is refused by grant, and never lifts a cap where a number is due (4.9, 4.13)', () => {
    expect(
      grant(
        EMPTY_LEDGER,
        { kind: 'seat', department: 'Compras', username: 'PERLAHL' },
        partial,
      )._unsafeUnwrapErr().code,
    ).toBe('INVALID_POLICY');
    const lifted = { ...SESEQ_POLICY, internetExitsPerDepartment: 'many', mailboxSeatsPerDepartment: 99.5 };
    expect(exitCap(lifted as never)).toBe(2);
    expect(seatCap('Compras', lifted as never)).toBe(2);
    expect(mailboxUsage(95, 100, { ...SESEQ_POLICY, quotaWarningRatio: 0.99 } as never)).toBe('warning');
  });
});
