import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { addDays } from '../_internal/plainDate.js';
import type { Violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { inRange, plainDateArg } from './_args.js';
import type { OffboardingSchedule } from './types.js';

/**
 * The grace period after a baja.
 *
 * "15 días naturales a partir de la fecha de baja" (4.22; 8.3-9): a period of N calendar days
 * counted from D covers D+1 … D+N, so the account stays usable through D+N and is
 * deactivated, cancelled and deleted on D+N+1 (SPEC §1, **Decision**). N is
 * `policy.offboardingGraceDays` (15). A temporary account's expiry is its baja date (4.10, 4.29).
 *
 * @param bajaOn - the baja date `YYYY-MM-DD`
 * @param policy - defaults to {@link SESEQ_POLICY}
 * @returns the schedule, or `INVALID_DATE` / `INVALID_POLICY`; never throws
 *
 * @example
 * offboardingSchedule('2026-12-20')
 * //=> ok({ bajaOn: '2026-12-20', usableThrough: '2027-01-04', cancelOn: '2027-01-05', clause: '4.22' })
 */
export function offboardingSchedule(
  bajaOn: unknown,
  policy?: Policy,
): Result<OffboardingSchedule, Violation> {
  return guard([bajaOn, policy], () => offboardingScheduleUnguarded(bajaOn, policy), refuse);
}

function offboardingScheduleUnguarded(
  bajaOn: unknown,
  policy?: Policy,
): Result<OffboardingSchedule, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  const d = plainDateArg(bajaOn, 'bajaOn');
  if (d.isErr()) return err(d.error);
  return offboardingDates(d.value, p.value);
}

/** @internal {@link offboardingSchedule} on a valid date and policy. */
export function offboardingDates(bajaOn: string, policy: Policy): Result<OffboardingSchedule, Violation> {
  const usable = inRange(addDays(bajaOn, policy.offboardingGraceDays), 'usableThrough');
  if (usable.isErr()) return err(usable.error);
  const cancel = inRange(addDays(bajaOn, policy.offboardingGraceDays + 1), 'cancelOn');
  if (cancel.isErr()) return err(cancel.error);
  return ok({ bajaOn, usableThrough: usable.value, cancelOn: cancel.value, clause: '4.22' });
}
