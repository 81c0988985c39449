import { describe, expect, it } from 'vitest';
import { reviewCapacityIncrease } from '../../src/review/index.js';

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
