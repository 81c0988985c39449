import type { Result } from 'neverthrow';
import type { Violation } from '../errors/violation.js';
import { generateUsername, parseFullName, type Taken, type UsernameAssignment } from '../names/index.js';
import type { Policy } from '../policy/policy.js';

/** @internal The names module as the request module uses it (SPEC §10). */
export function proposeUsername(
  fullName: string,
  taken: Taken,
  policy: Policy,
): Result<UsernameAssignment, Violation> {
  return generateUsername(fullName, taken, policy);
}

/** @internal Whether the form's full name can be read (no abbreviation, a surname, …): F01, 5.4.3. */
export function readFullName(fullName: string, policy: Policy): Violation | null {
  const r = parseFullName(fullName, policy);
  return r.isErr() ? r.error : null;
}

export type { Taken, UsernameAssignment };
