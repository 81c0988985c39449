import type { RequestState } from './types.js';

// A memo of validation, never of results. For each state this module returned it keeps the
// values of its top-level fields; the form and every other nested object are frozen. A state
// that comes back unchanged (same fields, same values) is known to be valid, so its zod parse
// (the form is most of a step's cost) is skipped; anything else (JSON, a database row, a copy,
// a state changed since) is parsed as always.
const SEALED = new WeakMap<object, { keys: readonly string[]; values: readonly unknown[] }>();

function deepFreeze(value: object): void {
  Object.freeze(value);
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) deepFreeze(v);
  }
}

/** @internal Remembers a state this module built from validated parts; its nested objects are frozen. */
export function seal(state: RequestState): RequestState {
  const values = Object.values(state);
  for (const v of values) {
    // Nested objects are shared from state to state (the form): frozen once, then skipped.
    if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) deepFreeze(v);
  }
  SEALED.set(state, { keys: Object.keys(state), values });
  return state;
}

/** @internal Whether `state` is one this module returned, with its fields as they were. */
export function isSealed(state: unknown): state is RequestState {
  if (state === null || typeof state !== 'object') return false;
  const before = SEALED.get(state);
  if (before === undefined) return false;
  const keys = Object.keys(state);
  const values = Object.values(state);
  if (keys.length !== before.keys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== before.keys[i] || values[i] !== before.values[i]) return false;
  }
  return true;
}
