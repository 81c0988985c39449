// Hostile inputs shared by the tests of every module (SPEC §0: what cannot be read as plain data
// is refused at once, never a throw or a hang), and the refusal they are compared against.

/**
 * A shallow copy of `base` (by default an empty object) whose own `self` key, added last, points
 * at the copy itself: `{ ...base, self: <the copy> }`. The input guard refuses it as `cyclic`
 * before anything reads `base`'s fields. `base` itself is left untouched.
 */
export function cyclic<T extends object = Record<string, unknown>>(base?: T): T & { self: unknown } {
  const copy: Record<string, unknown> = { ...base };
  copy.self = copy;
  return copy as T & { self: unknown };
}

/**
 * The violation a guarded function answers for a cyclic argument:
 * `{ code: 'INVALID_INPUT', clause: null, details: { issues: ['(root): cyclic'] } }`. Functions
 * that answer a list of violations are compared against `[CYCLIC_REFUSAL]`. Frozen, so no test
 * can change it for the others.
 */
export const CYCLIC_REFUSAL: {
  readonly code: 'INVALID_INPUT';
  readonly clause: null;
  readonly details: { readonly issues: readonly string[] };
} = Object.freeze({
  code: 'INVALID_INPUT',
  clause: null,
  details: Object.freeze({ issues: Object.freeze(['(root): cyclic']) }),
});

/**
 * A name whose `givenNames` getter answers once, then throws: it passes the guard's walk (the
 * first read) and fails when the function reads it again.
 */
export function nameReadableOnce(): { readonly givenNames: string; readonly paternalSurname: string } {
  let reads = 0;
  return {
    get givenNames() {
      reads += 1;
      if (reads > 1) throw new Error('read twice');
      return 'Ana';
    },
    paternalSurname: 'Ruiz',
  };
}
