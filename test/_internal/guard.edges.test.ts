import type { Result } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import {
  guard,
  INPUT_LIMITS,
  inputProblem,
  refuse,
  refuseAll,
  UNREADABLE,
} from '../../src/_internal/guard.js';
import type { Violation } from '../../src/errors/violation.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';

const limits = (depth: number, arrayEntries: number, nodes: number) =>
  ({ depth, arrayEntries, nodes }) as unknown as typeof INPUT_LIMITS;
const small = limits(2, 2, 3);

describe('the input guard at its limits (SPEC §0: refused at once, never a throw or a hang)', () => {
  it('reads null, primitives and plain data as no problem', () => {
    for (const v of [null, undefined, 0, '', 'x', true, Symbol('s'), () => 1])
      expect(inputProblem(v)).toBeNull();
    expect(inputProblem({ a: null, b: [null, 1, 'x'], c: { d: undefined } })).toBeNull();
  });

  it('counts the objects it meets, up to the limit exactly', () => {
    expect(inputProblem({ a: {}, b: 'x' }, small)).toBeNull();
    expect(inputProblem({ a: {}, b: [] }, small)).toBeNull();
    expect(inputProblem({ a: {}, b: [], c: {} }, small)).toBe('more than 3 values');
    expect(inputProblem(['a', 'b'], small)).toBeNull();
  });

  it('nests up to the depth limit exactly', () => {
    expect(inputProblem({ a: { b: {} } }, small)).toBeNull();
    expect(inputProblem({ a: { b: { c: 1 } } }, small)).toBeNull();
    expect(inputProblem([[[]]], limits(1, 2, 3))).toBe('nested deeper than 1');
  });

  it('takes arrays up to the entry limit exactly', () => {
    expect(inputProblem([1, 2], small)).toBeNull();
    expect(inputProblem([1, 2, 3], small)).toBe('an array of more than 2 entries');
    expect(inputProblem([1, 2, 3])).toBeNull();
    expect(INPUT_LIMITS).toEqual({ depth: 64, arrayEntries: 100_000, nodes: 1_000_000 });
    expect(Object.isFrozen(INPUT_LIMITS)).toBe(true);
  });

  it('finds a problem in any entry, not only the first', () => {
    expect(inputProblem([{}, cyclic()])).toBe('cyclic');
    expect(inputProblem({ a: {}, b: cyclic() })).toBe('cyclic');
    const holed = [2, 3, 4];
    delete holed[1];
    expect(inputProblem([1, holed])).toBe('an array with holes');
    expect(inputProblem([undefined, 2])).toBeNull();
  });

  it('tells a cycle from the same object met twice', () => {
    const shared = {};
    expect(inputProblem({ a: shared, b: shared, c: [shared, shared] })).toBeNull();
    expect(inputProblem(cyclic())).toBe('cyclic');
    const a: unknown[] = [];
    a.push([a]);
    expect(inputProblem(a)).toBe('cyclic');
  });

  it('does not walk into sets and maps', () => {
    const s = new Set<unknown>([cyclic()]);
    (s as unknown as Record<string, unknown>).self = s;
    const m = new Map<unknown, unknown>([['k', cyclic()]]);
    (m as unknown as Record<string, unknown>).self = m;
    expect(inputProblem({ s, m })).toBeNull();
  });

  it('refuses with the first problem of any argument, and runs the body only when there is none', () => {
    let ran = 0;
    const body = () => {
      ran++;
      return 'ran';
    };
    const r = guard<unknown>([{}, 'x', cyclic()], body, (v) => v);
    expect(r).toEqual(CYCLIC_REFUSAL);
    expect(ran).toBe(0);
    expect(guard<string>([{}, 'x'], body, () => 'refused')).toBe('ran');
    expect(ran).toBe(1);
  });

  it('answers a throw with the frozen UNREADABLE violation', () => {
    const r = guard<Result<never, Violation[]>>(
      [],
      () => {
        throw new Error('boom');
      },
      refuseAll,
    );
    expect(r._unsafeUnwrapErr()).toEqual([UNREADABLE]);
    expect(UNREADABLE).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { issues: ['(root): unreadable input'] },
    });
    expect(Object.isFrozen(UNREADABLE)).toBe(true);
    expect(refuse(UNREADABLE)._unsafeUnwrapErr()).toBe(UNREADABLE);
  });
});
