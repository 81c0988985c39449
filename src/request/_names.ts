import type { Result } from 'neverthrow';
import type { Violation } from '../errors/violation.js';
import {
  checkUsernameConformance,
  generateUsername,
  type PersonNameInput,
  parseFullName,
  type Taken,
  type UsernameAssignment,
  type UsernameConformance,
} from '../names/index.js';
import type { Policy } from '../policy/policy.js';
import type { AccountRequestForm } from './types.js';

/** @internal The person's name as the form gives it: the full name of F01 (SPEC §3.4). */
export function formName(form: AccountRequestForm): PersonNameInput | string {
  return form.user.fullName;
}

/** @internal The names module as the request module uses it (SPEC §10). */
export function proposeUsername(
  form: AccountRequestForm,
  taken: Taken,
  policy: Policy,
): Result<UsernameAssignment, Violation> {
  return generateUsername(formName(form), taken, policy);
}

/** @internal Whether 5.4.3 can give `username` to the form's person (any rule, the numbered fallback included). */
export function conformance(
  form: AccountRequestForm,
  username: string,
  policy: Policy,
): Result<UsernameConformance, Violation> {
  return checkUsernameConformance(formName(form), username, policy);
}

/** @internal Whether the form's full name can be read (no abbreviation, a surname, …): F01, 5.4.3. */
export function readFullName(fullName: string, policy: Policy): Violation | null {
  const r = parseFullName(fullName, policy);
  return r.isErr() ? r.error : null;
}

export type { Taken, UsernameAssignment };
