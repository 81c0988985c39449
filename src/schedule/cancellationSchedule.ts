import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { addDays } from '../_internal/plainDate.js';
import type { Violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { inRange, plainDateArg } from './_args.js';
import type { CancellationSchedule } from './types.js';

/**
 * When a boss's written cancellation takes effect.
 *
 * The IT area sends "un correo de confirmación dos días antes de efectuar la cancelación"
 * (4.24; 8.3-7): the confirmation goes out on D and the cancellation takes effect on D+N, with
 * N = `policy.cancellationNoticeDays` (2) (SPEC §7, **Decision**). On that day the account
 * enters its grace period (8.3-8, 8.3-9; see the account lifecycle).
 *
 * @param noticeOn - the day the confirmation is sent, `YYYY-MM-DD`
 * @param policy - defaults to {@link SESEQ_POLICY}
 * @returns the schedule, or `INVALID_DATE` / `INVALID_POLICY`; never throws
 *
 * @example
 * cancellationSchedule('2026-02-27')
 * //=> ok({ noticeOn: '2026-02-27', cancelOn: '2026-03-01', clause: '4.24' })
 */
export function cancellationSchedule(
  noticeOn: unknown,
  policy?: Policy,
): Result<CancellationSchedule, Violation> {
  return guard([noticeOn, policy], () => cancellationScheduleUnguarded(noticeOn, policy), refuse);
}

function cancellationScheduleUnguarded(
  noticeOn: unknown,
  policy?: Policy,
): Result<CancellationSchedule, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  const d = plainDateArg(noticeOn, 'noticeOn');
  if (d.isErr()) return err(d.error);
  return cancellationDates(d.value, p.value);
}

/** @internal {@link cancellationSchedule} on a valid date and policy. */
export function cancellationDates(noticeOn: string, policy: Policy): Result<CancellationSchedule, Violation> {
  const cancel = inRange(addDays(noticeOn, policy.cancellationNoticeDays), 'cancelOn');
  if (cancel.isErr()) return err(cancel.error);
  return ok({ noticeOn, cancelOn: cancel.value, clause: '4.24' });
}
