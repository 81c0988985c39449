import { describe, expect, it } from 'vitest';
import { capacityForPosition } from '../../src/policy/capacity.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { type Policy, SESEQ_POLICY } from '../../src/policy/policy.js';

describe('mailbox capacity in the policy (4.14, 5.4.7)', () => {
  it("holds SESEQ's range: 256 to 10 240 MB, 1 024 by default (4.14, 5.4.7, decision Q3)", () => {
    expect(SESEQ_POLICY.mailboxCapacityMb).toEqual({ min: 256, max: 10_240, default: 1024 });
  });

  it('takes overrides of each bound and capacities by position (5.4.7)', () => {
    const p = definePolicy({
      mailboxCapacityMb: { max: 20_480, byPosition: { 'Director de Área': 4096 } },
    })._unsafeUnwrap();
    expect(p.mailboxCapacityMb).toEqual({
      min: 256,
      max: 20_480,
      default: 1024,
      byPosition: { 'Director de Área': 4096 },
    });
    expect(Object.isFrozen(p.mailboxCapacityMb.byPosition)).toBe(true);
  });

  it('refuses a range that is not one: min above max, the default or a position outside it (INVALID_POLICY, 5.4.7)', () => {
    const problems = definePolicy({
      mailboxCapacityMb: { min: 2048, max: 1024, default: 1024, byPosition: { Analista: 100_000 } },
    })._unsafeUnwrapErr();
    expect(problems.map((v) => [v.code, v.clause, v.details?.path])).toEqual([
      ['INVALID_POLICY', '5.4.7', 'mailboxCapacityMb.min'],
      ['INVALID_POLICY', '5.4.7', 'mailboxCapacityMb.default'],
      ['INVALID_POLICY', '5.4.7', 'mailboxCapacityMb.byPosition.Analista'],
    ]);
    expect(definePolicy({ mailboxCapacityMb: { min: 0 } }).isErr()).toBe(true);
    expect(definePolicy({ mailboxCapacityMb: { max: 1.5 } }).isErr()).toBe(true);
    expect(definePolicy({ mailboxCapacityMb: { colour: 1 } }).isErr()).toBe(true);
  });

  it('lets no position called __proto__ pollute anything (as seatExceptions)', () => {
    const input = JSON.parse(
      '{"mailboxCapacityMb":{"byPosition":{"__proto__":{"polluted":true},"Analista":2048}}}',
    );
    definePolicy(input);
    const p = definePolicy(
      JSON.parse('{"mailboxCapacityMb":{"byPosition":{"__proto__":4096,"Analista":2048}}}'),
    )._unsafeUnwrap();
    expect(Object.getPrototypeOf(p.mailboxCapacityMb.byPosition)).toBeNull();
    expect(capacityForPosition('Analista', p)).toBe(2048);
    expect(capacityForPosition('__proto__', p)).toBe(1024);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('capacityForPosition (4.14: "determinada por las características del puesto")', () => {
  // Built inside each test, not when the file is collected: Stryker's vitest runner counts a
  // file that fails to collect as no failure at all (stryker-js#6150).
  const policy = () =>
    definePolicy({
      mailboxCapacityMb: { byPosition: { 'Director de Área': 4096, 'Jefe de Departamento': 2048 } },
    })._unsafeUnwrap();

  it("gives the position's capacity, compared without case, accents or extra blanks (4.14)", () => {
    const p = policy();
    expect(capacityForPosition('Director de Área', p)).toBe(4096);
    expect(capacityForPosition('  director  DE area ', p)).toBe(4096);
    expect(capacityForPosition('Jefe de departamento', p)).toBe(2048);
  });

  it('gives the default to any other position (4.14)', () => {
    const p = policy();
    expect(capacityForPosition('Analista de sistemas', p)).toBe(1024);
    expect(capacityForPosition('Director de Área')).toBe(1024);
  });

  it("reads a hand-made policy without a range, or a broken one, as SESEQ's: the maximum is never lifted (5.4.7)", () => {
    const { mailboxCapacityMb: _, ...rest } = SESEQ_POLICY;
    expect(capacityForPosition('Analista', rest as Policy)).toBe(1024);
    const broken = { ...SESEQ_POLICY, mailboxCapacityMb: { min: 1, max: 'mucho', default: 5000 } };
    expect(capacityForPosition('Analista', broken as unknown as Policy)).toBe(1024);
  });
});
