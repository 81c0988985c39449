import type { Result } from 'neverthrow';
import type { Violation } from '../errors/violation.js';
import { generateUsername, type Taken, type UsernameAssignment } from '../names/index.js';
import type { Policy } from '../policy/policy.js';

/** @internal The names module as the request module uses it (SPEC §10). */
export function proposeUsername(
  fullName: string,
  taken: Taken,
  policy: Policy,
): Result<UsernameAssignment, Violation> {
  return generateUsername(fullName, taken, policy);
}

export type { Taken, UsernameAssignment };
