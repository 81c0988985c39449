import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { addMonths } from '../_internal/plainDate.js';
import type { Violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { inRange, plainDateArg } from './_args.js';
import type { InactivityReviewDate } from './types.js';

/**
 * The day of the next access report.
 *
 * "Cada 4 meses saca reportes con el servidor, para saber quién entra o no a su correo"
 * (8.3-1): the last report's date plus `policy.inactivityReviewEvery` (4 months), as calendar
 * months with end-of-month clamping.
 *
 * @param lastOn - the day of the last report
 * @param policy - defaults to {@link SESEQ_POLICY}
 *
 * @example
 * nextInactivityReview('2026-10-31')
 * //=> ok({ lastOn: '2026-10-31', nextOn: '2027-02-28', clause: '8.3-1' })
 */
export function nextInactivityReview(
  lastOn: unknown,
  policy?: Policy,
): Result<InactivityReviewDate, Violation> {
  return guard([lastOn, policy], () => nextInactivityReviewUnguarded(lastOn, policy), refuse);
}

function nextInactivityReviewUnguarded(
  lastOn: unknown,
  policy?: Policy,
): Result<InactivityReviewDate, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  const last = plainDateArg(lastOn, 'lastOn');
  if (last.isErr()) return err(last.error);
  const next = inRange(addMonths(last.value, p.value.inactivityReviewEvery.months), 'nextOn');
  if (next.isErr()) return err(next.error);
  return ok({ lastOn: last.value, nextOn: next.value, clause: '8.3-1' });
}
