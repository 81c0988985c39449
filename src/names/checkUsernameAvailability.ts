import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { type Violation, violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { availabilityOf, isReserved, isTaken } from './availability.js';
import { USERNAME_MAX_LENGTH } from './constants.js';
import { isIn } from './taken.js';
import type { Taken, UsernameOptions } from './types.js';

// Letters, then an optional number (the numbered fallback). Linear: two disjoint classes.
const USERNAME = /^[A-Za-z]+\d*$/;

/**
 * Checks that a username chosen by hand (say, after a review) may be given to a person:
 * letters `A`–`Z` with an optional number, at most 64 characters, and not reserved for an
 * institutional mailbox (`RESERVED_USERNAME`, 4.16), not retired after deletion for
 * inactivity (`USERNAME_RETIRED`, 4.19: "una vez eliminada NO se volverá a crear"), not
 * taken (`USERNAME_TAKEN`, 5.4.3). Comparison is case-insensitive.
 * @see 5.4.3, 4.19, 4.16
 *
 * @param username - the username, unknown until checked
 * @param taken - usernames in use, matched case-insensitively
 * @param policy - its `reservedUsernames` (default SESEQ's)
 * @param options - `retired`: usernames deleted for inactivity
 * @returns the username in its canonical uppercase form, or why it cannot be used
 *
 * @example
 * checkUsernameAvailability('perlahl2', new Set(['PERLAHL']))
 * //=> ok('PERLAHL2')
 * checkUsernameAvailability('soledadrt', new Set(), undefined, { retired: new Set(['SOLEDADRT']) }).isErr()
 * //=> true
 */
export function checkUsernameAvailability(
  username: unknown,
  taken: Taken,
  policy?: Policy,
  options?: UsernameOptions,
): Result<string, Violation> {
  return guard(
    [username, policy],
    () => checkUsernameAvailabilityUnguarded(username, taken, policy, options),
    refuse,
  );
}

function checkUsernameAvailabilityUnguarded(
  username: unknown,
  taken: Taken,
  policy?: Policy,
  options?: UsernameOptions,
): Result<string, Violation> {
  if (typeof username !== 'string' || username.length > USERNAME_MAX_LENGTH || !USERNAME.test(username)) {
    return err(
      violation('INVALID_INPUT', null, {
        issues: ['username: expected letters A–Z and an optional number, at most 64 characters'],
      }),
    );
  }
  // Stryker disable next-line BooleanLiteral: a batch cache over one call gives the same answer
  const availability = availabilityOf(taken, policy, options, false);
  if ('code' in availability) return err(availability);
  const a = availability;
  const upper = username.toUpperCase();
  try {
    if (isReserved(a, upper)) return err(violation('RESERVED_USERNAME', '4.16', { username: upper }));
    if (a.retired !== null && isIn(a.retired, upper)) {
      return err(violation('USERNAME_RETIRED', '4.19', { username: upper }));
    }
    if (isTaken(a, upper)) return err(violation('USERNAME_TAKEN', '5.4.3', { username: upper }));
  } catch {
    return err(violation('INVALID_INPUT', null, { issues: ['taken: the predicate threw an exception'] }));
  }
  return ok(upper);
}
