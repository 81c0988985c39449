import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { addMonths, type PlainDate } from '../_internal/plainDate.js';
import type { Violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { inRange, plainDateArg } from './_args.js';
import type { InactivityStatus } from './types.js';

/**
 * Whether an account has gone unused for the inactivity threshold.
 *
 * "Se eliminarán aquellas cuentas de correo que no han sido consultadas durante un periodo
 * continuado de tres meses" (4.19; 5.4.4, 8.3-3). The threshold is
 * `policy.inactivityThreshold` (3 months; the F01's "más de un mes" is not followed, SPEC §2),
 * added as calendar months with end-of-month clamping: last access 2026-11-30 → inactive on
 * and after 2027-02-28 (SPEC §7, **Decision**). An account never used counts from its creation
 * date; when both dates are given the later one counts (an access before creation is
 * impossible, and a creation after the last access restarts the count).
 *
 * Inactivity does not cancel an account by itself: the mail officer asks the boss first
 * (8.3-4, the account lifecycle's `OPEN_INACTIVITY_INQUIRY`).
 *
 * @param lastAccessOn - the last day the account was consulted, or `null` when never
 * @param createdOn - the day the account was created
 * @param asOf - the day of the question
 * @param policy - defaults to {@link SESEQ_POLICY}
 * @returns the status, or `INVALID_DATE` / `INVALID_POLICY`; never throws
 *
 * @example
 * inactivityStatus('2026-11-30', '2026-01-15', '2027-02-28')
 * //=> ok({ inactive: true, inactiveFrom: '2027-02-28', clause: '4.19' })
 * inactivityStatus(null, '2026-01-15', '2026-04-14')
 * //=> ok({ inactive: false, inactiveFrom: '2026-04-15', clause: '4.19' })
 */
export function inactivityStatus(
  lastAccessOn: unknown,
  createdOn: unknown,
  asOf: unknown,
  policy?: Policy,
): Result<InactivityStatus, Violation> {
  return guard(
    [lastAccessOn, createdOn, asOf, policy],
    () => inactivityStatusUnguarded(lastAccessOn, createdOn, asOf, policy),
    refuse,
  );
}

function inactivityStatusUnguarded(
  lastAccessOn: unknown,
  createdOn: unknown,
  asOf: unknown,
  policy?: Policy,
): Result<InactivityStatus, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  const last = lastAccessOn === null ? ok(null) : plainDateArg(lastAccessOn, 'lastAccessOn');
  if (last.isErr()) return err(last.error);
  const created = plainDateArg(createdOn, 'createdOn');
  if (created.isErr()) return err(created.error);
  const day = plainDateArg(asOf, 'asOf');
  if (day.isErr()) return err(day.error);
  const from = inactiveFromDate(countsFrom(last.value, created.value), p.value);
  if (from.isErr()) return err(from.error);
  return ok({ inactive: day.value >= from.value, inactiveFrom: from.value, clause: '4.19' });
}

/** @internal The day the inactivity count starts: the later of the last access and creation. */
export function countsFrom(lastAccessOn: PlainDate | null, createdOn: PlainDate): PlainDate {
  const last = lastAccessOn ?? createdOn;
  return last > createdOn ? last : createdOn;
}

/** @internal The first inactive day for a count starting on `since`. */
export function inactiveFromDate(since: PlainDate, policy: Policy): Result<PlainDate, Violation> {
  return inRange(addMonths(since, policy.inactivityThreshold.months), 'inactiveFrom');
}
