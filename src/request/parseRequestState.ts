import { err, ok, type Result } from 'neverthrow';
import { guard, refuseAll } from '../_internal/guard.js';
import { issuesToViolations } from '../_internal/zod.js';
import type { Violation } from '../errors/violation.js';
import { requestStateSchema } from './schema.js';
import type { RequestState } from './types.js';

/**
 * Loads a stored request state back, validated: every field of SPEC §11, the form with its F01
 * rules, and the agreement between status, username and internet that every state the
 * machine reaches has. Every problem at once, each with its path.
 *
 * @example
 * parseRequestState(JSON.parse(JSON.stringify(state)))._unsafeUnwrap()
 * //=> the same state
 */
export function parseRequestState(input: unknown): Result<RequestState, Violation[]> {
  return guard([input], () => parseRequestStateUnguarded(input), refuseAll);
}

function parseRequestStateUnguarded(input: unknown): Result<RequestState, Violation[]> {
  const parsed = requestStateSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(issuesToViolations(parsed.error.issues));
}
