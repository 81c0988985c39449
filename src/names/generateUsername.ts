import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import type { Violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { availabilityOf } from './availability.js';
import { chooseUsername } from './chooseUsername.js';
import { freeTextRules } from './parseFullName.js';
import { otherReadings, readName } from './readName.js';
import type { PersonNameInput, Taken, UsernameAssignment, UsernameOptions } from './types.js';

/**
 * Chooses the username of a person by the rules of 5.4.3 (SPEC §3.2), with its address.
 *
 * The name is structured (`{ givenNames, paternalSurname?, maternalSurname? }`) or the one
 * line of form F01 (read by {@link parseFullName}). The rules are tried in order — the
 * first that applies (`primary`, `common-first-name`, `two-given-one-surname`,
 * `one-given-one-surname`), then `collision` — and the first candidate that is not
 * reserved, retired (4.19: "una vez eliminada NO se volverá a crear"), taken or over 64
 * characters wins. When both are unavailable, the first candidate is numbered 2…99
 * (`numbered`, no clause, `needsReview: true`). A collision reached from an ambiguous
 * three-word name also needs a review, since the other reading gives another collision.
 *
 * Never throws: a malformed name, `taken` or policy, and a `taken` predicate that throws,
 * are returned as violations. @see 5.4.3, 4.19, 3.0
 *
 * @param name - the person's name, structured or as free text
 * @param taken - usernames in use (retired ones included), matched case-insensitively
 * @param policy - `commonFirstNames`, `reservedUsernames` and `domain` (default SESEQ's)
 * @param options - `retired`: usernames deleted for inactivity, skipped and reported as such
 * @returns the assignment, or `ABBREVIATED_NAME`, `UNSUPPORTED_CHARACTERS`,
 *   `NAME_TOO_LONG`, `MISSING_GIVEN_NAME`, `MISSING_SURNAME`, `NO_USERNAME_AVAILABLE`,
 *   `INVALID_INPUT`
 *
 * @example
 * generateUsername('María Soledad Ramírez Trejo', new Set()).map((a) => a.username)
 * //=> ok('SOLEDADRT')
 * generateUsername({ givenNames: 'Alejandro', paternalSurname: 'Hilario', maternalSurname: 'Nájera' }, new Set(['alejandrohn']))
 * //=> ok({ username: 'AHILARION', rule: 'collision', clause: '5.4.3', email: 'ahilarion@seseqro.gob.mx', needsReview: false })
 */
export function generateUsername(
  name: PersonNameInput | string,
  taken: Taken,
  policy?: Policy,
  options?: UsernameOptions,
): Result<UsernameAssignment, Violation> {
  return guard([name, policy], () => generateUsernameUnguarded(name, taken, policy, options), refuse);
}

function generateUsernameUnguarded(
  name: PersonNameInput | string,
  taken: Taken,
  policy?: Policy,
  options?: UsernameOptions,
): Result<UsernameAssignment, Violation> {
  const parsed = readName(name, freeTextRules(policy));
  if ('code' in parsed) return err(parsed);
  // Stryker disable next-line BooleanLiteral: a batch cache over one call gives the same answer
  const availability = availabilityOf(taken, policy, options, false);
  if ('code' in availability) return err(availability);
  const chosen = chooseUsername(parsed.name, otherReadings(parsed), availability);
  return 'code' in chosen ? err(chosen) : ok(chosen);
}
