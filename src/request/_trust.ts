import type { RequestState } from './types.js';

// A memo of validation, never of results: the states this module returned itself, frozen to
// the last nested object so that nobody can change them afterwards. Such a state comes back
// to transitionRequest already known to be valid, so its zod parse (the form is most of a
// step's cost) is skipped; any other object (JSON, a database row, a copy) is parsed as always.
const TRUSTED = new WeakSet<object>();

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

/** @internal Freezes a state this module built from validated parts and remembers it. */
export function seal(state: RequestState): RequestState {
  deepFreeze(state);
  TRUSTED.add(state);
  return state;
}

/** @internal Whether `state` is one this module returned (frozen, unchanged since). */
export function isSealed(state: unknown): state is RequestState {
  return state !== null && typeof state === 'object' && TRUSTED.has(state);
}
