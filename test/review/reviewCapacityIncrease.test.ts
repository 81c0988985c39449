import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { reviewCapacityIncrease } from '../../src/review/index.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';

const memo = {
  username: 'PERLAHL',
  currentMb: 1024,
  requestedMb: 2048,
  justification: 'Recibe los expedientes escaneados de las 18 unidades',
  signedBy: { name: 'Lic. Ana Ruiz', headOfArea: true },
  memoOn: '2026-11-30',
};

describe('reviewCapacityIncrease: more capacity by memo, justified and signed by the head of the area (4.15)', () => {
  it('accepts a justified memo signed by the head of the area (4.15)', () => {
    expect(reviewCapacityIncrease(memo)._unsafeUnwrap()).toEqual({
      username: 'PERLAHL',
      fromMb: 1024,
      toMb: 2048,
      clause: '4.15',
    });
  });

  it('refuses a memo without a justification (CAPACITY_INCREASE_NEEDS_JUSTIFICATION, 4.15)', () => {
    for (const justification of [undefined, null, '   ']) {
      const { justification: _, ...rest } = memo;
      const input = justification === undefined ? rest : { ...rest, justification };
      expect(reviewCapacityIncrease(input)._unsafeUnwrapErr()).toEqual([
        {
          code: 'CAPACITY_INCREASE_NEEDS_JUSTIFICATION',
          clause: '4.15',
          details: { missing: 'justification' },
        },
      ]);
    }
  });

  it('refuses a memo not signed by the head of the area (4.15)', () => {
    expect(
      reviewCapacityIncrease({
        ...memo,
        signedBy: { name: 'Jefe de oficina', headOfArea: false },
      })._unsafeUnwrapErr()[0],
    ).toMatchObject({
      code: 'CAPACITY_INCREASE_NEEDS_JUSTIFICATION',
      details: { missing: 'signature of the head of the area' },
    });
    expect(reviewCapacityIncrease({ ...memo, signedBy: null })._unsafeUnwrapErr()[0]?.code).toBe(
      'CAPACITY_INCREASE_NEEDS_JUSTIFICATION',
    );
  });

  it('reports every problem at once, and a request that is no increase', () => {
    const r = reviewCapacityIncrease({
      username: 'PERLAHL',
      currentMb: 2048,
      requestedMb: 1024,
    })._unsafeUnwrapErr();
    expect(r.map((v) => v.code)).toEqual([
      'INVALID_INPUT',
      'CAPACITY_INCREASE_NEEDS_JUSTIFICATION',
      'CAPACITY_INCREASE_NEEDS_JUSTIFICATION',
    ]);
  });

  it('refuses malformed input with INVALID_INPUT, never throwing', () => {
    for (const bad of [null, 1, 'x', {}, { ...memo, extra: 1 }, { ...memo, requestedMb: '2048' }]) {
      expect(reviewCapacityIncrease(bad)._unsafeUnwrapErr()[0]?.code).toBe('INVALID_INPUT');
    }
  });
});

describe('reviewCapacityIncrease: never beyond the maximum (5.4.7, 4.15)', () => {
  it('refuses an increase beyond the policy maximum, however well justified (CAPACITY_OUT_OF_RANGE, 5.4.7)', () => {
    expect(reviewCapacityIncrease({ ...memo, requestedMb: 10_241 })._unsafeUnwrapErr()).toEqual([
      {
        code: 'CAPACITY_OUT_OF_RANGE',
        clause: '5.4.7',
        details: { capacityMb: 10_241, min: 256, max: 10_240 },
      },
    ]);
    expect(reviewCapacityIncrease({ ...memo, requestedMb: 10_240 }).isOk()).toBe(true);
  });

  it('reads the maximum from the policy (5.4.7)', () => {
    const p = definePolicy({ mailboxCapacityMb: { max: 20_480 } })._unsafeUnwrap();
    expect(reviewCapacityIncrease({ ...memo, requestedMb: 20_480 }, p).isOk()).toBe(true);
    expect(reviewCapacityIncrease({ ...memo, requestedMb: 20_481 }, p)._unsafeUnwrapErr()[0]?.code).toBe(
      'CAPACITY_OUT_OF_RANGE',
    );
  });
});

describe('reviewCapacityIncrease: the memo at its edges (4.15, 5.4.7)', () => {
  const code = (input: unknown, policy?: never) =>
    reviewCapacityIncrease(input, policy).match(
      () => 'ok',
      (e) => e.map((v) => v.code).join(','),
    );

  it('refuses a request for exactly the current capacity: it is no increase (4.15)', () => {
    expect(reviewCapacityIncrease({ ...memo, requestedMb: 1024 })._unsafeUnwrapErr()).toEqual([
      {
        code: 'INVALID_INPUT',
        clause: '4.15',
        details: { issues: ['requestedMb: not more than currentMb'], currentMb: 1024, requestedMb: 1024 },
      },
    ]);
    expect(code({ ...memo, requestedMb: 1025 })).toBe('ok');
  });

  it('refuses a signature whose name is blank, even from the head of the area (4.15)', () => {
    expect(
      reviewCapacityIncrease({ ...memo, signedBy: { name: '  ', headOfArea: true } })._unsafeUnwrapErr(),
    ).toEqual([
      {
        code: 'CAPACITY_INCREASE_NEEDS_JUSTIFICATION',
        clause: '4.15',
        details: { missing: 'signature of the head of the area' },
      },
    ]);
    const { signedBy: _, ...unsigned } = memo;
    expect(code(unsigned)).toBe('CAPACITY_INCREASE_NEEDS_JUSTIFICATION');
  });

  it('bounds every field of the memo, refusing what is beyond with INVALID_INPUT (4.15)', () => {
    expect(code({ ...memo, currentMb: 0 })).toBe('ok');
    expect(code({ ...memo, currentMb: -1 })).toBe('INVALID_INPUT');
    expect(code({ ...memo, requestedMb: 100_000_001 })).toBe('INVALID_INPUT');
    expect(code({ ...memo, requestedMb: 100_000_000 })).toBe('CAPACITY_OUT_OF_RANGE');
    expect(code({ ...memo, username: '' })).toBe('INVALID_INPUT');
    expect(code({ ...memo, username: 'A'.repeat(64) })).toBe('ok');
    expect(code({ ...memo, username: 'A'.repeat(65) })).toBe('INVALID_INPUT');
    expect(code({ ...memo, justification: 'x'.repeat(5000) })).toBe('ok');
    expect(code({ ...memo, justification: 'x'.repeat(5001) })).toBe('INVALID_INPUT');
    expect(code({ ...memo, signedBy: { name: 'x'.repeat(200), headOfArea: true } })).toBe('ok');
    expect(code({ ...memo, signedBy: { name: 'x'.repeat(201), headOfArea: true } })).toBe('INVALID_INPUT');
    expect(code({ ...memo, signedBy: { name: 'Lic. Ana Ruiz', headOfArea: true, extra: 1 } })).toBe(
      'INVALID_INPUT',
    );
    expect(code({ ...memo, memoOn: '2026-02-30' })).toBe('INVALID_INPUT');
  });

  it('reads the minimum from the policy into the refusal (5.4.7)', () => {
    const p = definePolicy({ mailboxCapacityMb: { min: 512, max: 4096 } })._unsafeUnwrap();
    expect(reviewCapacityIncrease({ ...memo, requestedMb: 4097 }, p)._unsafeUnwrapErr()).toEqual([
      { code: 'CAPACITY_OUT_OF_RANGE', clause: '5.4.7', details: { capacityMb: 4097, min: 512, max: 4096 } },
    ]);
  });

  it('refuses a hand-made policy and hostile input, never throwing', () => {
    expect(code(memo, {} as never)).toBe('INVALID_POLICY');
    const throwing = Object.defineProperty({ ...memo }, 'username', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(reviewCapacityIncrease(throwing)._unsafeUnwrapErr()).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    ]);
  });
});

describe('reviewCapacityIncrease: what a refusal says (4.15)', () => {
  it('names the field the schema refuses, and refuses a cyclic memo before reading it', () => {
    expect(reviewCapacityIncrease({ ...memo, username: '' })._unsafeUnwrapErr()).toEqual([
      {
        code: 'INVALID_INPUT',
        clause: null,
        details: { path: 'username', issue: 'too_small', issues: 'username: too_small' },
      },
    ]);
    expect(reviewCapacityIncrease(cyclic(memo))._unsafeUnwrapErr()).toEqual([CYCLIC_REFUSAL]);
  });
});
