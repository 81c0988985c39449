import type { Result } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { guard, INPUT_LIMITS, inputProblem, refuse } from '../../src/_internal/guard.js';
import { parseLedger } from '../../src/allowances/index.js';
import { describe as say } from '../../src/errors/describe.js';
import type { Violation } from '../../src/errors/violation.js';
import { toMermaid } from '../../src/machine/index.js';
import { isParticle } from '../../src/names/index.js';
import { transitionRequest } from '../../src/request/index.js';
import { cyclic } from '../_hostile.js';

const deep = (n: number, array: boolean): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < n; i++) v = array ? [v] : { a: v };
  return v;
};

describe('the input guard: hostile input is INVALID_INPUT, never a throw (SPEC §0)', () => {
  it('names why plain data cannot be read: cycle, depth, holes, size', () => {
    expect(inputProblem(cyclic())).toBe('cyclic');
    expect(inputProblem(deep(INPUT_LIMITS.depth + 2, false))).toMatch(/nested deeper/);
    expect(inputProblem(deep(INPUT_LIMITS.depth, true))).toBeNull();
    const holes = [1];
    holes[2] = 3;
    expect(inputProblem(holes)).toBe('an array with holes');
    expect(inputProblem(new Array(INPUT_LIMITS.arrayEntries + 1).fill(0))).toMatch(
      /more than 100000 entries/,
    );
    const shared = { role: 'it-head', id: 'x' };
    expect(inputProblem([shared, shared, { shared }])).toBeNull();
  });

  it('turns a throw of the body or of the input into the fallback', () => {
    const getter = Object.defineProperty({}, 'x', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(
      guard(
        [getter],
        () => 1,
        () => 2,
      ),
    ).toBe(2);
    const thrower = (): Result<number, Violation> => {
      throw new RangeError('stack');
    };
    expect(guard([], thrower, refuse)._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
  });

  it('refuses a sparse array of length 10⁶ at once, and 200 000 bad entries without a RangeError', () => {
    // Counted, not timed: the walk asks for one index of the sparse array, not 10⁶ (a length
    // over the limit is refused before any index is read).
    let reads = 0;
    const counted = (length: number) =>
      new Proxy(new Array(length), {
        has(target, key) {
          reads++;
          return Reflect.has(target, key);
        },
      });
    expect(parseLedger({ departments: counted(1_000_000) })._unsafeUnwrapErr()[0]?.details).toEqual({
      issues: ['(root): an array of more than 100000 entries'],
    });
    expect(reads).toBe(0);
    expect(parseLedger({ departments: counted(100_000) })._unsafeUnwrapErr()[0]?.details).toEqual({
      issues: ['(root): an array with holes'],
    });
    expect(reads).toBe(1);
    const many = { departments: Array.from({ length: 200_000 }, () => ({ department: 1 })) };
    expect(parseLedger(many)._unsafeUnwrapErr()[0]?.details).toEqual({
      issues: ['(root): an array of more than 100000 entries'],
    });
  });

  it('the exports that threw in issue 12 now answer', () => {
    const cyclic: Record<string, unknown> = { issues: [] };
    (cyclic.issues as unknown[]).push(cyclic.issues);
    cyclic.me = cyclic;
    expect(typeof say({ code: 'INVALID_INPUT', clause: null, details: cyclic })).toBe('string');
    expect(typeof say({ code: 'INVALID_INPUT', clause: null, details: { issues: deep(10_000, true) } })).toBe(
      'string',
    );
    expect(isParticle(undefined as never)).toBe(false);
    expect(toMermaid({} as never)).toBe('');
    expect(transitionRequest({} as never, {} as never, {} as never)._unsafeUnwrapErr().code).toBe(
      'INVALID_POLICY',
    );
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(transitionRequest(proxy as never, proxy as never)._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
  });
});
