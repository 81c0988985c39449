import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { instantToPlainDate, isInstant } from '../_internal/instant.js';
import type { PlainDate } from '../_internal/plainDate.js';
import { type Violation, violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';

/**
 * The calendar day an instant falls on in the institution's time zone.
 *
 * A login time from the mail server, or an event's `at`, is an instant with an offset; the
 * procedure's periods count calendar days in `policy.timeZone` (`America/Mexico_City`), never
 * in the process's `TZ` (SPEC §1). The date of an event is `toPlainDate(event.at)`.
 *
 * @param instant - an ISO 8601 date-time with an offset or `Z`
 * @param policy - defaults to {@link SESEQ_POLICY}
 * @returns the day, or `INVALID_INSTANT` (or `INVALID_POLICY` for a policy not from definePolicy)
 *
 * @example
 * toPlainDate('2027-01-05T03:30:00Z')
 * //=> ok('2027-01-04')
 */
export function toPlainDate(instant: unknown, policy?: Policy): Result<PlainDate, Violation> {
  return guard([instant, policy], () => toPlainDateUnguarded(instant, policy), refuse);
}

function toPlainDateUnguarded(instant: unknown, policy?: Policy): Result<PlainDate, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  if (!isInstant(instant)) {
    const shown =
      typeof instant === 'string' ? instant.slice(0, 40) : instant === null ? 'null' : typeof instant;
    return err(violation('INVALID_INSTANT', null, { value: shown }));
  }
  // The zone is one definePolicy checked (isUsableTimeZone) and readPolicy lets only such
  // policies through, so the conversion cannot throw; were it to, guard answers INVALID_INPUT.
  return ok(instantToPlainDate(instant, p.value.timeZone));
}
